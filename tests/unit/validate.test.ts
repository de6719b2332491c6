import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContentRoot } from '../../src/source/validate.ts';
import type { Problem } from '../../src/lib/problems.ts';
import { materialize } from '../helpers/fixtures.ts';

/** Fixture sets are merged under one folder, so paths read "bad/<case>/…" relative to it. */
const fixtures = mkdtempSync(join(tmpdir(), 'portal-check-'));
const check = (name: string) => checkContentRoot(materialize(name, fixtures), fixtures).problems;
/** Problems as `level file › field` for compact assertions on where each one points. */
const where = (ps: readonly Problem[]) => ps.map((p) => `${p.level} ${p.file} › ${p.field}`);

describe('check on the valid fixture set', () => {
  it('reports nothing and keeps every entry', () => {
    const { set, problems } = checkContentRoot(materialize(undefined, fixtures), fixtures);
    expect(problems.list).toEqual([]);
    expect(set.articles.map((a) => a.id).sort()).toEqual(['ban-nhap', 'cung-ngay-2021', 'dat-chuan-2021', 'hai-don-vi-dat-chuan-2020']);
    expect(set.decisions).toHaveLength(2);
    expect(set.units).toHaveLength(4);
    expect(set.site?.baseUrl).toBe('https://thu-nghiem.example');
    const d = set.decisions.find((x) => x.id === '200-2021')!;
    expect(d.data.symbol).toBeNull();
    expect(d.data.groups[1]!.bloc).toBeNull();
  });
});

describe('check on broken fixture sets: exact file and field', () => {
  it('unknown unit reference', () => {
    const ps = check('bad/unknown-unit');
    expect(where(ps.errors)).toEqual(['error bad/unknown-unit/decisions/200-2021.json › groups[0].units[2]']);
    expect(ps.errors[0]!.message).toContain('khong-ton-tai');
  });

  it('unknown decision reference', () => {
    const ps = check('bad/unknown-decision');
    expect(where(ps.errors)).toEqual(['error bad/unknown-decision/articles/2021/dat-chuan-2021.md › decisions[1]']);
    expect(ps.errors[0]!.message).toContain('999-2021');
  });

  it('unknown article reference', () => {
    const ps = check('bad/unknown-article');
    expect(where(ps.errors)).toEqual(['error bad/unknown-article/decisions/100-2020.json › sourceArticle']);
    expect(ps.errors[0]!.message).toContain('bai-khong-co');
  });

  it('reference to a draft article', () => {
    const ps = check('bad/draft-reference');
    expect(where(ps.errors)).toEqual(['error bad/draft-reference/decisions/100-2020.json › sourceArticle']);
    expect(ps.errors[0]!.message).toMatch(/bản nháp/);
  });

  it('duplicate ids (units and article files), naming both', () => {
    const ps = check('bad/duplicate-id');
    expect(where(ps.errors).sort()).toEqual([
      'error bad/duplicate-id/articles/2021/cung-ngay-2021.md › ',
      'error bad/duplicate-id/units.json › [4].id',
    ]);
    const unit = ps.errors.find((p) => p.field === '[4].id')!;
    expect(unit.message).toContain('Xã Đồng Thắng');
    expect(unit.message).toContain('Xã Đồng Thắng Mới');
    const art = ps.errors.find((p) => p.file.endsWith('.md'))!;
    expect(art.message).toContain('bad/duplicate-id/articles/2020/cung-ngay-2021.md');
  });

  it('slug collision between two units, naming both', () => {
    const ps = check('bad/slug-collision');
    expect(where(ps.errors)).toEqual(['error bad/slug-collision/units.json › [2].name']);
    expect(ps.errors[0]!.message).toContain('Thị trấn Bằng Lũng');
    expect(ps.errors[0]!.message).toContain('Xã Bằng Lũng');
    expect(ps.errors[0]!.message).toContain('"bang-lung"');
  });

  it('impossible and malformed dates', () => {
    const ps = check('bad/invalid-date');
    expect(where(ps.errors).sort()).toEqual([
      'error bad/invalid-date/articles/2021/dat-chuan-2021.md › date',
      'error bad/invalid-date/decisions/100-2020.json › date',
    ]);
    expect(ps.errors.map((p) => p.message).join('\n')).toContain('"2021-02-30"');
  });

  it('malformed JSON with line and column, and no knock-on errors', () => {
    const ps = check('bad/malformed-json');
    expect(where(ps.errors)).toEqual(['error bad/malformed-json/decisions/200-2021.json › ']);
    expect(ps.errors[0]!.message).toMatch(/dòng 4, cột 3/);
  });

  it('missing required fields', () => {
    const ps = check('bad/missing-field');
    expect(where(ps.errors).sort()).toEqual([
      'error bad/missing-field/articles/2021/cung-ngay-2021.md › title',
      'error bad/missing-field/decisions/100-2020.json › number',
    ]);
    expect(ps.errors[0]!.message).toBe('thiếu trường bắt buộc');
  });

  it('declared ≠ listed counts are warnings, not errors', () => {
    const ps = check('bad/count-mismatch');
    expect(ps.errors).toEqual([]);
    expect(where(ps.warnings).sort()).toEqual([
      'warning bad/count-mismatch/decisions/200-2021.json › groups[0]',
      'warning bad/count-mismatch/decisions/200-2021.json › outcomes[0].declaredTotal',
    ]);
    expect(ps.warnings[0]!.message).toMatch(/ghi 3 .* liệt kê 2/);
  });
});

