/**
 * What a commune site carries besides news and documents, on the fixture site (its commune/
 * overlay has every kind, built as of 02/12/2026) and on the real xã sites (which have none yet).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { jsonLd, page, text } from '../helpers/built-site.ts';

const site = inject('fixtureSite');
const province = inject('realProvince');
const XA = ['xa-bach-thong', 'xa-cho-don', 'xa-dong-phuc', 'xa-nam-cuong', 'xa-nghia-ta', 'xa-quang-bach', 'xa-yen-phong', 'xa-yen-thinh'];
const rows = (doc: ReturnType<typeof page>) => doc.querySelectorAll('tbody tr').map((tr) => tr.querySelectorAll('td').map(text));

describe('Giới thiệu, leaders and contacts', () => {
  it('lists every kind of page, linking the ones published and saying which are not', () => {
    const doc = page(site, '/gioi-thieu/');
    const cards = doc
      .querySelectorAll('.cards li')
      .map((li) => [text(li.querySelector('h2')), Boolean(li.querySelector('h2 a')), text(li.querySelector('.meta'))]);
    expect(cards.slice(0, 6)).toEqual([
      ['Cơ cấu tổ chức', true, 'Cập nhật 20/11/2026'],
      ['Chức năng, nhiệm vụ', false, 'Chưa đăng.'],
      ['Lịch sử', true, 'Cập nhật 01/10/2026'],
      ['Điều kiện tự nhiên', false, 'Chưa đăng.'],
      ['Văn hoá và di tích', false, 'Chưa đăng.'],
      ['Bản đồ hành chính', true, 'Cập nhật 15/09/2026'],
    ]);
  });

  it('a page renders its Markdown with unit names linked; the map is served beside it with its description', () => {
    const history = page(site, '/gioi-thieu/lich-su/');
    expect(text(history.querySelector('h1'))).toBe('Lịch sử hình thành');
    expect(history.querySelector('.body a[href="/don-vi/dong-thang/"]')).not.toBeNull();
    const map = page(site, '/gioi-thieu/ban-do-hanh-chinh/').querySelector('figure img')!;
    expect(map.getAttribute('alt')).toBe('Bản đồ địa giới hành chính xã Thử Nghiệm Mới');
    expect(readFileSync(join(site, map.getAttribute('src')!))).toEqual(
      readFileSync(join(import.meta.dirname, '..', 'fixtures', 'commune', 'gioi-thieu', 'tep', 'ban-do.jpg')),
    );
  });

  it('leaders are people with their posts, for readers and for search engines', () => {
    const doc = page(site, '/gioi-thieu/lanh-dao/');
    expect(doc.querySelectorAll('.cards h2').map(text)).toEqual(['Nguyễn Văn Thử', 'Trần Thị Mẫu']);
    expect(text(doc.querySelector('.cards li .meta'))).toBe('Chủ tịch Ủy ban nhân dân xã · từ 01/07/2025');
    const graph = jsonLd(doc)['@graph'] as Record<string, unknown>[];
    expect(graph.map((p) => [p['@type'], p.name, p.jobTitle])).toEqual([
      ['Person', 'Nguyễn Văn Thử', 'Chủ tịch Ủy ban nhân dân xã'],
      ['Person', 'Trần Thị Mẫu', 'Phó Chủ tịch Ủy ban nhân dân xã'],
    ]);
  });

  it("the contacts are on the Liên hệ page, in its structured data, and in every page's footer", () => {
    const doc = page(site, '/lien-he/');
    expect(doc.querySelectorAll('dl.facts dt').map(text)).toEqual(['Địa chỉ', 'Điện thoại', 'Thư điện tử', 'Người trả lời']);
    expect(jsonLd(doc)).toMatchObject({
      '@type': 'GovernmentOrganization',
      telephone: '0209 3 000 000',
      email: 'ubnd@thu-nghiem.example',
      address: { streetAddress: 'Số 1 đường Thử Nghiệm, xã Thử Nghiệm Mới' },
    });
    for (const path of ['/', '/tin-tuc/dat-chuan-2021/', '/don-vi/bang-lang/']) {
      const footer = text(page(site, path).querySelector('footer .contacts'));
      expect(footer, path).toBe(
        'Địa chỉ: Số 1 đường Thử Nghiệm, xã Thử Nghiệm Mới. Điện thoại: 0209 3 000 000. Thư điện tử: ubnd@thu-nghiem.example.',
      );
    }
  });
});

describe('Công khai, the schedule and the procedures', () => {
  it('a page per group, newest period first, each with the day it was made public; empty groups say so', () => {
    const budget = page(site, '/cong-khai/ngan-sach/');
    // A year's estimate covers the whole year, a period that ends after the third quarter.
    expect(rows(budget)).toEqual([
      ['Dự toán năm 2026', 'Quyết định số 12/QĐ-UBND ngày 02/01/2026', 'Về việc công khai dự toán ngân sách xã năm 2026', '05/01/2026'],
      [
        'Thực hiện quý III/2026',
        'Báo cáo số 80/BC-UBND ngày 08/10/2026',
        'Tình hình thực hiện dự toán ngân sách xã quý III năm 2026',
        '10/10/2026',
      ],
    ]);
    expect(text(page(site, '/cong-khai/phi-le-phi/').querySelector('main'))).toContain('Trang chưa công khai văn bản nào thuộc nhóm này.');
    expect(page(site, '/cong-khai/').querySelectorAll('.cards h2').length).toBe(7);
  });

  it("this week's schedule is on the home page and its own page; every week is listed, as Events for search engines", () => {
    const home = page(site, '/');
    const week = home.querySelector('section[aria-labelledby="lich-tuan"]')!;
    expect(text(week.querySelector('.meta'))).toBe('Tuần 49/2026 (30/11/2026 – 06/12/2026)');
    expect(week.querySelectorAll('h3').map(text)).toEqual(['Thứ Hai, 30/11/2026', 'Thứ Năm, 03/12/2026']);
    expect(page(site, '/lich-cong-tac/').querySelectorAll('main > ul li').map(text)).toEqual([
      'Tuần 49/2026 (30/11/2026 – 06/12/2026) (2 việc)',
      'Tuần 48/2026 (23/11/2026 – 29/11/2026) (1 việc)',
    ]);
    const events = jsonLd(page(site, '/lich-cong-tac/2026-w49/'))['@graph'] as Record<string, unknown>[];
    expect(events.map((e) => [e['@type'], e.name, e.startDate])).toEqual([
      ['Event', 'Chào cờ đầu tuần', '2026-11-30T07:30:00+07:00'],
      ['Event', 'Họp giao ban tuần', '2026-12-03T14:00:00+07:00'],
    ]);
    // The home page also shows the newest documents beside the news.
    expect(home.querySelectorAll('section[aria-labelledby="qd-moi"] li a').map(text)[0]).toBe('Báo cáo số 80/BC-UBND ngày 08/10/2026');
  });

  it('procedures link to their page on the national public-service portal, with their codes', () => {
    const doc = page(site, '/thu-tuc-hanh-chinh/');
    expect(rows(doc).map((r) => r.slice(0, 2))).toEqual([
      ['1.001612', 'Đăng ký khai sinh'],
      ['2.000908', 'Chứng thực bản sao từ bản chính'],
    ]);
    expect(doc.querySelectorAll('tbody a').every((a) => new URL(a.getAttribute('href')!).hostname === 'dichvucong.gov.vn')).toBe(true);
  });

  it('open data: the schedule, procedures, disclosures and leaders as JSON', () => {
    const data = (name: string) => JSON.parse(readFileSync(join(site, 'du-lieu', name), 'utf8')) as Record<string, unknown>[];
    expect(data('lich-cong-tac.json')).toHaveLength(3);
    expect(data('thu-tuc.json')[0]).toMatchObject({ ma: '1.001612', linh_vuc: 'Hộ tịch' });
    expect(data('cong-khai.json').map((d) => d.ky)).toEqual(['Dự toán năm 2026', 'Thực hiện quý III/2026', 'Năm 2026']);
    expect(data('lanh-dao.json')[1]).toMatchObject({ ho_ten: 'Trần Thị Mẫu', nhiem_vu: null });
  });
});

describe('Tiếp cận thông tin, English, accessibility, conformance', () => {
  it('"Tiếp cận thông tin" lists what the site makes public and when each part was last updated', () => {
    const table = Object.fromEntries(rows(page(site, '/tiep-can-thong-tin/')).map(([what, state, updated]) => [what, [state, updated]]));
    expect(table['Lãnh đạo']).toEqual(['đã đăng', '01/11/2026']);
    expect(table['Công khai: Ngân sách']).toEqual(['đã đăng', '10/10/2026']);
    expect(table['Giới thiệu: Lịch sử']).toEqual(['đã đăng', '01/10/2026']);
    expect(table['Công khai: Phí, lệ phí']).toEqual(['chưa đăng', 'không ghi']);
  });

  it('the English page is in English and linked both ways with hreflang', () => {
    const en = page(site, '/en/');
    expect(en.querySelector('html')!.getAttribute('lang')).toBe('en');
    expect(en.querySelector('header')!.getAttribute('lang')).toBe('vi');
    expect(text(en.querySelector('h1'))).toBe("People's Committee of Thử Nghiệm District");
    expect(en.querySelector('link[hreflang="vi"]')!.getAttribute('href')).toBe('https://thu-nghiem.example/gioi-thieu/');
    expect(page(site, '/gioi-thieu/').querySelector('link[hreflang="en"]')!.getAttribute('href')).toBe('https://thu-nghiem.example/en/');
    expect(text(en.querySelector('.body'))).toContain('assisted by its Office');
  });

  it('the accessibility statement names the standard, how it is tested and whom to tell', () => {
    const doc = page(site, '/tuyen-bo-tiep-can/');
    expect(doc.querySelectorAll('h2').map(text)).toEqual(['Tiêu chuẩn hướng tới', 'Cách trang được kiểm tra', 'Báo một rào cản']);
    expect(text(doc.querySelector('main'))).toContain('WCAG');
    expect(doc.querySelector('a[href="mailto:ubnd@thu-nghiem.example"]')).not.toBeNull();
  });

  it("the editors' conformance page shows each obligation's state, is not indexed and not in the sitemap", () => {
    const doc = page(site, '/bien-tap/tuan-thu/');
    expect(doc.querySelector('meta[name="robots"]')!.getAttribute('content')).toBe('noindex');
    expect(rows(doc).map((r) => [r[0], r[2]])).toEqual([
      ['Cơ cấu tổ chức', 'đáp ứng'],
      ['Lãnh đạo', 'đáp ứng'],
      ['Ngân sách', 'đáp ứng'],
      ['Đất đai', 'quá hạn cập nhật'],
      ['Văn hoá, di tích', 'thiếu'],
      ['Thủ tục hành chính', 'đáp ứng'],
      ['Tiếng Anh', 'đáp ứng'],
    ]);
    const sitemap = readFileSync(join(site, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).not.toContain('/bien-tap/');
    for (const path of [
      '/gioi-thieu/lich-su/',
      '/cong-khai/ngan-sach/',
      '/lich-cong-tac/2026-w49/',
      '/thu-tuc-hanh-chinh/',
      '/en/',
      '/tuyen-bo-tiep-can/',
    ])
      expect(sitemap, path).toContain(`https://thu-nghiem.example${path}<`);
  });

  it("the site's editing UI saves to its own GitLab server, where a leader approves each article", () => {
    const config = JSON.parse(readFileSync(join(site, 'admin', 'config.json'), 'utf8')) as Record<string, unknown>;
    expect(config.backend).toEqual({
      name: 'gitlab',
      repo: 'tinh-mau/cong-xa',
      branch: 'main',
      api_root: 'https://git.tinh-mau.example/api/v4',
      base_url: 'https://git.tinh-mau.example',
    });
    expect(config.publish_mode).toBe('editorial_workflow');
    const csp = page(site, '/admin/').querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
    expect(csp).toContain("connect-src 'self' blob: data: https://git.tinh-mau.example;");
  });
});

describe('the real xã sites', () => {
  it('build with their conformance reports listing their gaps, and invent no leader, budget or schedule', () => {
    for (const id of XA) {
      const dir = join(province, id);
      const report = rows(page(dir, '/bien-tap/tuan-thu/'));
      expect(report.length, id).toBe(17);
      // Only "Tiếp cận thông tin", which the portal makes from the site's own content, is there.
      expect(
        report.filter((r) => r[2] === 'đáp ứng').map((r) => r[0]),
        id,
      ).toEqual(['Mục "Tiếp cận thông tin": danh mục thông tin được công khai']);
      expect(
        report.every((r) => r[1]!.includes('(chưa đối chiếu văn bản)')),
        id,
      ).toBe(true);
      expect(text(page(dir, '/gioi-thieu/lanh-dao/').querySelector('main')), id).toContain('Trang chưa đăng thông tin lãnh đạo.');
      expect(text(page(dir, '/cong-khai/ngan-sach/').querySelector('main')), id).toContain(
        'Trang chưa công khai văn bản nào thuộc nhóm này.',
      );
      expect(text(page(dir, '/lich-cong-tac/').querySelector('main')), id).toContain('Trang chưa đăng lịch công tác nào.');
      expect(existsSync(join(dir, 'en', 'index.html')) && existsSync(join(dir, 'tuyen-bo-tiep-can', 'index.html')), id).toBe(true);
    }
  });

  it("the archive is no commune's site: its report says the obligations do not apply", () => {
    expect(text(page(join(province, 'huyen-cho-don'), '/bien-tap/tuan-thu/').querySelector('main'))).toContain('không áp dụng');
  });
});
