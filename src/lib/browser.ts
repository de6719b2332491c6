/**
 * Driving Debian's Chromium with playwright-core (tests and benchmarks): launch flags that work
 * on a machine without network, and search-page helpers that measure what a search transfers.
 */
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** Count response bytes (headers + body) of every request the page makes while `fn` runs. */
export async function bytesDuring(page: Page, fn: () => Promise<void>): Promise<number> {
  let bytes = 0;
  const pending: Promise<void>[] = [];
  const onFinished = (req: import('playwright-core').Request) => {
    pending.push(
      req.sizes().then(
        (s) => void (bytes += s.responseBodySize + s.responseHeadersSize),
        () => undefined,
      ),
    );
  };
  page.on('requestfinished', onFinished);
  try {
    await fn();
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
  } finally {
    page.off('requestfinished', onFinished);
  }
  return bytes;
}

export interface SearchResult {
  href: string;
  title: string;
  excerpt: string;
}

/** Wait until the search page has finished the search for `query` (the box's value by default). */
export async function readResults(page: Page, query?: string): Promise<{ status: string; results: SearchResult[] }> {
  const q = query ?? (await page.inputValue('#q-page')).trim();
  await page.waitForFunction(
    (want) => {
      const s = document.querySelector<HTMLElement>('#search-status');
      return s?.dataset.state === 'done' && s.dataset.query === want;
    },
    q,
    { timeout: 30_000 },
  );
  const status = (await page.textContent('#search-status')) ?? '';
  const results = await page.$$eval('#search-results li', (lis) =>
    lis.map((li) => ({
      href: li.querySelector('a')?.getAttribute('href') ?? '',
      title: li.querySelector('a')?.textContent ?? '',
      excerpt: li.querySelector('.excerpt')?.textContent ?? '',
    })),
  );
  return { status, results };
}

/** Type a query into the search page's own box and submit it, as a resident would. */
export async function typeQuery(page: Page, query: string): Promise<void> {
  await page.evaluate(() => {
    const s = document.querySelector<HTMLElement>('#search-status');
    if (s) s.dataset.state = '';
  });
  await page.fill('#q-page', query);
  await page.press('#q-page', 'Enter');
}

export interface SearchCost {
  /** Everything the browser transfers to open /tim-kiem/?q=<first> and show its results. */
  first_search_kb: number;
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
    const firstBytes = await bytesDuring(page, async () => {
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
      first_search_kb: kb(firstBytes),
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
