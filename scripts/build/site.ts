/**
 * The build of one site: check the content, decide what the publish does (src/lib/publish-plan.ts:
 * keep, text only, changed pages, or full), build into a staging directory, index it with Pagefind,
 * then swap it into place (scripts/build/atomic.ts). Any failure leaves the previous output untouched. `npm run build` runs
 * it once per site of a province (scripts/build.ts), or directly for a folder that is one site.
 *
 *   node scripts/build/site.ts [--content DIR] [--out DIR] [--force] [--part K/N]
 *   node scripts/build/site.ts --assemble PART_DIR... [--content DIR] [--out DIR]
 * --force ignores the build caches (content store, unchanged pages, search indexes): a cold build.
 * --part K/N builds part K of N of the site (one machine each: src/lib/parts.ts), and --assemble
 * puts the parts' outputs together into the site a whole build makes (scripts/build/assemble.ts).
 * Defaults: PORTAL_CONTENT or content/, and dist/. Every record and cache it keeps is the build
 * cache's (src/source/build-cache.ts).
 */
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startAstro } from './astro-cli.ts';
import { completeFromPrevious } from './changed-pages.ts';
import { pageUrl } from '../../src/lib/routes.ts';
import { discard, stagingDir, swapIn } from './atomic.ts';
import { publishInputs } from './inputs.ts';
import { bodyFindingsOf, mentionsWithTitle, patchTextEdit, stageEdit } from './quick-publish.ts';
import { indexSite, indexWhileRendering, type EarlyIndexing } from './search-index.ts';
import { BUILD_FACTS_FILE, type BuildFacts } from '../../src/astro/build-facts.ts';
import { buildsOtherPages, parsePart } from '../../src/lib/parts.ts';
import { planPublish, type PublishInputs } from '../../src/lib/publish-plan.ts';
import { buildCache, readPageRecord } from '../../src/source/build-cache.ts';
import { contentRoot } from '../../src/source/paths.ts';
import { readSiteSettings } from '../../src/source/site-settings.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    content: { type: 'string' },
    out: { type: 'string' },
    force: { type: 'boolean', default: false },
    part: { type: 'string' },
    assemble: { type: 'boolean', default: false },
    // (scripts/build.ts's: whether to wait for the output folder's lock)
    'no-wait': { type: 'boolean', default: false },
  },
});
const root = values.content ? resolve(values.content) : contentRoot();
const out = resolve(values.out ?? 'dist');
const started = performance.now();
const round = (n: number) => Math.round(n * 100) / 100;
/**
 * One machine-readable line for benchmarks and tests: the mode and why, the seconds of each step,
 * and which pages were rendered by Astro (`rendered`, a changed-pages build), patched without it
 * (`patched`) or linked from the last build (`pages_linked`); `staged_from`: whether a patch's
 * staging copy was the replaced site brought up to date (`standby`) or the site linked whole.
 */
const printStats = (stats: Record<string, unknown>) => console.log(`BUILD_STATS ${JSON.stringify(stats)}`);
const stop = (why: string): never => {
  console.error(`Dừng: ${why}; ${out} giữ nguyên như trước.`);
  process.exit(1);
};

let part;
try {
  part = parsePart(values.part);
} catch (err) {
  stop((err as Error).message);
}
if (values.assemble ? positionals.length === 0 : positionals.length > 0) {
  stop(values.assemble ? '--assemble cần các thư mục của các phần đã dựng' : `không hiểu ${positionals.join(' ')}`);
}
// The part reaches Astro (src/astro/model-store.ts) and names this part's build cache.
if (part) process.env.PORTAL_PART = `${part.index}/${part.count}`;

const staged = stagingDir(out);
discard(staged);

if (values.assemble) {
  try {
    const { assembleParts } = await import('./assemble.ts');
    const { files, shared, pages } = await assembleParts(
      positionals.map((p) => resolve(p)),
      staged,
      readSiteSettings(root).baseUrl,
    );
    swapIn(staged, out);
    const totalS = (performance.now() - started) / 1000;
    console.log(
      `Xong: ${out} ghép từ ${positionals.length} phần (${files} tệp, ${shared} tệp chung giống hệt nhau, ${pages} trang trong sơ đồ trang) sau ${totalS.toFixed(1)} s.`,
    );
    printStats({ assemble_s: round(totalS), files, shared, sitemap_pages: pages });
  } catch (err) {
    discard(staged);
    stop((err as Error).message);
  }
  process.exit(0);
}

