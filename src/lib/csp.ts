/**
 * The Content-Security-Policies pages declare (as a <meta>, so they hold on any static host).
 * Reading pages: no inline script runs; JSON-LD is a data block, not script, and the search page's
 * code is a file of the site. Pagefind needs WebAssembly ('wasm-unsafe-eval') and its worker.
 */

/** What every page forbids: plugins, other bases, forms to elsewhere, frames. */
const LOCKED = ["object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-src 'none'"];

export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  ...LOCKED,
].join('; ');

/**
 * The editing UI's own policy (/admin/ only). Sveltia CMS is a single-page app from this site's
 * files: it styles itself with inline styles, reads photos the editor picks as blob: and data:
 * URLs, and talks to GitHub's API when an editor signs in there.
 */
export const ADMIN_CSP = adminCsp();

/**
 * The editing UI's policy for the git host it saves to (site.json `editing`): GitHub's API and raw
 * files by default; a GitLab or Gitea/Forgejo server's API and sign-in origins otherwise.
 */
export function adminCsp(editing?: { backend?: string | undefined; api_root?: string | undefined; base_url?: string | undefined }): string {
  const backend = editing?.backend ?? 'github';
  const origin = (url: string) => new URL(url).origin;
  const hosts =
    backend === 'github'
      ? [...new Set([editing?.api_root ? origin(editing.api_root) : 'https://api.github.com', 'https://raw.githubusercontent.com'])]
      : [
          ...new Set([
            origin(editing?.api_root ?? (backend === 'gitlab' ? 'https://gitlab.com/api/v4' : 'https://gitea.com/api/v1')),
            ...(editing?.base_url ? [origin(editing.base_url)] : []),
          ]),
        ];
  const images = backend === 'github' ? ['https://avatars.githubusercontent.com', 'https://raw.githubusercontent.com'] : hosts;
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob: ${images.join(' ')}`,
    "media-src 'self' blob:",
    "font-src 'self' data:",
    `connect-src 'self' blob: data: ${hosts.join(' ')}`,
    "worker-src 'self' blob:",
    ...LOCKED,
  ].join('; ');
}
