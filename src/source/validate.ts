/**
 * The content check: schema validation of every entry, then cross-references (unknown or draft
 * targets, duplicate ids, slug collisions, ordering cycles) and declared-vs-listed counts.
 * Reports every problem, never only the first.
 */
import { formatDrafts, formatReport, Problems } from '../lib/problems.ts';
import { parseInto } from './parse.ts';
import {
  articleSchema,
  decisionSchema,
  plainRef,
  siteSchema,
  unitSchema,
  type ArticleData,
  type DecisionData,
  type Site,
  type UnitData,
} from '../lib/schemas.ts';
import { mdxToJs } from 'satteri';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { isLocalPhoto, isPhotoFile, photoReferences } from '../lib/photos.ts';
import { lineColumn } from '../lib/line-column.ts';
import { DOCUMENT_FILE_TYPES, documentFileType } from '../lib/file-types.ts';
import { documentFilePath, entryId } from './paths.ts';
import { unsafeMarkup } from '../lib/unsafe-markup.ts';
import { display, parseFrontmatter, readContent, readText, type RawArticle, type RawContent } from './read.ts';
import { checkConformance, checkDisclosure, disclosedDocument, readCommune, type CommuneContent } from './commune.ts';
import type { ConformanceRow } from '../lib/conformance.ts';
import { decisionLabel } from '../lib/model.ts';
import { ROUTES } from '../lib/routes.ts';
import { buildDay } from './today.ts';
import { unitDisplayName, unitNames, unitSlug } from '../lib/units.ts';
import { overlap } from '../lib/mentions.ts';
import { isSlug, phraseKey, slugify } from '../lib/vi.ts';

export interface Entry<T> {
  id: string;
  file: string;
  data: T;
}

export interface UnitEntry extends Entry<UnitData> {
  /** Index in units.json, for messages. */
  index: number;
}

export interface ContentSet {
  site: Site | undefined;
  /** What a commune site carries besides news and documents (src/source/commune.ts). */
  commune?: CommuneContent | undefined;
  /** Each obligation's state on a commune's site; undefined for other sites (the archive). */
  conformance?: ConformanceRow[] | undefined;
  articles: Entry<ArticleData>[];
  decisions: Entry<DecisionData>[];
  units: UnitEntry[];
}

const articleParser = articleSchema(plainRef);
const decisionParser = decisionSchema(plainRef);
const unitParser = unitSchema();

/** Parse and cross-check a raw content set. Problems go to `problems`; valid entries come back. */
export function validateContent(raw: RawContent, problems: Problems): ContentSet {
  const set: ContentSet = { site: undefined, articles: [], decisions: [], units: [] };

  if (raw.site) set.site = parseInto(siteSchema, raw.site.data, raw.site.file, '', problems);

  for (const a of raw.articles) {
    if (a.unparsed) continue;
    checkBody(a, problems);
    const data = parseInto(articleParser, a.data, a.file, '', problems);
    if (data) set.articles.push({ id: a.id, file: a.file, data });
    if (data?.cover) {
      const missing = missingPhoto(a.path, data.cover.src);
      if (missing) problems.at(a.file).error('cover.src', missing);
    }
  }
  for (const d of raw.decisions) {
    if (d.unparsed) continue;
    const data = parseInto(decisionParser, d.data, d.file, '', problems);
    if (data) set.decisions.push({ id: d.id, file: d.file, data });
  }
  for (const u of raw.units) {
    const data = parseInto(unitParser, u.data, u.file, `[${u.index}]`, problems);
    if (data) set.units.push({ id: data.id, file: u.file, index: u.index, data });
  }

  const known = knownIds(raw);
  checkIds(raw, problems);
  checkUnits(set, problems);
  checkLineage(set, problems);
  checkArticles(set, known, problems);
  checkDecisions(set, known, problems);
  checkDocuments(raw, set, known, problems);
  checkSite(raw, set, known, problems);
  return set;
}

/** What an article's body alone must pass: MDX that compiles, no unsafe markup, photos described and present. */
function checkBody(a: RawArticle, problems: Problems): void {
  if (a.file.endsWith('.mdx')) checkMdxSyntax(a, problems);
  for (const u of unsafeMarkup(a.body)) {
    problems.at(a.file).error('body', `dòng ${u.line + a.bodyLine - 1}, cột ${u.column}: ${u.message}`);
  }
  checkPhotosInBody(a, problems);
}

