/**
 * The search indexes of a site whose shards were indexed while Astro rendered
 * (src/publish/search-index.ts, fed as src/astro/search-tee.ts feeds it): what was made early
 * is kept only when it holds the pages the site has.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { indexSite, indexWhileRendering } from '../../src/publish/search-index.ts';
import { readyFile } from '../../src/astro/search-tee.ts';
import { indexableDocument, indexedElement } from '../../src/lib/search-pages.ts';

const PAGES: Record<string, string> = {
  'don-vi/bang-lang/index.html': '<article data-pagefind-body><h1>Xã Bằng Lãng</h1></article>',
  'tin-tuc/cu-1/index.html': '<article data-pagefind-body data-search-shard="2020"><h1>Đồng Lạc năm 2020</h1></article>',
  'tin-tuc/cu-2/index.html': '<article data-pagefind-body data-search-shard="2020"><h1>Nam Cường năm 2020</h1></article>',
  'tin-tuc/index.html': '<main><h1>Tin tức</h1></main>',
};
const html = (body: string) => `<!doctype html><html lang="vi"><head><title>t</title></head><body>${body}</body></html>`;
const write = (path: string, text: string) => (mkdirSync(dirname(path), { recursive: true }), writeFileSync(path, text));
/** Pages in the 2020 index, as Pagefind's entry file says. */
const shardPages = (site: string) =>
  (
    JSON.parse(readFileSync(join(site, 'pagefind/tin-tuc/2020/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    }
  ).languages.vi!.page_count;

let site: string;
afterEach(() => rmSync(site, { recursive: true, force: true }));

/** A site as Astro leaves it, and the tee's copy of the 2020 shard, announcing `announced` as its pages. */
async function renderedWithShard(announced: string[]) {
  site = mkdtempSync(join(tmpdir(), 'portal-search-index-'));
  for (const [file, body] of Object.entries(PAGES)) write(join(site, file), html(body));
  const early = indexWhileRendering(site, {});
  for (const file of announced) write(join(early.scratch, '2020', file), indexableDocument(html(PAGES[file]!))!);
  const pages = Object.fromEntries(
    announced.map((f) => [
      f,
      createHash('sha1')
        .update(indexedElement(html(PAGES[f]!))!)
        .digest('hex'),
    ]),
  );
  write(join(early.scratch, readyFile('2020')), JSON.stringify({ pages }));
  // The shard is indexed while "Astro" goes on.
  await vi.waitFor(() => expect(existsSync(join(site, 'pagefind/tin-tuc/2020/pagefind-entry.json'))).toBe(true), {
    timeout: 30_000,
    interval: 50,
  });
  return early;
}

describe('indexes made while Astro renders', () => {
  it('keeps a shard indexed early from the pages the site has, and builds the main index after', async () => {
    const early = await renderedWithShard(['tin-tuc/cu-1/index.html', 'tin-tuc/cu-2/index.html']);
    const stats = await indexSite(site, { early });
    expect(stats).toMatchObject({ files: 4, pages: 3, early: ['2020'] });
    expect(shardPages(site)).toBe(2);
    expect(existsSync(join(site, 'pagefind/pagefind.js'))).toBe(true);
    expect(existsSync(early.scratch)).toBe(false);
  });

  it('builds a shard announced as Astro ends with the other indexes, not one at a time after it', async () => {
    site = mkdtempSync(join(tmpdir(), 'portal-search-index-'));
    for (const [file, body] of Object.entries(PAGES)) write(join(site, file), html(body));
    const early = indexWhileRendering(site, {});
    const shard = ['tin-tuc/cu-1/index.html', 'tin-tuc/cu-2/index.html'];
    for (const file of shard) write(join(early.scratch, '2020', file), indexableDocument(html(PAGES[file]!))!);
    const digest = (file: string) =>
      createHash('sha1')
        .update(indexedElement(html(PAGES[file]!))!)
        .digest('hex');
    write(join(early.scratch, readyFile('2020')), JSON.stringify({ pages: Object.fromEntries(shard.map((f) => [f, digest(f)])) }));
    // (Astro ends at once: the shard was announced, never started)
    const stats = await indexSite(site, { early });
    expect(stats).toMatchObject({ pages: 3, early: [] });
    expect(shardPages(site)).toBe(2);
    expect(existsSync(join(site, 'pagefind/pagefind.js'))).toBe(true);
  });

  it('builds a shard again when what was indexed early is not what the site has', async () => {
    const early = await renderedWithShard(['tin-tuc/cu-1/index.html']);
    expect(shardPages(site)).toBe(1);
    const stats = await indexSite(site, { early });
    expect(stats).toMatchObject({ pages: 3, early: [] });
    expect(shardPages(site)).toBe(2);
  });
});
