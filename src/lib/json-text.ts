/**
 * JSON as editors write it by hand, read by `jsonc-parser` (error codes and offsets, not the
 * JavaScript engine's English messages): the value, or the first mistake at its true line and
 * column in Vietnamese. Strict JSON: no comments, no trailing commas.
 */
import { getLocation, parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
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
