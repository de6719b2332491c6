/**
 * Raw markup an article body must not carry: Markdown lets HTML through to the page, so a
 * script, an inline event handler or a javascript: link in a body would run on the portal.
 */
import { lineColumn } from './line-column.ts';

const RULES: [RegExp, string][] = [
  [/<\s*(script|iframe|object|embed|style|base|meta|link|form)\b/gi, 'thẻ <$1> không được phép trong bài'],
  [/<[^>]*\son[a-z]+\s*=/gi, 'thuộc tính sự kiện (on…=) không được phép'],
  [/\b(javascript|vbscript|data)\s*:/gi, 'liên kết "$1:" không được phép; chỉ dùng http(s)'],
];

export interface UnsafeMarkup {
  line: number;
  column: number;
  message: string;
}

/** Every unsafe construct in `body`, with its 1-based line and column (in the body). */
export function unsafeMarkup(body: string): UnsafeMarkup[] {
  const out: UnsafeMarkup[] = [];
  for (const [re, message] of RULES) {
    for (const m of body.matchAll(re)) {
      // "data:" only counts as a link target: after ( or = or a quote, not in running text.
      if (re === RULES[2]![0] && !/[("'=]\s*$/.test(body.slice(Math.max(0, m.index - 3), m.index))) continue;
      out.push({ ...lineColumn(body, m.index), message: message.replace('$1', m[1]?.toLowerCase() ?? '') });
    }
  }
  return out.sort((a, b) => a.line - b.line || a.column - b.column);
}
