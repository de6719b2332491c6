/**
 * Reading the content root from disk as raw, unvalidated entries, each with its file path.
 * Every file is read as editors' machines save it (src/lib/editor-text.ts): a BOM and CRLF are
 * accepted, decomposed Vietnamese is read as NFC (and reported, so `--fix` can rewrite it), a
 * legacy encoding (TCVN3, VNI) or a file that is not UTF-8 is refused by name. Parse failures
 * (malformed JSON, broken front matter) become problems with line and column.
 * Node's fs only; no Astro.
 */
import { readFileSync, existsSync, statSync } from 'node:fs';
import { join, relative, extname } from 'node:path';
import { cleanText, legacyEncoding } from '../lib/editor-text.ts';
import { readFrontMatter } from '../lib/front-matter.ts';
import { parseJsonText } from '../lib/json-text.ts';
import type { Problems } from '../lib/problems.ts';
import { unitSchema, type UnitData } from '../lib/schemas.ts';
import { contentRoot, entryId, LAYOUT, listArticleFiles, listFiles, unitsFile } from './paths.ts';

export interface EditorFile {
  /** The text to work on: no BOM, LF line ends, NFC. */
  text: string;
  /** Written decomposed (NFD): `npm run check -- --fix` rewrites it in NFC. */
  decomposed: boolean;
  /** Why the file cannot be used at all (a legacy encoding, not UTF-8), in Vietnamese. */
  refused?: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A content file's text as the rest of the build should see it. `detectLegacy: false` skips the
 * legacy-encoding scan, for readers that run after `npm run check` has refused such files.
 */
export function readEditorFile(path: string, { detectLegacy = true } = {}): EditorFile {
  const bytes = readFileSync(path);
  let raw: string;
  try {
    raw = utf8.decode(bytes);
  } catch {
    const legacy = legacyEncoding(bytes.toString('latin1'));
    return {
      text: '',
      decomposed: false,
      refused: legacy
        ? `tệp được lưu bằng bảng mã cũ ${legacy}, không phải Unicode (UTF-8): hãy chuyển sang Unicode (ví dụ bằng Unikey: Công cụ chuyển mã, từ ${legacy} sang Unicode) rồi lưu lại dạng UTF-8`
        : 'tệp không phải văn bản UTF-8: hãy lưu lại dạng UTF-8 (trong Notepad: Lưu thành… › Mã hoá: UTF-8)',
    };
  }
  const clean = cleanText(raw);
  const legacy = detectLegacy ? legacyEncoding(clean.text) : undefined;
  if (legacy) {
    return {
      text: '',
      decomposed: false,
      refused: `văn bản có vẻ được gõ bằng bảng mã cũ ${legacy} (ví dụ "Chợ Đồn" thành ${legacy === 'VNI' ? '"Chôï Ñoàn"' : '"Chî §ån"'}): hãy chuyển sang Unicode (Unikey: Công cụ chuyển mã, từ ${legacy} sang Unicode) rồi lưu lại`,
    };
  }
  return { text: clean.text, decomposed: clean.wasDecomposed };
}

export interface RawFile {
  /** Path as shown to editors (relative to the working directory). */
  file: string;
  /** Entry id: the file name without extension. */
  id: string;
  data: unknown;
  /** The file could not be parsed (already reported); it still exists, so references to it are not unknown. */
  unparsed?: true;
}

export interface RawArticle extends RawFile {
  /** The file's path on disk (photos are named relative to it). */
  path: string;
  body: string;
  /** Line of the body's first line in the file (1-based). */
  bodyLine: number;
}

export function display(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel.startsWith('..') ? path : rel;
}

/** Parse JSON, reporting its first mistake at its line and column (src/lib/json-text.ts). */
export function parseJson(text: string, file: string, problems: Problems): unknown {
  const parsed = parseJsonText(text);
  if (parsed.ok) return parsed.value;
  problems.at(file).error('', `JSON không hợp lệ tại dòng ${parsed.line}, cột ${parsed.column}: ${parsed.message}`);
  return undefined;
}

/** Split and parse an article's or page's front matter (src/lib/front-matter.ts), reporting a mistake against `file`. */
export function parseFrontmatter(
  text: string,
  file: string,
  problems: Problems,
): { data: unknown; body: string; bodyLine: number } | undefined {
  const read = readFrontMatter(text);
  if (read.ok) return read;
  problems.at(file).error('', read.message);
  return undefined;
}

export interface RawContent {
  root: string;
  site: RawFile | undefined;
  articles: RawArticle[];
  decisions: RawFile[];
  /** units.json entries, each with the index it has in the file. */
  units: { file: string; index: number; data: unknown }[];
  /** units.json exists but could not be read or parsed (reported once): unit ids cannot be checked. */
  unitsUnreadable: boolean;
  /** Paths of files written in decomposed Unicode (NFD). */
  decomposed: string[];
}

/**
 * A content file's text, with its problems reported against `file`; undefined when the file is
 * refused. Decomposed text is a warning: it is used in NFC, and `--fix` rewrites the file.
 */
export function readText(path: string, file: string, problems: Problems, decomposed: string[]): string | undefined {
  const read = readEditorFile(path);
  if (read.refused) {
    problems.at(file).error('', read.refused);
    return undefined;
  }
  if (read.decomposed) {
    decomposed.push(path);
    problems
      .at(file)
      .warning(
        '',
        'chữ tiếng Việt trong tệp ở dạng tổ hợp (NFD, thường do máy Mac hoặc phần mềm xuất ra): cổng vẫn dùng được, nhưng hãy chạy "npm run check -- --fix" để lưu lại ở dạng dựng sẵn (NFC)',
      );
  }
  return read.text;
}

/** Read everything under `root`. Missing or unreadable parts become problems. */
export function readContent(root: string, problems: Problems, cwd = process.cwd()): RawContent {
  const out: RawContent = { root, site: undefined, articles: [], decisions: [], units: [], decomposed: [], unitsUnreadable: false };
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    problems.at(display(root, cwd)).error('', 'thư mục nội dung không tồn tại');
    return out;
  }

