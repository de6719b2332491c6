/** A commune's own content as pages show it, the weeks of its schedule, and its conformance, as tables. */
import { describe, expect, it } from 'vitest';
import { buildCommune, periodLabel, publisherInEnglish, type DisclosedDocument } from '../../src/lib/commune.ts';
import { conformance } from '../../src/lib/conformance.ts';
import { isoWeekOf, parseIsoWeek, weekDays } from '../../src/lib/dates.ts';
import type { Site } from '../../src/lib/schemas.ts';

const site: Site = {
  name: 'Trang xã Thử',
  province: 'tỉnh Mẫu',
  baseUrl: 'https://xa.example',
  language: 'vi',
  publisher: 'Ủy ban nhân dân xã Thử',
  description: 'Thử.',
  owner: 'thu-2025',
};

describe('ISO weeks, as schedule files name them', () => {
  it.each([
    ['2026-12-02', '2026-w49'],
    ['2026-11-30', '2026-w49'],
    ['2026-12-06', '2026-w49'],
    ['2026-12-07', '2026-w50'],
    // The week belongs to the year of its Thursday.
    ['2027-01-01', '2026-w53'],
    ['2025-12-29', '2026-w01'],
    ['2021-01-03', '2020-w53'],
  ])('%s is in %s', (day, week) => expect(isoWeekOf(day)).toBe(week));

  it('a week has seven days from Monday; a week that does not exist is refused', () => {
    expect(weekDays('2026-w49')).toEqual([
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
      '2026-12-04',
      '2026-12-05',
      '2026-12-06',
    ]);
    expect(parseIsoWeek('2026-w53')).toEqual({ year: 2026, week: 53 });
    expect(parseIsoWeek('2025-w53')).toBeUndefined();
    expect(parseIsoWeek('2026-w00')).toBeUndefined();
    expect(parseIsoWeek('tuan-49')).toBeUndefined();
  });
});

const doc = (id: string, disclosure?: DisclosedDocument['disclosure']): DisclosedDocument => ({
  id,
  url: `/quyet-dinh/${id}/`,
  label: `Quyết định số ${id}`,
  title: id,
  date: '2026-01-01',
  disclosure,
});

describe('disclosures', () => {
  it.each([
    [{ group: 'ngan-sach', kind: 'dự toán', year: 2026, span: 'năm', published: '2026-01-05' }, 'Dự toán năm 2026'],
    [{ group: 'ngan-sach', kind: 'thực hiện', year: 2026, span: 'quý III', published: '2026-10-10' }, 'Thực hiện quý III/2026'],
    [{ group: 'ngan-sach', kind: 'quyết toán', year: 2025, span: 'năm', published: '2026-06-01' }, 'Quyết toán năm 2025'],
    [{ group: 'phi-le-phi', year: 2026, span: '6 tháng', published: '2026-07-01' }, '6 tháng/2026'],
  ] as const)('%o reads "%s"', (d, label) => expect(periodLabel(d)).toBe(label));

  it('each group lists its documents newest period first, and every group is there, empty or not', () => {
    const documents = [
      doc('du-toan-2026', { group: 'ngan-sach', kind: 'dự toán', year: 2026, span: 'năm', published: '2026-01-05' }),
      doc('quyet-toan-2025', { group: 'ngan-sach', kind: 'quyết toán', year: 2025, span: 'năm', published: '2026-06-01' }),
      doc('quy-1-2026', { group: 'ngan-sach', kind: 'thực hiện', year: 2026, span: 'quý I', published: '2026-04-03' }),
      doc('quy-3-2026', { group: 'ngan-sach', kind: 'thực hiện', year: 2026, span: 'quý III', published: '2026-10-10' }),
      doc('khong-cong-khai'),
    ];
    const c = buildCommune({ intro: [], schedules: [] }, { site, documents, articles: [], today: '2026-12-02' });
    expect(c.disclosure.map((g) => g.id)).toEqual([
      'ngan-sach',
      'dat-dai-quy-hoach',
      'du-an-dau-tu',
      'quy-dong-gop',
      'tro-giup-xa-hoi',
      'phi-le-phi',
      'thu-tuc-hanh-chinh',
    ]);
    expect(c.disclosure[0]!.items.map((d) => d.id)).toEqual(['du-toan-2026', 'quy-3-2026', 'quy-1-2026', 'quyet-toan-2025']);
    expect(c.disclosure[1]!.items).toEqual([]);
    expect(c.parts.find((p) => p.part === 'cong-khai/ngan-sach')).toMatchObject({ present: true, updated: '2026-10-10' });
  });
});