/**
 * The check of a text-only publish (src/lib/publish-plan.ts): only the text or the title of the
 * articles `changed` (paths under `root`) differs from the last build, which passed the whole
 * check, and their other fields are the same; so what can differ is what each of these files must
 * pass on its own: being read (encoding, Unicode form, front matter), its fields (the title) and
 * its body's checks. No check across files reads a title.
 */
export function checkChangedBodies(root: string, changed: readonly string[], cwd = process.cwd()): Problems {
  const problems = new Problems();
  for (const rel of changed) {
    const path = join(root, rel);
    const file = display(path, cwd);
    const text = readText(path, file, problems, []);
    const parsed = text === undefined ? undefined : parseFrontmatter(text, file, problems);
    if (!parsed) continue;
    checkBody({ file, path, id: entryId(path), ...parsed }, problems);
    parseInto(articleParser, parsed.data, file, '', problems);
  }
  return problems;
}

/** The site's settings against the rest: the owner is a unit; a district's ending names the district. */
function checkSite(raw: RawContent, set: ContentSet, known: Known, problems: Problems): void {
  const site = set.site;
  if (!site || !raw.site) return;
  const at = problems.at(raw.site.file);
  if (site.owner && known.units && !known.units.has(site.owner)) at.error('owner', `không có đơn vị "${site.owner}" trong units.json`);
  if (site.ended && !site.district) at.error('district', 'cần tên huyện khi điền "ended" (huyện đã kết thúc)');
  const e = site.editing;
  if (e?.review && e.backend === 'gitea')
    at.error(
      'editing.review',
      'trình biên tập chỉ hỗ trợ duyệt trước khi đăng với GitHub và GitLab; với Gitea/Forgejo hãy tắt "review" và bảo vệ nhánh (xem hướng dẫn biên tập)',
    );
  if (e && e.backend !== 'github' && e.base_url && !e.api_root)
    at.error('editing.api_root', `máy chủ ${e.base_url} cần địa chỉ API (ví dụ ${e.base_url}/api/${e.backend === 'gitlab' ? 'v4' : 'v1'})`);
  if (e && e.backend === 'github' && e.app_id)
    at.error('editing.app_id', 'GitHub đăng nhập bằng mã truy cập, không dùng mã ứng dụng OAuth');
}

/**
 * Ids that exist on disk, valid or not, so that one broken entry is reported once (by its own
 * schema errors) and not again as an unknown reference everywhere it is used.
 */
interface Known {
  /** article id → whether it is a draft */
  articles: Map<string, boolean>;
  decisions: Set<string>;
  /** Undefined when units.json could not be read: its one error is enough, no "unknown unit" follow-ups. */
  units: Set<string> | undefined;
}

function knownIds(raw: RawContent): Known {
  const field = (data: unknown, key: string): unknown =>
    data !== null && typeof data === 'object' ? (data as Record<string, unknown>)[key] : undefined;
  return {
    articles: new Map(raw.articles.map((a) => [a.id, field(a.data, 'draft') === true])),
    decisions: new Set(raw.decisions.map((d) => d.id)),
    units: raw.unitsUnreadable
      ? undefined
      : new Set(raw.units.map((u) => field(u.data, 'id')).filter((id): id is string => typeof id === 'string')),
  };
}

/** Why the photo `src`, named in the article at `articlePath`, cannot be used; undefined when it can. */
function missingPhoto(articlePath: string, src: string): string | undefined {
  if (!isLocalPhoto(src)) return `ảnh "${src}" phải là tệp lưu cùng bài (ví dụ "anh/tru-so.jpg"), không phải địa chỉ web`;
  if (!isPhotoFile(src)) return `ảnh "${src}" không phải tệp ảnh dùng được (JPEG, PNG, WebP, AVIF)`;
  if (!existsSync(resolve(dirname(articlePath), decodeURI(src)))) return `không có tệp ảnh "${src}" (đường dẫn tính từ thư mục của bài)`;
  return undefined;
}