const cache = buildCache(root, part && `${part.index}/${part.count}`);
// What this build is made from (`current`), to tell the next one what changed (a part is never published alone).
const inputs = publishInputs(root, out, cache, { part: Boolean(part) });
const { current } = inputs;

type Checked = { ok: boolean; seconds: number };
/**
 * The whole check, as its own process beside the rest: what it holds (every parsed file, 1.1 GB
 * at 100k articles) is given back when it ends, during Astro's start, before the build's peak. An
 * Astro build goes on while it runs; nothing is swapped in before it has passed.
 */
function wholeCheck(): Promise<Checked> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['scripts/check.ts', root], { stdio: 'inherit' });
    child.on('close', (code) => done({ ok: code === 0, seconds: (performance.now() - started) / 1000 }));
    child.on('error', () => done({ ok: false, seconds: (performance.now() - started) / 1000 }));
  });
}
/**
 * The check of a publish that keeps the output or changes only the text of articles: the changed
 * articles' own checks (checkChangedBodies), reported as `npm run check` reports. Everything else
 * is what the last build read, which passed the whole check (a build records what it was made
 * from only then).
 */
async function checkChanged(changed: readonly string[]): Promise<Checked> {
  const [{ checkChangedBodies }, { formatReport }] = await Promise.all([
    import('../../src/source/validate.ts'),
    import('../../src/lib/problems.ts'),
  ]);
  const problems = checkChangedBodies(root, changed);
  console.log(
    changed.length
      ? `Kiểm tra nội dung ${root}: ${changed.length} bài chỉ sửa nội dung hoặc tiêu đề (${changed.join(', ')}); phần còn lại đã qua kiểm tra ở lần dựng trước.`
      : `Kiểm tra nội dung ${root}: không có gì thay đổi từ lần dựng trước, đã qua kiểm tra.`,
  );
  if (changed.length) console.log(formatReport(problems.list));
  return { ok: problems.errors.length === 0, seconds: (performance.now() - started) / 1000 };
}

const body = bodyFindingsOf(root, cache.path('bodies'));
const site = readSiteSettings(root);
const planned: PublishInputs = {
  ...inputs,
  force: values.force,
  body,
  mentions: mentionsWithTitle(root, body),
  siteName: site.name,
};
let plan = planPublish(planned);
// (a text-only plan the patch then refuses is built through Astro from the same inputs: the same check holds)
const checking =
  plan.mode === 'keep' || plan.mode === 'text-only' ? checkChanged(plan.mode === 'text-only' ? plan.articles : []) : wholeCheck();
/** The check's seconds once it has passed; it throws when it has not (the caller discards what it built). */
const checked = async (): Promise<number> => {
  const { ok, seconds } = await checking;
  if (!ok) throw new Error('nội dung có lỗi (xem ở trên)');
  return seconds;
};

// Nothing changed: the output is kept. The text of articles only: published without Astro.
if (plan.mode === 'keep' || plan.mode === 'text-only') {
  const edit =
    plan.mode === 'keep'
      ? { pages: new Map<string, string>() }
      : await patchTextEdit(root, out, plan.articles, { titles: plan.titles, baseUrl: site.baseUrl }).catch((err: Error) => ({
          refused: err.message,
        }));
  if ('refused' in edit) {
    plan = planPublish({ ...planned, textOnlyRefused: edit.refused });
  } else {
    let checkS = 0;
    let stagedFrom: string | undefined;
    try {
      if (edit.pages.size > 0) {
        stagedFrom = stageEdit(out, staged, edit.pages);
        await indexSite(staged, { searchCache: cache.path('search') });
      }
      checkS = await checked();
      // (the replaced site stays as the next publish's starting copy: it differs in these pages only)
      if (edit.pages.size > 0) swapIn(staged, out, [...edit.pages.keys()]);
      cache.commitPatch(current, [...edit.pages.keys()]);
    } catch (err) {
      discard(staged);
      stop((err as Error).message);
    }
    const totalS = (performance.now() - started) / 1000;
    console.log(
      edit.pages.size > 0
        ? `Xong: ${out}, ${edit.pages.size} trang sửa thẳng, không dựng lại (${[...edit.pages.keys()].join(', ')}), sau ${totalS.toFixed(1)} s.`
        : `Xong: ${plan.why}, ${out} giữ nguyên (${totalS.toFixed(1)} s).`,
    );
    const patched = [...edit.pages.keys()].map(pageUrl);
    printStats({
      out,
      mode: plan.mode,
      why: plan.why,
      check_s: round(checkS),
      total_s: round(totalS),
      pages_written: patched.length,
      patched,
      ...(stagedFrom ? { staged_from: stagedFrom } : {}),
    });
    process.exit(0);
  }
}
const changedSince = plan.mode === 'changed-pages' ? cache.path('pages') : undefined;
if (!part) console.log(plan.mode === 'changed-pages' ? `Dựng các trang thay đổi (${plan.why}).` : `Dựng đầy đủ: ${plan.why}.`);

