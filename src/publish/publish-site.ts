/**
 * The publish of one site, as functions: check the content, decide what the publish does
 * (src/lib/publish-plan.ts: keep, text only, changed pages, or full; the plan made once), build
 * into a staging directory, index it with Pagefind, then swap it into place
 * (src/publish/atomic.ts). Any failure leaves the previous output untouched and throws a
 * `PublishStop` naming why. scripts/build-site.ts is its command.
 */
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { astroBuildProcess, type AstroBuilder } from './astro-cli.ts';
import { completeFromPrevious } from './changed-pages.ts';
import { pageUrl } from '../lib/routes.ts';
import { discard, stagingDir, swapIn } from './atomic.ts';
import { publishInputs } from './inputs.ts';
import { bodyFindingsOf, mentionsWithTitle, patchTextEdit, stageEdit } from './quick-publish.ts';
import { indexSite, indexWhileRendering, type EarlyIndexing } from './search-index.ts';
import { BUILD_FACTS_FILE, type BuildFacts } from '../astro/build-facts.ts';
import { buildsOtherPages, parsePart, type Part } from '../lib/parts.ts';
import { planPublish, type BuildState, type PublishPlan } from '../lib/publish-plan.ts';
import { buildCache, readPageRecord, type BuildCache } from '../source/build-cache.ts';
import { readSiteSettings } from '../source/site-settings.ts';
import type { BuildContext } from '../source/build-context.ts';
import { entryId } from '../source/paths.ts';

/** What a site's publish is asked to do (`npm run build` of one site: scripts/build-site.ts). */
export interface SiteBuildOptions {
  /** The site's content folder. */
  root: string;
  /** Its output folder. */
  out: string;
  /** A clean build: no build cache trusted. */
  force?: boolean;
  /** "K/N": part K of N of the site (src/lib/parts.ts). */
  part?: string | undefined;
  /** The parts' output folders, to put together into the site (src/publish/assemble.ts). */
  assemble?: string[] | undefined;
  /** What runs Astro's build: a process of its own (default), or a province's warm processes (src/publish/astro-pool.ts). */
  astro?: AstroBuilder | undefined;
  /** The whole check in this process, not one of its own (a province's sites: each is small, and a process fewer to start). */
  checkHere?: boolean | undefined;
  /** Say nothing when the output is kept (a province's site: the province says in one line how many it kept). */
  quietWhenKept?: boolean | undefined;
}

/** What a site's publish did: the plan's mode it ended in, or its parts put together. */
export type Published = PublishPlan['mode'] | 'assembled';

/** Why a publish stopped; the output is as it was. */
export class PublishStop extends Error {}

/** What an editor reads when a site's publish stopped: why, and that `out` is as it was. */
export const stoppedMessage = (err: unknown, out: string) => `Dừng: ${(err as Error).message}; ${out} giữ nguyên như trước.`;

const round = (n: number) => Math.round(n * 100) / 100;
/**
 * One machine-readable line for benchmarks and tests: the mode and why, the seconds of each step,
 * and which pages were rendered by Astro (`rendered`, a changed-pages build), patched without it
 * (`patched`) or linked from the last build (`pages_linked`); `staged_from`: whether a patch's
 * staging copy was the replaced site brought up to date (`standby`) or the site linked whole.
 */
const printStats = (stats: Record<string, unknown>) => console.log(`BUILD_STATS ${JSON.stringify(stats)}`);

type Checked = { ok: boolean; seconds: number };

/** One publish under way: what every step shares. */
interface Run {
  o: SiteBuildOptions;
  part: Part | undefined;
  staged: string;
  cache: BuildCache;
  /** What this build is made from, to tell the next one what changed. */
  current: BuildState;
  started: number;
  /** The check, running beside the rest. */
  checking: Promise<Checked>;
}

/**
 * The whole check, as its own process beside the rest: what it holds (every parsed file, 1.1 GB
 * at 100k articles) is given back when it ends, during Astro's start, before the build's peak. An
 * Astro build goes on while it runs; nothing is swapped in before it has passed.
 */