/** Every photo in a body has a description (alt), and a photo stored with the content exists. */
function checkPhotosInBody(a: RawArticle, problems: Problems): void {
  for (const p of photoReferences(a.body)) {
    const { line, column } = lineColumn(a.body, p.index);
    const where = `dòng ${line + a.bodyLine - 1}, cột ${column}`;
    if (!p.alt?.trim()) {
      problems
        .at(a.file)
        .error(
          'body',
          `${where}: ảnh "${p.src}" thiếu mô tả (alt) cho người không xem được ảnh; viết mô tả ngắn điều ảnh cho thấy, ví dụ ![Trụ sở UBND xã](${p.src})`,
        );
    }
    const missing = isLocalPhoto(p.src) ? missingPhoto(a.path, p.src) : undefined;
    if (missing) problems.at(a.file).error('body', `${where}: ${missing}`);
  }
}

/** An MDX body must compile; report the error at its line and column in the file. */
function checkMdxSyntax(a: RawArticle, problems: Problems): void {
  try {
    mdxToJs(a.body);
  } catch (err) {
    const message = (err as Error).message;
    const m = /^(\d+):(\d+): ?(.*)$/s.exec(message);
    const where = m ? `dòng ${Number(m[1]) + a.bodyLine - 1}, cột ${m[2]}` : 'không rõ vị trí';
    const text = (m ? m[3]! : message).replace(/\s*\(\d+:\d+\)/g, '').trim();
    problems.at(a.file).error('body', `lỗi cú pháp MDX tại ${where}: ${text}`);
  }
}

/** Ids come from file names (articles, decisions): they must be slugs and unique. */
function checkIds(raw: RawContent, problems: Problems): void {
  for (const [kind, files] of [
    ['bài viết', raw.articles],
    ['quyết định', raw.decisions],
  ] as const) {
    const seen = new Map<string, string>();
    for (const f of files) {
      if (!isSlug(f.id)) {
        problems
          .at(f.file)
          .error('', `tên tệp "${f.id}" phải là slug ASCII (chữ thường, số, dấu -), ví dụ "${slugify(f.id) || 'ten-tep'}"`);
      }
      const other = seen.get(f.id);
      if (other) problems.at(f.file).error('', `trùng mã ${kind} "${f.id}" với ${other}`);
      else seen.set(f.id, f.file);
    }
  }
}

function unitLabel(u: UnitEntry): string {
  return `[${u.index}] "${unitDisplayName(u.data)}"`;
}

/**
 * Whether two units that share a name can be meant by one mention: they existed at the same time
 * (namesakes of different dates are told apart by the article's date: mentions.ts), in the same
 * former district as far as the data says (the national list gives each former unit's district).
 */
function sameTimeAndPlace(a: UnitData, b: UnitData): boolean {
  const lifetime = (u: UnitData) => ({ id: u.id, since: u.since, until: u.succession?.date });
  return overlap(lifetime(a), lifetime(b)) && (!a.district || !b.district || a.district === b.district);
}

function checkUnits(set: ContentSet, problems: Problems): void {
  const byId = new Map<string, UnitEntry>();
  const bySlug = new Map<string, UnitEntry>();
  const byName = new Map<string, UnitEntry[]>();
  for (const u of set.units) {
    const at = problems.at(u.file);
    const first = byId.get(u.id);
    if (first) at.error(`[${u.index}].id`, `trùng mã đơn vị "${u.id}": ${unitLabel(first)} và ${unitLabel(u)}`);
    else byId.set(u.id, u);

    const slug = unitSlug(u.data);
    if (!isSlug(slug)) {
      at.error(`[${u.index}].slug`, `slug "${slug}" không hợp lệ: cần chữ thường ASCII, số và dấu -`);
    } else {
      const clash = bySlug.get(slug);
      if (clash && clash.id !== u.id) {
        at.error(
          `[${u.index}].name`,
          `trùng slug "${slug}": ${unitLabel(clash)} và ${unitLabel(u)}; đặt trường "slug" riêng cho một trong hai`,
        );
      } else bySlug.set(slug, u);
    }

    for (const name of unitNames(u.data)) {
      const key = phraseKey(name);
      const others = byName.get(key) ?? [];
      const clash = others.find((o) => o.id !== u.id && sameTimeAndPlace(o.data, u.data));
      if (clash) {
        at.warning(
          `[${u.index}].aliases`,
          `tên "${name}" trùng với ${unitLabel(clash)} (cùng thời gian, cùng nơi): nhắc đến tên này trong bài sẽ không được liên kết, trừ trên trang của một trong hai đơn vị`,
        );
      }
      byName.set(key, [...others, u]);
    }
  }
}

