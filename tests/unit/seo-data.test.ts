import { describe, expect, it } from 'vitest';
import { articleJsonLd, decisionJsonLd, serializeJsonLd, unitJsonLd } from '../../src/lib/seo.ts';
import { buildPortal } from '../../src/lib/portal.ts';
import { recognitionRows, toCsv, RECOGNITION_COLUMNS } from '../../src/lib/opendata.ts';
import type { Site } from '../../src/lib/schemas.ts';

const site: Site = {
  name: 'Cổng thử',
  district: 'huyện Thử',
  province: 'tỉnh Mẫu',
  baseUrl: 'https://thu.example',
  language: 'vi',
  publisher: 'UBND huyện Thử',
  editorContact: 'x',
  description: 'd',
};
const evil = '</script><script>alert(1)</script><!--';

const portal = buildPortal({
  units: [
    { id: 'dong-thang', kind: 'xã', name: 'Đồng Thắng', bloc: 'Khối xã', aliases: [] },
    { id: 'evil', kind: 'cơ quan', name: `Cơ quan ${evil}`, bloc: 'Khối cơ quan', aliases: [] },
  ],
  decisions: [
    {
      id: '1-2020', type: 'Quyết định', issuer: 'UBND huyện Thử', number: '1', symbol: 'QĐ-UBND', date: '2020-12-01', year: 2020,
      title: 'Năm 2020', legalBasis: [], outcomes: [{ id: 'ok', label: 'Đạt chuẩn', declaredTotal: 1 }],
      groups: [{ outcome: 'ok', bloc: 'Khối xã', declaredCount: 1, units: ['dong-thang'] }],
    },
    {
      id: '2-2021', type: 'Quyết định', issuer: 'UBND huyện Thử', number: '2', symbol: null, date: '2021-11-29', year: 2021,
      title: 'Năm 2021', legalBasis: [{ document: 'Thông tư 23/2012/TT-BCA', date: '2012-04-27' }],
      outcomes: [{ id: 'ok', label: 'Đạt chuẩn', declaredTotal: 1 }, { id: 'kha', label: 'Khá' }],
      groups: [
        { outcome: 'ok', bloc: null, declaredCount: 1, units: ['dong-thang', 'evil'] },
        { outcome: 'kha', bloc: null, units: ['evil'] },
      ],
      sourceArticle: 'bai',
    },
  ],
  articles: [
    { id: 'bai', title: `Tin ${evil}`, date: '2021-12-01', author: 'A', tags: [], decisions: ['2-2021'], units: [], draft: false, body: 'Xã Đồng Thắng đạt chuẩn.' },
    { id: 'nhap', title: 'Nháp', date: '2021-12-02', tags: [], decisions: [], units: ['dong-thang'], draft: true },
  ],
});

describe('JSON-LD', () => {
  it('cannot close the script element or open a comment', () => {
    const json = serializeJsonLd(articleJsonLd(site, portal.article.get('bai')!));
    expect(json).not.toMatch(/<\/script/i);
    expect(json).not.toContain('<!--');
    expect(json).not.toContain('<');
    expect(JSON.parse(json).headline).toBe(`Tin ${evil}`);
  });
  it('NewsArticle has headline, datePublished, author, publisher, absolute URL', () => {
    const ld = articleJsonLd(site, portal.article.get('bai')!);
    expect(ld).toMatchObject({
      '@type': 'NewsArticle',
      datePublished: '2021-12-01',
      author: { '@type': 'Person', name: 'A' },
      publisher: { '@type': 'GovernmentOrganization', name: 'UBND huyện Thử' },
      url: 'https://thu.example/tin-tuc/bai/',
    });
  });
  it('Legislation carries identifier, date, issuer, jurisdiction and type', () => {
    expect(decisionJsonLd(site, portal.decision.get('1-2020')!)).toMatchObject({
      '@type': 'Legislation',
      legislationIdentifier: '1/QĐ-UBND',
      legislationDate: '2020-12-01',
      legislationType: 'Quyết định',
      legislationPassedBy: { '@type': 'GovernmentOrganization', name: 'UBND huyện Thử' },
      legislationJurisdiction: { '@type': 'AdministrativeArea', name: 'huyện Thử, tỉnh Mẫu' },
    });
    expect(decisionJsonLd(site, portal.decision.get('2-2021')!).legislationIdentifier).toBe('2');
  });
  it('communes are AdministrativeArea, agencies GovernmentOrganization', () => {
    expect(unitJsonLd(site, portal.unit.get('dong-thang')!)['@type']).toBe('AdministrativeArea');
    expect(unitJsonLd(site, portal.unit.get('evil')!)['@type']).toBe('GovernmentOrganization');
  });
});

describe('portal model', () => {
  it('gathers a unit’s recognitions across years', () => {
    const rs = portal.recognitionsByUnit.get('dong-thang')!;
    expect(rs.map((r) => [r.year, r.decision, r.outcomeLabel, r.bloc])).toEqual([
      [2020, '1-2020', 'Đạt chuẩn', 'Khối xã'],
      [2021, '2-2021', 'Đạt chuẩn', 'Khối xã'],
    ]);
    expect(portal.years).toEqual([2021, 2020]);
  });
  it('counts declared vs listed per outcome', () => {
    expect(portal.decision.get('2-2021')!.totals).toEqual([
      { id: 'ok', label: 'Đạt chuẩn', declared: 1, listed: 2 },
      { id: 'kha', label: 'Khá', declared: undefined, listed: 1 },
    ]);
  });
  it('lists mentioning articles per unit and excludes drafts everywhere', () => {
    expect(portal.articlesByUnit.get('dong-thang')!.map((a) => a.id)).toEqual(['bai']);
    expect(portal.article.has('nhap')).toBe(false);
    expect(portal.articlesByDecision.get('2-2021')!.map((a) => a.id)).toEqual(['bai']);
  });
});

describe('open data', () => {
  it('CSV starts with a BOM, uses CRLF, quotes and defuses formulas', () => {
    const rows = recognitionRows(portal);
    const csv = toCsv(RECOGNITION_COLUMNS.map(([c]) => c), rows as never);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('quyet_dinh,ngay,nam,don_vi,ma_don_vi,loai,khoi,ket_qua');
    expect(lines[1]).toBe('1/QĐ-UBND,2020-12-01,2020,Xã Đồng Thắng,dong-thang,xã,Khối xã,Đạt chuẩn');
    expect(lines).toHaveLength(rows.length + 2);
    expect(toCsv(['a'], [{ a: '=HYPERLINK("x")' }])).toBe('\uFEFFa\r\n"\'=HYPERLINK(""x"")"\r\n');
  });
});