describe('category and tag addresses', () => {
  it('two spellings of one category slug are an error naming both', () => {
    const ps = check('bad/category-collision');
    expect(where(ps.errors)).toEqual(['error bad/category-collision/articles/2021/cung-ngay-2021.md › category']);
    expect(ps.errors[0]!.message).toContain('"An Ninh, Trật Tự"');
    expect(ps.errors[0]!.message).toContain('"An ninh, trật tự" (bad/category-collision/articles/2020/hai-don-vi-dat-chuan-2020.md)');
  });
});

describe('more bad input: types, MDX, unsafe links and markup', () => {
  it('wrong types name the field and say what was expected', () => {
    const ps = check('bad/wrong-types');
    expect(where(ps.errors).sort()).toEqual([
      'error bad/wrong-types/articles/2021/cung-ngay-2021.md › draft',
      'error bad/wrong-types/decisions/100-2020.json › year',
      'error bad/wrong-types/units.json › [3].aliases',
    ]);
    expect(ps.errors.find((p) => p.field === 'year')!.message).toBe('sai kiểu: cần số, nhưng là chuỗi "2020"');
  });

  it('an MDX syntax error is reported at its line in the file', () => {
    const ps = check('bad/mdx-syntax');
    expect(where(ps.errors)).toEqual(['error bad/mdx-syntax/articles/2021/loi-mdx.mdx › body']);
    expect(ps.errors[0]!.message).toMatch(/^lỗi cú pháp MDX tại dòng 8, cột 13: .*<Callout>/);
  });

  it('javascript: and data: links are refused', () => {
    const ps = check('bad/unsafe-link');
    expect(where(ps.errors).sort()).toEqual([
      'error bad/unsafe-link/articles/2020/hai-don-vi-dat-chuan-2020.md › sourceUrl',
      'error bad/unsafe-link/decisions/200-2021.json › documentUrl',
    ]);
  });

  it('scripts, event handlers and javascript: links in a body are refused, each at its line', () => {
    const ps = check('bad/raw-script');
    expect(ps.errors.map((p) => `${p.field} ${p.message.split(':')[0]}`)).toEqual([
      'body dòng 12, cột 1',
      'body dòng 14, cột 1',
      'body dòng 14, cột 51',
      // The same <img src="x"> also has no description and names no photo file.
      'body dòng 14, cột 1',
      'body dòng 14, cột 1',
    ]);
  });

  it('injection strings in data fields are not errors (they are rendered inert)', () => {
    expect(check('injection').errors).toEqual([]);
  });
});

describe('files as editors save them', () => {
  it('accepts a BOM and CRLF everywhere, and warns about decomposed (NFD) text, naming each file', () => {
    const ps = check('editor-saved');
    expect(ps.errors).toEqual([]);
    expect(where(ps.warnings)).toEqual([
      'warning editor-saved/articles/2020/ghi-chu-tu-may-mac.mdx › ',
      'warning editor-saved/articles/2021/cung-ngay-2021.md › ',
    ]);
    expect(ps.warnings[0]!.message).toMatch(/NFD.*npm run check -- --fix/);
  });

  it('refuses a legacy encoding, naming the file and the encoding', () => {
    const tcvn3 = check('bad/legacy-tcvn3');
    expect(where(tcvn3.errors)).toEqual(['error bad/legacy-tcvn3/articles/2021/bai-tcvn3.md › ']);
    expect(tcvn3.errors[0]!.message).toContain('TCVN3 (ABC)');
    const vni = check('bad/legacy-vni');
    expect(where(vni.errors)).toEqual(['error bad/legacy-vni/articles/2021/bai-vni.md › ']);
    expect(vni.errors[0]!.message).toContain('VNI');
  });

  it('reports a JSON syntax error at its true line and column, with no follow-on errors', () => {
    // units.json saved by Notepad (BOM, CRLF) with a comma missing at the end of line 3.
    const ps = check('bad/units-syntax');
    expect(where(ps.list)).toEqual(['error bad/units-syntax/units.json › ']);
    expect(ps.errors[0]!.message).toBe('JSON không hợp lệ tại dòng 4, cột 3: thiếu dấu phẩy (,) hoặc dấu ] sau một phần tử của danh sách');
  });
});

