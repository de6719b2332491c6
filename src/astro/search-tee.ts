/**
 * The search documents of a full build, made while Astro renders the pages: Pagefind then reads
 * no page again, and can index each older-article shard as soon as its last page is rendered
 * instead of after the whole build (src/publish/search-index.ts; docs/performance.md).
 *
 * It wraps Astro's prerenderer (`setPrerenderer` in `astro:build:start`, a documented hook): each
 * page is rendered by Astro's own prerenderer and handed on to Astro unchanged; a copy of every
 * HTML page goes to a thread of its own (search-tee-worker.ts), which keeps, in the folder the
 * build script names (the build context's `searchScratch`, src/source/build-context.ts):
 * - the page's search document (src/lib/search-pages.ts) in `<folder>/<group>/<page file>`;
 * - `<folder>/<shard>.ready.json` once every page of a shard is there (the search page, rendered
 *   first, says how many each has): `{ pages: { "<page file>": "<sha1 of its indexed element>" } }`;
 * - at the end, `<folder>/pages.json` (`SEARCH_PAGES_FILE`): every HTML page rendered, with its
 *   group and digest when it is indexed.
 * Each file is written under another name and renamed, so a reader never sees half of one. The
 * copy costs Astro's thread a copy of each page's bytes, which are then moved to the other thread,
 * not cloned (measured: docs/performance.md).
 */
import { Worker } from 'node:worker_threads';
import type { AstroPrerenderer } from 'astro';
import { searchFirstOrder } from '../lib/search-pages.ts';

/** What the tee left of each HTML page: its index group and digest, when it is indexed. */
export type SearchPages = Record<string, { group?: string; digest?: string }>;
export const SEARCH_PAGES_FILE = 'pages.json';
export const readyFile = (group: string) => `${group}.ready.json`;
/** A rendered HTML page, its bytes, and the folder its search document goes to. */
export interface TeePage {
  scratch: string;
  pathname: string;
  body: Uint8Array;
}
/**
 * The folder a page's search document goes to (the build context's `searchScratch`; a build of
 * several sites has one per site), with the page's address on its site; undefined: none.
 */
export type TeeScratches = (pathname: string) => { scratch: string; pathname: string } | undefined;
/** What the rendering thread tells the tee's thread. */
export type TeeMessage = { pages: TeePage[] } | { end: true };
/**
 * Pages handed to the tee's thread at a time, their bytes moved, not cloned: one message per page
 * cost Astro's thread 2.4 s at 10k (each waits for the other thread's queue, which on 2 cores is
 * busy beside Pagefind), however small the copy.
 */
const BATCH = 32;

export function searchTee(scratchOf: TeeScratches): (base: AstroPrerenderer) => AstroPrerenderer {
  const pathOf = (pathname: string) => scratchOf(pathname)?.pathname ?? pathname;
  return (base) => {
    let worker: Worker | undefined;
    let batch: TeePage[] = [];
    const send = (message: TeeMessage) =>
      worker!.postMessage(message, 'pages' in message ? message.pages.map((p) => p.body.buffer as ArrayBuffer) : []);
    const flush = () => {
      if (batch.length) send({ pages: batch });
      batch = [];
    };
    return {
      name: `${base.name}+portal-search`,
      setup: async () => {
        worker = new Worker(new URL('./search-tee-worker.ts', import.meta.url));
        await base.setup?.();
      },
      getStaticPaths: async () => {
        const found = await base.getStaticPaths();
        return Array.isArray(found) ? searchFirstOrder(found, pathOf) : { ...found, paths: searchFirstOrder(found.paths, pathOf) };
      },
      render: async (request, options) => {
        const result = await base.render(request, options);
        const response = result instanceof Response ? result : result.response;
        if (response.status !== 200 || !response.body || !response.headers.get('content-type')?.startsWith('text/html')) return result;
        const body = new Uint8Array(await response.arrayBuffer());
        // (the thread gets a copy of its own: the page's bytes go on to Astro)
        const to = scratchOf(new URL(request.url).pathname);
        if (to) batch.push({ ...to, body: body.slice() });
        if (batch.length === BATCH) flush();
        const copy = new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
        return result instanceof Response ? copy : { ...result, response: copy };
      },
      teardown: async () => {
        if (worker) {
          const ended = new Promise<{ failed?: string }>((done, fail) => {
            worker!.once('message', done);
            worker!.once('error', fail);
          });
          flush();
          send({ end: true });
          const { failed } = await ended.catch((err: unknown) => ({ failed: String(err) }));
          // A copy that failed (a full disk) leaves no list of pages: the build then indexes from the files.
          if (failed)
            console.warn(`Không chép được trang cho tìm kiếm trong lúc dựng (${failed}); chỉ mục sẽ được làm từ các tệp đã dựng.`);
          await worker.terminate();
        }
        await base.teardown?.();
      },
    };
  };
}