describe('the weekly schedule', () => {
  const schedules = [
    { week: '2026-w48', data: { week: '2026-w48', items: [{ date: '2026-11-24', what: 'Tiếp công dân' }] } },
    {
      week: '2026-w49',
      data: {
        week: '2026-w49',
        items: [
          { date: '2026-12-03', time: '14:00', what: 'Giao ban' },
          { date: '2026-11-30', time: '07:30', what: 'Chào cờ' },
          { date: '2026-12-03', time: '08:00', what: 'Họp' },
        ],
      },
    },
  ];
  it.each([
    ['2026-12-02', '2026-w49'],
    ['2026-12-09', undefined],
  ])('on %s this week is %s', (today, week) => {
    expect(buildCommune({ intro: [], schedules }, { site, documents: [], articles: [], today }).thisWeek?.week).toBe(week);
  });
  it('a week lists its days in order, each day by time; the weeks newest first', () => {
    const c = buildCommune({ intro: [], schedules }, { site, documents: [], articles: [], today: '2026-12-02' });
    expect(c.weeks.map((w) => w.week)).toEqual(['2026-w49', '2026-w48']);
    expect(c.weeks[0]!.label).toBe('Tuần 49/2026 (30/11/2026 – 06/12/2026)');
    expect(c.weeks[0]!.days.map((d) => [d.date, d.items.map((i) => i.what)])).toEqual([
      ['2026-11-30', ['Chào cờ']],
      ['2026-12-03', ['Họp', 'Giao ban']],
    ]);
  });
});

describe('conformance', () => {
  const obligations = {
    obligations: [
      { id: 'lanh-dao', what: 'Lãnh đạo', basis: 'Điều 9', checked: false, fulfilledBy: ['lanh-dao'] },
      { id: 'ngan-sach', what: 'Ngân sách', basis: 'Điều 12', checked: false, fulfilledBy: ['cong-khai/ngan-sach'], freshDays: 100 },
      { id: 'thu-tuc', what: 'Thủ tục', basis: 'Điều 11', checked: true, fulfilledBy: ['thu-tuc', 'cong-khai/thu-tuc-hanh-chinh'] },
      { id: 'tiep-can', what: 'Báo rào cản', basis: 'Phụ lục II', checked: true, fulfilledBy: ['tuyen-bo-tiep-can'] },
    ],
  };
  const leaders = { updated: '2026-11-01', leaders: [{ name: 'Nguyễn Văn A', position: 'Chủ tịch' }] };
  const budget = doc('ngan-sach', { group: 'ngan-sach', kind: 'dự toán', year: 2026, span: 'năm', published: '2026-01-05' });
  const procedureDoc = doc('tthc', { group: 'thu-tuc-hanh-chinh', year: 2026, span: 'năm', published: '2026-03-01' });
  it.each([
    ['nothing published', { intro: [], schedules: [] }, [], site, ['thiếu', 'thiếu', 'thiếu', 'thiếu']],
    [
      'leaders, an old budget, procedures as a disclosure, an e-mail',
      { intro: [], schedules: [], leaders },
      [budget, procedureDoc],
      { ...site, contacts: { email: 'ubnd@xa.example' } },
      ['đáp ứng', 'quá hạn cập nhật', 'đáp ứng', 'đáp ứng'],
    ],
  ] as const)('%s', (_, input, documents, s, statuses) => {
    const { parts } = buildCommune(input, { site: s, documents, articles: [], today: '2026-12-02' });
    const rows = conformance(obligations, parts, '2026-12-02');
    expect(rows.map((r) => r.status)).toEqual(statuses);
  });
  it('says why: what is missing, or how old it is', () => {
    const { parts } = buildCommune({ intro: [], schedules: [] }, { site, documents: [budget], articles: [], today: '2026-12-02' });
    const rows = conformance(obligations, parts, '2026-12-02');
    expect(rows[0]!.detail).toBe('chưa có nội dung (Lãnh đạo)');
    expect(rows[1]!.detail).toBe('Công khai: Ngân sách: cập nhật lần cuối 05/01/2026, quá 100 ngày');
    expect(rows[3]!.detail).toContain('cần thư điện tử hoặc điện thoại');
  });
});

describe('the English page', () => {
  it.each([
    ['Ủy ban nhân dân xã Nam Cường', "People's Committee of Nam Cường Commune"],
    ['Ủy ban nhân dân phường Bắc Kạn', "People's Committee of Bắc Kạn Ward"],
    ['Ủy ban nhân dân huyện Chợ Đồn', "People's Committee of Chợ Đồn District"],
    ['Văn phòng tỉnh', 'Văn phòng tỉnh'],
  ])('%s is "%s"', (vi, en) => expect(publisherInEnglish(vi)).toBe(en));
});
