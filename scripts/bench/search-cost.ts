/** What a search costs a resident on a served site, measured in Chromium (bench, measure:search). */
import type { Browser } from 'playwright-core';
import { bytesDuring, readResults, trafficDuring, typeQuery } from '../support/browser.ts';

export interface SearchCost {
  /** Everything the browser transfers to open /tim-kiem/?q=<first> and show its results. */
  first_search_kb: number;
  /** How many requests that takes. */
  first_search_requests: number;
  first_search_ms: number;
  /** Of which: the search page itself (HTML, CSS, the page's script). */
  page_kb: number;
  /** Additional bytes for a second, different query on the same page. */
  second_search_kb: number;
  second_search_ms: number;
  first_results: number;
}

/** Measure a first and a second search on a served site, in a fresh browser context (cold cache). */
export async function measureSearch(browser: Browser, baseUrl: string, first: string, second: string): Promise<SearchCost> {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  try {
    const kb = (b: number) => Math.round((b / 1024) * 10) / 10;
    let pageBytes = 0;
    page.on('requestfinished', (req) => {
      if (!req.url().includes('/pagefind/')) void req.sizes().then((s) => (pageBytes += s.responseBodySize + s.responseHeadersSize));
    });
    let firstResults = 0;
    let firstMs = 0;
    const firstTraffic = await trafficDuring(page, async () => {
      const t0 = performance.now();
      await page.goto(`${baseUrl}/tim-kiem/?q=${encodeURIComponent(first)}`);
      firstResults = (await readResults(page, first)).results.length;
      firstMs = performance.now() - t0;
    });
    const shell = pageBytes;
    let secondMs = 0;
    const secondBytes = await bytesDuring(page, async () => {
      const t0 = performance.now();
      await typeQuery(page, second);
      await readResults(page, second);
      secondMs = performance.now() - t0;
    });
    return {
      first_search_kb: kb(firstTraffic.bytes),
      first_search_requests: firstTraffic.requests,
      first_search_ms: Math.round(firstMs),
      page_kb: kb(shell),
      second_search_kb: kb(secondBytes),
      second_search_ms: Math.round(secondMs),
      first_results: firstResults,
    };
  } finally {
    await ctx.close();
  }
}
