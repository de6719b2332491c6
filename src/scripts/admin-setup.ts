/**
 * Runs before the editing UI (src/routes/admin/index.astro): the UI in Vietnamese unless the editor
 * chose another language, and its Vietnamese strings and fonts from this site instead of the CDN
 * the app would ask (the page's Content-Security-Policy allows no other site anyway; the files:
 * src/astro/cms-files.ts).
 */
const PREFS = 'sveltia-cms.prefs';
try {
  const prefs = JSON.parse(localStorage.getItem(PREFS) ?? '{}') as Record<string, unknown>;
  if (!prefs.locale) localStorage.setItem(PREFS, JSON.stringify({ ...prefs, locale: 'vi' }));
} catch {
  // Private windows may refuse storage: the UI then follows the browser's language.
}

const CDN = /^https:\/\/unpkg\.com\/@sveltia\/cms@[^/]+\/(locales\/[a-zA-Z-]+\.json)$/;
const originalFetch = window.fetch.bind(window);
window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  const local = CDN.exec(url);
  return originalFetch(local ? `/admin/${local[1]}` : input, init);
};

// The app's @font-face rules name a CDN; each <style> it adds is pointed at /admin/fonts/ as it
// arrives, before any text needs the font (fonts are fetched on first use).
const FONT_CDN = /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)[^)\s'"]*/g;
const localFonts = (css: string) => css.replace(FONT_CDN, (_url, family: string) => `/admin/fonts/${family}.woff2`);
new MutationObserver((records) => {
  for (const r of records) {
    for (const node of r.addedNodes) {
      if (node instanceof HTMLStyleElement && node.textContent?.includes('cdn.jsdelivr.net'))
        node.textContent = localFonts(node.textContent);
    }
  }
}).observe(document.documentElement, { childList: true, subtree: true });
