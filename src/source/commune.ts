/**
 * Reading and checking what a commune site carries besides news and documents (src/lib/commune.ts):
 * gioi-thieu/<kind>.md and its files (gioi-thieu/tep/), lanh-dao.json, thu-tuc.json,
 * lich-cong-tac/<năm>-w<tuần>.json, and the obligations it is checked against (nghia-vu.json, the
 * province's). Every problem names its file and field; the conformance gaps are warnings.
 */
import { existsSync } from 'node:fs';
import { extname, join } from 'node:path';
import { buildCommune, type CommuneInput, type DisclosedDocument } from '../lib/commune.ts';
import { gaps, siteConformance, type ConformanceRow } from '../lib/conformance.ts';
import { weekDays, parseIsoWeek, formatDateVi } from '../lib/dates.ts';
import { isPhotoFile } from '../lib/photos.ts';
import { Problems } from '../lib/problems.ts';
import {
  DISCLOSURE_GROUPS,
  ENGLISH_INTRO,
  INTRO_KINDS,
  introPageSchema,
  leadersSchema,
  obligationsSchema,
  proceduresSchema,
  scheduleSchema,
  type DecisionData,
  type IntroKind,
  type ObligationsData,
  type Site,
} from '../lib/schemas.ts';
import { parseInto } from './parse.ts';
import { entryId, LAYOUT, listFiles, obligationsFile } from './paths.ts';
import { display, parseFrontmatter, parseJson, readText } from './read.ts';

export interface CommuneContent {
  input: CommuneInput;
  /** The obligations the site is checked against; undefined when there is no nghia-vu.json. */
  obligations: ObligationsData | undefined;
  /** The file each part would be written in, for messages ("content/sites/x/lanh-dao.json"). */
  partFile: (part: string) => string;
}

/** Files a page of "Giới thiệu" may carry: photos shown on the page, or a PDF to download. */
export const isIntroFile = (name: string) => isPhotoFile(name) || extname(name).toLowerCase() === '.pdf';

function readJson(path: string, cwd: string, problems: Problems, decomposed: string[]): { file: string; data: unknown } | undefined {
  if (!existsSync(path)) return undefined;
  const file = display(path, cwd);
  const text = readText(path, file, problems, decomposed);
  const data = text === undefined ? undefined : parseJson(text, file, problems);
  return data === undefined ? undefined : { file, data };
}

/** What every reader of a commune's files shares: the site, where names are shown from, the problems found. */
interface Reading {
  root: string;
  cwd: string;
  problems: Problems;
  decomposed: string[];
}

const readJsonOf = (r: Reading, path: string) => readJson(path, r.cwd, r.problems, r.decomposed);

/** The pages of "Giới thiệu" (gioi-thieu/<kind>.md), with their files checked. */
function readIntroPages(r: Reading): CommuneInput['intro'] {
  const { root, cwd, problems } = r;
  const intro: CommuneInput['intro'][number][] = [];
  const kinds = new Set<string>([...Object.keys(INTRO_KINDS), ENGLISH_INTRO]);
  for (const path of listFiles(join(root, LAYOUT.intro), (n) => n.endsWith('.md'))) {
    if (path.startsWith(join(root, LAYOUT.introFiles))) continue;
    const file = display(path, cwd);
    const kind = entryId(path);
    if (!kinds.has(kind)) {
      problems
        .at(file)
        .error('', `tên tệp "${kind}.md" không phải một mục giới thiệu; dùng một trong: ${[...kinds].map((k) => `${k}.md`).join(', ')}`);
      continue;
    }
    const text = readText(path, file, problems, r.decomposed);
    const parsed = text === undefined ? undefined : parseFrontmatter(text, file, problems);
    const data = parsed && parseInto(introPageSchema, parsed.data, file, '', problems);
    if (!parsed || !data) continue;
    if (data.file) {
      const src = data.file.src;
      if (!isIntroFile(src)) problems.at(file).error('file.src', `"${src}" không phải ảnh (JPEG, PNG, WebP, AVIF) hoặc PDF`);
      else if (!src.startsWith('tep/') || src.slice(4).includes('/') || !existsSync(join(root, LAYOUT.intro, src))) {
        problems.at(file).error('file.src', `không có tệp "${src}" trong ${LAYOUT.introFiles}/ (viết dạng tep/ten-tep.jpg)`);
      }
    }
    if (!parsed.body.trim() && !data.file)
      problems.at(file).error('body', 'trang chưa có nội dung (viết nội dung dưới phần khai báo, hoặc kèm bản đồ, ảnh, tệp)');
    intro.push({ kind: kind as IntroKind | 'en', data, body: parsed.body });
  }
  return intro;
}

/** The administrative procedures (thu-tuc.json), each code once. */
function readProcedures(r: Reading): CommuneInput['procedures'] {
  const procedures = readJsonOf(r, join(r.root, LAYOUT.procedures));
  if (!procedures) return undefined;
  const parsed = parseInto(proceduresSchema, procedures.data, procedures.file, '', r.problems);
  const seen = new Map<string, number>();
  parsed?.procedures.forEach((p, i) => {
    const first = seen.get(p.code);
    if (first !== undefined)
      r.problems.at(procedures.file).error(`procedures[${i}].code`, `trùng mã thủ tục "${p.code}" với procedures[${first}]`);
    else seen.set(p.code, i);
  });
  return parsed;
}

