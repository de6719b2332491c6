/**
 * Measure what a search costs a resident on a built site, in Chromium:
 *   node scripts/measure-search.ts [--site dist] [--first "bang lang"] [--second "cho don an ninh"]
 * Prints one JSON line (kB include response headers; times include rendering the results).
 */
import { parseArgs } from 'node:util';
import { launchChromium } from './support/browser.ts';
import { serveStatic } from './support/static-server.ts';
import { measureSearch } from './bench/search-cost.ts';

const { values } = parseArgs({
  options: {
    site: { type: 'string', default: 'dist' },
    first: { type: 'string', default: 'bang lang' },
    second: { type: 'string', default: 'cho don an ninh' },
  },
});
const server = await serveStatic(values.site!);
const browser = await launchChromium();
try {
  console.log(JSON.stringify(await measureSearch(browser, server.url, values.first!, values.second!)));
} finally {
  await browser.close();
  await server.close();
}
