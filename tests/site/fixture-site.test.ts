/** Built output of the fixture content set (tests/fixtures/valid). */
import { describe, expect, inject, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { checkInternalLinks } from '../helpers/links.ts';
import { jsonLd, page, prevNext, text } from '../helpers/built-site.ts';

const site = inject('fixtureSite');

describe('articles', () => {
  it('prev/next: oldest has no "Bài trước", newest no "Bài tiếp theo", equal dates in id order', () => {
    // The 2019 series (one a day from 01/01), 2020-06-15 ghi-chu-tu-may-mac, 2020-08-01
    // le-trao-co-thi-dua, 2020-12-05 hai-don-vi…, then 2021-12-01 cung-ngay-2021 and dat-chuan-2021
    // (equal dates: id order).
    expect(prevNext(page(site, '/tin-tuc/ban-tin-luu-tru-2019-001/'))).toEqual({
      prev: undefined,
      next: '/tin-tuc/ban-tin-luu-tru-2019-002/',
    });
    expect(prevNext(page(site, '/tin-tuc/hai-don-vi-dat-chuan-2020/'))).toEqual({
      prev: '/tin-tuc/le-trao-co-thi-dua/',
      next: '/tin-tuc/cung-ngay-2021/',
    });
    expect(prevNext(page(site, '/tin-tuc/cung-ngay-2021/'))).toEqual({
      prev: '/tin-tuc/hai-don-vi-dat-chuan-2020/',
      next: '/tin-tuc/dat-chuan-2021/',
    });
    expect(prevNext(page(site, '/tin-tuc/dat-chuan-2021/'))).toEqual({
      prev: '/tin-tuc/cung-ngay-2021/',
      next: undefined,
    });
    const nav = text(page(site, '/tin-tuc/cung-ngay-2021/').querySelector('nav.prev-next'));
    expect(nav).toContain('Bài trước');
    expect(nav).toContain('Bài tiếp theo');
  });

  it('shows the date as dd/mm/yyyy, links mentioned units and reported decisions', () => {
    const doc = page(site, '/tin-tuc/dat-chuan-2021/');
    expect(text(doc.querySelector('article .meta'))).toContain('01/12/2021');
    const body = doc.querySelectorAll('.body a.unit-mention').map((a) => [a.getAttribute('href'), text(a)]);
    expect(body).toEqual([
      ['/don-vi/bang-lung/', 'Thị trấn Bằng Lũng'],
      ['/don-vi/dong-thang/', 'Đồng Thắng'],
      ['/don-vi/bang-lang/', 'Bằng Lãng'],
    ]);
    expect(doc.querySelector('.related a[href="/quyet-dinh/200-2021/"]')).not.toBeNull();
  });

  it('builds files saved with a BOM, CRLF or decomposed Unicode (editor-saved/) into NFC pages', () => {
    // units.json and dat-chuan-2021.md have a BOM and CRLF; cung-ngay-2021.md is NFD; the MDX has all three.
    const mdx = page(site, '/tin-tuc/ghi-chu-tu-may-mac/');
    expect(text(mdx.querySelector('h1'))).toBe('Ghi chú gõ trên máy Mac');
    expect(mdx.querySelectorAll('.body a.unit-mention').map((a) => [a.getAttribute('href'), text(a)])).toEqual([
      ['/don-vi/bang-lang/', 'Xã Bằng Lãng'],
      ['/don-vi/toa-an-nhan-dan-huyen/', 'Tòa án nhân dân huyện'],
    ]);
    expect(text(page(site, '/tin-tuc/cung-ngay-2021/').querySelector('h1'))).toBe('Một bài khác cùng ngày');
    for (const e of readdirSync(site, { recursive: true, withFileTypes: true })) {
      if (!e.isFile() || !/\.(html|xml|json|csv)$/.test(e.name) || e.parentPath.includes('pagefind')) continue;
      const built = readFileSync(join(e.parentPath, e.name), 'utf8');
      // (The open-data CSV has CRLF line ends on purpose, for spreadsheet tools.)
      expect(built === built.normalize('NFC') && (e.name.endsWith('.csv') || !built.includes('\r')), join(e.parentPath, e.name)).toBe(true);
    }
  });

  it('excludes drafts everywhere', () => {
    expect(existsSync(join(site, 'tin-tuc/ban-nhap'))).toBe(false);
    expect(page(site, '/tin-tuc/').toString()).not.toContain('ban-nhap');
    expect(page(site, '/').toString()).not.toContain('Bản nháp');
  });

  it('has one h1, lang="vi", a canonical URL and no script file', () => {
    const doc = page(site, '/tin-tuc/dat-chuan-2021/');
    expect(doc.querySelectorAll('h1')).toHaveLength(1);
    expect(doc.querySelector('html')!.getAttribute('lang')).toBe('vi');
    expect(doc.querySelector('link[rel=canonical]')!.getAttribute('href')).toBe('https://thu-nghiem.example/tin-tuc/dat-chuan-2021/');
    expect(doc.querySelectorAll('script').filter((s) => s.getAttribute('type') !== 'application/ld+json')).toEqual([]);
    expect(jsonLd(doc)).toMatchObject({ '@type': 'NewsArticle', headline: 'Đơn vị đạt chuẩn năm 2021', datePublished: '2021-12-01' });
  });
});

describe('photos', () => {
  const path = '/tin-tuc/le-trao-co-thi-dua/';
  const doc = page(site, path);

  it('the cover is a responsive AVIF/WebP picture with its size, loaded at once, with its caption', () => {
    const cover = doc.querySelector('article figure.cover')!;
    const sources = cover.querySelectorAll('picture source');
    expect(sources.map((s) => s.getAttribute('type'))).toEqual(['image/avif', 'image/webp']);
    for (const s of sources) expect(s.getAttribute('srcset')!.split(', ').length).toBeGreaterThan(2);
    const img = cover.querySelector('img')!;
    expect([img.getAttribute('width'), img.getAttribute('height'), img.getAttribute('loading')]).toEqual(['1200', '900', 'eager']);
    expect(img.getAttribute('alt')).toBe('Đại biểu trao cờ thi đua trên sân khấu hội trường');
    expect(text(cover.querySelector('figcaption'))).toBe('Lễ trao cờ thi đua năm 2020 tại hội trường huyện.');
  });

  it('a photo in the text is a lazy, responsive image with its size and its caption', () => {
    const figure = doc.querySelector('.body figure')!;
    const img = figure.querySelector('img')!;
    expect([img.getAttribute('width'), img.getAttribute('height'), img.getAttribute('loading')]).toEqual(['1200', '800', 'lazy']);
    expect(img.getAttribute('src')).toMatch(/^\/_astro\/hoi-truong\..*\.webp$/);
    expect(img.getAttribute('srcset')!.split(', ').length).toBeGreaterThan(2);
    for (const candidate of img.getAttribute('srcset')!.split(', ')) expect(existsSync(join(site, candidate.split(' ')[0]!))).toBe(true);
    expect(text(figure.querySelector('figcaption'))).toBe('Hội trường huyện trong buổi lễ; Xã Bằng Lãng nhận cờ.');
  });

  it('the cover is the picture of og:image and of the JSON-LD, at an absolute address, and the page stays under 30 kB', () => {
    const og = doc.querySelector('meta[property="og:image"]')!.getAttribute('content')!;
    expect(og).toMatch(/^https:\/\/thu-nghiem\.example\/_astro\/le-trao-co\..*\.jpg$/);
    expect(existsSync(join(site, new URL(og).pathname))).toBe(true);
    expect(jsonLd(doc)).toMatchObject({ image: { '@type': 'ImageObject', url: og, width: 1200, height: 900 } });
    const weight = statSync(join(site, path, 'index.html')).size + statSync(join(site, 'style.css')).size;
    expect(weight).toBeLessThan(30 * 1024);
  });
});

describe('decision pages', () => {
  it('one table per group, every unit linked, counts and the mismatch-free case shows no note', () => {
    const doc = page(site, '/quyet-dinh/100-2020/');
    expect(text(doc.querySelector('h1'))).toBe('Quyết định số 100/QĐ-UBND ngày 01/12/2020');
    const tables = doc.querySelectorAll('article section table caption');
    expect(tables.map(text)).toEqual([
      'Đạt chuẩn, Khối xã: 1 đơn vị được liệt kê (nguồn ghi 1)',
      'Đạt chuẩn, Khối cơ quan: 1 đơn vị được liệt kê (nguồn ghi 1)',
    ]);
    expect(doc.querySelectorAll('.note')).toHaveLength(0);
    expect(jsonLd(doc)).toMatchObject({ '@type': 'Legislation', legislationIdentifier: '100/QĐ-UBND', legislationDate: '2020-12-01' });
  });

  it('says "không rõ" for a symbol the source does not give, and lists reporting articles', () => {
    const doc = page(site, '/quyet-dinh/200-2021/');
    const facts = doc.querySelectorAll('dl.facts dt').map((dt) => [text(dt), text(dt.nextElementSibling)]);
    expect(facts).toContainEqual(['Ký hiệu', 'không rõ (nguồn không ghi)']);
    expect(doc.querySelector('a[href="/tin-tuc/dat-chuan-2021/"]')).not.toBeNull();
  });

  it('decision list groups by year', () => {
    const doc = page(site, '/quyet-dinh/');
    // The 2022 plan (documents/) is listed too, by the year it was issued.
    expect(doc.querySelectorAll('h2').map(text)).toEqual(['Năm 2026', 'Năm 2022', 'Năm 2021', 'Năm 2020']);
  });
});

describe('unit pages', () => {
  it('gather recognitions across two years of decisions', () => {
    const doc = page(site, '/don-vi/dong-thang/');
    expect(text(doc.querySelector('h1'))).toBe('Xã Đồng Thắng');
    const rows = doc.querySelectorAll('article table tbody tr').map((tr) => tr.querySelectorAll('td').map(text));
    expect(rows).toEqual([
      ['2021', 'Quyết định số 200 ngày 29/11/2021', 'Đạt chuẩn'],
      ['2020', 'Quyết định số 100/QĐ-UBND ngày 01/12/2020', 'Đạt chuẩn'],
    ]);
    const articles = doc.querySelectorAll('.article-list a').map((a) => a.getAttribute('href'));
    expect(articles).toEqual(['/tin-tuc/dat-chuan-2021/', '/tin-tuc/hai-don-vi-dat-chuan-2020/']);
    expect(jsonLd(doc)['@type']).toBe('AdministrativeArea');
  });

  it('matches the other tone placement in article text (Toà / Tòa)', () => {
    const doc = page(site, '/don-vi/toa-an-nhan-dan-huyen/');
    expect(doc.querySelector('.article-list a[href="/tin-tuc/hai-don-vi-dat-chuan-2020/"]')).not.toBeNull();
    expect(jsonLd(doc)['@type']).toBe('GovernmentOrganization');
  });

  it('units list sorts with Vietnamese collation inside each bloc', () => {
    const doc = page(site, '/don-vi/');
    const lists = doc.querySelectorAll('ul.columns').map((ul) => ul.querySelectorAll('a').map(text));
    expect(lists).toEqual([
      ['Xã Bằng Lãng', 'Thị trấn Bằng Lũng', 'Xã Đồng Thắng'],
      ['Xã Bằng Lãng', 'Xã Thử Nghiệm Mới'],
      ['Tòa án nhân dân huyện'],
    ]);
  });

  it('the recognition matrix has a row per unit and a column per year', () => {
    const doc = page(site, '/cong-nhan/');
    const first = doc.querySelector('table.matrix')!;
    expect(first.querySelectorAll('thead th').map(text)).toEqual(['Đơn vị', '2020', '2021']);
    const row = first.querySelectorAll('tbody tr').find((tr) => text(tr.querySelector('th')) === 'Xã Bằng Lãng')!;
    expect(row.querySelectorAll('td').map(text)).toEqual(['', 'Xếp loại khá']);
  });
});

describe('the whole built fixture site', () => {
  it('has no broken internal link, anchors included', () => {
    const { pages, links, broken } = checkInternalLinks(site, 'https://thu-nghiem.example');
    expect(pages).toBeGreaterThan(10);
    expect(links).toBeGreaterThan(100);
    expect(broken).toEqual([]);
  });

  it('paginates the archive, a category and a tag from the oldest: each page linked both ways, the newest on the front page', () => {
    // 56 published articles: 20 a page in the archive (pages 1 and 2 full, 3 the newest 16), 50 a
    // page for categories (54: 50 and 4) and tags (51: 50 and 1).
    const listings: [string, string[], number[]][] = [
      ['/tin-tuc/', ['Tin tức, trang 1', 'Tin tức, trang 2', 'Tin tức, trang 3'], [20, 20, 16]],
      ['/tin-tuc/chuyen-muc/tin-tong-hop/', ['Chuyên mục: Tin tổng hợp, trang 1', 'Chuyên mục: Tin tổng hợp, trang 2'], [50, 4]],
      ['/tin-tuc/the/luu-tru/', ['Thẻ: Lưu trữ, trang 1', 'Thẻ: Lưu trữ, trang 2'], [50, 1]],
    ];
    for (const [front, titles, sizes] of listings) {
      const pages = titles.map((_, i) => `${front}trang/${i + 1}/`);
      const last = pages.length - 1;
      // The front page: the newest, its older link to the page before the newest.
      const home = page(site, front);
      expect(home.querySelector('.pager a[rel=prev]'), front).toBeNull();
      expect(home.querySelector('.pager a[rel=next]')?.getAttribute('href'), front).toBe(pages[last - 1]);
      pages.forEach((address, i) => {
        const doc = page(site, address);
        expect(text(doc.querySelector('h1')), address).toBe(titles[i]);
        expect(doc.querySelectorAll('.article-list > li'), address).toHaveLength(sizes[i]!);
        expect(doc.querySelector('.pager a[rel=prev]')?.getAttribute('href'), address).toBe(i === last ? front : pages[i + 1]);
        expect(doc.querySelector('.pager a[rel=next]')?.getAttribute('href') ?? null, address).toBe(i === 0 ? null : pages[i - 1]);
      });
      // Every article once over the numbered pages, the newest first on the front page.
      const listed = pages.flatMap((address) =>
        [...page(site, address).querySelectorAll('.article-list > li a')].map((a) => a.getAttribute('href')),
      );
      expect(new Set(listed).size, front).toBe(sizes.reduce((a, b) => a + b, 0));
      const newest = [...page(site, pages[last]!).querySelectorAll('.article-list > li a')].map((a) => a.getAttribute('href'));
      expect(
        [...home.querySelectorAll('.article-list > li a')].slice(0, newest.length).map((a) => a.getAttribute('href')),
        front,
      ).toEqual(newest);
    }
    expect(page(site, '/tin-tuc/').querySelectorAll('.article-list > li')).toHaveLength(20);
    expect(existsSync(join(site, 'tin-tuc', 'trang', '4'))).toBe(false);
  });

  it('has paginated archive titles, feeds, sitemap, robots and open data', () => {
    expect(text(page(site, '/tin-tuc/').querySelector('title'))).toContain('Tin tức');
    expect(existsSync(join(site, 'rss.xml'))).toBe(true);
    expect(existsSync(join(site, 'sitemap-index.xml'))).toBe(true);
    expect(page(site, '/robots.txt').toString()).toContain('Sitemap: https://thu-nghiem.example/sitemap-index.xml');
    const csv = page(site, '/du-lieu/cong-nhan.csv').toString();
    expect(csv.split('\n').length).toBeGreaterThanOrEqual(6);
    expect(text(page(site, '/404.html').querySelector('h1'))).toBe('Không tìm thấy trang');
  });
});

describe('the editing UI at /admin/', () => {
  it('has its own Content-Security-Policy, stays out of the sitemap, robots and search, and reading pages ship no CMS', () => {
    const admin = page(site, '/admin/');
    const csp = admin.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
    // The fixture saves to its own GitLab server (commune/site.json `editing`): only that host.
    expect(csp).toContain("connect-src 'self' blob: data: https://git.tinh-mau.example;");
    expect(csp).not.toMatch(/unpkg|jsdelivr/);
    expect(admin.querySelector('meta[name=robots]')!.getAttribute('content')).toContain('noindex');
    expect(admin.querySelectorAll('script[src]').map((s) => s.getAttribute('src'))).toContain('/admin/sveltia-cms.js');
    for (const f of ['admin/sveltia-cms.js', 'admin/config.json', 'admin/locales/vi.json', 'admin/fonts/material-symbols-outlined.woff2']) {
      expect(existsSync(join(site, f)), f).toBe(true);
    }
    expect(readFileSync(join(site, 'sitemap-0.xml'), 'utf8')).not.toContain('/admin/');
    expect(page(site, '/robots.txt').toString()).toContain('Disallow: /admin/');
    expect(admin.toString()).not.toContain('data-pagefind-body');
    // A reading page: no script at all (the CMS is only on /admin/).
    expect(
      page(site, '/tin-tuc/dat-chuan-2021/')
        .querySelectorAll('script')
        .filter((s) => s.getAttribute('type') !== 'application/ld+json'),
    ).toEqual([]);
  });
});

describe('documents of any kind (documents/: a plan that replaces decision 100)', () => {
  const plan = page(site, '/quyet-dinh/ke-hoach-15-2022/');
  const facts = () =>
    Object.fromEntries(plan.querySelectorAll('article > dl.facts dt').map((dt) => [text(dt), text(dt.nextElementSibling)]));

  it('shows every field Nghị định 42/2022 asks for, the files with type and size, and its bases linked', () => {
    expect(text(plan.querySelector('h1'))).toBe('Kế hoạch số 15/KH-UBND ngày 10/03/2022');
    expect(facts()).toMatchObject({
      'Loại văn bản': 'Kế hoạch',
      'Ngày có hiệu lực': '15/03/2022',
      'Người ký': 'Người Ký Thử',
      'Lĩnh vực': 'An ninh, trật tự',
      'Tình trạng hiệu lực': 'còn hiệu lực',
    });
    expect(facts()).not.toHaveProperty('Năm công nhận');
    const files = plan.querySelectorAll('article section li').filter((li) => li.querySelector('a[href*="ke-hoach-15"]'));
    expect(files.map(text)).toEqual(['Toàn văn kế hoạch (PDF, 2 kB)', 'Bản đăng trên cổng tỉnh (liên kết)']);
    expect(existsSync(join(site, 'quyet-dinh/ke-hoach-15-2022/ke-hoach-15-2022.pdf'))).toBe(true);
    expect(plan.querySelector('a[href="/quyet-dinh/200-2021/"]')).not.toBeNull();
    expect(plan.querySelectorAll('article table')).toHaveLength(0);
    expect(jsonLd(plan)).toMatchObject({
      '@type': 'Legislation',
      legislationType: 'Kế hoạch',
      legislationIdentifier: '15/KH-UBND',
      legislationLegalForce: 'https://schema.org/InForce',
      legislationResponsible: { name: 'Người Ký Thử' },
      legislationChanges: [{ url: 'https://thu-nghiem.example/quyet-dinh/100-2020/' }],
    });
  });

  it('shows "replaces" on both documents, and "không rõ (nguồn không ghi)" for what a source does not give', () => {
    const relations = (doc: typeof plan) =>
      Object.fromEntries(doc.querySelectorAll('article section dl.facts dt').map((dt) => [text(dt), text(dt.nextElementSibling)]));
    expect(relations(plan)).toEqual({ 'Thay thế': 'Quyết định số 100/QĐ-UBND ngày 01/12/2020' });
    const old = page(site, '/quyet-dinh/100-2020/');
    expect(relations(old)).toEqual({ 'Bị thay thế bởi': 'Kế hoạch số 15/KH-UBND ngày 10/03/2022' });
    const facts100 = Object.fromEntries(old.querySelectorAll('article > dl.facts dt').map((dt) => [text(dt), text(dt.nextElementSibling)]));
    expect(facts100).toMatchObject({
      'Người ký': 'không rõ (nguồn không ghi)',
      'Tình trạng hiệu lực': 'không rõ (nguồn không ghi)',
      'Năm công nhận': '2020',
    });
  });

  it('the registry lists every document with its columns, filters without JavaScript, and the open data has the new fields', () => {
    const registry = page(site, '/van-ban/');
    expect(registry.querySelectorAll('table.registry thead th').map(text)).toEqual([
      'Số/Ký hiệu',
      'Ngày ban hành',
      'Trích yếu',
      'Cơ quan ban hành',
      'Tình trạng',
    ]);
    // (The three 2026 documents are the commune's disclosures: commune/.)
    expect(registry.querySelectorAll('table.registry tbody tr').map((tr) => text(tr.querySelector('td')))).toEqual([
      '80/BC-UBND',
      '3/KH-UBND',
      '12/QĐ-UBND',
      '15/KH-UBND',
      '200',
      '100/QĐ-UBND',
    ]);
    for (const href of [
      '/van-ban/loai/ke-hoach/',
      '/van-ban/nam/2021/',
      '/van-ban/tinh-trang/con-hieu-luc/',
      '/van-ban/co-quan/uy-ban-nhan-dan-huyen-thu-nghiem/',
    ]) {
      expect(registry.querySelector(`nav a[href="${href}"]`), href).not.toBeNull();
    }
    const plans = page(site, '/van-ban/loai/ke-hoach/');
    expect(plans.querySelectorAll('table.registry tbody tr').map((tr) => text(tr.querySelector('td')))).toEqual([
      '3/KH-UBND',
      '15/KH-UBND',
    ]);
    const records = JSON.parse(readFileSync(join(site, 'du-lieu/quyet-dinh.json'), 'utf8')) as Record<string, unknown>[];
    expect(records.find((r) => r.ma === 'ke-hoach-15-2022')).toMatchObject({
      ngay_hieu_luc: '2022-03-15',
      nguoi_ky: 'Người Ký Thử',
      tinh_trang: 'còn hiệu lực',
      thay_the: ['100-2020'],
    });
    expect(readFileSync(join(site, 'du-lieu/van-ban.csv'), 'utf8')).toContain('15/KH-UBND,Kế hoạch,2022-03-10,2022-03-15');
  });
});

describe('units that ended and their successors (documents/)', () => {
  it('an old unit says what it is part of now and since when, and keeps its address', () => {
    const old = page(site, '/don-vi/dong-thang/');
    const note = text(old.querySelector('.lineage'));
    expect(note).toContain('Từ ngày 01/07/2025, Xã Đồng Thắng đã sáp nhập vào Xã Thử Nghiệm Mới (tỉnh Mẫu Mới)');
    expect(old.querySelector('.lineage a')!.getAttribute('href')).toBe('/don-vi/thu-nghiem-moi-2025/');
  });

  it('a new unit lists what it was formed from, with their records in one view, and names predecessors without pages', () => {
    const now = page(site, '/don-vi/thu-nghiem-moi-2025/');
    const formed = now.querySelectorAll('article section').find((s) => text(s.querySelector('h2')) === 'Hình thành từ')!;
    expect(formed.querySelectorAll('li').map(text)).toEqual(['Thị trấn Bằng Lũng', 'Xã Đồng Thắng', 'Xã Ngoài Cổng (huyện Bên Cạnh)']);
    expect(formed.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual(['/don-vi/bang-lung/', '/don-vi/dong-thang/']);
    const earlier = text(
      now.querySelectorAll('main > section').find((s) => text(s.querySelector('h2')).startsWith('Công nhận và bài viết'))!,
    );
    expect(earlier).toContain('Năm 2020: Đạt chuẩn, Quyết định số 100/QĐ-UBND ngày 01/12/2020');
    expect(earlier).toContain('Đơn vị đạt chuẩn năm 2021');
    expect(text(now.querySelector('.source'))).toContain('Bộ dữ liệu thử nghiệm');
  });

  it('a new unit that carries an old name has its own page and says so; the old one keeps its address', () => {
    const now = page(site, '/don-vi/bang-lang-2025/');
    expect(text(now.querySelector('.lead'))).toBe(
      'Đơn vị mới từ 01/07/2025 Khác với Xã Bằng Lãng trước ngày 01/07/2025, nay là một phần của đơn vị này.',
    );
    // The two of one name differ in title and heading, by the day one became part of the other.
    expect(text(page(site, '/don-vi/bang-lang/').querySelector('h1'))).toBe('Xã Bằng Lãng (trước 01/07/2025)');
    expect(text(now.querySelector('h1'))).toBe('Xã Bằng Lãng (từ 01/07/2025)');
    expect(text(page(site, '/don-vi/bang-lang/').querySelector('title'))).toBe(
      'Xã Bằng Lãng (trước 01/07/2025) | Cổng thông tin huyện Thử Nghiệm',
    );
    expect(text(now.querySelector('title'))).toBe('Xã Bằng Lãng (từ 01/07/2025) | Cổng thông tin huyện Thử Nghiệm');
    // Old articles still link the old unit (the new one is not matched by its bare name).
    expect(page(site, '/tin-tuc/dat-chuan-2021/').querySelector('.body a[href="/don-vi/bang-lang/"]')).not.toBeNull();
  });

  it("the matrix can be grouped by today's units, and every page says in one line that the district has ended, and the home page in full", () => {
    const today = page(site, '/cong-nhan/theo-don-vi-hien-nay/');
    const groups = today
      .querySelectorAll('main section')
      .map((s) => [text(s.querySelector('h2')), s.querySelectorAll('tbody th').map(text)]);
    expect(groups).toEqual([
      ['Xã Bằng Lãng', ['Xã Bằng Lãng']],
      ['Xã Thử Nghiệm Mới', ['Thị trấn Bằng Lũng', 'Xã Đồng Thắng']],
      ['Đơn vị không qua sắp xếp', ['Tòa án nhân dân huyện']],
    ]);
    expect(text(page(site, '/').querySelector('main #huyen-da-ket-thuc'))).toBe(
      'Huyện Thử Nghiệm không còn từ ngày 01/07/2025: không còn cấp huyện (văn bản thử nghiệm). Địa bàn nay thuộc tỉnh Mẫu Mới. Nội dung dưới đây giữ nguyên như khi đăng.',
    );
    for (const path of ['/', '/tin-tuc/dat-chuan-2021/', '/van-ban/', '/gioi-thieu/']) {
      const notice = page(site, path).querySelector('.ended')!;
      expect(text(notice), path).toBe('Huyện Thử Nghiệm không còn từ 01/07/2025. Xem thêm');
      expect(notice.querySelector('a')!.getAttribute('href')).toBe('/#huyen-da-ket-thuc');
    }
  });
});