// Nothing a failed or earlier build left half-written is trusted; a clean build trusts no cache.
cache.begin({ clean: values.force });
let early: EarlyIndexing | undefined;
try {
  // A whole site's full build indexes its search shards while Astro renders the rest.
  early =
    plan.mode === 'full' && !part ? indexWhileRendering(staged, { searchCache: cache.path('search'), force: values.force }) : undefined;
  // Astro starts while the check runs; nothing it writes is used unless the check passes.
  const astro = startAstro(
    ['build', '--outDir', staged, ...(values.force ? ['--force'] : [])],
    {
      PORTAL_CONTENT: root,
      PORTAL_PAGE_RECORD: part ? undefined : cache.path('nextPages'),
      PORTAL_CHANGED_SINCE: changedSince,
      PORTAL_SEARCH_SCRATCH: early?.scratch,
    },
    cache.astroWorkDir,
  );
  if (!(await checking).ok) {
    astro.stop();
    await astro.ended;
  }
  const checkS = await checked();
  const ended = await astro.ended;
  if (ended !== 0) throw new Error(`astro build thoát với mã ${ended}`);
  const astroDone = performance.now();
  const factsFile = join(staged, BUILD_FACTS_FILE);
  const facts = JSON.parse(readFileSync(factsFile, 'utf8')) as BuildFacts;
  rmSync(factsFile);
  const previousPages = changedSince ? readPageRecord(changedSince) : undefined;
  const { linked, rendered, differing } = previousPages
    ? completeFromPrevious(out, staged, previousPages, readPageRecord(cache.path('nextPages')))
    : { linked: 0, rendered: undefined, differing: undefined };
  const linkDone = performance.now();
  // Parts after the first hold older articles only: no main search index (src/lib/parts.ts).
  const {
    pages,
    reused,
    early: indexedEarly,
  } = await indexSite(staged, {
    searchCache: cache.path('search'),
    force: values.force,
    main: buildsOtherPages(part),
    early,
  });
  early = undefined;
  const indexDone = performance.now();
  const pagefindS = (indexDone - linkDone) / 1000;
  swapIn(staged, out, differing);
  if (!part) cache.commit(current);
  const totalS = (performance.now() - started) / 1000;
  console.log(
    `Xong: ${out}${part ? ` (phần ${part.index}/${part.count})` : ''} (${pages} trang trong chỉ mục tìm kiếm) sau ${totalS.toFixed(1)} s.`,
  );
  // (The check runs beside Astro: astro_s is from the start.)
  const seconds = { check_s: round(checkS), astro_s: round((astroDone - started) / 1000), pagefind_s: round(pagefindS) };
  printStats({
    out,
    mode: plan.mode,
    why: plan.why,
    ...seconds,
    swap_s: round((performance.now() - indexDone) / 1000),
    total_s: round(totalS),
    indexed: pages,
    search_indexes_reused: reused,
    ...(indexedEarly.length ? { search_indexed_while_rendering: indexedEarly } : {}),
    ...facts,
    ...(rendered ? { pages_linked: linked, link_s: round((linkDone - astroDone) / 1000), rendered } : {}),
  });
} catch (err) {
  await early?.discard();
  discard(staged);
  cache.discard();
  stop((err as Error).message);
}