/** The weekly schedules (lich-cong-tac/<year>-w<week>.json), each within its week. */
function readSchedules(r: Reading): CommuneInput['schedules'] {
  const schedules: CommuneInput['schedules'][number][] = [];
  for (const path of listFiles(join(r.root, LAYOUT.schedule), (n) => n.endsWith('.json'))) {
    const week = entryId(path);
    const read = readJsonOf(r, path);
    if (!read) continue;
    const at = r.problems.at(read.file);
    if (!parseIsoWeek(week)) {
      at.error('', `tên tệp "${week}.json" phải là năm và số tuần (tuần bắt đầu thứ Hai), ví dụ 2026-w49.json`);
      continue;
    }
    const data = parseInto(scheduleSchema, read.data, read.file, '', r.problems);
    if (!data) continue;
    if (data.week !== week) {
      at.error('week', `tuần "${data.week}" khác tên tệp "${week}.json": tên tệp phải là tuần của lịch`);
      continue;
    }
    const days = weekDays(week);
    data.items.forEach((item, i) => {
      if (!days.includes(item.date))
        at.error(
          `items[${i}].date`,
          `ngày ${formatDateVi(item.date)} không thuộc tuần ${week} (${formatDateVi(days[0]!)} – ${formatDateVi(days[6]!)})`,
        );
    });
    schedules.push({ week, data });
  }
  return schedules;
}

/** The obligations the site is checked against (its own nghia-vu.json, or its province's), each id once. */
function readObligations(r: Reading): CommuneContent['obligations'] {
  const path = obligationsFile(r.root);
  const read = path ? readJsonOf(r, path) : undefined;
  const obligations = read && parseInto(obligationsSchema, read.data, read.file, '', r.problems);
  if (obligations && read) {
    const seen = new Set<string>();
    obligations.obligations.forEach((o, i) => {
      if (seen.has(o.id)) r.problems.at(read.file).error(`obligations[${i}].id`, `trùng mã nghĩa vụ "${o.id}"`);
      seen.add(o.id);
    });
  }
  return obligations;
}

/** The file (or folder, ending in "/") an editor fills for each part of a commune's site, as names are shown. */
function partFileOf(root: string, cwd: string): (part: string) => string {
  return (part) => {
    const rel = part.startsWith('gioi-thieu/')
      ? `${part}.md`
      : ((
          {
            'lanh-dao': LAYOUT.leaders,
            'lien-he': LAYOUT.site,
            'lich-cong-tac': `${LAYOUT.schedule}/`,
            'thu-tuc': LAYOUT.procedures,
            'tieng-anh': `${LAYOUT.intro}/${ENGLISH_INTRO}.md`,
            'tuyen-bo-tiep-can': LAYOUT.site,
            'tin-tuc': `${LAYOUT.articles}/`,
          } as Record<string, string>
        )[part] ?? `${LAYOUT.decisions}/`);
    const shown = display(join(root, rel), cwd);
    return rel.endsWith('/') && !shown.endsWith('/') ? `${shown}/` : shown;
  };
}

/** Read every commune file of the site at `root`; problems go to `problems`, valid content comes back. */
export function readCommune(root: string, problems: Problems, cwd = process.cwd(), decomposed: string[] = []): CommuneContent {
  const r: Reading = { root, cwd, problems, decomposed };
  const input: CommuneInput = { intro: readIntroPages(r), schedules: [] };
  const leaders = readJsonOf(r, join(root, LAYOUT.leaders));
  if (leaders) input.leaders = parseInto(leadersSchema, leaders.data, leaders.file, '', problems);
  const procedures = readProcedures(r);
  if (procedures) input.procedures = procedures;
  input.schedules = readSchedules(r);
  return { input, obligations: readObligations(r), partFile: partFileOf(root, cwd) };
}

/** A document made public: its group and kind agree, and it was not published before it was issued. */
export function checkDisclosure(d: { file: string; data: DecisionData }, problems: Problems): void {
  const x = d.data.disclosure;
  if (!x) return;
  const at = problems.at(d.file);
  if (x.group === 'ngan-sach' && !x.kind)
    at.error('disclosure.kind', 'văn bản công khai ngân sách cần loại: dự toán, thực hiện hoặc quyết toán');
  if (x.group !== 'ngan-sach' && x.kind)
    at.error('disclosure.kind', `chỉ nhóm "${DISCLOSURE_GROUPS['ngan-sach']}" có loại dự toán, thực hiện, quyết toán`);
  if (x.published < d.data.date)
    at.error('disclosure.published', `ngày công khai ${formatDateVi(x.published)} trước ngày ban hành ${formatDateVi(d.data.date)}`);
}

/** A decision as the disclosure pages and the parts' state need it. */
export function disclosedDocument(id: string, d: DecisionData, label: string, url: string): DisclosedDocument {
  return { id, url, label, title: d.title, date: d.date, disclosure: d.disclosure };
}

/**
 * The conformance of a commune's site (one with an owner): every obligation with its state, each
 * gap also reported as a warning at the file that would fulfil it. Undefined for a site that is
 * not a commune's (the archive) or when there is no list of obligations. `parts` is what
 * `buildCommune` says of the site, when the caller has built it already.
 */
export function checkConformance(
  commune: CommuneContent,
  {
    site,
    documents,
    articles,
    today,
  }: { site: Site; documents: readonly DisclosedDocument[]; articles: readonly { date?: string | undefined }[]; today: string },
  problems: Problems,
  parts = buildCommune(commune.input, { site, documents, articles, today }).parts,
): ConformanceRow[] | undefined {
  const rows = siteConformance(site.owner, commune.obligations, parts, today);
  for (const r of gaps(rows ?? [])) {
    const basis = r.obligation.checked ? r.obligation.basis : `${r.obligation.basis}; điều khoản chưa được đối chiếu`;
    problems
      .at(commune.partFile(r.part.part))
      .warning(
        r.part.part === 'lien-he' ? 'contacts' : '',
        `${r.status === 'thiếu' ? 'chưa đăng' : 'cần cập nhật'} "${r.obligation.what}": ${r.detail} (căn cứ: ${basis})`,
      );
  }
  return rows;
}