  const sitePath = join(root, LAYOUT.site);
  const siteFile = display(sitePath, cwd);
  if (existsSync(sitePath)) {
    const text = readText(sitePath, siteFile, problems, out.decomposed);
    const data = text === undefined ? undefined : parseJson(text, siteFile, problems);
    if (data !== undefined) out.site = { file: siteFile, id: 'site', data };
  } else problems.at(siteFile).error('', 'thiếu tệp cấu hình trang (site.json)');

  for (const path of listArticleFiles(join(root, LAYOUT.articles))) {
    const file = display(path, cwd);
    const text = readText(path, file, problems, out.decomposed);
    const parsed = text === undefined ? undefined : parseFrontmatter(text, file, problems);
    if (parsed) out.articles.push({ file, path, id: entryId(path), ...parsed });
    else out.articles.push({ file, path, id: entryId(path), data: undefined, body: '', bodyLine: 1, unparsed: true });
  }

  for (const path of listFiles(join(root, LAYOUT.decisions), (n) => extname(n) === '.json')) {
    const file = display(path, cwd);
    const text = readText(path, file, problems, out.decomposed);
    const data = text === undefined ? undefined : parseJson(text, file, problems);
    out.decisions.push(data === undefined ? { file, id: entryId(path), data, unparsed: true } : { file, id: entryId(path), data });
  }

  const unitsPath = unitsFile(root);
  const unitsName = display(unitsPath, cwd);
  if (existsSync(unitsPath)) {
    const text = readText(unitsPath, unitsName, problems, out.decomposed);
    const data = text === undefined ? undefined : parseJson(text, unitsName, problems);
    if (Array.isArray(data)) out.units = data.map((d, index) => ({ file: unitsName, index, data: d }));
    else {
      if (data !== undefined) problems.at(unitsName).error('', 'units.json phải là một mảng JSON các đơn vị');
      out.unitsUnreadable = true;
    }
  } else problems.at(unitsName).error('', 'thiếu tệp danh sách đơn vị (units.json)');

  return out;
}

/**
 * The valid units of units.json, for build-time tools (the mention matcher). Invalid entries are
 * skipped here: `npm run check`, which runs before every build, reports them.
 */
export function readUnits(root = contentRoot()): UnitData[] {
  const path = unitsFile(root);
  if (!existsSync(path)) return [];
  let data: unknown;
  try {
    data = JSON.parse(readEditorFile(path).text);
  } catch {
    return [];
  }
  if (!Array.isArray(data)) return [];
  const schema = unitSchema();
  return data.flatMap((d) => {
    const r = schema.safeParse(d);
    return r.success ? [r.data] : [];
  });
}
