import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** The built page at a site path ("/tin-tuc/x/"), parsed. */
export function page(siteDir: string, path: string): HTMLElement {
  const file = path.endsWith('/') ? join(siteDir, path, 'index.html') : join(siteDir, path);
  return parse(readFileSync(file, 'utf8'));
}

export function text(el: HTMLElement | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Prev/next links of an article page as [label, href]. */
export function prevNext(doc: HTMLElement): { prev?: string; next?: string } {
  const nav = doc.querySelector('nav.prev-next');
  return {
    prev: nav?.querySelector('a[rel=prev]')?.getAttribute('href'),
    next: nav?.querySelector('a[rel=next]')?.getAttribute('href'),
  };
}

export function jsonLd(doc: HTMLElement): Record<string, unknown> {
  const s = doc.querySelector('script[type="application/ld+json"]');
  if (!s) throw new Error('no JSON-LD');
  return JSON.parse(s.textContent) as Record<string, unknown>;
}
