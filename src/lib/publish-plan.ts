/**
 * What a publish does, decided once: keep the output, patch the text of articles, render only the
 * changed pages, or build everything, with the reason shown to whoever runs the build. Pure: it
 * takes what the last build of the site was made from and what the site is made of now (the
 * stamps of every input file: src/publish/inputs.ts), and asks for an article body's findings
 * only where a rule needs them. Each mode gives exactly what a clean build gives
 * (tests/site/builds.test.ts); the rules, as a table: tests/unit/publish-plan.test.ts.
 *
 * - keep: nothing changed since the last build of the same output, from the same code.
 * - text-only: the only changes are to the text of `.md` articles whose front matter is unchanged
 *   but for the title, with no photo of their own before or after, still naming the same units
 *   and still having (or not having) text: no other page changes (lists, unit pages, RSS, JSON-LD
 *   are made from front matter and mentions), and a new title changes only the places that show
 *   it (src/lib/page-patch.ts), when it is written as itself there (`titleNotPatchable`). The
 *   builder patches the pages, and may still refuse (`textOnlyRefused`).
 * - changed-pages: the last build recorded its pages, and every changed file is an article that
 *   shows the same photos as before and is published as before (or shows none), or data (units,
 *   settings, documents, the site's view of its province): the site's photo files stay the same.
 *   Only the MDX articles whose body may have changed are bundled (`articleModules`): bundling an
 *   MDX file costs Astro's bundler about 8 ms each, whether or not its page is rendered.
 * - full: anything else (no previous build, another output, other code, a photo or an attached file).
 */
import { titleNotPatchable } from './page-patch.ts';
import { formatTimeVi } from './dates.ts';

/** What the last build knew of one input file. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  sha1: string;
  /** Articles: a hash of the front matter. */
  front?: string;
  /** Articles: a hash of the front matter's fields but the title, and the title. */
  rest?: string;
  title?: string;
  /** Articles: whether the text shows a photo of its own. */
  photo?: boolean;
  /** Articles: every photo the article shows (cover included). */
  photos?: string[];
  draft?: boolean;
}

/** An article's title, as the last build showed it and now. */
export interface Retitled {
  before: string;
  after: string;
}

/** What a build was made from. */
export interface BuildState {
  version: number;
  /**
   * The output folder, relative to the project (src/publish/inputs.ts): a clone copied to
   * another folder with its output and caches builds into the same output, and keeps it.
   */
  out: string;
  code: string;
  /** Input files by their name in the site (`articles/2021/x.md`, `units.json`, `site-view.json`). */
  files: Record<string, FileStamp>;
}

/** What a body gives the model: the units it names, whether it has text. */
export interface BodyFound {
  units: string[];
  hasBody: boolean;
}

export type PublishPlan =
  | { mode: 'keep'; why: string }
  | { mode: 'text-only'; why: string; articles: string[]; titles: Record<string, Retitled> }
  | {
      mode: 'changed-pages';
      why: string;
      /**
       * The MDX articles (paths in the site) whose body may differ from the published site's: the
       * changed and the new ones, or every one (undefined) when what a body shows besides its file
       * changed (`BODY_INPUTS`). Another MDX article's body is the published page's.
       */
      articleModules: string[] | undefined;
    }
  | { mode: 'full'; why: string };

export interface PublishInputs {
  out: string;
  current: BuildState;
  previous?: BuildState | undefined;
  /** `--force`: a clean build, trusting no cache. */
  force?: boolean;
  /** A part of a site built in parts (src/lib/parts.ts): never published alone, always built whole. */
  part?: boolean;
  outExists: boolean;
  /** Whether the last build recorded its pages (URL → key). */
  pageRecord: boolean;
  /** The findings of an article body (`rel`): the last build's (if kept) and now. */
  body?: (rel: string) => { before: BodyFound | undefined; after: BodyFound };
  /**
   * The units article `rel` mentions with `title` as its title, its other fields and its body as
   * they are now (src/lib/mentions.ts: `articleMentions`).
   */
  mentions?: (rel: string, title: string) => string[];
  /** The site's name (a page titled as the site is titled otherwise). */
  siteName?: string;
  /** When the last build began, if it did not finish (failed or stopped): it forgot the published state. */
  unfinished?: string | undefined;
  /** Why the builder could not patch the pages of a text-only plan: plan again without that mode. */
  textOnlyRefused?: string | undefined;
}

/**
 * The day a build is for (src/source/today.ts), stamped among the inputs as if it were a file: a
 * new day renders again the pages that show this week's schedule or how fresh each part is.
 */
export const BUILD_DAY = '(ngày dựng)';

/** Names of the input files that are not articles nor their photos: data, whose change touches no photo. */
export const DATA_FILES = [
  'units.json',
  'site.json',
  'site-view.json',
  'lanh-dao.json',
  'thu-tuc.json',
  'nghia-vu.json',
  BUILD_DAY,
] as const;

export const isArticle = (rel: string): boolean => rel.startsWith('articles/') && /\.mdx?$/.test(rel);
export const isData = (rel: string): boolean =>
  (DATA_FILES as readonly string[]).includes(rel) ||
  /^(decisions|lich-cong-tac)\/[^/]+\.json$/.test(rel) ||
  /^gioi-thieu\/[^/]+\.md$/.test(rel);

