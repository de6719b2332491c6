/**
 * Starting files for editors (`npm run new`): the right file name and slug, and every field the
 * check expects, with the facts left for the editor to fill. Never overwrites.
 */
import { isIsoDate } from './dates.ts';
import { UNIT_KINDS, type UnitData, type UnitKind } from './schemas.ts';
import { slugify } from './vi.ts';

/** Today in Vietnam (UTC+7), as YYYY-MM-DD. */
export function todayInVietnam(now = new Date()): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

export function articleFile(title: string, date: string): { path: string; content: string } {
  const slug = slugify(title);
  if (!slug) throw new Error('tiêu đề phải có chữ hoặc số');
  if (!isIsoDate(date)) throw new Error(`ngày "${date}" không hợp lệ (YYYY-MM-DD)`);
  return {
    path: `articles/${date.slice(0, 4)}/${slug}.md`,
    content: [
      '---',
      `title: ${JSON.stringify(title.trim())}`,
      `date: ${date}`,
      '# author: Tên tác giả',
      '# summary: Một câu tóm tắt cho danh sách và máy tìm kiếm.',
      '# category: Chuyên mục',
      'tags: []',
      'decisions: []   # mã quyết định được đưa tin, ví dụ [5844-2021]',
      'units: []       # mã đơn vị (units.json); tên đơn vị trong bài được nhận ra tự động',
      'draft: true     # đổi thành false để đăng',
      '---',
      '',
      'Nội dung bài viết…',
      '',
    ].join('\n'),
  };
}

export function decisionFile(number: string, date: string): { path: string; content: string } {
  const n = number.trim();
  if (!n) throw new Error('cần số quyết định');
  if (!isIsoDate(date)) throw new Error(`ngày "${date}" không hợp lệ (YYYY-MM-DD)`);
  const year = date.slice(0, 4);
  const decision = {
    type: 'Quyết định',
    issuer: '',
    number: n,
    symbol: null,
    date,
    year: Number(year),
    title: '',
    legalBasis: [],
    outcomes: [{ id: 'dat-chuan', label: '', declaredTotal: 0 }],
    groups: [{ outcome: 'dat-chuan', bloc: null, declaredCount: 0, units: [] }],
  };
  return { path: `decisions/${slugify(`${n}-${year}`)}.json`, content: `${JSON.stringify(decision, null, 2)}\n` };
}

export function unitEntry(name: string, kind: string, bloc: string): UnitData {
  if (!(UNIT_KINDS as readonly string[]).includes(kind)) {
    throw new Error(`loại "${kind}" không hợp lệ; chọn một trong: ${UNIT_KINDS.join(', ')}`);
  }
  const trimmed = name.trim();
  if (!slugify(trimmed)) throw new Error('tên đơn vị phải có chữ hoặc số');
  return { id: slugify(trimmed), kind: kind as UnitKind, name: trimmed, bloc: bloc.trim(), aliases: [] };
}