function checkArticles(set: ContentSet, known: Known, problems: Problems): void {
  const articles = new Map(set.articles.map((a) => [a.id, a]));

  for (const a of set.articles) {
    const at = problems.at(a.file);
    a.data.decisions.forEach((id, i) => {
      if (!known.decisions.has(id)) at.error(`decisions[${i}]`, `không có quyết định "${id}" (decisions/${id}.json)`);
    });
    a.data.units.forEach((id, i) => {
      if (known.units && !known.units.has(id)) at.error(`units[${i}]`, `không có đơn vị "${id}" trong units.json`);
    });
    if (a.data.after !== undefined) {
      const targetIsDraft = known.articles.get(a.data.after);
      if (a.data.date) at.error('after', '"after" chỉ dùng cho bài không có ngày đăng (date)');
      else if (targetIsDraft === undefined) at.error('after', `không có bài viết "${a.data.after}"`);
      else if (targetIsDraft && !a.data.draft) at.error('after', `bài "${a.data.after}" là bản nháp (draft)`);
    }
  }

  // Categories and tags become addresses (/tin-tuc/chuyen-muc/<slug>/): two spellings must not share one.
  for (const [field, pick] of [
    ['category', (a: Entry<ArticleData>) => (a.data.category ? [a.data.category] : [])],
    ['tags', (a: Entry<ArticleData>) => a.data.tags],
  ] as const) {
    const seen = new Map<string, { name: string; file: string }>();
    for (const a of set.articles) {
      pick(a).forEach((name, i) => {
        const slug = slugify(name);
        const first = seen.get(slug);
        const where = field === 'tags' ? `tags[${i}]` : field;
        if (!slug) problems.at(a.file).error(where, `"${name}" không tạo được địa chỉ (slug rỗng)`);
        else if (!first) seen.set(slug, { name, file: a.file });
        else if (first.name !== name) {
          problems.at(a.file).error(where, `"${name}" trùng slug "${slug}" với "${first.name}" (${first.file}); hãy viết thống nhất`);
        }
      });
    }
  }

  // An undated article placed after another must not, following "after", come back to itself.
  for (const a of set.articles) {
    const seen = new Set<string>([a.id]);
    let next = a.data.after;
    while (next !== undefined) {
      if (seen.has(next)) {
        if (next === a.id) problems.at(a.file).error('after', `vòng lặp thứ tự: ${[...seen, next].join(' → ')}`);
        break;
      }
      seen.add(next);
      next = articles.get(next)?.data.after;
    }
  }
}

/** A unit's successors exist, come after it, and never lead back to it. */
function checkLineage(set: ContentSet, problems: Problems): void {
  const byId = new Map(set.units.map((u) => [u.id, u]));
  for (const u of set.units) {
    const s = u.data.succession;
    if (!s) continue;
    s.into.forEach((id, j) => {
      const next = byId.get(id);
      const where = `[${u.index}].succession.into[${j}]`;
      if (!next) return problems.at(u.file).error(where, `không có đơn vị "${id}" trong units.json`);
      if (next.data.since && next.data.since < s.date) {
        problems
          .at(u.file)
          .error(
            where,
            `${unitLabel(next)} bắt đầu ngày ${next.data.since}, trước ngày ${unitLabel(u)} kết thúc (${s.date}): đơn vị kế tiếp không thể có trước`,
          );
      }
    });
    // Following successors must never come back to this unit.
    const seen = new Set<string>([u.id]);
    const queue = [...s.into];
    while (queue.length) {
      const id = queue.shift()!;
      if (id === u.id) {
        problems.at(u.file).error(`[${u.index}].succession.into`, `vòng lặp kế tiếp: ${unitLabel(u)} lại là đơn vị kế tiếp của chính nó`);
        break;
      }
      if (seen.has(id)) continue;
      seen.add(id);
      queue.push(...(byId.get(id)?.data.succession?.into ?? []));
    }
  }
}