describe('photos', () => {
  it('a photo without a description (alt), or whose file is missing or not a photo, is an error naming the file and the photo', () => {
    const ps = check('bad/photo-problems');
    const file = 'bad/photo-problems/articles/2021/anh-thieu.md';
    expect(ps.errors.map((p) => `${p.file} › ${p.field}${p.field === 'body' ? `: ${p.message.split(':')[0]}` : ''}`)).toEqual([
      `${file} › body: dòng 11, cột 1`,
      `${file} › body: dòng 13, cột 1`,
      `${file} › body: dòng 15, cột 1`,
      `${file} › cover.src`,
      'bad/photo-problems/articles/2021/bia-thieu-mo-ta.md › cover.alt',
    ]);
    const [markdown, html, gif, cover, alt] = ps.errors.map((p) => p.message);
    expect(markdown).toContain('ảnh "https://example.org/anh.jpg" thiếu mô tả (alt)');
    expect(html).toContain('ảnh "https://example.org/b.jpg" thiếu mô tả (alt)');
    expect(gif).toContain('"anh/hoi-truong.gif" không phải tệp ảnh');
    expect(cover).toContain('không có tệp ảnh "anh/khong-co.jpg"');
    expect(alt).toBe('thiếu trường bắt buộc');
  });

  it('an article with a cover and a captioned photo checks clean', () => {
    expect(check('photos').list).toEqual([]);
  });
});

describe('documents and unit lineage', () => {
  it('a document of any kind, with its files, relations and status, checks clean', () => {
    expect(check('documents').list).toEqual([]);
  });

  it('a lineage that loops is an error on each unit of the loop', () => {
    const ps = check('bad/lineage-cycle');
    expect(where(ps.errors)).toEqual([
      'error bad/lineage-cycle/units.json › [0].succession.into',
      'error bad/lineage-cycle/units.json › [1].succession.into',
    ]);
    expect(ps.errors[0]!.message).toContain('vòng lặp');
  });

  it('a successor that began before its predecessor ended, or that does not exist, is an error', () => {
    const ps = check('bad/lineage-dates');
    expect(where(ps.errors)).toEqual([
      'error bad/lineage-dates/units.json › [0].succession.into[0]',
      'error bad/lineage-dates/units.json › [0].succession.into[1]',
    ]);
    expect(ps.errors[0]!.message).toMatch(/bắt đầu ngày 2024-01-01, trước ngày .* kết thúc \(2025-07-01\)/);
    expect(ps.errors[1]!.message).toContain('không có đơn vị "khong-co"');
  });

  it('unknown documents and files are errors; a replaced document still in force, or one dated after its issuer ended, a warning', () => {
    const ps = check('bad/document-refs');
    const file = 'bad/document-refs/decisions/thong-bao-9-2025.json';
    expect(where(ps.errors)).toEqual([`error ${file} › legalBasis[0].ref`, `error ${file} › amends[0]`, `error ${file} › files[0].file`]);
    expect(where(ps.warnings)).toEqual(['warning bad/document-refs/decisions/100-2020.json › status', `warning ${file} › date`]);
    expect(ps.warnings[0]!.message).toContain('đã bị thay thế bởi Thông báo số 9');
    expect(ps.warnings[1]!.message).toContain('đã kết thúc từ 2025-07-01');
  });

  it("a commune's own content: each mistake at its file and field, in Vietnamese", () => {
    const ps = check('bad/commune');
    const at = 'bad/commune';
    expect(where(ps.errors)).toEqual([
      `error ${at}/decisions/phi-2026.json › disclosure.group`,
      `error ${at}/site.json › editing.review`,
      `error ${at}/site.json › editing.api_root`,
      `error ${at}/gioi-thieu/ban-do-hanh-chinh.md › file.src`,
      `error ${at}/gioi-thieu/gioi-thieu-chung.md › `,
      `error ${at}/gioi-thieu/lich-su.md › body`,
      `error ${at}/lanh-dao.json › leaders[0].name`,
      `error ${at}/thu-tuc.json › procedures[0].url`,
      `error ${at}/lich-cong-tac/2026-w49.json › items[0].date`,
      `error ${at}/lich-cong-tac/2026-w50.json › items[0].time`,
      `error ${at}/lich-cong-tac/2026-w51.json › week`,
      `error ${at}/lich-cong-tac/tuan-49.json › `,
      `error ${at}/decisions/du-toan-2026.json › disclosure.kind`,
      `error ${at}/decisions/du-toan-2026.json › disclosure.published`,
    ]);
    const message = (file: string, field = '') => ps.errors.find((p) => p.file === `${at}/${file}` && p.field === field)!.message;
    expect(message('lich-cong-tac/2026-w49.json', 'items[0].date')).toBe(
      'ngày 08/12/2026 không thuộc tuần 2026-w49 (30/11/2026 – 06/12/2026)',
    );
    expect(message('thu-tuc.json', 'procedures[0].url')).toContain('Cổng Dịch vụ công quốc gia (dichvucong.gov.vn)');
    expect(message('site.json', 'editing.review')).toContain('chỉ hỗ trợ duyệt trước khi đăng với GitHub và GitLab');
    expect(message('gioi-thieu/gioi-thieu-chung.md')).toContain('co-cau-to-chuc.md');
    // No site owner and no obligations: no conformance warnings on a site that is not a commune's.
    expect(ps.warnings).toEqual([]);
  });
});
