/**
 * What outside validators see of the built province (every site and the hub): the W3C Nu HTML
 * checker (npm vnu-jar, on Java) with no error on any page, each RSS feed as RSS 2.0 and feed
 * validators read it, each JSON-LD property one the schema.org vocabulary defines for its type
 * (npm schema-dts), og:url only for addresses that exist, robots.txt that first-match and
 * longest-match parsers read alike, and the hub's own robots.txt and 404 page.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, inject, it } from 'vitest';
import { readProvince } from '../../src/source/province.ts';
import { page, text } from '../helpers/built-site.ts';
import { PROJECT } from '../helpers/fixtures.ts';
import { undefinedProperties } from '../helpers/schema-org.ts';

const out = inject('realProvince');
const folders = [...readProvince(join(PROJECT, 'content')).sites, 'hub'];
/** Every HTML page of a built folder, by path. */
const pages = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));

describe('the W3C Nu HTML checker', () => {
  it('finds no error on any page of any site or the hub', () => {
    const files = folders.flatMap((id) => pages(join(out, id)));
    expect(files.length).toBeGreaterThan(300);
    const jar = join(createRequire(import.meta.url).resolve('vnu-jar'), '..', 'build', 'dist', 'vnu.jar');
    // --exit-zero-always: the messages are read, not the exit code (which says only "some error").
    const report = execFileSync('java', ['-jar', jar, '--errors-only', '--exit-zero-always', '--stdout', '--format', 'json', ...files], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    });
    const messages = (JSON.parse(report) as { messages: { type: string; url: string; message: string }[] }).messages;
    expect(messages.map((m) => `${m.url.slice(`file:${out}`.length)}: ${m.message}`)).toEqual([]);
  }, 120_000);
});

describe('structured data (JSON-LD)', () => {
  // The province's pages, and the fixture site's, which has every kind of a commune's own content (leaders, schedule…).
  it('uses on every page only the properties schema.org defines for each type', () => {
    const wrong = new Set<string>();
    let blocks = 0;
    for (const file of [...folders.map((id) => join(out, id)), inject('fixtureSite')].flatMap(pages)) {
      for (const [, json] of readFileSync(file, 'utf8').matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)) {
        blocks++;
        for (const p of undefinedProperties(JSON.parse(json!))) wrong.add(p);
      }
    }
    expect(blocks).toBeGreaterThan(100);
    expect([...wrong]).toEqual([]);
  });
});

describe('feeds', () => {
  it.each(folders.filter((id) => id !== 'hub'))('%s: RSS 2.0 with its own address, authors as dc:creator', (id) => {
    const xml = readFileSync(join(out, id, 'rss.xml'), 'utf8');
    const settings = JSON.parse(readFileSync(join(PROJECT, 'content', 'sites', id, 'site.json'), 'utf8')) as { baseUrl: string };
    expect(xml).toContain(`<atom:link href="${settings.baseUrl}/rss.xml" rel="self" type="application/rss+xml"/>`);
    expect(xml).toContain('xmlns:atom="http://www.w3.org/2005/Atom"');
    // RSS 2.0's <author> is an e-mail address: a name goes in dc:creator.
    expect(xml).not.toMatch(/<author>/);
    if (id === 'huyen-cho-don') {
      expect(xml).toContain('xmlns:dc="http://purl.org/dc/elements/1.1/"');
      expect(xml).toContain('<dc:creator>Hoàng Lan</dc:creator>');
    }
  });
});

describe('addresses that search engines and social sites are given', () => {
  it('og:url names only pages that exist (no 404 page claims /404/)', () => {
    const missing: string[] = [];
    for (const id of folders.filter((f) => f !== 'hub')) {
      for (const file of pages(join(out, id))) {
        const url = /<meta property="og:url" content="([^"]+)"/.exec(readFileSync(file, 'utf8'))?.[1];
        if (!url) continue;
        const path = new URL(url).pathname;
        if (!existsSync(join(out, id, path, path.endsWith('/') ? 'index.html' : ''))) missing.push(`${id}: ${url}`);
      }
    }
    expect(missing).toEqual([]);
  });

  /** Whether a robots.txt lets `path` be crawled, taking the first rule that matches, or the longest. */
  const allowed = (robots: string, path: string, how: 'first' | 'longest') => {
    const rules = [...robots.matchAll(/^(Allow|Disallow): (\S*)$/gm)].map(([, kind, prefix]) => ({
      allow: kind === 'Allow',
      prefix: prefix!,
    }));
    const matching = rules.filter((r) => path.startsWith(r.prefix));
    const rule = how === 'first' ? matching[0] : matching.sort((a, b) => b.prefix.length - a.prefix.length)[0];
    return rule?.allow ?? true;
  };

  it.each(folders)('%s: robots.txt keeps /admin/ out and lets the rest in, read either way', (id) => {
    const robots = readFileSync(join(out, id, 'robots.txt'), 'utf8');
    for (const how of ['first', 'longest'] as const) {
      expect([allowed(robots, '/admin/', how), allowed(robots, '/tin-tuc/', how), allowed(robots, '/', how)], how).toEqual([
        false,
        true,
        true,
      ]);
    }
    expect(robots).toMatch(/^Sitemap: https:\/\/\S+\/sitemap-index\.xml$/m);
  });

  it('the hub has a 404 page in Vietnamese, kept out of search engines', () => {
    const doc = page(join(out, 'hub'), '/404.html');
    expect(text(doc.querySelector('h1'))).toBe('Không tìm thấy trang');
    expect(doc.querySelector('meta[name="robots"]')!.getAttribute('content')).toBe('noindex');
    expect(doc.querySelector('html')!.getAttribute('lang')).toBe('vi');
  });
});
