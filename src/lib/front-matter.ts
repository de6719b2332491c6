/**
 * The one front-matter reader: YAML between two `---` lines at the top of an article or page,
 * read with js-yaml's core schema, so a date stays the text the editor wrote ("2021-12-10") and an
 * impossible day can be caught by the schema. The check, the articles loader and the build's
 * inputs all read front matter here.
 */
import yaml from 'js-yaml';

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

export type FrontMatter =
  | { ok: true; data: unknown; body: string; /** Line of the body's first line in the file (1-based). */ bodyLine: number }
  | { ok: false; message: string };

export function readFrontMatter(text: string): FrontMatter {
  const m = FRONT_MATTER.exec(text);
  if (!m) return { ok: false, message: 'thiếu phần khai báo đầu tệp (front matter) giữa hai dòng ---' };
  try {
    const data: unknown = yaml.load(m[1]!, { schema: yaml.CORE_SCHEMA }) ?? {};
    return { ok: true, data, body: text.slice(m[0].length), bodyLine: m[0].split('\n').length };
  } catch (err) {
    const e = err as { mark?: { line: number; column: number }; reason?: string };
    // (the YAML starts on the file's second line)
    const where = e.mark ? `dòng ${e.mark.line + 2}, cột ${e.mark.column + 1}` : 'không rõ vị trí';
    return { ok: false, message: `front matter YAML không hợp lệ tại ${where}: ${yamlReasonVi(e.reason ?? '')}` };
  }
}

/**
 * js-yaml's reasons (English, from its loader) as an editor can act on them: the mistakes a hand
 * edit makes, each said in Vietnamese; any other is named as a YAML syntax mistake at its place.
 */
const YAML_REASONS: [RegExp, string][] = [
  [/^duplicated mapping key/, 'một trường được khai báo hai lần (xoá một dòng)'],
  [
    /^bad indentation/,
    'thụt lề không đều (các trường cùng cấp bắt đầu ở cùng một cột), hoặc giá trị có dấu hai chấm, @, [ ] chưa đặt trong ngoặc kép',
  ],
  [/^tab characters/, 'dùng phím Tab để thụt lề: hãy thay bằng dấu cách'],
  [/within a (single|double) quoted scalar/, 'thiếu dấu ngoặc đóng cho một giá trị mở bằng dấu ngoặc'],
  [/within a flow collection|missed comma between flow collection/, 'danh sách trong [ ] hoặc { } thiếu dấu phẩy hoặc dấu đóng ngoặc'],
  [
    /colon is missed|whitespace character is expected after the key-value separator/,
    'sau tên trường cần dấu hai chấm và một dấu cách ("tên: giá trị")',
  ],
  [
    /multiline key|incomplete explicit mapping pair|end of the stream or a document separator/,
    'dòng này không có dạng "tên: giá trị" (giá trị có dấu hai chấm thì đặt trong ngoặc kép)',
  ],
  [/^unknown escape sequence|expected hexadecimal character/, 'dấu \\ trong ngoặc kép phải viết đôi (\\\\), hoặc dùng ngoặc đơn'],
  [/^expected the node content/, 'thiếu giá trị, hoặc giá trị bắt đầu bằng ký tự đặc biệt (đặt giá trị trong ngoặc kép)'],
  [/non-printable characters|null byte/, 'tệp có ký tự không in được (lưu lại tệp dưới dạng UTF-8)'],
];
export function yamlReasonVi(reason: string): string {
  return YAML_REASONS.find(([english]) => english.test(reason))?.[1] ?? 'sai cú pháp YAML ở chỗ này';
}

/** An article file's text without its front matter. */
export function withoutFrontMatter(text: string): string {
  return text.replace(FRONT_MATTER, '');
}
