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

/** Read every commune file of the site at `root`; problems go to `problems`, valid content comes back. */
export function readCommune(root: string, problems: Problems, cwd = process.cwd(), decomposed: string[] = []): CommuneContent {
  const intro: CommuneInput['intro'][number][] = [];
  const schedules: CommuneInput['schedules'][number][] = [];
  const input: CommuneInput = { intro, schedules };
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
    const text = readText(path, file, problems, decomposed);
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

  const leaders = readJson(join(root, LAYOUT.leaders), cwd, problems, decomposed);
  if (leaders) input.leaders = parseInto(leadersSchema, leaders.data, leaders.file, '', problems);
  const procedures = readJson(join(root, LAYOUT.procedures), cwd, problems, decomposed);
  if (procedures) {
    input.procedures = parseInto(proceduresSchema, procedures.data, procedures.file, '', problems);
    const seen = new Map<string, number>();
    input.procedures?.procedures.forEach((p, i) => {
      const first = seen.get(p.code);
      if (first !== undefined)
        problems.at(procedures.file).error(`procedures[${i}].code`, `trùng mã thủ tục "${p.code}" với procedures[${first}]`);
      else seen.set(p.code, i);
    });
  }

  for (const path of listFiles(join(root, LAYOUT.schedule), (n) => n.endsWith('.json'))) {
    const week = entryId(path);
    const read = readJson(path, cwd, problems, decomposed);
    if (!read) continue;
    if (!parseIsoWeek(week)) {
      problems.at(read.file).error('', `tên tệp "${week}.json" phải là năm và số tuần (tuần bắt đầu thứ Hai), ví dụ 2026-w49.json`);
      continue;
    }
    const data = parseInto(scheduleSchema, read.data, read.file, '', problems);
    if (!data) continue;
    if (data.week !== week) {
      problems.at(read.file).error('week', `tuần "${data.week}" khác tên tệp "${week}.json": tên tệp phải là tuần của lịch`);
      continue;
    }
    const days = weekDays(week);
    data.items.forEach((item, i) => {
      if (!days.includes(item.date))
        problems
          .at(read.file)
          .error(
            `items[${i}].date`,
            `ngày ${formatDateVi(item.date)} không thuộc tuần ${week} (${formatDateVi(days[0]!)} – ${formatDateVi(days[6]!)})`,
          );
    });
    schedules.push({ week, data });
  }

  const obligationsPath = obligationsFile(root);
  const obligationsRead = obligationsPath ? readJson(obligationsPath, cwd, problems, decomposed) : undefined;
  const obligations = obligationsRead && parseInto(obligationsSchema, obligationsRead.data, obligationsRead.file, '', problems);
  if (obligations && obligationsRead) {
    const seen = new Set<string>();
    obligations.obligations.forEach((o, i) => {
      if (seen.has(o.id)) problems.at(obligationsRead.file).error(`obligations[${i}].id`, `trùng mã nghĩa vụ "${o.id}"`);
      seen.add(o.id);
    });
  }

  const partFile = (part: string) => {
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
  return { input, obligations, partFile };
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
