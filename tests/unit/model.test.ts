/** The model (src/lib/model.ts): what pages are handed, computed once. */
import { describe, expect, it } from 'vitest';
import { MODEL } from '../helpers/sample-model.ts';

describe('portal model', () => {
  it('gathers a unit’s recognitions across years, newest first, and finds units by slug', () => {
    const rs = MODEL.recognitionsByUnit.get('dong-thang')!;
    expect(rs.map((r) => [r.year, r.decision, r.outcomeLabel, r.bloc])).toEqual([
      [2021, '2-2021', 'Đạt chuẩn', 'Khối xã'],
      [2020, '1-2020', 'Đạt chuẩn', 'Khối xã'],
    ]);
    expect(MODEL.years).toEqual([2021, 2020]);
    expect(MODEL.unitBySlug.get('dong-thang')?.displayName).toBe('Xã Đồng Thắng');
  });
  it('counts declared vs listed per group, per outcome and overall', () => {
    const d = MODEL.decision.get('2-2021')!;
    expect(d.totals).toEqual([
      { id: 'ok', label: 'Đạt chuẩn', declared: 1, listed: 2, mismatch: true },
      { id: 'kha', label: 'Khá', declared: undefined, listed: 1, mismatch: false },
    ]);
    expect(d.groupsResolved.map((g) => [g.declared, g.listed, g.mismatch])).toEqual([
      [1, 2, true],
      [undefined, 1, false],
    ]);
    expect([d.total, d.totalsMismatch]).toEqual([{ declared: undefined, listed: 3, mismatch: false }, true]);
    expect(MODEL.decision.get('1-2020')!.totalsMismatch).toBe(false);
    // A group without a bloc counts each unit's own bloc.
    expect(d.blocs).toEqual(['Khối xã', 'Khối cơ quan']);
  });
  it('lists mentioning articles per unit, the related decisions and units of an article, and excludes drafts everywhere', () => {
    expect(MODEL.articlesByUnit.get('dong-thang')!.map((a) => a.id)).toEqual(['bai']);
    expect(MODEL.article.has('nhap')).toBe(false);
    expect(MODEL.articlesByDecision.get('2-2021')!.map((a) => a.id)).toEqual(['bai']);
    const related = MODEL.related(MODEL.article.get('bai')!);
    expect([related.decisions.map((d) => d.id), related.units.map((u) => u.id)]).toEqual([['2-2021'], ['dong-thang']]);
  });
  it('builds the matrix: years oldest first, one class per outcome, a cell per unit and year', () => {
    const { years, outcomes, blocs } = MODEL.matrix;
    expect(years).toEqual([2020, 2021]);
    expect(outcomes).toEqual([
      { label: 'Đạt chuẩn', className: 'o1' },
      { label: 'Khá', className: 'o2' },
    ]);
    const evil = blocs.flatMap((b) => b.rows).find((r) => r.unit.id === 'evil')!;
    expect(evil.cells).toEqual([
      { className: undefined, text: '' },
      { className: 'o1', text: 'Đạt chuẩn; Khá' },
    ]);
  });
  it('hands the search page its filter values and the archive its pages', () => {
    expect(MODEL.searchFilters).toEqual({ years: [2021, 2020], blocs: ['Khối cơ quan', 'Khối xã'], documentTypes: ['Quyết định'] });
    expect(MODEL.archive.map((p) => [p.page, p.param, p.items.map((a) => a.id)])).toEqual([[0, undefined, ['bai']]]);
  });
});

