/** Quality gates over the real content's build: valid HTML, accessibility (axe-core) and the CSP. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext } from 'playwright-core';
import { validateSite } from '../helpers/html-check.ts';
import { launchChromium, readResults } from '../../scripts/support/browser.ts';
import { serveStatic, type RunningServer } from '../../scripts/support/static-server.ts';
import { CSP } from '../../src/lib/csp.ts';
import { page as parsePage } from '../helpers/built-site.ts';

const site = inject('realSite');
/** The fixture site has every kind of a commune's own page with content (commune/). */
const fixture = inject('fixtureSite');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const SEED =
  '/tin-tuc/huyen-cho-don-cong-nhan-32-don-vi-dat-tieu-chuan-an-toan-ve-antt-xep-loai-ve-phong-trao-toan-dan-bao-ve-antq-nam-2021/';
/** One page of each kind. */
const PAGES = [
  '/',
  SEED,
  '/tin-tuc/',
  '/tin-tuc/chuyen-muc/an-ninh-trat-tu/',
  '/quyet-dinh/',
  '/quyet-dinh/5844-2021/',
  '/don-vi/',
  '/don-vi/bang-lang/',
  '/cong-nhan/',
  '/du-lieu/',
  '/tim-kiem/?q=bang+lang',
  '/404.html',
  '/gioi-thieu/',
  '/lien-he/',
  '/tiep-can-thong-tin/',
  '/en/',
  '/tuyen-bo-tiep-can/',
];
/** A commune's own pages, with content. */
const COMMUNE_PAGES = [
  '/',
  '/gioi-thieu/lich-su/',
  '/gioi-thieu/ban-do-hanh-chinh/',
  '/gioi-thieu/lanh-dao/',
  '/lien-he/',
  '/cong-khai/',
  '/cong-khai/ngan-sach/',
  '/lich-cong-tac/',
  '/lich-cong-tac/2026-w49/',
  '/thu-tuc-hanh-chinh/',
  '/tiep-can-thong-tin/',
  '/en/',
  '/bien-tap/tuan-thu/',
];

let server: RunningServer;
let fixtureServer: RunningServer;
let browser: Browser;
const contexts = {} as Record<'archive' | 'fixture', BrowserContext>;
beforeAll(async () => {
  server = await serveStatic(site);
  fixtureServer = await serveStatic(fixture);
  browser = await launchChromium();
  // One context a site: its pages share the browser's cache, so axe (served at /__axe.js, the
  // same file each time) and the site's own files are compiled once, not once a page.
  for (const on of ['archive', 'fixture'] as const) {
    contexts[on] = await browser.newContext({ bypassCSP: true });
    await contexts[on].route('**/__axe.js', (r) =>
      r.fulfill({ body: axeSource, contentType: 'text/javascript', headers: { 'cache-control': 'max-age=3600' } }),
    );
  }
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await fixtureServer?.close();
});

describe('HTML', () => {
  it('has zero html-validate errors on every page', async () => {
    const { pages, problems } = await validateSite(site);
    expect(pages).toBeGreaterThan(40);
    expect(problems).toEqual([]);
  });

  it("has zero html-validate errors on the fixture site, a commune's own pages included", async () => {
    const { pages, problems } = await validateSite(fixture);
    expect(pages).toBeGreaterThan(60);
    expect(problems).toEqual([]);
  });
});

describe('accessibility (axe-core in Chromium)', () => {
  // (several pages at a time: axe's analysis is most of each test)
  it.concurrent.each([...PAGES.map((path) => ['archive', path] as const), ...COMMUNE_PAGES.map((path) => ['fixture', path] as const)])(
    '%s %s has no serious or critical violations',
    async (on, path) => {
      // axe is injected as a script the page's own CSP (rightly) blocks: the context bypasses it.
      const p = await contexts[on].newPage();
      try {
        await p.goto(`${(on === 'archive' ? server : fixtureServer).url}${path}`);
        if (path.startsWith('/tim-kiem/')) await readResults(p, 'bang lang');
        await p.addScriptTag({ url: '/__axe.js' });
        const violations = await p.evaluate(async () => {
          const axe = (
            window as unknown as { axe: { run(o?: object): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }
          ).axe;
          const r = await axe.run({ resultTypes: ['violations'] });
          return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
        });
        expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
      } finally {
        await p.close();
      }
    },
  );
});

describe('Content-Security-Policy', () => {
  it('every page declares it, with no unsafe-inline and no inline executable script', () => {
    for (const path of PAGES.map((p) => p.split('?')[0]!)) {
      const doc = parsePage(site, path);
      expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')).toBe(CSP);
      for (const s of doc.querySelectorAll('script')) {
        if (s.getAttribute('type') === 'application/ld+json') continue;
        expect(s.getAttribute('src'), `${path}: inline script`).toBeTruthy();
      }
    }
    expect(CSP).not.toContain('unsafe-inline');
    expect(CSP).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
  });

  it('search works under the policy with no violation, and an injected inline script is blocked', async () => {
    const p = await browser.newPage();
    // Every violation the page reports, as the browser reports it (the event, not the console).
    await p.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { violations: string[] }).violations = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI}`));
    });
    const violations = () => p.evaluate(() => (window as unknown as { violations: string[] }).violations);
    try {
      await p.goto(`${server.url}/tim-kiem/?q=${encodeURIComponent('dong thang')}`);
      const { results } = await readResults(p, 'dong thang');
      expect(results[0]!.href).toBe('/don-vi/dong-thang/');
      expect(await violations()).toEqual([]);
      // The policy is live: an inline script added to the page does not run, and the browser says why.
      const blocked = await p.evaluate(
        () =>
          new Promise<{ directive: string; blocked: string; ran: boolean }>((done) => {
            document.addEventListener(
              'securitypolicyviolation',
              (e) =>
                done({
                  directive: e.effectiveDirective,
                  blocked: e.blockedURI,
                  ran: (window as unknown as { ran?: boolean }).ran === true,
                }),
              { once: true },
            );
            const s = document.createElement('script');
            s.textContent = 'window.ran = true';
            document.body.append(s);
          }),
      );
      expect(blocked).toEqual({ directive: 'script-src-elem', blocked: 'inline', ran: false });
    } finally {
      await p.close();
    }
  });
});
