/**
 * No English reaches an editor: one of each kind of JSON mistake (jsonc-parser's error codes) and
 * of each kind of schema mistake (Zod's issue codes), each reported in Vietnamese, JSON ones at
 * their true line and column.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseJsonText } from '../../src/lib/json-text.ts';
import { formatDrafts, formatReport, Problems } from '../../src/lib/problems.ts';
import { siteSchema } from '../../src/lib/schemas.ts';
import { parseInto } from '../../src/source/parse.ts';

/** Words of the parsers' English messages (quoted values, which echo the editor's own text, aside). */
const ENGLISH =
  /\b(expected|unexpected|token|position|invalid|input|property|string|number|array|object|character|required|received|unrecognized|keys?|too|small|big|must|after|value|option|format|multiple|union|instanceof)\b/i;
const unquoted = (message: string) => message.replace(/"[^"]*"|«[^»]*»/g, '');

describe('JSON mistakes', () => {
  const cases: [name: string, text: string, line: number, column: number, says: string][] = [
    ['a comma missing in a list', '[\n  "a"\n  "b"\n]', 3, 3, 'dấu phẩy'],
    ['a comma missing between fields', '{\n  "a": 1\n  "b": 2\n}', 3, 3, 'dấu phẩy'],
    ['a trailing comma', '{"a": 1,}', 1, 9, 'thừa một dấu phẩy'],
    ['a name without quotes', '{\n  ten: 1\n}', 2, 3, 'ngoặc kép'],
    ['single quotes', "{'a': 1}", 1, 2, 'ngoặc kép'],
    ['a colon missing', '{"a" 1}', 1, 6, 'hai chấm'],
    ['the file ends early', '{"a": [1, 2]', 1, 13, 'kết thúc giữa chừng'],
    ['a list left open', '[1, 2', 1, 6, 'dấu ]'],
    ['text after the end', '{"a": 1} thêm', 1, 10, 'sau chỗ JSON đã kết thúc'],
    ['a comment', '{\n  "a": 1 // ghi chú\n}', 2, 10, 'chú thích'],
    ['a line break inside a string', '{"a": "dòng một\ndòng hai"}', 1, 7, 'ngoặc kép đóng'],
    ['a number cut short', '{"a": 1.}', 1, 7, 'số viết dở'],
    ['a backslash alone', '{"a": "C:\\tep\\x"}', 1, 7, '\\\\'],
    ['a broken \\u code', '{"a": "\\u12"}', 1, 7, '\\u'],
    ['True with a capital', '{"a": True}', 1, 7, 'viết thường'],
    ['a tab inside a string', '{"a": "x\ty"}', 1, 7, 'ký tự điều khiển'],
  ];
  it.each(cases)('%s: at its line and column, in Vietnamese', (_name, text, line, column, says) => {
    expect(() => JSON.parse(text)).toThrow();
    const parsed = parseJsonText(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect([parsed.line, parsed.column]).toEqual([line, column]);
    expect(parsed.message).toContain(says);
    expect(unquoted(parsed.message)).not.toMatch(ENGLISH);
  });

  it('reads what JSON.parse reads', () => {
    const text = '\n{"tên": "Xã Nam Cường", "năm": [2021, 2025], "có": true, "không": null, "số": -1.5e2}\n';
    expect(parseJsonText(text)).toEqual({ ok: true, value: JSON.parse(text) });
  });
});

describe('schema mistakes', () => {
  const messages = (schema: z.ZodType, data: unknown) => {
    const problems = new Problems();
    expect(parseInto(schema, data, 'tep.json', '', problems)).toBeUndefined();
    return problems.list.map((p) => `${p.field}: ${p.message}`);
  };

  it('one of each kind of issue, each in Vietnamese', () => {
    const schema = z.strictObject({
      missing: z.string(),
      type: z.number(),
      empty: z.string().trim().min(1),
      short: z.string().min(3),
      long: z.string().max(3),
      year: z.number().int().min(1900).max(2200),
      late: z.number().max(2200),
      whole: z.number().int(),
      kind: z.enum(['năm', 'quý']),
      one: z.literal('x'),
      list: z.array(z.string()).min(1),
      few: z.array(z.string()).max(1),
      either: z.union([z.string(), z.number()]),
      url: z.url(),
      pattern: z.string().regex(/^x+$/),
      five: z.number().multipleOf(5),
      keyed: z.record(z.enum(['a']), z.number()),
      refined: z.string().refine((v) => v === 'ok'),
    });
    const got = messages(schema, {
      type: 'một',
      empty: '  ',
      short: 'ab',
      long: 'abcd',
      year: 1800,
      late: 3000,
      whole: 1.5,
      kind: 'tháng',
      one: 'y',
      list: [],
      few: ['a', 'b'],
      either: true,
      url: 'không phải địa chỉ',
      pattern: 'y',
      five: 7,
      keyed: { b: 1 },
      refined: 'no',
      extra: 1,
    });
    // (one each, and two for the record: its key "a" missing, "b" not allowed)
    expect(got.length).toBe(20);
    for (const message of got) expect(unquoted(message), message).not.toMatch(ENGLISH);
    // The project's own wording where an editor needs it.
    expect(got).toContain('missing: thiếu trường bắt buộc');
    expect(got).toContain('type: sai kiểu: cần số, nhưng là chuỗi "một"');
    expect(got).toContain('empty: không được để trống');
    expect(got).toContain('list: cần ít nhất một mục');
    expect(got).toContain(': trường không được hỗ trợ: extra');
    expect(got.find((m) => m.startsWith('year:'))).toMatch(/1800.*1900/);
    expect(got.find((m) => m.startsWith('kind:'))).toContain('"năm", "quý"');
  });

  it("a schema's own message comes first", () => {
    const schema = z.strictObject({ week: z.string().regex(/^\d{4}-w\d{2}$/, 'tuần viết dạng năm-w số tuần') });
    expect(messages(schema, { week: '49' })).toEqual(['week: tuần viết dạng năm-w số tuần']);
  });

  it('the site settings, as an editor may leave them', () => {
    const got = messages(siteSchema, { name: '', baseUrl: 'cho-don', language: 'v', searchRecentArticles: 0, colour: 'xanh' });
    expect(got.length).toBeGreaterThan(4);
    for (const message of got) expect(unquoted(message), message).not.toMatch(ENGLISH);
  });
});

describe('what an editor reads at the end of a check', () => {
  const messages = (data: unknown) => {
    const problems = new Problems();
    parseInto(z.strictObject({ title: z.string().trim().min(1) }), data, 'bai.md', '', problems);
    return problems.list.map((p) => p.message);
  };

  it.each([
    ['left blank (YAML makes it null)', { title: null }],
    ['only spaces', { title: '   ' }],
    ['an empty string', { title: '' }],
  ])('a required field %s: "không được để trống"', (_, data) => {
    expect(messages(data)).toEqual(['không được để trống']);
  });

  it('names each error again, file and field, after the warnings, so the last screen shows them', () => {
    const problems = new Problems();
    problems.at('a.md').error('title', 'không được để trống');
    for (let i = 0; i < 40; i++) problems.at(`site-${i}/site.json`).warning('contacts', 'chưa đăng');
    problems.at('b.json').error('', 'thiếu dấu phẩy');
    const lines = formatReport(problems.list).split('\n');
    expect(lines.slice(-4)).toEqual(['Cần sửa (nhắc lại các lỗi ở trên):', '  a.md › title', '  b.json', '2 lỗi, 40 cảnh báo.']);
  });

  it('lists the drafts, which will not be published', () => {
    expect(formatDrafts(['sites/xa-a/articles/2026/ban-nhap.md']).split('\n')).toEqual([
      'Bản nháp (1), sẽ không lên trang cho đến khi đổi "draft: true" thành "draft: false":',
      '  bản nháp, chưa đăng: sites/xa-a/articles/2026/ban-nhap.md',
    ]);
    expect(formatDrafts([])).toBe('');
  });
});
