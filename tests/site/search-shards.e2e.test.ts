/**
 * The split search index on the fixture site, whose site.json sets searchRecentArticles: 2, so the
 * 2021 articles are searched by default and the 2020 one only on request.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { readResults } from '../../scripts/support/browser.ts';
import { servedInChromium } from '../helpers/built-site.ts';

const site = inject('fixtureSite');
const OLD = '/tin-tuc/hai-don-vi-dat-chuan-2020/';
// (Words every wanted page has: Pagefind drops a word no page has, but "hai" is now on the
// schedule's pages, "Thứ Hai", so a query with it finds only the 2020 article.)
const QUERY = 'don vi dat chuan';
const chromium = servedInChromium(site);

describe('split search index', () => {
  it('writes the main index (with the 2021 articles) and a separate bundle for 2020', () => {
    expect(existsSync(join(site, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(existsSync(join(site, 'pagefind', 'tin-tuc', '2020', 'pagefind-entry.json'))).toBe(true);
    expect(existsSync(join(site, 'pagefind', 'tin-tuc', '2021'))).toBe(false);
    const searchPage = readFileSync(join(site, 'tim-kiem', 'index.html'), 'utf8');
    expect(searchPage).toContain('data-name="2020"');
    expect(searchPage).not.toContain('data-name="2021"');
  });

  it('searches the newest shard by default and says so', async () => {
    await chromium.page.goto(`${chromium.url}/tim-kiem/?q=${encodeURIComponent(QUERY)}`);
    const { results } = await readResults(chromium.page);
    const hrefs = results.map((r) => r.href);
    expect(hrefs).toContain('/tin-tuc/dat-chuan-2021/');
    expect(hrefs).not.toContain(OLD);
    expect(await chromium.page.isVisible('#search-scope')).toBe(true);
    expect(await chromium.page.textContent('#search-older')).toContain('2020');
  });

  it('finds older articles after “Tìm cả tin tức cũ hơn”, and keeps that in the address', async () => {
    await chromium.page.goto(`${chromium.url}/tim-kiem/?q=${encodeURIComponent(QUERY)}`);
    await readResults(chromium.page);
    await chromium.page.click('#search-older');
    const { results } = await readResults(chromium.page);
    expect(results.map((r) => r.href)).toContain(OLD);
    expect(new URL(chromium.page.url()).searchParams.get('pham-vi')).toBe('tat-ca');
    expect(await chromium.page.isVisible('#search-scope')).toBe(false);
  });

  it('picking an older year searches that year', async () => {
    await chromium.page.goto(`${chromium.url}/tim-kiem/?q=${encodeURIComponent(QUERY)}&nam=2020`);
    const { results } = await readResults(chromium.page);
    expect(results.map((r) => r.href)).toContain(OLD);
    expect(results.every((r) => !r.href.includes('2021'))).toBe(true);
  });
});
