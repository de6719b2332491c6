/**
 * Driving Debian's Chromium with playwright-core (tests, and the bench and audit scripts): launch
 * flags that work on a machine without network, and the search page as a resident uses it.
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
  return (await trafficDuring(page, fn)).bytes;
}

/** The requests the page makes while `fn` runs: how many, and their response bytes (headers + body). */
export async function trafficDuring(page: Page, fn: () => Promise<void>): Promise<{ bytes: number; requests: number }> {
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
  return { bytes, requests: pending.length };
}

export interface SearchResult {
  href: string;
  title: string;
  excerpt: string;
  /** The line under the title: the site (on the hub), the kind of page. */
  meta: string;
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
      meta: li.querySelector('.meta')?.textContent ?? '',
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
