/**
 * Where content and its build caches live on disk: the content root (the build's context,
 * PORTAL_CONTENT or content/), its layout, and the per-root cache folder.
 */
import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { slugify } from '../lib/vi.ts';
import { buildContext, type BuildContext } from './build-context.ts';

/**
 * Where the content lives: the one the build's context names (an Astro build started by
 * `npm run build`: src/source/build-context.ts), or `PORTAL_CONTENT`, or `content/`, resolved against `cwd`.
 */
export function contentRoot(
  env: Record<string, string | undefined> = process.env,
  cwd = projectDir(),
  context: BuildContext = buildContext(),
): string {
  if (context.content) return context.content;
  const given = env.PORTAL_CONTENT?.trim();
  return given ? resolve(cwd, given) : join(cwd, 'content');
}

/**
 * The content root a file belongs to: in a build of several sites (the build context's `sites`),
 * the site whose folder holds it; otherwise the build's content root.
 */
export function contentRootOf(file: string, context: BuildContext = buildContext()): string {
  for (const site of Object.values(context.sites ?? {}))
    if (site.content && !relative(site.content, file).startsWith('..')) return site.content;
  return contentRoot(undefined, undefined, context);
}

/**
 * The project folder (where package.json and src/ are). Astro runs in a working folder of its own
 * per build (src/publish/astro-cli.ts), so code that runs inside Astro is told the project by the
 * build's context; every other command runs in the project folder.
 */
export function projectDir(context: BuildContext = buildContext()): string {
  return context.project ?? process.cwd();
}

/**
 * Layout of a content root. A root is either one site (site.json, units.json, articles/,
 * decisions/) or a province: province.json and units.json (the province's units and their lineage,
 * kept once), and each site in sites/<id>/ (site.json, articles/, decisions/), which reads the
 * province's units.
 */
export const LAYOUT = {
  articles: 'articles',
  decisions: 'decisions',
  units: 'units.json',
  site: 'site.json',
  province: 'province.json',
  sites: 'sites',
  /** A commune's own content (src/lib/commune.ts): pages of "Giới thiệu" and their files, leaders, procedures, the weekly schedule. */
  intro: 'gioi-thieu',
  introFiles: 'gioi-thieu/tep',
  leaders: 'lanh-dao.json',
  procedures: 'thu-tuc.json',
  schedule: 'lich-cong-tac',
  /** The obligations commune sites are checked against: the province's (or a site alone's own). */
  obligations: 'nghia-vu.json',
} as const;

/** Whether `root` is a province (it holds province.json). */
export function isProvince(root: string): boolean {
  return existsSync(join(root, LAYOUT.province));
}

/** The province a site folder belongs to (sites/<id>/ of a province), if any. */
export function provinceOf(siteRoot: string): string | undefined {
  const province = dirname(dirname(siteRoot));
  return basename(dirname(siteRoot)) === LAYOUT.sites && isProvince(province) ? province : undefined;
}

/** A site's folder in a province. */
export function siteRoot(province: string, id: string): string {
  return join(province, LAYOUT.sites, id);
}

/**
 * Where a site's content is in the repository, as its editing UI names it: the repository keeps
 * the content in content/ (a province: content/sites/<id>/ and the province's content/units.json).
 */
export function repositoryPaths(root: string): { contentDir: string; unitsFile?: string } {
  return provinceOf(root)
    ? { contentDir: `content/${LAYOUT.sites}/${basename(root)}`, unitsFile: `content/${LAYOUT.units}` }
    : { contentDir: 'content' };
}

/** The units a site reads: its own units.json, or its province's. */
export function unitsFile(root: string): string {
  const own = join(root, LAYOUT.units);
  const province = existsSync(own) ? undefined : provinceOf(root);
  return province ? join(province, LAYOUT.units) : own;
}

/** The obligations a site is checked against: its own nghia-vu.json, or its province's; undefined when there is none. */
export function obligationsFile(root: string): string | undefined {
  const own = join(root, LAYOUT.obligations);
  if (existsSync(own)) return own;
  const province = provinceOf(root);
  return province && existsSync(join(province, LAYOUT.obligations)) ? join(province, LAYOUT.obligations) : undefined;
}

export const ARTICLE_EXTENSIONS = ['.md', '.mdx'];

/** The id of an article or document: its file name without the extension (also its URL slug). */
export function entryId(path: string): string {
  return basename(path, extname(path));
}

/**
 * The build cache of a content root (Astro's content store and incremental build, the search
 * indexes): one per root, so the real site, fixtures and benchmarks never share one, and one per
 * part when the site is built in parts (src/lib/parts.ts; `part`: "K/N").
 */
export function buildCacheDir(root = contentRoot(), cwd = projectDir(), part?: string): string {
  const name = slugify(relative(cwd, root)) || 'root';
  return join(cwd, 'node_modules', '.astro', part ? `${name}-part-${part.replace('/', '-of-')}` : name);
}

/**
 * Astro's cache folder (its content store) for the site at `root` (or its `part`). A build's Astro runs in a
 * working folder of its own (src/publish/astro-cli.ts) and keeps its store in the build cache;
 * Astro's commands run in the project folder itself (`npm run dev`, `typecheck`: scripts/astro.ts)
 * keep theirs apart, in `astro-dev/` inside it. The store holds MDX articles' paths relative to the
 * folder Astro runs in, and one written by `npm run typecheck` stopped the next build of a site
 * with an MDX article (Rolldown could not resolve the article's module).
 */
export function astroCacheDir(root = contentRoot(), cwd = process.cwd(), part?: string): string {
  const project = projectDir();
  const dir = buildCacheDir(root, project, part);
  return resolve(cwd) === resolve(project) ? join(dir, 'astro-dev') : dir;
}

/** Files under `dir` (recursively) whose name `accept`s, hidden files left out, sorted. */
export function listFiles(dir: string, accept: (name: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && accept(entry.name) && !entry.name.startsWith('.')) {
      out.push(join(entry.parentPath, entry.name));
    }
  }
  return out.sort();
}

/** The article files (.md, .mdx) under `dir`, sorted, as absolute paths. */
export function listArticleFiles(dir: string): string[] {
  return listFiles(dir, (n) => ARTICLE_EXTENSIONS.includes(extname(n)));
}

/** A file stored with a document, named relative to content/decisions/ ("tep/5844.pdf"). */
export function documentFilePath(file: string, root = contentRoot()): string {
  return join(root, LAYOUT.decisions, file);
}
