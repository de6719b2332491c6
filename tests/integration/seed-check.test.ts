/** The real content: no errors and exactly the two warnings the seed's own numbers produce. */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContentRoot } from '../../src/source/validate.ts';
import { materialize } from '../helpers/fixtures.ts';
import { unitDisplayName } from '../../src/lib/units.ts';

const project = join(import.meta.dirname, '..', '..');
// The archive site of the province in content/ (sites/huyen-cho-don/), with the province's units.
const { set, problems } = checkContentRoot(join(project, 'content', 'sites', 'huyen-cho-don'), project);

describe('real content (seed)', () => {
  it('has no errors and exactly the agency-bloc and totals warnings', () => {
    expect(problems.errors).toEqual([]);
    expect(problems.warnings.map((w) => `${w.file} › ${w.field}`)).toEqual([
      'content/sites/huyen-cho-don/decisions/5844-2021.json › groups[1]',
      'content/sites/huyen-cho-don/decisions/5844-2021.json › outcomes[0].declaredTotal',
    ]);
    expect(problems.warnings[0]!.message).toMatch(/Khối cơ quan.*ghi 12 .*liệt kê 13/);
    expect(problems.warnings[1]!.message).toMatch(/ghi 28 .*liệt kê 29/);
  });

  it('holds Decision 5844 with every group, count and unit the source gives', () => {
    const d = set.decisions.find((x) => x.id === '5844-2021')!.data;
    expect([d.number, d.symbol, d.date, d.year]).toEqual(['5844', null, '2021-11-29', 2021]);
    expect(d.groups.map((g) => [g.bloc, g.declaredCount, g.units.length])).toEqual([
      ['Khối xã', 16, 16],
      ['Khối cơ quan', 12, 13],
      [null, 4, 4],
    ]);
    expect(d.outcomes.map((o) => o.declaredTotal)).toEqual([28, 4]);
    expect(d.declaredTotal).toBe(32);
    expect(d.legalBasis[0]).toMatchObject({ document: 'Thông tư số 23/2012/TT-BCA', date: '2012-04-27', issuer: 'Bộ Công an' });
    const units = new Map(set.units.map((u) => [u.id, u.data]));
    const listed = d.groups.flatMap((g) => g.units.map((id) => unitDisplayName(units.get(id)!)));
    expect(new Set(listed).size).toBe(33);
    expect(listed).toContain('Thị trấn Bằng Lũng');
    expect(listed).toContain('Xã Bằng Phúc');
    // The source runs these two together; they are two units.
    expect(listed).toContain('Trung tâm Y tế huyện');
    expect(listed).toContain('Kho bạc Nhà nước');
    // The 33 units the decision lists, the 8 xã they became part of in 2025, and the 5 units of
    // other former districts that went into two of them (from the national list, data/).
    expect(set.units).toHaveLength(46);
    expect(set.units.filter((u) => u.data.since === '2025-07-01')).toHaveLength(8);
    expect(set.units.filter((u) => u.data.district && u.data.district !== 'huyện Chợ Đồn').map((u) => u.data.name)).toEqual([
      'Dương Phong',
      'Quang Thuận',
      'Quảng Khê',
      'Hoàng Trĩ',
      'Đồng Phúc',
    ]);
  });

  it('keeps the seed article honest: author, no invented date, neighbours by title only', () => {
    const seed = set.articles.find((a) => a.data.author === 'Hoàng Lan')!;
    expect(seed.data.date).toBeUndefined();
    expect(seed.data.decisions).toEqual(['5844-2021']);
    const titles = set.articles.map((a) => a.data.title);
    expect(titles).toContain(
      'UBND huyện chỉ đạo tăng cường công tác phòng, chống dịch COVID-19 và các dịch bệnh mùa đông xuân năm 2021-2022',
    );
    expect(titles).toContain('Chợ Đồn triển khai thực hiện Chương trình chuyển đổi số');
    for (const a of set.articles.filter((x) => x !== seed)) {
      expect([a.data.date, a.data.author, a.data.summary]).toEqual([undefined, undefined, undefined]);
    }
  });

  it('`npm run check` prints both warnings and exits 0', () => {
    const out = execFileSync(process.execPath, ['scripts/check.ts'], { cwd: project, encoding: 'utf8' });
    expect(out).toContain('content/sites/huyen-cho-don/decisions/5844-2021.json › groups[1]:');
    expect(out).toContain('content/sites/huyen-cho-don/decisions/5844-2021.json › outcomes[0].declaredTotal:');
    expect(out).toMatch(/\n0 lỗi, \d+ cảnh báo\.\n/);
    // The archive's two; every other warning is a xã's gap against the obligations (nghia-vu.json).
    const warnings = out.split('\n').filter((l) => l.startsWith('  content/'));
    expect(warnings.filter((l) => l.includes('huyen-cho-don'))).toHaveLength(2);
    expect(warnings.filter((l) => !l.includes('huyen-cho-don')).every((l) => l.includes('(căn cứ: '))).toBe(true);
  });
});

describe('`npm run check` on a broken set', () => {
  it('prints every error as file › field and exits 1', () => {
    let status = 0;
    let out = '';
    try {
      execFileSync(process.execPath, ['scripts/check.ts', materialize('bad/invalid-date')], { cwd: project, encoding: 'utf8' });
    } catch (err) {
      const e = err as { status: number; stdout: string };
      status = e.status;
      out = e.stdout;
    }
    expect(status).toBe(1);
    expect(out).toContain('bad/invalid-date/articles/2021/dat-chuan-2021.md › date:');
    expect(out).toContain('bad/invalid-date/decisions/100-2020.json › date:');
    expect(out).toContain('2 lỗi, 0 cảnh báo.');
  });
});

describe('`npm run check -- --fix`', () => {
  it('rewrites files written in decomposed Unicode in NFC, after which they check clean', () => {
    const root = materialize('editor-saved');
    const file = join(root, 'articles/2021/cung-ngay-2021.md');
    expect(readFileSync(file, 'utf8')).not.toBe(readFileSync(file, 'utf8').normalize('NFC'));
    const out = execFileSync(process.execPath, ['scripts/check.ts', root, '--fix'], { cwd: project, encoding: 'utf8' });
    expect(out).toContain('Đã lưu lại ở dạng dựng sẵn (NFC)');
    expect(out).toContain('0 lỗi, 0 cảnh báo.');
    const text = readFileSync(file, 'utf8');
    expect(text).toBe(text.normalize('NFC'));
    expect(text).toContain('title: "Một bài khác cùng ngày"');
  });
});