/** References between documents, their files, and statuses that contradict what the registry knows. */
function checkDocuments(raw: RawContent, set: ContentSet, known: Known, problems: Problems): void {
  const byId = new Map(set.decisions.map((d) => [d.id, d]));
  const ended = set.site?.ended;
  for (const d of set.decisions) {
    const at = problems.at(d.file);
    const refs: [string, string | undefined][] = [
      ...d.data.legalBasis.map((b, i): [string, string | undefined] => [`legalBasis[${i}].ref`, b.ref]),
      ...(d.data.replaces ?? []).map((id, i): [string, string] => [`replaces[${i}]`, id]),
      ...(d.data.amends ?? []).map((id, i): [string, string] => [`amends[${i}]`, id]),
    ];
    for (const [field, id] of refs) {
      if (id !== undefined && !known.decisions.has(id)) at.error(field, `không có văn bản "${id}" (decisions/${id}.json)`);
      if (id === d.id) at.error(field, 'văn bản không thể trỏ tới chính nó');
    }
    for (const id of d.data.replaces ?? []) {
      const old = byId.get(id);
      if (old?.data.status === 'còn hiệu lực') {
        problems
          .at(old.file)
          .warning('status', `ghi "còn hiệu lực" nhưng đã bị thay thế bởi ${d.data.type} số ${d.data.number} (${d.file})`);
      }
    }
    (d.data.files ?? []).forEach((f, i) => {
      if (!f.file === !f.url) return at.error(`files[${i}]`, 'cần đúng một trong hai: tệp lưu cùng văn bản (file) hoặc địa chỉ web (url)');
      if (!f.file) return;
      if (!documentFileType(f.file))
        at.error(
          `files[${i}].file`,
          `"${f.file}" không phải tệp văn bản (${Object.values(DOCUMENT_FILE_TYPES)
            .map((t) => t.label)
            .join(', ')})`,
        );
      else if (!existsSync(documentFilePath(f.file, raw.root))) at.error(`files[${i}].file`, `không có tệp "${f.file}" trong decisions/`);
    });
    const district = set.site?.district;
    if (ended && district && d.data.date > ended.date && d.data.issuer.toLowerCase().includes(district.toLowerCase())) {
      at.warning('date', `văn bản ngày ${d.data.date} do "${d.data.issuer}" ban hành, nhưng ${district} đã kết thúc từ ${ended.date}`);
    }
    if (d.data.groups.length > 0 && d.data.year === undefined)
      at.error('year', 'quyết định công nhận cần "year": năm mà quyết định nói đến');
  }
}

