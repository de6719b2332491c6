import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { afterAll, beforeAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/support/browser.ts';
import { serveStatic, type RunningServer } from '../../scripts/support/static-server.ts';

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

/**
 * Serves a built site on 127.0.0.1 and opens one Chromium page for the tests of the calling file
 * (set up before them, closed after them). Read `url`, `browser` and `page` inside tests and hooks.
 */
export function servedInChromium(siteDir: string): { readonly url: string; readonly browser: Browser; readonly page: Page } {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let opened: Page | undefined;
  beforeAll(async () => {
    server = await serveStatic(siteDir);
    browser = await launchChromium();
    opened = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get url() {
      return server!.url;
    },
    get browser() {
      return browser!;
    },
    get page() {
      return opened!;
    },
  };
}
