/** Built output of the real content (the seed). */
import { describe, expect, inject, it } from 'vitest';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { checkInternalLinks } from '../helpers/links.ts';
import { checkContentRoot } from '../../src/source/validate.ts';
import { unitSlug } from '../../src/lib/units.ts';
import { jsonLd, page, prevNext, text } from '../helpers/built-site.ts';

const site = inject('realSite');
const project = join(import.meta.dirname, '..', '..');
const { set } = checkContentRoot(join(project, 'content', 'sites', 'huyen-cho-don'), project);
const idOf = (title: string) => set.articles.find((a) => a.data.title.startsWith(title))!.id;
const seed = idOf('Huyện Chợ Đồn công nhận 32');
const prev = idOf('UBND huyện chỉ đạo');
const next = idOf('Chợ Đồn triển khai');

describe('the seed site', () => {
  it('seed article links to both neighbours and they link back', () => {
    expect(prevNext(page(site, `/tin-tuc/${seed}/`))).toEqual({ prev: `/tin-tuc/${prev}/`, next: `/tin-tuc/${next}/` });
    expect(prevNext(page(site, `/tin-tuc/${prev}/`)).next).toBe(`/tin-tuc/${seed}/`);
    expect(prevNext(page(site, `/tin-tuc/${next}/`)).prev).toBe(`/tin-tuc/${seed}/`);
    expect(prevNext(page(site, `/tin-tuc/${prev}/`)).prev).toBeUndefined();
    expect(prevNext(page(site, `/tin-tuc/${next}/`)).next).toBeUndefined();
  });

  it('seed article: author, no invented date, all 33 units linked from the text', () => {
    const doc = page(site, `/tin-tuc/${seed}/`);
    const meta = text(doc.querySelector('article .meta'));
    expect(meta).toContain('Ngày đăng: không rõ (nguồn không ghi)');
    expect(meta).toContain('Tác giả: Hoàng Lan');
    expect(new Set(doc.querySelectorAll('.body a.unit-mention').map((a) => a.getAttribute('href'))).size).toBe(33);
    expect(jsonLd(doc)).not.toHaveProperty('datePublished');
    expect(jsonLd(doc)).toMatchObject({ '@type': 'NewsArticle', author: { name: 'Hoàng Lan' } });
  });

  it('every one of the 33 units has its page naming Decision 5844 of 2021', () => {
    const listed = new Set(set.decisions.find((d) => d.id === '5844-2021')!.data.groups.flatMap((g) => g.units));
    expect(listed.size).toBe(33);
    for (const u of set.units.filter((x) => listed.has(x.id))) {
      const doc = page(site, `/don-vi/${unitSlug(u.data)}/`);
      const cells = doc.querySelectorAll('article table tbody tr td').map(text);
      expect(cells[0]).toBe('2021');
      expect(cells[1]).toBe('Quyết định số 5844 ngày 29/11/2021');
      expect(doc.querySelector(`.article-list a[href="/tin-tuc/${seed}/"]`), u.id).not.toBeNull();
    }
  });

  it('decision page shows the 12-declared / 13-listed note and the totals', () => {
    const doc = page(site, '/quyet-dinh/5844-2021/');
    const notes = doc.querySelectorAll('.note').map(text);
    expect(notes).toContain('Nguồn ghi 12 đơn vị nhưng liệt kê 13 đơn vị dưới đây.');
    expect(doc.querySelectorAll('article section table caption').map(text)).toEqual([
      'Đạt chuẩn “An toàn về ANTT”, Khối xã: 16 đơn vị được liệt kê (nguồn ghi 16)',
      'Đạt chuẩn “An toàn về ANTT”, Khối cơ quan: 13 đơn vị được liệt kê (nguồn ghi 12)',
      'Xếp loại khá về phong trào toàn dân bảo vệ ANTQ: 4 đơn vị được liệt kê (nguồn ghi 4)',
    ]);
    const totals = doc
      .querySelectorAll('article table')[0]!
      .querySelectorAll('tbody tr')
      .map((tr) => tr.querySelectorAll('th, td').map(text));
    expect(totals).toEqual([
      ['Đạt chuẩn “An toàn về ANTT”', '28', '29'],
      ['Xếp loại khá về phong trào toàn dân bảo vệ ANTQ', '4', '4'],
      ['Tất cả', '32', '33'],
    ]);
    expect(doc.querySelectorAll('article a[href^="/don-vi/"]')).toHaveLength(33);
    expect(jsonLd(doc)).toMatchObject({
      '@type': 'Legislation',
      legislationIdentifier: '5844',
      legislationDate: '2021-11-29',
      legislationPassedBy: { name: 'Ủy ban nhân dân huyện Chợ Đồn' },
    });
  });

  it('the seed article page is under 30 kB with its stylesheet', () => {
    const html = statSync(join(site, 'tin-tuc', seed, 'index.html')).size;
    const css = statSync(join(site, 'style.css')).size;
    expect(html + css).toBeLessThan(30 * 1024);
  });

  it('has no broken internal link, and the open data holds 33 recognitions', () => {
    expect(checkInternalLinks(site, 'https://cho-don.example').broken).toEqual([]);
    const csv = page(site, '/du-lieu/cong-nhan.csv').toString().trim().split('\r\n');
    expect(csv).toHaveLength(34);
  });
});
