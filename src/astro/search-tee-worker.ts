/**
 * The thread of src/astro/search-tee.ts that keeps the pages' search documents, beside Astro's
 * rendering thread: each message is some rendered HTML pages (`{ pages: [{ pathname, body }] }`); `{ end: true }`
 * asks for the list of pages once every document is written, and is answered `{ ended: true }`
 * (with `failed` when a document could not be written).
 */
import { elementDigest } from '../source/build-cache.ts';
import { renameSync, writeFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { pageFile, ROUTES } from '../lib/routes.ts';
import { indexableDocument, indexedPart, shardSizes } from '../lib/search-pages.ts';
import { readyFile, SEARCH_PAGES_FILE, type SearchPages, type TeeMessage } from './search-tee.ts';

const { scratch } = workerData as { scratch: string };
const pages: SearchPages = {};
const byGroup = new Map<string, Map<string, string>>();
const announced = new Set<string>();
const writes: Promise<void>[] = [];
let sizes: Map<string, number> | undefined;
let failed: string | undefined;

function writeWhole(path: string, text: string): void {
  writeFileSync(`${path}.tmp`, text);
  renameSync(`${path}.tmp`, path);
}

/** Say which shards have every page written (the search page, rendered first, gives the counts). */
function announceComplete(): void {
  if (!sizes) return;
  for (const [group, size] of sizes) {
    const got = byGroup.get(group);
    if (announced.has(group) || (got?.size ?? 0) !== size) continue;
    announced.add(group);
    writeWhole(join(scratch, readyFile(group)), JSON.stringify({ pages: Object.fromEntries(got!) }));
  }
}

async function keep(pathname: string, html: string): Promise<void> {
  const file = pageFile(pathname);
  if (pathname === ROUTES.search) sizes = shardSizes(html);
  const part = indexedPart(html);
  if (part === undefined) {
    pages[file] = {};
  } else {
    const { group, element } = part;
    const digest = elementDigest(element);
    pages[file] = { group, digest };
    const target = join(scratch, group, file);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, indexableDocument(html, element)!);
    let got = byGroup.get(group);
    if (!got) byGroup.set(group, (got = new Map()));
    got.set(file, digest);
  }
  announceComplete();
}

const decoder = new TextDecoder();
parentPort!.on('message', (message: TeeMessage) => {
  if ('end' in message) {
    void Promise.all(writes).then(() => {
      if (failed === undefined) writeWhole(join(scratch, SEARCH_PAGES_FILE), JSON.stringify(pages));
      parentPort!.postMessage({ ended: true, ...(failed === undefined ? {} : { failed }) });
    });
    return;
  }
  for (const { pathname, body } of message.pages) {
    if (failed !== undefined) return;
    writes.push(keep(pathname, decoder.decode(body)).catch((err: unknown) => void (failed ??= String(err))));
  }
});
