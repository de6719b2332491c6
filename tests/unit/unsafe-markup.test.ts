import { describe, expect, it } from 'vitest';
import { unsafeMarkup } from '../../src/lib/unsafe-markup.ts';

describe('unsafe markup in bodies', () => {
  it('finds scripts, frames, handlers and script URLs', () => {
    const found = unsafeMarkup(
      'a\n<SCRIPT src=x></SCRIPT>\n<iframe src="https://x">\n<a href="#" onclick="x()">y</a>\n[z](javascript:alert(1))',
    );
    expect(found.map((f) => [f.line, f.column])).toEqual([
      [2, 1],
      [3, 1],
      [4, 1],
      [5, 5],
    ]);
  });
  it('leaves ordinary Vietnamese text, links and "data:" in prose alone', () => {
    expect(unsafeMarkup('Dữ liệu (data): xem [trang](https://example.org). Cơ sở dữ liệu: data: 12 bản ghi.')).toEqual([]);
    expect(unsafeMarkup('<b>đậm</b> và <em>nghiêng</em>')).toEqual([]);
  });
});
