/**
 * One Astro build for the sites of a province that need a full build: Astro's start, its content
 * sync and its bundle are paid once for all of them, not once per site (issue 33). Every route is
 * under a `[site]` parameter (src/astro/site-routes.ts), so the build's output holds a folder per
 * site; each becomes the staging folder its site's publish asked Astro to build
 * (src/publish/publish-site.ts), with what a build of the site alone would have beside its pages:
 * the public files, the files of Astro's asset folder its pages name, its 404 page and its sitemap.
 *
 * Each site's publish plans on its own and asks for an Astro build through the builder this module
 * hands it (`builderFor`). A full build waits for the other sites: once every site has asked or
 * settled without one (`settle`), the full builds asked for run as one build (one alone runs as it
 * always has; when the one build fails, each site is built again on its own). A changed-pages
 * build or a part goes to the pool at once.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, sep } from 'node:path';
import { portalSitemap } from '../astro/sitemap.ts';
import { runSitemapHooks } from '../internals.ts';
import { assetsNamed, mayNameAssets } from '../lib/parts.ts';
import { ASSETS_DIR, pageFile, pageUrl, ROUTES } from '../lib/routes.ts';
import type { BuildContext } from '../source/build-context.ts';
import { readSiteSettings } from '../source/site-settings.ts';
import { buildCacheDir, projectDir } from '../source/paths.ts';
import type { AstroBuild, AstroBuilder } from './astro-cli.ts';
import { discard, stagingDir } from './atomic.ts';
import { fileLinker, filesUnder, linkTree } from './link.ts';

/** A site's full build, waiting for the province's one build. */
interface Member {
  id: string;
  outDir: string;
  force: boolean;
  workDir: string;
  context: BuildContext;
  done: (result: number | string) => void;
}

/** The editing UI's own files (the app, its strings and fonts: src/astro/cms-files.ts) name none; its page does. */
const ADMIN = ROUTES.admin.slice(1);
const mayName = (rel: string) => mayNameAssets(rel) && (!rel.startsWith(ADMIN) || rel.endsWith('.html'));

/**
 * What every site's folder takes from the build's output, read once per build: its public files
 * (the entries beside the sites' folders and the asset folder) and, for each file of the asset
 * folder, the asset files it names (a stylesheet its fonts), or undefined when there is no such
 * file (a name in a page's text that is not one).
 */
function sharedOutput(out: string, sites: readonly string[]) {
  const assets = join(out, ASSETS_DIR);
  const named = new Map<string, string[] | undefined>();
  const asset = (name: string): string[] | undefined => {
    if (!named.has(name)) {
      const path = join(assets, name);
      named.set(name, !existsSync(path) ? undefined : mayNameAssets(name) ? assetsNamed(readFileSync(path, 'utf8')) : []);
    }
    return named.get(name);
  };
  const publicEntries = readdirSync(out, { withFileTypes: true }).filter((e) => e.name !== ASSETS_DIR && !sites.includes(e.name));
  return { out, assets, asset, publicEntries };
}
type SharedOutput = ReturnType<typeof sharedOutput>;

/** The files of the build's asset folder that `files` of `site` name, and those they name in turn. */
function assetsNamedBy(site: string, files: string[], shared: SharedOutput): Set<string> {
  const found = new Set<string>();
  const add = (names: string[]) => {
    for (const name of names) {
      const inner = found.has(name) ? undefined : shared.asset(name);
      if (!inner) continue;
      found.add(name);
      add(inner);
    }
  };
  for (const rel of files) if (mayName(rel)) add(assetsNamed(readFileSync(join(site, rel), 'utf8')));
  return found;
}

/**
 * Site `id`'s folder of the build's output made its own at `target`: its pages moved there, its
 * 404 page where a build of the site alone writes it, the public files and the asset files it
 * names linked, and its sitemap written.
 */
