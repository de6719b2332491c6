import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { checkContentRoot } from '../../src/lib/validate.ts';
import type { Problem } from '../../src/lib/problems.ts';

const fixtures = join(import.meta.dirname, '..', 'fixtures');
const check = (name: string) => checkContentRoot(join(fixtures, name), fixtures).problems;
/** Problems as `level file › field` for compact assertions on where each one points. */
const where = (ps: readonly Problem[]) => ps.map((p) => `${p.level} ${p.file} › ${p.field}`);

describe('check on the valid fixture set', () => {
  it('reports nothing and keeps every entry', () => {
    const { set, problems } = checkContentRoot(join(fixtures, 'valid'), fixtures);
    expect(problems.list).toEqual([]);
    expect(set.articles.map((a) => a.id).sort()).toEqual([
      'ban-nhap', 'cung-ngay-2021', 'dat-chuan-2021', 'hai-don-vi-dat-chuan-2020',
    ]);
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
    const ps = check('broken/unknown-unit');
    expect(where(ps.errors)).toEqual(['error broken/unknown-unit/decisions/200-2021.json › groups[0].units[2]']);
    expect(ps.errors[0]!.message).toContain('khong-ton-tai');
  });

  it('unknown decision reference', () => {
    const ps = check('broken/unknown-decision');
    expect(where(ps.errors)).toEqual(['error broken/unknown-decision/articles/2021/dat-chuan-2021.md › decisions[1]']);
    expect(ps.errors[0]!.message).toContain('999-2021');
  });

  it('unknown article reference', () => {
    const ps = check('broken/unknown-article');
    expect(where(ps.errors)).toEqual(['error broken/unknown-article/decisions/100-2020.json › sourceArticle']);
    expect(ps.errors[0]!.message).toContain('bai-khong-co');
  });

  it('reference to a draft article', () => {
    const ps = check('broken/draft-reference');
    expect(where(ps.errors)).toEqual(['error broken/draft-reference/decisions/100-2020.json › sourceArticle']);
    expect(ps.errors[0]!.message).toMatch(/bản nháp/);
  });

  it('duplicate ids (units and article files), naming both', () => {
    const ps = check('broken/duplicate-id');
    expect(where(ps.errors).sort()).toEqual([
      'error broken/duplicate-id/articles/2021/cung-ngay-2021.md › ',
      'error broken/duplicate-id/units.json › [4].id',
    ]);
    const unit = ps.errors.find((p) => p.field === '[4].id')!;
    expect(unit.message).toContain('Xã Đồng Thắng');
    expect(unit.message).toContain('Xã Đồng Thắng Mới');
    const art = ps.errors.find((p) => p.file.endsWith('.md'))!;
    expect(art.message).toContain('broken/duplicate-id/articles/2020/cung-ngay-2021.md');
  });

  it('slug collision between two units, naming both', () => {
    const ps = check('broken/slug-collision');
    expect(where(ps.errors)).toEqual(['error broken/slug-collision/units.json › [2].name']);
    expect(ps.errors[0]!.message).toContain('Thị trấn Bằng Lũng');
    expect(ps.errors[0]!.message).toContain('Xã Bằng Lũng');
    expect(ps.errors[0]!.message).toContain('"bang-lung"');
  });

  it('impossible and malformed dates', () => {
    const ps = check('broken/invalid-date');
    expect(where(ps.errors).sort()).toEqual([
      'error broken/invalid-date/articles/2021/dat-chuan-2021.md › date',
      'error broken/invalid-date/decisions/100-2020.json › date',
    ]);
    expect(ps.errors.map((p) => p.message).join('\n')).toContain('"2021-02-30"');
  });

  it('malformed JSON with line and column, and no knock-on errors', () => {
    const ps = check('broken/malformed-json');
    expect(where(ps.errors)).toEqual(['error broken/malformed-json/decisions/200-2021.json › ']);
    expect(ps.errors[0]!.message).toMatch(/dòng 4, cột 3/);
  });

  it('missing required fields', () => {
    const ps = check('broken/missing-field');
    expect(where(ps.errors).sort()).toEqual([
      'error broken/missing-field/articles/2021/cung-ngay-2021.md › title',
      'error broken/missing-field/decisions/100-2020.json › number',
    ]);
    expect(ps.errors[0]!.message).toBe('thiếu trường bắt buộc');
  });

  it('declared ≠ listed counts are warnings, not errors', () => {
    const ps = check('broken/count-mismatch');
    expect(ps.errors).toEqual([]);
    expect(where(ps.warnings).sort()).toEqual([
      'warning broken/count-mismatch/decisions/200-2021.json › groups[0]',
      'warning broken/count-mismatch/decisions/200-2021.json › outcomes[0].declaredTotal',
    ]);
    expect(ps.warnings[0]!.message).toMatch(/ghi 3 .* liệt kê 2/);
  });
});

describe('category and tag addresses', () => {
  it('two spellings of one category slug are an error naming both', () => {
    const ps = check('broken/category-collision');
    expect(where(ps.errors)).toEqual(['error broken/category-collision/articles/2021/cung-ngay-2021.md › category']);
    expect(ps.errors[0]!.message).toContain('"An Ninh, Trật Tự"');
    expect(ps.errors[0]!.message).toContain('"An ninh, trật tự" (broken/category-collision/articles/2020/hai-don-vi-dat-chuan-2020.md)');
  });
});
