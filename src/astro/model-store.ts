/**
 * The one place pages get content: reads the collections once per build and hands them to the
 * pure model (src/lib/model.ts), references reduced to ids, with the build's one mention matcher.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildModel, type Model } from '../lib/model.ts';
import { DEFAULT_RECENT_ARTICLES, planShards, type ShardPlan } from '../lib/search-shards.ts';
import { articleInPart, buildsOtherPages as partBuildsOtherPages, parsePart, planParts, type PartPlan } from '../lib/parts.ts';
import { readSiteSettings } from '../source/site-settings.ts';
import { readSiteView } from '../source/site-view.ts';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { bodyRange } from '../lib/page-patch.ts';
import { pageFile, ROUTES } from '../lib/routes.ts';
import { withoutFrontMatter } from '../lib/front-matter.ts';
import { readEditorFile } from '../source/read.ts';
import { contentRoot, documentFilePath, LAYOUT, listFiles } from '../source/paths.ts';
import { join } from 'node:path';
import { buildCommune, searchExample, type Commune, type IntroPageInput } from '../lib/commune.ts';
import { siteConformance, type ConformanceRow } from '../lib/conformance.ts';
import { Problems, formatReport } from '../lib/problems.ts';
import { readCommune } from '../source/commune.ts';
import { buildDay } from '../source/today.ts';
import { bodyFindings, keepForBuildEnd } from './body-cache.ts';
import { markdownRenderer } from './markdown.ts';
import { sharedMentionLinks } from './mentions.ts';
import { mentionSite } from '../lib/mentions.ts';
import { buildContext } from '../source/build-context.ts';
import { perSite, siteCollection } from '../source/site-scope.ts';

/** The site's settings (site.json), read on first use. */
export const siteSettings = perSite(() => readSiteSettings());
/** What this site shows of the other sites of its province; undefined for a site alone. */
export const siteView = perSite(() => readSiteView());
/** The day this build is for (this week's schedule, how fresh each part is): src/source/today.ts. */
export const buildToday = perSite(() => buildDay());

/** The size of a file stored with a document (content/decisions/…), when it exists. */
function documentFileSize(file: string): number | undefined {
  const path = documentFilePath(file);
  return existsSync(path) ? statSync(path).size : undefined;
}

/** An article's body as written (Markdown or MDX source), for mention detection. */
function bodyText(filePath: string | undefined): string {
  return filePath ? withoutFrontMatter(readEditorFile(filePath, { detectLegacy: false }).text) : '';
}

// Bodies are linked with the same matcher as the model's (and the MDX pipeline's).
const renderMarkdown = markdownRenderer(() => sharedMentionLinks());

/** The model and the articles' entries, read once per site. */
const loaded = perSite(() => load());

async function load() {
  // A site with no articles or documents yet (a xã just added) reads none: asked for an empty
  // collection, Astro prints an English warning that an editor cannot act on.
  const root = contentRoot();
  const has = (dir: string) => listFiles(join(root, dir), () => true).length > 0;
  const [articles, decisions, units] = await Promise.all([
    has(LAYOUT.articles) ? getCollection(siteCollection('articles')) : [],
    has(LAYOUT.decisions) ? getCollection(siteCollection('decisions')) : [],
    getCollection(siteCollection('units')),
  ]);
  const bodies = bodyFindings(
    units.map(({ data }) => data),
    sharedMentionLinks().matcher,
    mentionSite(siteSettings()),
  );
  const model = buildModel(
    {
      articles: articles.map(({ id, data, filePath, digest }) => ({
        ...data,
        id,
        bodyFound: bodies.get(id, digest === undefined ? undefined : String(digest), () => bodyText(filePath), data.date),
        after: data.after?.id,
        decisions: data.decisions.map((r) => r.id),
        units: data.units.map((r) => r.id),
      })),
      decisions: decisions.map(({ id, data }) => ({
        ...data,
        id,
        sourceArticle: data.sourceArticle?.id,
        legalBasis: data.legalBasis.map((b) => ({ ...b, ref: b.ref?.id })),
        replaces: data.replaces?.map((r) => r.id),
        amends: data.amends?.map((r) => r.id),
        groups: data.groups.map((g) => ({ ...g, units: g.units.map((r) => r.id) })),
      })),
      units: units.map(({ data }) => data),
    },
    { matcher: sharedMentionLinks().matcher, fileSize: documentFileSize, view: siteView() },
  );
  keepForBuildEnd(bodies);
  return { model, entries: new Map(articles.map((a) => [a.id, a])) };
}

