/**
 * The hub's search index (src/publish/hub-index.ts) over sites as their builds leave them: the
 * pages of each site's main index, less the copies of pages another site owns, in parts of
 * consecutive sites; a publish indexes again only the parts whose pages changed.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildHubIndex } from '../../src/publish/hub-index.ts';

const dir = mkdtempSync(join(tmpdir(), 'portal-hub-index-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const out = join(dir, 'dist');
const cache = join(dir, 'cache');
const html = (body: string) => `<!doctype html><html lang="vi"><head><title>t</title></head><body>${body}</body></html>`;
const write = (rel: string, body: string) => {
  mkdirSync(dirname(join(out, rel)), { recursive: true });
  writeFileSync(join(out, rel), html(body));
};
write('huyen-a/don-vi/nam-cuong/index.html', '<article data-pagefind-body><h1>Xã Nam Cường (cũ)</h1></article>');
write(
  'huyen-a/don-vi/nam-cuong-2025/index.html',
  '<article data-pagefind-body data-owner-site="xa-b"><h1>Xã Nam Cường (mới)</h1></article>',
);
write('huyen-a/tin-tuc/cu/index.html', '<article data-pagefind-body data-search-shard="2019"><h1>Tin cũ</h1></article>');
write('huyen-a/tin-tuc/index.html', '<main><h1>Tin tức</h1></main>');
write('xa-b/don-vi/nam-cuong-2025/index.html', '<article data-pagefind-body><h1>Xã Nam Cường (mới)</h1></article>');
write('xa-c/tin-tuc/hop-dan/index.html', '<article data-pagefind-body><h1>Họp dân</h1></article>');
const SITES = ['huyen-a', 'xa-b', 'xa-c'];

/** Pages in the index at `path` of the staged hub, as Pagefind's entry file says. */
const pagesIn = (staged: string, path: string) =>
  (JSON.parse(readFileSync(join(staged, path, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> })
    .languages.vi!.page_count;

describe("the hub's search index", () => {
  it("holds each site's main-index pages once, less the copies, in parts of consecutive sites", async () => {
    const staged = join(dir, 'hub-1');
    // Two sites a part: huyen-a and xa-b at /pagefind/, xa-c at /pagefind/phan-2/.
    expect(await buildHubIndex(out, SITES, staged, cache, 2)).toEqual({ pages: 3, reused: 0 });
    expect(pagesIn(staged, 'pagefind')).toBe(2);
    expect(pagesIn(staged, 'pagefind/phan-2')).toBe(1);
    // Each page at /<site id>/<its address>, filed under its site.
    const docs = join(cache, 'docs');
    expect(existsSync(join(docs, 'huyen-a/don-vi/nam-cuong/index.html'))).toBe(true);
    expect(existsSync(join(docs, 'huyen-a/don-vi/nam-cuong-2025/index.html'))).toBe(false);
    expect(existsSync(join(docs, 'huyen-a/tin-tuc/cu/index.html'))).toBe(false);
    expect(readFileSync(join(docs, 'xa-b/don-vi/nam-cuong-2025/index.html'), 'utf8')).toContain('data-pagefind-filter="trang:xa-b"');
  });

  it('indexes again only the part whose pages changed, and reuses the others', async () => {
    expect(await buildHubIndex(out, SITES, join(dir, 'hub-2'), cache, 2)).toEqual({ pages: 3, reused: 2 });
    // A page of xa-c written anew (as a publish writes it): its part only.
    rmSync(join(out, 'xa-c/tin-tuc/hop-dan/index.html'));
    write('xa-c/tin-tuc/hop-dan/index.html', '<article data-pagefind-body><h1>Họp dân đầu năm</h1></article>');
    write('xa-c/tin-tuc/moi/index.html', '<article data-pagefind-body><h1>Tin mới</h1></article>');
    const staged = join(dir, 'hub-3');
    expect(await buildHubIndex(out, SITES, staged, cache, 2)).toEqual({ pages: 4, reused: 1 });
    expect(pagesIn(staged, 'pagefind/phan-2')).toBe(2);
    expect(pagesIn(staged, 'pagefind')).toBe(2);
  });
});