function wholeCheck(root: string, started: number): Promise<Checked> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['scripts/check.ts', root], { stdio: 'inherit' });
    child.on('close', (code) => done({ ok: code === 0, seconds: (performance.now() - started) / 1000 }));
    child.on('error', () => done({ ok: false, seconds: (performance.now() - started) / 1000 }));
  });
}

/** The whole check in this process, once Astro's build has been started (it runs beside it). */
async function wholeCheckHere(root: string, started: number): Promise<Checked> {
  const { checkReport, checkSiteRoot } = await import('../source/validate.ts');
  await new Promise((next) => setImmediate(next));
  const outcome = checkSiteRoot(root);
  console.log(checkReport(root, outcome));
  return { ok: outcome.problems.errors.length === 0, seconds: (performance.now() - started) / 1000 };
}

/**
 * The check of a publish that keeps the output or changes only the text of articles: the changed
 * articles' own checks (checkChangedBodies), reported as `npm run check` reports. Everything else
 * is what the last build read, which passed the whole check (a build records what it was made
 * from only then).
 */
async function checkChanged(root: string, changed: readonly string[], started: number, quiet = false): Promise<Checked> {
  const [{ checkChangedBodies }, { formatReport }] = await Promise.all([import('../source/validate.ts'), import('../lib/problems.ts')]);
  const problems = checkChangedBodies(root, changed);
  if (changed.length) {
    console.log(
      `Kiểm tra nội dung ${root}: ${changed.length} bài chỉ sửa nội dung hoặc tiêu đề (${changed.join(', ')}); phần còn lại đã qua kiểm tra ở lần dựng trước.`,
    );
    console.log(formatReport(problems.list));
  } else if (!quiet) console.log(`Kiểm tra nội dung ${root}: không có gì thay đổi từ lần dựng trước, đã qua kiểm tra.`);
  return { ok: problems.errors.length === 0, seconds: (performance.now() - started) / 1000 };
}

/** The check's seconds once it has passed; it throws when it has not (the caller discards what it built). */
async function passed(run: Run): Promise<number> {
  const { ok, seconds } = await run.checking;
  if (!ok) throw new Error('nội dung có lỗi (xem ở trên)');
  return seconds;
}

/** The parts' outputs put together into the site a whole build makes. */
async function assembleSite(o: SiteBuildOptions, parts: string[], staged: string, started: number): Promise<void> {
  try {
    const { assembleParts } = await import('./assemble.ts');
    const { files, shared, pages } = await assembleParts(parts, staged, readSiteSettings(o.root).baseUrl);
    swapIn(staged, o.out);
    const totalS = (performance.now() - started) / 1000;
    console.log(
      `Xong: ${o.out} ghép từ ${parts.length} phần (${files} tệp, ${shared} tệp chung giống hệt nhau, ${pages} trang trong sơ đồ trang) sau ${totalS.toFixed(1)} s.`,
    );
    printStats({ assemble_s: round(totalS), files, shared, sitemap_pages: pages });
  } catch (err) {
    discard(staged);
    throw new PublishStop((err as Error).message);
  }
}

/**
 * Nothing changed: the output is kept. The text of articles only: published without Astro. Returns
 * why the patch was refused (the publish then goes through Astro), or undefined once published.
 */
