/**
 * The thread of src/astro/search-tee.ts that keeps the pages' search documents, beside Astro's
 * rendering thread: each message is some rendered HTML pages (`{ pages: [{ scratch, pathname, body }] }`,
 * each to its folder: a build of several sites has one per site); `{ end: true }`
 * asks for the list of pages once every document is written, and is answered `{ ended: true }`
 * (with `failed` when a document could not be written).
 */
import { elementDigest } from '../source/build-cache.ts';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { pageFile, ROUTES } from '../lib/routes.ts';
import { indexableDocument, indexedPart, shardSizes } from '../lib/search-pages.ts';
import { readyFile, SEARCH_PAGES_FILE, type SearchPages, type TeeMessage } from './search-tee.ts';

/** What the tee keeps of one folder's pages (one site's). */
interface Folder {
  pages: SearchPages;
  byGroup: Map<string, Map<string, string>>;
  announced: Set<string>;
  sizes?: Map<string, number>;
}
const folders = new Map<string, Folder>();
const writes: Promise<void>[] = [];
let failed: string | undefined;

function folder(scratch: string): Folder {
  let found = folders.get(scratch);
  if (!found) {
    mkdirSync(scratch, { recursive: true });
    folders.set(scratch, (found = { pages: {}, byGroup: new Map(), announced: new Set() }));
  }
  return found;
}

function writeWhole(path: string, text: string): void {
  writeFileSync(`${path}.tmp`, text);
  renameSync(`${path}.tmp`, path);
}

/** Say which shards have every page written (the search page, rendered first, gives the counts). */
function announceComplete(scratch: string, { sizes, byGroup, announced }: Folder): void {
  if (!sizes) return;
  for (const [group, size] of sizes) {
    const got = byGroup.get(group);
    if (announced.has(group) || (got?.size ?? 0) !== size) continue;
    announced.add(group);
    writeWhole(join(scratch, readyFile(group)), JSON.stringify({ pages: Object.fromEntries(got!) }));
  }
}

async function keep(scratch: string, pathname: string, html: string): Promise<void> {
  const kept = folder(scratch);
  const file = pageFile(pathname);
  if (pathname === ROUTES.search) kept.sizes = shardSizes(html);
  const part = indexedPart(html);
  if (part === undefined) {
    kept.pages[file] = {};
  } else {
    const { group, element } = part;
    const digest = elementDigest(element);
    kept.pages[file] = { group, digest };
    const target = join(scratch, group, file);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, indexableDocument(html, element)!);
    let got = kept.byGroup.get(group);
    if (!got) kept.byGroup.set(group, (got = new Map()));
    got.set(file, digest);
  }
  announceComplete(scratch, kept);
}

const decoder = new TextDecoder();
parentPort!.on('message', (message: TeeMessage) => {
  if ('end' in message) {
    void Promise.all(writes).then(() => {
      if (failed === undefined)
        for (const [scratch, { pages }] of folders) writeWhole(join(scratch, SEARCH_PAGES_FILE), JSON.stringify(pages));
      parentPort!.postMessage({ ended: true, ...(failed === undefined ? {} : { failed }) });
    });
    return;
  }
  for (const { scratch, pathname, body } of message.pages) {
    if (failed !== undefined) return;
    writes.push(keep(scratch, pathname, decoder.decode(body)).catch((err: unknown) => void (failed ??= String(err))));
  }
});