async function siteFromProvinceBuild(shared: SharedOutput, id: string, target: string, baseUrl: string) {
  const from = join(shared.out, id);
  mkdirSync(target, { recursive: true });
  for (const name of readdirSync(from)) renameSync(join(from, name), join(target, name));
  // (a page at /<site>/404/ is written as 404/index.html; a site's own build writes 404.html)
  const notFound = join(target, pageFile(`${ROUTES.notFound}/`));
  if (existsSync(notFound)) {
    renameSync(notFound, join(target, pageFile(ROUTES.notFound)));
    rmSync(dirname(notFound), { recursive: true });
  }
  const link = fileLinker();
  for (const e of shared.publicEntries) {
    if (e.isDirectory()) linkTree(join(shared.out, e.name), join(target, e.name));
    else link(join(shared.out, e.name), join(target, e.name));
  }
  const files = filesUnder(target).map((rel) => rel.split(sep).join('/'));
  for (const name of assetsNamedBy(target, files, shared)) link(join(shared.assets, name), join(target, ASSETS_DIR, name));
  const pages = files.filter((rel) => rel.endsWith('index.html')).map((rel) => pageUrl(rel).slice(1));
  await runSitemapHooks(portalSitemap(), { site: baseUrl, dir: target, pages });
}

/** What the province's one build is run with: the pool that runs Astro, its working folder, its output. */
export interface ProvinceBuildPlace {
  /** The province's content folder. */
  root: string;
  astro: AstroBuilder;
  workDir: string;
  out: string;
}

/** The sites of a province's publish (`expected`), each site's builder, and how a site says it needs none. */
export function provinceBuilds(place: ProvinceBuildPlace, expected: readonly string[]) {
  const members: Member[] = [];
  const settled = new Set<string>();
  let started = false;
  const startIfAll = () => {
    if (started || members.length + settled.size < expected.length) return;
    started = true;
    void runTogether(place, members);
  };
  const settle = (id: string) => {
    if (members.some((m) => m.id === id)) return;
    settled.add(id);
    startIfAll();
  };
  const builderFor =
    (id: string): AstroBuilder =>
    (build, workDir, context) => {
      if (context.changedSince || context.part || started) {
        settle(id);
        return place.astro(build, workDir, context);
      }
      const ended = new Promise<number | string>((done) => {
        members.push({ id, outDir: build.outDir, force: Boolean(build.force), workDir, context, done });
      });
      startIfAll();
      // (one site's check failing does not stop the others' build: its publish discards its folder)
      return { ended, stop: () => {} } satisfies AstroBuild;
    };
  return { builderFor, settle };
}

/** Each member built on its own (a build of its own site), as a province's publish did before. */
const eachAlone = (place: ProvinceBuildPlace, members: Member[]) =>
  Promise.all(members.map(async (m) => m.done(await place.astro({ outDir: m.outDir, force: m.force }, m.workDir, m.context).ended)));

/**
 * The full builds asked for, as one build (one alone: as a build of its own). When the one build
 * fails, each site is built again on its own, so that one site's fault stops that site only.
 */
async function runTogether(place: ProvinceBuildPlace, members: Member[]): Promise<void> {
  if (members.length <= 1) return void (await eachAlone(place, members));
  const ids = members.map((m) => m.id);
  discard(place.out);
  const context: BuildContext = { content: place.root, sites: Object.fromEntries(members.map((m) => [m.id, m.context])) };
  console.log(`Dựng ${members.length} trang trong một lần dựng Astro: ${ids.join(', ')}.`);
  const ended = await place.astro({ outDir: place.out, force: members.some((m) => m.force) }, place.workDir, context).ended;
  if (ended !== 0) {
    discard(place.out);
    console.error(
      `Lần dựng chung ${members.length} trang không xong (mã ${ended}): dựng lại từng trang một, để chỉ trang có lỗi dừng lại.`,
    );
    return void (await eachAlone(place, members));
  }
  const shared = sharedOutput(place.out, ids);
  for (const m of members) {
    try {
      await siteFromProvinceBuild(shared, m.id, m.outDir, readSiteSettings(m.context.content ?? '').baseUrl);
      m.done(0);
    } catch (err) {
      console.error(`${m.id}: ${(err as Error).message}`);
      m.done(1);
    }
  }
  discard(place.out);
}

/** Where a province's one build runs and writes (its output a folder beside the output folder, as a site's staging). */
export function provinceBuildPlace(root: string, out: string): Pick<ProvinceBuildPlace, 'workDir' | 'out'> {
  return { workDir: join(projectDir(), '.astro', 'builds', `${basename(buildCacheDir(root))}-sites`), out: stagingDir(out, 'sites') };
}
