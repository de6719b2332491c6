/** A small model for unit tests: two units (one with an injection string), two decisions, an article and a draft. */
import { buildModel } from '../../src/lib/model.ts';
import { createMatcher } from '../../src/lib/mentions.ts';
import type { Site, UnitData } from '../../src/lib/schemas.ts';

export const SITE: Site = {
  name: 'Cổng thử',
  district: 'huyện Thử',
  province: 'tỉnh Mẫu',
  baseUrl: 'https://thu.example',
  language: 'vi',
  publisher: 'UBND huyện Thử',
  editorContact: 'x',
  description: 'd',
};
export const EVIL = '</script><script>alert(1)</script><!--';

const units: UnitData[] = [
  { id: 'dong-thang', kind: 'xã', name: 'Đồng Thắng', bloc: 'Khối xã', aliases: [] },
  { id: 'evil', kind: 'cơ quan', name: `Cơ quan ${EVIL}`, bloc: 'Khối cơ quan', aliases: [] },
];

export const MODEL = buildModel(
  {
    units,
    decisions: [
      {
        id: '1-2020',
        type: 'Quyết định',
        issuer: 'UBND huyện Thử',
        number: '1',
        symbol: 'QĐ-UBND',
        date: '2020-12-01',
        year: 2020,
        title: 'Năm 2020',
        legalBasis: [],
        outcomes: [{ id: 'ok', label: 'Đạt chuẩn', declaredTotal: 1 }],
        groups: [{ outcome: 'ok', bloc: 'Khối xã', declaredCount: 1, units: ['dong-thang'] }],
      },
      {
        id: '2-2021',
        type: 'Quyết định',
        issuer: 'UBND huyện Thử',
        number: '2',
        symbol: null,
        date: '2021-11-29',
        year: 2021,
        title: 'Năm 2021',
        legalBasis: [{ document: 'Thông tư 23/2012/TT-BCA', date: '2012-04-27' }],
        outcomes: [
          { id: 'ok', label: 'Đạt chuẩn', declaredTotal: 1 },
          { id: 'kha', label: 'Khá' },
        ],
        groups: [
          { outcome: 'ok', bloc: null, declaredCount: 1, units: ['dong-thang', 'evil'] },
          { outcome: 'kha', bloc: null, units: ['evil'] },
        ],
        sourceArticle: 'bai',
      },
    ],
    articles: [
      {
        id: 'bai',
        title: `Tin ${EVIL}`,
        date: '2021-12-01',
        author: 'A',
        tags: [],
        decisions: ['2-2021'],
        units: [],
        draft: false,
        body: 'Xã Đồng Thắng đạt chuẩn.',
      },
      { id: 'nhap', title: 'Nháp', date: '2021-12-02', tags: [], decisions: [], units: ['dong-thang'], draft: true },
    ],
  },
  { matcher: createMatcher(units) },
);
