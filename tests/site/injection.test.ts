/**
 * A unit name, a decision title and an article title holding `</script><script>alert(1)</script><!--`
 * (tests/fixtures/injection) build, and render as inert text everywhere: HTML, JSON-LD, RSS,
 * open data, the search index, and in Chromium no script runs.
 */
import { describe, expect, inject, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '../../scripts/support/static-server.ts';
import { launchChromium, readResults } from '../../scripts/support/browser.ts';
import { parse } from 'node-html-parser';
import { page, text } from '../helpers/built-site.ts';

const site = inject('injectionSite');
const EVIL = '</script><script>alert(1)</script><!--';

function files(ext: string): string[] {
  return readdirSync(site, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(ext) && !e.parentPath.includes('pagefind'))
    .map((e) => join(e.parentPath, e.name));
}

describe('injection strings in data', () => {
  it('never become markup in any built HTML page', () => {
    const pages = files('.html');
    expect(pages.length).toBeGreaterThan(10);
    for (const f of pages) {
      const html = readFileSync(f, 'utf8');
      const doc = parse(html, { comment: true });
      // Every script is JSON-LD or a file of the site (the editing UI's under /admin/); no element carries an event handler.
      for (const s of doc.querySelectorAll('script')) {
        expect(s.getAttribute('type') === 'application/ld+json' || /^\/(_astro|admin)\//.test(s.getAttribute('src') ?? ''), f).toBe(true);
      }
      expect(doc.querySelectorAll('img'), f).toEqual([]);
      expect(
        doc.querySelectorAll('*').filter((el) => Object.keys(el.attributes).some((a) => a.startsWith('on'))),
        f,
      ).toEqual([]);
      // In text the strings are escaped (&lt;); inside quoted attribute values "<" is inert.
      expect(html, f).not.toMatch(/<(h1|h2|p|td|caption|title|li|a)\b[^>]*>[^<]*<script>/);
      expect(
        doc.childNodes.some((n) => n.nodeType === 8),
        f,
      ).toBe(false);
    }
  });

  it('show as the same text readers would type, on the unit page and in JSON-LD', () => {
    const doc = page(site, '/don-vi/co-quan-script-script-alert-1-script-huyen/');
    expect(text(doc.querySelector('h1'))).toBe(`Cơ quan ${EVIL} huyện`);
    const scripts = doc.querySelectorAll('script');
    expect(scripts.map((s) => s.getAttribute('type'))).toEqual(['application/ld+json']);
    expect(JSON.parse(scripts[0]!.textContent).name).toBe(`Cơ quan ${EVIL} huyện`);
  });

  it('are escaped in RSS and kept as plain text in the open data', () => {
    const rss = readFileSync(join(site, 'rss.xml'), 'utf8');
    expect(rss).not.toContain('<script>');
    expect(rss).toContain('&lt;/script&gt;');
    const json = JSON.parse(readFileSync(join(site, 'du-lieu', 'cong-nhan.json'), 'utf8')) as { don_vi: string }[];
    expect(json.map((r) => r.don_vi)).toContain(`Cơ quan ${EVIL} huyện`);
  });

  it('run no script in Chromium: unit page, decision page and search results', async () => {
    const server = await serveStatic(site);
    const browser = await launchChromium();
    try {
      const p = await browser.newPage();
      const dialogs: string[] = [];
      p.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      await p.goto(`${server.url}/don-vi/co-quan-script-script-alert-1-script-huyen/`);
      await p.goto(`${server.url}/quyet-dinh/200-2021/`);
      await p.goto(`${server.url}/tim-kiem/?q=${encodeURIComponent('alert')}`);
      const { results } = await readResults(p, 'alert');
      expect(results.length).toBeGreaterThan(0);
      expect(results.map((r) => r.title).join(' ')).toContain('</script>');
      expect(await p.locator('#search-results script, #search-results img').count()).toBe(0);
      expect(dialogs).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
