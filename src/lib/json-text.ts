/**
 * JSON as editors write it by hand, read by `jsonc-parser` (error codes and offsets, not the
 * JavaScript engine's English messages): the value, or the first mistake at its true line and
 * column in Vietnamese. Strict JSON: no comments, no trailing commas.
 */
import { findNodeAtLocation, getLocation, parse, parseTree, printParseErrorCode, type JSONPath, type ParseError } from 'jsonc-parser';
import { lineColumn } from './line-column.ts';

export type JsonText = { ok: true; value: unknown } | { ok: false; line: number; column: number; message: string };

/** By the parser's error names (its codes are a `const enum`, which this project's type check cannot read). */
const MESSAGES: Record<ReturnType<typeof printParseErrorCode>, string> = {
  InvalidSymbol: 'ký tự không mong đợi «$1» (tên trường và chuỗi nằm trong dấu ngoặc kép "…"; true, false, null viết thường)',
  InvalidNumberFormat: 'số viết sai',
  PropertyNameExpected: 'tên trường phải nằm trong dấu ngoặc kép "…" (hoặc thừa một dấu phẩy)',
  ValueExpected: 'thiếu một giá trị (hoặc thừa một dấu phẩy)',
  ColonExpected: 'thiếu dấu hai chấm (:) sau tên trường',
  CommaExpected: 'thiếu dấu phẩy (,) hoặc dấu } sau một giá trị',
  CloseBraceExpected: 'tệp kết thúc giữa chừng hoặc thiếu dấu } đóng một đối tượng',
  CloseBracketExpected: 'tệp kết thúc giữa chừng hoặc thiếu dấu ] đóng một danh sách',
  EndOfFileExpected: 'còn nội dung sau chỗ JSON đã kết thúc',
  InvalidCommentToken: 'JSON không cho phép chú thích (// hoặc /* … */)',
  UnexpectedEndOfComment: 'JSON không cho phép chú thích (// hoặc /* … */)',
  UnexpectedEndOfString: 'chuỗi chưa có dấu ngoặc kép đóng (một chuỗi không được xuống dòng)',
  UnexpectedEndOfNumber: 'số viết dở (ví dụ "1." thiếu chữ số sau dấu chấm)',
  InvalidUnicode: 'mã \\u trong chuỗi cần đúng bốn chữ số hệ 16',
  InvalidEscapeCharacter: 'dấu \\ trong chuỗi chỉ đi cùng ", \\, /, b, f, n, r, t hoặc u (viết \\\\ cho một dấu \\)',
  InvalidCharacter: 'chuỗi có ký tự điều khiển (ví dụ dấu tab) bên trong dấu ngoặc kép',
  '<unknown ParseErrorCode>': 'JSON viết sai',
};
const IN_ARRAY = 'thiếu dấu phẩy (,) hoặc dấu ] sau một phần tử của danh sách';

function describe(text: string, { error, offset, length }: ParseError): string {
  // A missing comma inside a list reads better as the list's own mistake.
  const name = printParseErrorCode(error);
  const path = getLocation(text, offset).path;
  if (name === 'CommaExpected' && typeof path.at(-1) === 'number') return IN_ARRAY;
  // Anything after the whole value (the parser calls it a symbol).
  if (name === 'InvalidSymbol' && path.length === 0 && text.slice(0, offset).trim()) return MESSAGES.EndOfFileExpected;
  return MESSAGES[name].replace('$1', text.slice(offset, offset + Math.max(length, 1)));
}

export function parseJsonText(text: string): JsonText {
  const errors: ParseError[] = [];
  const value: unknown = parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (first) {
    const { line, column } = lineColumn(text, first.offset);
    return { ok: false, line, column, message: describe(text, first) };
  }
  return { ok: true, value };
}

/**
 * `text` with `values` added at the end of the array at `path` ([] for the top level), written
 * as its items are (their separator: on lines of their own or in a row), every other character
 * left as it was: what `npm run new` adds to a file an editor or the province already keeps.
 * Each value is written compact (JSON.stringify). Throws when there is no array at `path`.
 */
export function appendToArray(text: string, path: JSONPath, values: readonly unknown[]): string {
  if (values.length === 0) return text;
  const node = findNodeAtLocation(parseTree(text) ?? { type: 'null', offset: 0, length: 0 }, [...path]);
  if (node?.type !== 'array') throw new Error(`không có danh sách tại ${path.join('.') || 'gốc tệp'}`);
  const items = node.children ?? [];
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const written = values.map((v) => JSON.stringify(v));
  const last = items.at(-1);
  if (!last) {
    // An empty array: the items on lines of their own, indented one step more than the bracket's line.
    const lineStart = text.lastIndexOf('\n', node.offset) + 1;
    const indent = /^[ \t]*/.exec(text.slice(lineStart))![0];
    const inner = `${eol}${indent}  `;
    return `${text.slice(0, node.offset + 1)}${inner}${written.join(`,${inner}`)}${eol}${indent}${text.slice(node.offset + node.length - 1)}`;
  }
  const prev = items.at(-2);
  const separator = prev
    ? text.slice(prev.offset + prev.length, last.offset)
    : `,${/\n[ \t]*$/.exec(text.slice(node.offset + 1, last.offset))?.[0].replace('\n', eol) ?? ' '}`;
  const end = last.offset + last.length;
  return `${text.slice(0, end)}${written.map((w) => `${separator}${w}`).join('')}${text.slice(end)}`;
}
