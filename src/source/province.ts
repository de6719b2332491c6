/**
 * A province as files: content/province.json, the province's units.json and each site's folder
 * (sites/<id>/). Reading it, and checking it as a whole: every site with the province's units,
 * each problem of the shared units reported once, and what ties the sites together (ids, folders,
 * owners, addresses).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fieldPath, Problems, type Problem } from '../lib/problems.ts';
import { provinceSchema, siteSchema, type Province, type Site, type UnitData } from '../lib/schemas.ts';
import { LAYOUT, listFiles, obligationsFile, projectDir, siteRoot } from './paths.ts';
import { readEditorFile } from './read.ts';
import { readSiteSettings } from './site-settings.ts';
import { checkContentRoot, validateContent, type ContentSet } from './validate.ts';
import { buildModel, EARLIER_ARTICLES_SHOWN, type Model } from '../lib/model.ts';
import { createMatcher, mentionSite, unitsReferenced, type MentionMatcher } from '../lib/mentions.ts';
import { cleanText } from '../lib/editor-text.ts';
import { siteView, unitHomes, unitPages, type SiteRef, type SiteView } from '../lib/province.ts';
import { unitSlug } from '../lib/units.ts';
import { readContent, readUnits } from './read.ts';

/** province.json, validated, or its problems (field, message). */
function parseProvince(path: string): { province: Province } | { problems: [field: string, message: string][] } {
  let data: unknown;
  try {
    data = JSON.parse(readEditorFile(path).text);
  } catch (err) {
    return { problems: [['', (err as Error).message]] };
  }
  const result = provinceSchema.safeParse(data);
  return result.success ? { province: result.data } : { problems: result.error.issues.map((i) => [fieldPath(i.path), i.message]) };
}

/** A site.json alone, validated, its problems reported by field (what the province build checks of each site). */
function parseSettings(path: string, at: ReturnType<Problems['at']>): Site | undefined {
  let data: unknown;
  try {
    data = JSON.parse(readEditorFile(path).text);
  } catch (err) {
    at.error('', (err as Error).message);
    return undefined;
  }
  const result = siteSchema.safeParse(data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) at.error(fieldPath(issue.path), issue.message);
  return undefined;
}

/** province.json, validated; throws an error naming the file and field. */
export function readProvince(root: string): Province {
  const path = join(root, LAYOUT.province);
  const parsed = parseProvince(path);
  if ('problems' in parsed)
    throw new Error(parsed.problems.map(([field, message]) => `${path}${field ? ` › ${field}` : ''}: ${message}`).join('\n'));
  return parsed.province;
}

/** A site of the province with its settings (read from its site.json). */
export interface ProvinceSiteFiles {
  id: string;
  root: string;
  settings: Site;
}

/** Every site of the province, in province.json's order. Throws naming the file when one cannot be read. */
export function readProvinceSites(
  root: string,
  province = readProvince(root),
  env: Record<string, string | undefined> = {},
): ProvinceSiteFiles[] {
  return province.sites.map((id) => ({ id, root: siteRoot(root, id), settings: readSiteSettings(siteRoot(root, id), env) }));
}

/**
 * What `npm run check` does for a province: each site checked, shared problems once, and what
 * ties the sites together (ids, folders, owners, addresses). `whole: false` checks only the latter,
 * reading each site's settings (what the province build checks before it builds: each site's own
 * build checks the site).
 */
export function checkProvince(
  root: string,
  cwd = projectDir(),
  { whole = true }: { whole?: boolean } = {},
): { sites: { id: string; set: ContentSet }[]; problems: Problems; decomposed: string[] } {
  const problems = new Problems();
  const file = relative(cwd, join(root, LAYOUT.province)) || LAYOUT.province;
  const parsed = parseProvince(join(root, LAYOUT.province));
  if ('problems' in parsed) {
    for (const [field, message] of parsed.problems) problems.at(file).error(field, message);
    return { sites: [], problems, decomposed: [] };
  }
  const { province } = parsed;
  const seen = new Set<string>();
  const decomposed = new Set<string>();
  const sites: { id: string; set: ContentSet }[] = [];
  const owners = new Map<string, string>();
  const addresses = new Map<string, string>();
  const add = (p: Problem) => {
    const key = JSON.stringify(p);
    if (seen.has(key)) return;
    seen.add(key);
    problems.list.push(p);
  };
  province.sites.forEach((id, i) => {
    const dir = siteRoot(root, id);
    if (province.sites.indexOf(id) !== i) return problems.at(file).error(`sites[${i}]`, `trang "${id}" được ghi hai lần`);
    if (!existsSync(dir)) return problems.at(file).error(`sites[${i}]`, `không có thư mục ${relative(cwd, dir)} cho trang "${id}"`);
    const siteFile = relative(cwd, join(dir, LAYOUT.site));
    let settings: Site | undefined;
    if (whole) {
      const checked = checkContentRoot(dir, cwd);
      for (const p of checked.problems.list) add(p);
      for (const path of checked.decomposed) decomposed.add(path);
      sites.push({ id, set: checked.set });
      settings = checked.set.site;
    } else {
      settings = parseSettings(join(dir, LAYOUT.site), problems.at(siteFile));
    }
    if (settings?.owner) {
      const other = owners.get(settings.owner);
      if (other) problems.at(siteFile).error('owner', `đơn vị "${settings.owner}" đã là chủ quản của trang "${other}"`);
      else owners.set(settings.owner, id);
    }
    if (settings) {
      const other = addresses.get(settings.baseUrl);
      if (other) problems.at(siteFile).error('baseUrl', `địa chỉ ${settings.baseUrl} đã là của trang "${other}"`);
      else addresses.set(settings.baseUrl, id);
    }
  });
  if (addresses.has(province.hub.baseUrl))
    problems.at(file).error('hub.baseUrl', `địa chỉ ${province.hub.baseUrl} đã là của trang "${addresses.get(province.hub.baseUrl)}"`);
  return { sites, problems, decomposed: [...decomposed] };
}