async function publishWithoutAstro(
  run: Run,
  plan: Extract<PublishPlan, { mode: 'keep' | 'text-only' }>,
  baseUrl: string,
): Promise<string | undefined> {
  const { o, staged, cache } = run;
  const edit =
    plan.mode === 'keep'
      ? { pages: new Map<string, string>() }
      : await patchTextEdit(o.root, o.out, plan.articles, { titles: plan.titles, baseUrl }).catch((err: Error) => ({
          refused: err.message,
        }));
  if ('refused' in edit) return edit.refused;
  const publish = async () => {
    const stagedFrom = edit.pages.size > 0 ? stageEdit(o.out, staged, edit.pages) : undefined;
    if (stagedFrom) await indexSite(staged, { searchCache: cache.path('search') });
    const checkS = await passed(run);
    // (the replaced site stays as the next publish's starting copy: it differs in these pages only)
    if (edit.pages.size > 0) swapIn(staged, o.out, [...edit.pages.keys()]);
    cache.commitPatch(run.current, [...edit.pages.keys()]);
    return { checkS, stagedFrom };
  };
  const { checkS, stagedFrom } = await publish().catch((err: Error) => {
    discard(staged);
    throw new PublishStop(err.message);
  });
  const totalS = (performance.now() - run.started) / 1000;
  if (edit.pages.size > 0)
    console.log(
      `Xong: ${o.out}, ${edit.pages.size} trang sửa thẳng, không dựng lại (${[...edit.pages.keys()].join(', ')}), sau ${totalS.toFixed(1)} s.`,
    );
  else if (!o.quietWhenKept) console.log(`Xong: ${plan.why}, ${o.out} giữ nguyên (${totalS.toFixed(1)} s).`);
  const patched = [...edit.pages.keys()].map(pageUrl);
  printStats({
    out: o.out,
    mode: plan.mode,
    why: plan.why,
    check_s: round(checkS),
    total_s: round(totalS),
    pages_written: patched.length,
    patched,
    ...(stagedFrom ? { staged_from: stagedFrom } : {}),
  });
  return undefined;
}

/**
 * What a changed-pages build is told of the published site (src/source/build-context.ts): its record
 * of pages, the MDX articles to bundle, and its folder, where the others' bodies are.
 */
function sincePublished(run: Run, plan: PublishPlan): Pick<BuildContext, 'changedSince' | 'articleModules' | 'previousSite'> {
  if (plan.mode !== 'changed-pages') return {};
  return { changedSince: run.cache.path('pages'), articleModules: plan.articleModules?.map(entryId), previousSite: run.o.out };
}

/** Astro's build into the staging folder, started while the check runs; its exit code awaited only once the check passed. */
async function renderWithAstro(run: Run, plan: PublishPlan, early: EarlyIndexing | undefined) {
  const { o, part, staged, cache } = run;
  const astro = (o.astro ?? astroBuildProcess)({ outDir: staged, force: o.force }, cache.astroWorkDir, {
    content: o.root,
    part: part && `${part.index}/${part.count}`,
    pageRecord: part ? undefined : cache.path('nextPages'),
    ...sincePublished(run, plan),
    searchScratch: early?.scratch,
  });
  if (!(await run.checking).ok) {
    astro.stop();
    await astro.ended;
  }
  const checkS = await passed(run);
  const ended = await astro.ended;
  if (ended !== 0) throw new Error(`astro build thoát với mã ${ended}`);
  const factsFile = join(staged, BUILD_FACTS_FILE);
  const facts = JSON.parse(readFileSync(factsFile, 'utf8')) as BuildFacts;
  rmSync(factsFile);
  return { checkS, facts, astroDone: performance.now() };
}

