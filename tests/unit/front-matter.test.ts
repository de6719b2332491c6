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

  /** Words of js-yaml's English reasons. */
  const ENGLISH =
    /\b(bad|indentation|mapping|entry|duplicated|key|unexpected|end|stream|within|quoted|scalar|expected|missed|comma|colon|characters)\b/i;
  const yamlCases: [mistake: string, yaml: string, line: number, says: string][] = [
    ['a quote left open', 'title: "Lễ\ndate: 2021-02-03', 4, 'thiếu dấu ngoặc đóng'],
    ['a field twice', 'title: a\ntitle: b', 3, 'hai lần'],
    ['uneven indentation', 'title: a\n  date: b', 3, 'thụt lề'],
    ['a colon inside a value', 'title: Hội nghị: tổng kết', 2, 'ngoặc kép'],
    ['a tab before a field', 'title: a\n\tdate: b', 3, 'Tab'],
    ['a list left open', 'tags: [a, b', 3, 'dấu đóng ngoặc'],
    ['a line without a colon', 'title\ndate: x', 3, '"tên: giá trị"'],
    ['a lone backslash', 'title: "C:\\x"', 2, 'viết đôi'],
    ['a value starting with @', 'title: @x', 2, 'ngoặc kép'],
  ];
  it.each(yamlCases)('says %s in Vietnamese, at its line', (_mistake, yaml, line, says) => {
    const bad = readFrontMatter(`---\n${yaml}\n---\n`);
    expect(bad.ok).toBe(false);
    const message = bad.ok ? '' : bad.message;
    expect(message).toContain(`dòng ${line},`);
    expect(message).toContain(says);
    expect(message.replace(/"[^"]*"|\(.*?\)/g, '').replace('front matter YAML', '')).not.toMatch(ENGLISH);
  });

  it('reads an empty block as no fields', () => {
    expect(readFrontMatter('---\n\n---\nNội dung.')).toMatchObject({ ok: true, data: {}, body: 'Nội dung.' });
  });
});