/**
 * The model of a site read from its files (the province build's, for the records other sites
 * show: src/lib/province.ts); the Astro build makes the same from its collections.
 */
function modelFromFiles(root: string, settings: Site): Model {
  const problems = new Problems();
  const raw = readContent(root, problems);
  const set = validateContent(raw, problems);
  const bodies = new Map(raw.articles.map((a) => [a.id, a.body]));
  const units = set.units.map((u) => u.data);
  return buildModel(
    {
      articles: set.articles.map(({ id, data }) => ({ ...data, id, body: bodies.get(id) })),
      decisions: set.decisions.map(({ id, data }) => ({ ...data, id })),
      units,
    },
    { matcher: createMatcher(units, mentionSite(settings)) },
  );
}

/** The province's sites as each names the others. */
export function provinceSiteRefs(sites: readonly ProvinceSiteFiles[]): SiteRef[] {
  return sites.map(({ id, settings }) => ({
    id,
    name: settings.name,
    baseUrl: settings.baseUrl,
    owner: settings.owner,
    district: settings.district,
  }));
}

/** The files of a site that hold text: its content, settings and data (not photos or attached documents). */
const TEXT_FILE = /\.(md|mdx|json|ya?ml)$/i;

/**
 * The units each text file names (`unitsReferenced`), by its path relative to the province and
 * its stamp (size and time): what a build reads again only for a file that changed
 * (src/publish/province.ts keeps it between builds, for the same units' names).
 */
export type NamedByFile = Record<string, { size: number; mtimeMs: number; units: string[] }>;

/** What earlier reads found each file names (`known`), whether to trust it (`recheck`), and where this read's go (`seen`). */
export interface NamesKnown {
  known?: NamedByFile;
  seen?: NamedByFile;
  /** The units' names changed since `known`: whether a file's text may name one that did (src/lib/mentions.ts `mayReferToChanged`). */
  recheck?: ((text: string) => boolean) | undefined;
}

/**
 * The units the texts of the site at `root` (of the province at `province`) may name or refer to
 * (src/lib/mentions.ts, `unitsReferenced`): every text file of the site, and the obligations it
 * shows. A file whose stamp is in `known` is not read again, unless `recheck` is given (the
 * units' names changed since `known` was found): then it is read, and found again only if `recheck`
 * says its text may name a unit whose names changed. Every file's entry goes into `seen`.
 */
export function unitsNamedBySite(
  root: string,
  matcher: MentionMatcher,
  ids: ReadonlySet<string>,
  { province = root, known = {}, seen = {}, recheck }: { province?: string } & NamesKnown = {},
): Set<string> {
  const named = new Set<string>();
  const obligations = obligationsFile(root);
  for (const path of [...listFiles(root, (name) => TEXT_FILE.test(name)), ...(obligations ? [obligations] : [])]) {
    const rel = relative(province, path).split(sep).join('/');
    const { size, mtimeMs } = statSync(path);
    const was = known[rel];
    const read = () => cleanText(readFileSync(path, 'utf8')).text;
    const find = (text: string) => [...unitsReferenced(matcher, ids, text)];
    let units = was && was.size === size && was.mtimeMs === mtimeMs ? was.units : undefined;
    if (units === undefined) units = find(read());
    else if (recheck) {
      const text = read();
      if (recheck(text)) units = find(text);
    }
    seen[rel] = { size, mtimeMs, units };
    for (const id of units) named.add(id);
  }
  return named;
}

/**
 * Every site's view of the province (`names`: what earlier reads found each file names, and where
 * this one's go). Only the models of sites whose records another site shows
 * are built (the archive's, which holds the records of the units that formed each xã).
 */
export function provinceViews(
  root: string,
  env: Record<string, string | undefined> = {},
  { units: read = readUnits(root), ...names }: { units?: UnitData[] } & NamesKnown = {},
): Map<string, SiteView> {
  const province = readProvince(root);
  const files = readProvinceSites(root, province, env);
  const sites = provinceSiteRefs(files);
  const units = read.map((u) => ({
    id: u.id,
    slug: unitSlug(u),
    into: u.succession?.into ?? [],
    district: u.district,
    since: u.since,
    data: u,
  }));
  const holders = new Map<string, Model>();
  for (const f of files) {
    const site = sites.find((s) => s.id === f.id)!;
    if (site.owner) continue;
    // A site owned by no unit has pages for its district's units: it holds records of units that formed another site's owner.
    const shown = unitPages(site, units);
    if (units.some((u) => shown.includes(u.id) && u.into.some((next) => sites.some((s) => s.owner === next))))
      holders.set(f.id, modelFromFiles(f.root, f.settings));
  }
  const ref = { name: province.name, hub: { name: province.hub.name, baseUrl: province.hub.baseUrl }, sites };
  // A site shows only some units (its unit pages', and those its texts name): a change to the others leaves it as it is.
  const matcher = createMatcher(units.map((u) => u.data));
  const ids = new Set(units.map((u) => u.id));
  const homes = unitHomes(sites, units);
  return new Map(
    sites.map((s, i) => [
      s.id,
      siteView(s.id, ref, units, holders, EARLIER_ARTICLES_SHOWN, {
        named: unitsNamedBySite(files[i]!.root, matcher, ids, { province: root, ...names }),
        homes,
      }),
    ]),
  );
}
