/**
 * The Content-Security-Policy every page declares (as a <meta>, so it holds on any static host).
 * No inline script runs: JSON-LD is a data block, not script, and the search page's code is a
 * file of the site. Pagefind needs WebAssembly ('wasm-unsafe-eval') and its worker.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-src 'none'",
].join('; ');
