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
    const e = err as { mark?: { line: number; column: number }; reason?: string; message: string };
    // (the YAML starts on the file's second line)
    const where = e.mark ? `dòng ${e.mark.line + 2}, cột ${e.mark.column + 1}` : 'không rõ vị trí';
    return { ok: false, message: `front matter YAML không hợp lệ tại ${where}: ${e.reason ?? e.message}` };
  }
}

/** An article file's text without its front matter. */
export function withoutFrontMatter(text: string): string {
  return text.replace(FRONT_MATTER, '');
}
