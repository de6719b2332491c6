/** The one front-matter reader, as the check, the loader and the build's inputs use it. */
import { describe, expect, it } from 'vitest';
import { readFrontMatter, withoutFrontMatter } from '../../src/lib/front-matter.ts';

describe('front matter', () => {
  const text = '---\ntitle: "Lễ trao cờ"\ndate: 2021-02-30\ntags: [Thi đua]\n---\n\nNội dung.\n';

  it('keeps a date as the text the editor wrote (so an impossible day reaches the schema), with the body and its first line', () => {
    expect(readFrontMatter(text)).toEqual({
      ok: true,
      data: { title: 'Lễ trao cờ', date: '2021-02-30', tags: ['Thi đua'] },
      body: '\nNội dung.\n',
      bodyLine: 6,
    });
    expect(withoutFrontMatter(text)).toBe('\nNội dung.\n');
  });

  it('names a YAML mistake by its line and column in the file, and a missing block', () => {
    const bad = readFrontMatter('---\ntitle: "Lễ\ndate: 2021-02-03\n---\n');
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.message).toMatch(/^front matter YAML không hợp lệ tại dòng \d+, cột \d+: /);
    expect(readFrontMatter('Chỉ có nội dung.')).toEqual({
      ok: false,
      message: 'thiếu phần khai báo đầu tệp (front matter) giữa hai dòng ---',
    });
  });

  it('reads an empty block as no fields', () => {
    expect(readFrontMatter('---\n\n---\nNội dung.')).toMatchObject({ ok: true, data: {}, body: 'Nội dung.' });
  });
});