describe('the document registry', () => {
  it('pages 50 documents at a time, newest first, with a listing per filter value', async () => {
    const { buildModel } = await import('../../src/lib/model.ts');
    const { createMatcher } = await import('../../src/lib/mentions.ts');
    const docs = Array.from({ length: 51 }, (_, i) => ({
      id: `tb-${i + 1}-2024`,
      type: i % 2 ? 'Thông báo' : 'Kế hoạch',
      issuer: 'UBND huyện Thử',
      number: String(i + 1),
      symbol: null,
      date: `2024-01-${String((i % 28) + 1).padStart(2, '0')}`,
      title: `Văn bản ${i + 1}`,
      legalBasis: [],
      outcomes: [],
      groups: [],
      ...(i === 0 ? { status: 'hết hiệu lực' as const } : {}),
    }));
    const m = buildModel({ articles: [], units: [], decisions: docs }, { matcher: createMatcher([]) });
    expect(m.registry.pages.map((p) => [p.page, p.items.length, p.href(p.page)])).toEqual([
      [1, 50, '/van-ban/'],
      [2, 1, '/van-ban/trang/2/'],
    ]);
    expect(m.registry.pages[0]!.items[0]!.date >= m.registry.pages[0]!.items[49]!.date).toBe(true);
    const byKey = Object.fromEntries(m.registry.filters.map((f) => [f.key, f.values.map((v) => [v.value, v.slug, v.count])]));
    expect(byKey.loai).toEqual([
      ['Kế hoạch', 'ke-hoach', 26],
      ['Thông báo', 'thong-bao', 25],
    ]);
    expect(byKey['tinh-trang']).toEqual([
      ['hết hiệu lực', 'het-hieu-luc', 1],
      ['không rõ (nguồn không ghi)', 'khong-ro-nguon-khong-ghi', 50],
    ]);
    expect(m.registry.filters.find((f) => f.key === 'loai')!.values[0]!.pages[0]!.href(2)).toBe('/van-ban/loai/ke-hoach/trang/2/');
    // A document that recognises nobody is listed by the year it was issued, and the matrix has no column for it.
    expect(m.decisionsByYear.map((y) => y.year)).toEqual([2024]);
    expect(m.years).toEqual([]);
  });
});

describe('file sizes', () => {
  it('read as residents read them, with a decimal comma', async () => {
    const { formatFileSize } = await import('../../src/lib/model.ts');
    expect([formatFileSize(200), formatFileSize(12 * 1024), formatFileSize(1.44 * 1024 * 1024)]).toEqual(['1 kB', '12 kB', '1,4 MB']);
  });
});

describe('file types', () => {
  it('name an attachable document by its extension, and give every served file its type', async () => {
    const { contentType, documentFileType } = await import('../../src/lib/file-types.ts');
    expect([documentFileType('tep/Ke-Hoach.PDF')?.label, documentFileType('a.docx')?.label, documentFileType('anh.gif')]).toEqual([
      'PDF',
      'DOCX',
      undefined,
    ]);
    expect([
      contentType('x.pdf'),
      contentType('sveltia-cms.js'),
      contentType('fonts/a.woff2'),
      contentType('wasm.unknown.pagefind'),
    ]).toEqual(['application/pdf', 'text/javascript; charset=utf-8', 'font/woff2', 'application/octet-stream']);
  });
});

describe('what a body gives, read or already known', () => {
  it('gives the same mentions, in the same order, and the same has-body flag either way', async () => {
    const { buildModel } = await import('../../src/lib/model.ts');
    const { createMatcher, unitsFound } = await import('../../src/lib/mentions.ts');
    const units = [
      { id: 'dong-thang', kind: 'xã' as const, name: 'Đồng Thắng', bloc: 'Khối xã', aliases: [] },
      { id: 'bang-lang', kind: 'xã' as const, name: 'Bằng Lãng', bloc: 'Khối xã', aliases: [] },
      { id: 'ngoc-phai', kind: 'xã' as const, name: 'Ngọc Phái', bloc: 'Khối xã', aliases: [] },
    ];
    const matcher = createMatcher(units);
    const base = { title: 'Xã Ngọc Phái', date: '2021-01-02', tags: [], decisions: [], units: ['bang-lang'], draft: false };
    const body = 'Xã Đồng Thắng và xã Bằng Lãng, rồi lại xã Đồng Thắng.';
    const read = buildModel(
      {
        units,
        decisions: [],
        articles: [
          { ...base, id: 'a', body },
          { ...base, id: 'b', body: '  \n' },
        ],
      },
      { matcher },
    );
    const known = buildModel(
      {
        units,
        decisions: [],
        articles: [
          { ...base, id: 'a', bodyFound: { units: unitsFound(matcher, body), hasBody: true } },
          { ...base, id: 'b', bodyFound: { units: [], hasBody: false } },
        ],
      },
      { matcher },
    );
    expect(unitsFound(matcher, body)).toEqual(['dong-thang', 'bang-lang']);
    expect(read.article.get('a')!.mentions).toEqual(['bang-lang', 'ngoc-phai', 'dong-thang']);
    for (const id of ['a', 'b']) expect(known.article.get(id)).toEqual(read.article.get(id));
    expect(read.article.get('b')!.hasBody).toBe(false);
  });
});