/** How the search index is split (the search page and every article page need the same plan). */
export const getSearchShards = perSite((): Promise<ShardPlan> =>
  getModel().then((m) => planShards(m.articles, { recent: siteSettings().searchRecentArticles ?? DEFAULT_RECENT_ARTICLES })),
);

/**
 * The part of the site this build renders (the build's context, src/source/build-context.ts: set by
 * `npm run build -- --part k/n`; src/lib/parts.ts): undefined for the whole site. Every part builds
 * the whole model.
 */
const buildPart = () => parsePart(buildContext().part);

/** Whether this build renders the pages other than article pages: the whole site, or part 1. */
export const buildsOtherPages = (): boolean => partBuildsOtherPages(buildPart());

// (a build in parts is of one site)
let partPlan: PartPlan | undefined;

/** Whether this build renders the page of article `id`. */
export async function buildsArticlePage(id: string): Promise<boolean> {
  const part = buildPart();
  if (!part) return true;
  const [m, plan] = await Promise.all([getModel(), getSearchShards()]);
  partPlan ??= planParts(plan, part.count, m.units.length + m.decisions.length);
  return articleInPart(plan, partPlan, id, part.index);
}

/** The example the site's search boxes give, from its own settings (src/lib/search-text.ts). */
export function searchBoxExample(): string | undefined {
  return searchExample(siteSettings().publisher);
}

/** The model, built on first use and shared by every page of the build. */
export async function getModel(): Promise<Model> {
  return (await loaded()).model;
}

/** What the site carries besides news and documents, and (a commune's site) its conformance. */
export const getCommune = perSite((): Promise<{ commune: Commune; conformance: ConformanceRow[] | undefined }> =>
  getModel().then((m) => {
    const problems = new Problems();
    const read = readCommune(contentRoot(), problems);
    // `npm run check` runs before every build and stops it on an error; this is for `astro dev`.
    if (problems.errors.length) throw new Error(formatReport(problems.errors));
    const [site, today] = [siteSettings(), buildToday()];
    const built = buildCommune(read.input, { site, documents: m.decisions, articles: m.articles, today });
    // The parts built once, for the pages and for the report.
    return { commune: built, conformance: siteConformance(site.owner, read.obligations, built.parts, today) };
  }),
);

/** The HTML of a page of "Giới thiệu" (its mentions of units linked, as in articles). */
export function introHtml(page: IntroPageInput): Promise<string> {
  return renderMarkdown(page.body);
}

/** The collection entry of an article, for `render()`. */
export async function articleEntry(id: string): Promise<CollectionEntry<'articles'>> {
  const entry = (await loaded()).entries.get(id);
  if (!entry) throw new Error(`no article ${id}`);
  return entry;
}

/**
 * The HTML of a Markdown (.md) article's body, rendered from its file; of an MDX article this build
 * did not bundle (src/astro/articles-loader.ts), the body its page shows on the published site,
 * which nothing it depends on has changed (src/lib/publish-plan.ts); undefined for the other MDX
 * articles and for articles with photos, which Astro rendered when it loaded them (`render()`
 * gives those).
 */
export async function articleHtml(entry: CollectionEntry<'articles'>): Promise<string | undefined> {
  const bundled = buildContext().articleModules;
  if (entry.filePath?.endsWith('.mdx') && bundled && !bundled.includes(entry.id)) return publishedBody(entry.id);
  if (!entry.filePath?.endsWith('.md') || entry.rendered) return undefined;
  return renderMarkdown(bodyText(entry.filePath), entry.data.date);
}

/** The body of article `id` as the published site (the build context's `previousSite`) shows it. */
function publishedBody(id: string): string {
  const file = join(buildContext().previousSite ?? '', pageFile(ROUTES.article(id)));
  const html = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const at = bodyRange(html);
  if (!at) throw new Error(`${file}: không lấy được nội dung bài từ trang đã đăng: dựng lại toàn bộ bằng npm run build -- --force`);
  return html.slice(at.start, at.end);
}