function checkDecisions(set: ContentSet, known: Known, problems: Problems): void {
  for (const d of set.decisions) {
    const at = problems.at(d.file);
    const outcomes = new Map<string, number>();
    d.data.outcomes.forEach((o, i) => {
      if (outcomes.has(o.id)) at.error(`outcomes[${i}].id`, `trùng mã kết quả "${o.id}"`);
      else outcomes.set(o.id, 0);
    });

    let listedAll = 0;
    d.data.groups.forEach((g, gi) => {
      if (!outcomes.has(g.outcome)) {
        at.error(`groups[${gi}].outcome`, `không có kết quả "${g.outcome}" trong outcomes (có: ${[...outcomes.keys()].join(', ')})`);
      } else outcomes.set(g.outcome, outcomes.get(g.outcome)! + g.units.length);
      listedAll += g.units.length;

      const inGroup = new Set<string>();
      g.units.forEach((id, ui) => {
        if (known.units && !known.units.has(id)) at.error(`groups[${gi}].units[${ui}]`, `không có đơn vị "${id}" trong units.json`);
        if (inGroup.has(id)) at.error(`groups[${gi}].units[${ui}]`, `đơn vị "${id}" được liệt kê hai lần trong nhóm`);
        inGroup.add(id);
      });

      if (g.declaredCount !== undefined && g.declaredCount !== g.units.length) {
        at.warning(
          `groups[${gi}]`,
          `nhóm "${groupLabel(d.data, gi)}": nguồn ghi ${g.declaredCount} đơn vị nhưng liệt kê ${g.units.length}`,
        );
      }
    });

    d.data.outcomes.forEach((o, i) => {
      const listed = outcomes.get(o.id) ?? 0;
      if (o.declaredTotal !== undefined && o.declaredTotal !== listed) {
        at.warning(`outcomes[${i}].declaredTotal`, `tổng "${o.label}": nguồn ghi ${o.declaredTotal} đơn vị nhưng liệt kê ${listed}`);
      }
    });

    if (d.data.declaredTotal !== undefined) {
      const declaredParts = d.data.outcomes.map((o) => o.declaredTotal);
      if (declaredParts.every((n) => n !== undefined)) {
        const sum = declaredParts.reduce((s, n) => s + n, 0);
        if (sum !== d.data.declaredTotal) {
          at.warning('declaredTotal', `tổng chung nguồn ghi ${d.data.declaredTotal} khác tổng các kết quả nguồn ghi (${sum})`);
        }
      } else if (d.data.declaredTotal !== listedAll) {
        at.warning('declaredTotal', `tổng chung: nguồn ghi ${d.data.declaredTotal} đơn vị nhưng liệt kê ${listedAll}`);
      }
    }

    if (d.data.sourceArticle !== undefined) {
      const isDraft = known.articles.get(d.data.sourceArticle);
      if (isDraft === undefined) at.error('sourceArticle', `không có bài viết "${d.data.sourceArticle}"`);
      else if (isDraft) at.error('sourceArticle', `bài "${d.data.sourceArticle}" là bản nháp (draft)`);
    }
  }
}

/** "Đạt chuẩn … · Khối cơ quan" */
export function groupLabel(d: DecisionData, groupIndex: number): string {
  const g = d.groups[groupIndex]!;
  const outcome = d.outcomes.find((o) => o.id === g.outcome)?.label ?? g.outcome;
  return g.bloc ? `${outcome} · ${g.bloc}` : outcome;
}

/** Read and check the content under `root`: what `npm run check` does, minus printing. */
export function checkContentRoot(
  root: string,
  cwd = process.cwd(),
  today = buildDay(),
): { set: ContentSet; problems: Problems; decomposed: string[] } {
  const problems = new Problems();
  const raw = readContent(root, problems, cwd);
  const set = validateContent(raw, problems);
  set.commune = readCommune(root, problems, cwd, raw.decomposed);
  for (const d of set.decisions) checkDisclosure(d, problems);
  if (set.site) {
    const documents = set.decisions.map((d) => disclosedDocument(d.id, d.data, decisionLabel(d.data), ROUTES.decision(d.id)));
    const articles = set.articles.filter((a) => !a.data.draft).map((a) => a.data);
    set.conformance = checkConformance(set.commune, { site: set.site, documents, articles, today }, problems);
  }
  return { set, problems, decomposed: raw.decomposed };
}

/** What a check found, as `npm run check` reports it. */
export interface CheckOutcome {
  problems: Problems;
  /** Files written in decomposed Unicode (`--fix` rewrites them). */
  decomposed: string[];
  /** The drafts, which are not published. */
  drafts: string[];
  /** What was checked ("100 bài viết, 10 quyết định, 372 đơn vị"). */
  summary: string;
}

/** The drafts of a content set: checked, not published. */
export const draftsOf = (set: ContentSet): string[] => set.articles.filter((a) => a.data.draft).map((a) => a.file);

/** The whole check of the site at `root`. */
export function checkSiteRoot(root: string): CheckOutcome {
  const { set, problems, decomposed } = checkContentRoot(root);
  return {
    problems,
    decomposed,
    drafts: draftsOf(set),
    summary: `${set.articles.length} bài viết, ${set.decisions.length} quyết định, ${set.units.length} đơn vị`,
  };
}

/** The report of a check of `root`: what was checked, the drafts, every problem. */
export function checkReport(root: string, { summary, drafts, problems }: CheckOutcome): string {
  return [`Kiểm tra nội dung ${root}: ${summary}.`, ...(drafts.length ? [formatDrafts(drafts)] : []), formatReport(problems.list)].join(
    '\n',
  );
}