/** Why the text of these articles cannot be patched in (or their titles), or the titles changed when it can. */
function textOnlyRefusal(changed: string[], i: PublishInputs): { refused: string } | { titles: Record<string, Retitled> } {
  const { previous, current } = i;
  const titles: Record<string, Retitled> = {};
  const refuse = (refused: string) => ({ refused });
  for (const rel of changed) {
    const before = previous!.files[rel];
    const after = current.files[rel];
    if (!before || !after) return refuse(`${rel} được thêm hoặc xoá`);
    if (!rel.endsWith('.md') || !isArticle(rel)) return refuse(`${rel} không phải nội dung một bài .md`);
    if (before.front !== after.front) {
      if (before.rest === undefined || before.rest !== after.rest) return refuse(`${rel}: phần thông tin đầu bài đã đổi`);
      if (before.title !== after.title) {
        if (before.title === undefined || after.title === undefined) return refuse(`${rel}: phần thông tin đầu bài đã đổi`);
        const why = titleNotPatchable(before.title, i.siteName ?? '') ?? titleNotPatchable(after.title, i.siteName ?? '');
        if (why) return refuse(`${rel}: ${why}`);
        if (!i.mentions || JSON.stringify(i.mentions(rel, before.title)) !== JSON.stringify(i.mentions(rel, after.title))) {
          return refuse(`${rel}: các đơn vị được nhắc đến đã đổi`);
        }
        titles[rel] = { before: before.title, after: after.title };
      }
    }
    if (before.photo || after.photo) return refuse(`${rel} có ảnh trong bài`);
    if (before.draft || after.draft) return refuse(`${rel} là bản nháp`);
  }
  // Bodies are read only once every file passed the rules above.
  for (const rel of changed) {
    const found = i.body?.(rel);
    if (!found?.before) return refuse('chưa có kết quả tìm tên đơn vị của lần dựng trước');
    if (JSON.stringify(found.before.units) !== JSON.stringify(found.after.units)) return refuse(`${rel}: các đơn vị được nhắc đến đã đổi`);
    if (found.before.hasBody !== found.after.hasBody)
      return refuse(`${rel}: bài ${found.before.hasBody ? 'không còn' : 'nay có'} nội dung`);
  }
  return { titles };
}

/**
 * What an article's body shows besides its own file: the units its text may name, as the site's
 * mention matcher reads them (src/astro/mentions.ts). The code is the same in a changed-pages build.
 */
export const BODY_INPUTS = ['units.json', 'site.json', 'site-view.json'] as const;

/** The MDX articles a changed-pages build bundles, `changed` being the files that changed (see `PublishPlan`). */
function articleModules(changed: string[], current: BuildState): string[] | undefined {
  if (changed.some((rel) => (BODY_INPUTS as readonly string[]).includes(rel))) return undefined;
  return changed.filter((rel) => isArticle(rel) && rel.endsWith('.mdx') && current.files[rel] !== undefined);
}

/** Why the changed pages alone do not give what a full build gives, or undefined when they do. */
function changedPagesRefusal(changed: string[], i: PublishInputs): string | undefined {
  if (!i.pageRecord) return 'chưa có bản ghi các trang của lần dựng trước';
  // The photos an article shows, and whether its page exists, decide which photo files the site has.
  const photos = (stamp: FileStamp | undefined) => (stamp?.photos?.length ? JSON.stringify([stamp.photos, stamp.draft]) : '');
  for (const rel of changed) {
    if (isArticle(rel)) {
      if (photos(i.previous!.files[rel]) !== photos(i.current.files[rel])) return `${rel}: ảnh của bài đã đổi`;
    } else if (!isData(rel)) {
      return `${rel} đã đổi (ảnh hoặc tệp đính kèm)`;
    }
  }
  return undefined;
}

export function planPublish(i: PublishInputs): PublishPlan {
  const { previous, current } = i;
  if (i.force) return { mode: 'full', why: 'dựng lại toàn bộ theo yêu cầu (--force)' };
  if (i.part) return { mode: 'full', why: 'dựng một phần của trang' };
  if (!previous)
    return {
      mode: 'full',
      why: i.unfinished
        ? `lần dựng trước (bắt đầu lúc ${formatTimeVi(i.unfinished)}) không xong: dựng lại toàn bộ`
        : 'chưa có lần dựng trước',
    };
  if (previous.out !== current.out || !i.outExists) return { mode: 'full', why: `lần dựng trước không ghi vào ${i.out}` };
  if (previous.code !== current.code) return { mode: 'full', why: 'mã nguồn đã đổi' };
  const changed = [...new Set([...Object.keys(previous.files), ...Object.keys(current.files)])]
    .filter((rel) => previous.files[rel]?.sha1 !== current.files[rel]?.sha1)
    .sort();
  if (changed.length === 0) return { mode: 'keep', why: 'nội dung và mã nguồn không đổi từ lần dựng trước' };
  const text = i.textOnlyRefused !== undefined ? { refused: i.textOnlyRefused } : textOnlyRefusal(changed, i);
  if ('titles' in text) {
    const retitled = Object.keys(text.titles).length;
    const why = `chỉ nội dung${retitled ? ' hoặc tiêu đề' : ''} ${changed.length} bài thay đổi`;
    return { mode: 'text-only', why, articles: changed, titles: text.titles };
  }
  const notText = text.refused;
  const notChanged = changedPagesRefusal(changed, i);
  return notChanged
    ? { mode: 'full', why: notChanged }
    : { mode: 'changed-pages', why: notText, articleModules: articleModules(changed, current) };
}