/** The changed pages or the whole site rendered by Astro, linked with the rest, indexed, and swapped in. */
async function publishThroughAstro(run: Run, plan: PublishPlan): Promise<void> {
  const { o, part, staged, cache, started } = run;
  const changedSince = plan.mode === 'changed-pages' ? cache.path('pages') : undefined;
  if (!part) console.log(plan.mode === 'changed-pages' ? `Dựng các trang thay đổi (${plan.why}).` : `Dựng đầy đủ: ${plan.why}.`);
  // Nothing a failed or earlier build left half-written is trusted; a clean build trusts no cache.
  cache.begin({ clean: o.force });
  let early: EarlyIndexing | undefined;
  try {
    // A whole site's full build indexes its search shards while Astro renders the rest.
    early = plan.mode === 'full' && !part ? indexWhileRendering(staged, { searchCache: cache.path('search'), force: o.force }) : undefined;
    const { checkS, facts, astroDone } = await renderWithAstro(run, plan, early);
    const previousPages = changedSince ? readPageRecord(changedSince) : undefined;
    const { linked, rendered, differing } = previousPages
      ? completeFromPrevious(o.out, staged, previousPages, readPageRecord(cache.path('nextPages')))
      : { linked: 0, rendered: undefined, differing: undefined };
    const linkDone = performance.now();
    // Parts after the first hold older articles only: no main search index (src/lib/parts.ts).
    const index = await indexSite(staged, { searchCache: cache.path('search'), force: o.force, main: buildsOtherPages(part), early });
    early = undefined;
    const indexDone = performance.now();
    swapIn(staged, o.out, differing);
    if (!part) cache.commit(run.current);
    const totalS = (performance.now() - started) / 1000;
    console.log(
      `Xong: ${o.out}${part ? ` (phần ${part.index}/${part.count})` : ''} (${index.pages} trang trong chỉ mục tìm kiếm) sau ${totalS.toFixed(1)} s.`,
    );
    // (The check runs beside Astro: astro_s is from the start.)
    printStats({
      out: o.out,
      mode: plan.mode,
      why: plan.why,
      check_s: round(checkS),
      astro_s: round((astroDone - started) / 1000),
      pagefind_s: round((indexDone - linkDone) / 1000),
      swap_s: round((performance.now() - indexDone) / 1000),
      total_s: round(totalS),
      indexed: index.pages,
      search_indexes_reused: index.reused,
      ...(index.early.length ? { search_indexed_while_rendering: index.early } : {}),
      ...facts,
      ...(rendered ? { pages_linked: linked, link_s: round((linkDone - astroDone) / 1000), rendered } : {}),
      ...(plan.mode === 'changed-pages' ? { mdx_bundled: plan.articleModules?.length ?? 'all' } : {}),
    });
  } catch (err) {
    await early?.discard();
    discard(staged);
    cache.discard();
    throw new PublishStop((err as Error).message);
  }
}

/** Publish the site at `o.root` into `o.out` (or put its parts together); throws a `PublishStop` when the output stays as it was. */
export async function publishSite(o: SiteBuildOptions): Promise<Published> {
  const started = performance.now();
  let part: Part | undefined;
  try {
    part = parsePart(o.part);
  } catch (err) {
    throw new PublishStop((err as Error).message);
  }
  const staged = stagingDir(o.out);
  discard(staged);
  if (o.assemble) {
    await assembleSite(o, o.assemble, staged, started);
    return 'assembled';
  }

  const cache = buildCache(o.root, part && `${part.index}/${part.count}`);
  // (a part is never published alone: it records no inputs)
  const inputs = publishInputs(o.root, o.out, cache, { part: Boolean(part) });
  const body = bodyFindingsOf(o.root, cache.path('bodies'));
  const site = readSiteSettings(o.root);
  const planned = { ...inputs, force: Boolean(o.force), body, mentions: mentionsWithTitle(o.root, body), siteName: site.name };
  const plan = planPublish(planned);
  const checking =
    plan.mode === 'keep' || plan.mode === 'text-only'
      ? checkChanged(o.root, plan.mode === 'text-only' ? plan.articles : [], started, o.quietWhenKept)
      : (o.checkHere ? wholeCheckHere : wholeCheck)(o.root, started);
  const run: Run = { o, part, staged, cache, current: inputs.current, started, checking };
  if (plan.mode !== 'keep' && plan.mode !== 'text-only') {
    await publishThroughAstro(run, plan);
    return plan.mode;
  }
  const refused = await publishWithoutAstro(run, plan, site.baseUrl);
  if (refused === undefined) return plan.mode;
  // (a text-only plan the patch then refuses is built through Astro from the same inputs: the same check holds)
  const again = planPublish({ ...planned, textOnlyRefused: refused });
  await publishThroughAstro(run, again);
  return again.mode;
}
