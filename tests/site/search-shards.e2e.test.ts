/**
 * The split search index on the fixture site, whose site.json sets searchRecentArticles: 2, so the
 * 2021 articles are searched by default and the 2020 one only on request.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { serveStatic, type RunningServer } from '../../src/lib/static-server.ts';
import { launchChromium, readResults } from '../../src/lib/browser.ts';

const site = inject('fixtureSite');
const OLD = '/tin-tuc/hai-don-vi-dat-chuan-2020/';
const QUERY = 'hai don vi dat chuan';
let server: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await serveStatic(site);
  browser = await launchChromium();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

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
    await page.goto(`${server.url}/tim-kiem/?q=${encodeURIComponent(QUERY)}`);
    const { results } = await readResults(page);
    const hrefs = results.map((r) => r.href);
    expect(hrefs).toContain('/tin-tuc/dat-chuan-2021/');
    expect(hrefs).not.toContain(OLD);
    expect(await page.isVisible('#search-scope')).toBe(true);
    expect(await page.textContent('#search-older')).toContain('2020');
  });

  it('finds older articles after “Tìm cả tin tức cũ hơn”, and keeps that in the address', async () => {
    await page.goto(`${server.url}/tim-kiem/?q=${encodeURIComponent(QUERY)}`);
    await readResults(page);
    await page.click('#search-older');
    const { results } = await readResults(page);
    expect(results.map((r) => r.href)).toContain(OLD);
    expect(new URL(page.url()).searchParams.get('pham-vi')).toBe('tat-ca');
    expect(await page.isVisible('#search-scope')).toBe(false);
  });

  it('picking an older year searches that year', async () => {
    await page.goto(`${server.url}/tim-kiem/?q=${encodeURIComponent(QUERY)}&nam=2020`);
    const { results } = await readResults(page);
    expect(results.map((r) => r.href)).toContain(OLD);
    expect(results.every((r) => !r.href.includes('2021'))).toBe(true);
  });
});
