/**
 * The real province built whole (content/: the archive of huyện Chợ Đồn, the 8 xã of tỉnh Thái
 * Nguyên that succeeded it, the hub): each site in its own folder, the archive's addresses as they
 * were before the province, links between sites that resolve, and the hub's search over all sites.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { readProvince, readProvinceSites } from '../../src/source/province.ts';
import { readResults } from '../../scripts/support/browser.ts';
import { page, text } from '../helpers/built-site.ts';
import { PROJECT } from '../helpers/fixtures.ts';
import { checkInternalLinks } from '../helpers/links.ts';
import { servedInChromium } from '../helpers/built-site.ts';

const out = inject('realProvince');
const content = join(PROJECT, 'content');
const province = readProvince(content);
const sites = readProvinceSites(content, province);
const address = Object.fromEntries(sites.map((s) => [s.id, s.settings.baseUrl]));
const ARCHIVE = 'huyen-cho-don';

/** Every file of a built site, less hashed assets and search-index chunks. */
function addresses(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .filter((p) => !p.startsWith('_astro/') && !p.startsWith('pagefind/'))
    .sort();
}

describe('the province in content/', () => {
  it('builds each of the 9 sites and the hub into a folder of its own', () => {
    expect(province.sites).toHaveLength(9);
    for (const id of [...province.sites, 'hub']) expect(existsSync(join(out, id, 'index.html')), id).toBe(true);
  });

  it('keeps every address the district portal had before the province (tests/fixtures/archive-addresses.txt)', () => {
    const before = readFileSync(join(PROJECT, 'tests', 'fixtures', 'archive-addresses.txt'), 'utf8')
      .trim()
      .split('\n');
    const now = addresses(join(out, ARCHIVE));
    expect(before.filter((path) => !now.includes(path))).toEqual([]);
    // What it gained since are the pages every site has about its committee (issue 19), no other.
    const COMMUNE_PAGES =
      /^(bien-tap|cong-khai|en|gioi-thieu|lich-cong-tac|lien-he|thu-tuc-hanh-chinh|tiep-can-thong-tin|tuyen-bo-tiep-can)\/|^du-lieu\/(cong-khai|lanh-dao|lich-cong-tac|thu-tuc)\.json$/;
    expect(now.filter((path) => !before.includes(path) && !COMMUNE_PAGES.test(path))).toEqual([]);
  });

  it('has no broken link on any site, links to the other sites included', () => {
    const dirs = Object.fromEntries(sites.map((s) => [s.settings.baseUrl, join(out, s.id)]));
    let crossSite = 0;
    for (const s of sites) {
      const { [s.settings.baseUrl]: _own, ...others } = dirs;
      const result = checkInternalLinks(join(out, s.id), s.settings.baseUrl, others);
      expect(result.broken, s.id).toEqual([]);
      crossSite += result.crossSite;
    }
    expect(crossSite).toBeGreaterThan(40);
  });

  it("each xã's own page lists its predecessors with their 2021 recognitions, linked into the archive", () => {
    const doc = page(join(out, 'xa-nam-cuong'), '/don-vi/nam-cuong-2025/');
    expect(text(doc.querySelector('h1'))).toBe('Xã Nam Cường (từ 01/07/2025)');
    expect(text(page(join(out, ARCHIVE), '/don-vi/nam-cuong/').querySelector('h1'))).toBe('Xã Nam Cường (trước 01/07/2025)');
    const formed = [...doc.querySelectorAll('section h2')].find((h) => text(h) === 'Hình thành từ')!.parentNode!;
    const links = formed.querySelectorAll('a').map((a) => a.getAttribute('href'));
    expect(links).toEqual(['dong-lac', 'nam-cuong', 'xuan-lac'].map((slug) => `${address[ARCHIVE]}/don-vi/${slug}/`));
    const earlier = text(
      [...doc.querySelectorAll('h2')].find((h) => text(h).startsWith('Công nhận và bài viết của các đơn vị cũ'))!.parentNode,
    );
    expect(earlier).toContain('Xã Nam Cường');
    expect(earlier).toContain('Năm 2021: Xếp loại khá về phong trào toàn dân bảo vệ ANTQ');
    expect(earlier).toContain('Năm 2021: Đạt chuẩn “An toàn về ANTT”'); // Đồng Lạc
    expect(doc.querySelector(`a[href="${address[ARCHIVE]}/quyet-dinh/5844-2021/"]`)).not.toBeNull();
    // Every xã has its own page, listing at least one predecessor of the former district.
    for (const s of sites.filter((x) => x.settings.owner)) {
      const own = page(join(out, s.id), `/don-vi/${s.settings.owner}/`);
      expect(own.querySelectorAll(`a[href^="${address[ARCHIVE]}/don-vi/"]`).length, s.id).toBeGreaterThan(0);
    }
  });

  it("the archive's old unit pages link to their successor's own site, and its page of the new xã too", () => {
    const old = page(join(out, ARCHIVE), '/don-vi/xuan-lac/');
    expect(old.querySelector('.lineage a[href="/don-vi/nam-cuong-2025/"]')).not.toBeNull();
    expect(old.querySelector(`.lineage a[href="${address['xa-nam-cuong']}/"]`)).not.toBeNull();
    const successor = page(join(out, ARCHIVE), '/don-vi/nam-cuong-2025/');
    expect(successor.querySelector(`.own-site a[href="${address['xa-nam-cuong']}/don-vi/nam-cuong-2025/"]`)).not.toBeNull();
  });

  it('a xã with no news yet says so; nothing is invented for it', () => {
    const home = page(join(out, 'xa-yen-thinh'), '/');
    expect(text(home)).toContain('Trang chưa đăng tin bài nào.');
    expect(text(home)).toContain('Trang chưa đăng văn bản nào.');
    expect(text(page(join(out, 'xa-yen-thinh'), '/tin-tuc/'))).toContain('Trang chưa đăng tin bài nào.');
    expect(existsSync(join(PROJECT, 'content', 'sites', 'xa-yen-thinh', 'articles'))).toBe(false);
  });

  it('the hub lists every site with its address and what each xã was formed from', () => {
    const hub = page(join(out, 'hub'), '/');
    const items = hub.querySelectorAll('.site-list li');
    expect(items.map((li) => li.getAttribute('data-site'))).toEqual(province.sites);
    const namCuong = items.find((li) => li.getAttribute('data-site') === 'xa-nam-cuong')!;
    expect(namCuong.querySelector('a')!.getAttribute('href')).toBe(`${address['xa-nam-cuong']}/`);
    const paragraphs = (li: (typeof items)[number]) => li.querySelectorAll('p').map((p) => text(p));
    expect(paragraphs(namCuong)).toContain(
      'Xã Nam Cường hình thành từ: Xã Đồng Lạc (huyện Chợ Đồn); Xã Nam Cường (huyện Chợ Đồn); Xã Xuân Lạc (huyện Chợ Đồn).',
    );
    const bachThong = items.find((li) => li.getAttribute('data-site') === 'xa-bach-thong')!;
    expect(paragraphs(bachThong)).toContain(
      'Xã Bạch Thông hình thành từ: Xã Dương Phong (huyện Bạch Thông); Xã Đồng Thắng (huyện Chợ Đồn); Xã Quang Thuận (huyện Bạch Thông).',
    );
    // What the list holds is counted from it, not written by hand.
    expect(text(hub.querySelector('.count'))).toBe('9 trang: 8 xã và 1 trang lưu trữ.');
    expect(province.hub.description).not.toMatch(/\d+ (xã|phường|trang)/);
  });

  it("a xã's page names its predecessors of other former districts, with their district, unlinked: they have a page nowhere", () => {
    const doc = page(join(out, 'xa-bach-thong'), '/don-vi/bach-thong-2025/');
    const formed = [...doc.querySelectorAll('section h2')].find((h) => text(h) === 'Hình thành từ')!.parentNode!;
    const items = formed.querySelectorAll('li');
    expect(items.map((li) => text(li))).toEqual([
      'Xã Đồng Thắng (huyện Chợ Đồn, tỉnh Bắc Kạn) (mã 02059)',
      'Xã Dương Phong (huyện Bạch Thông, tỉnh Bắc Kạn) (mã 02014)',
      'Xã Quang Thuận (huyện Bạch Thông, tỉnh Bắc Kạn) (mã 02017)',
    ]);
    expect(items.map((li) => li.querySelector('a')?.getAttribute('href'))).toEqual([
      `${address[ARCHIVE]}/don-vi/dong-thang/`,
      undefined,
      undefined,
    ]);
    // The archive lists its own district's units and what they became, not these.
    const archiveUnits = page(join(out, ARCHIVE), '/don-vi/')
      .querySelectorAll('main a')
      .map((a) => a.getAttribute('href'));
    expect(archiveUnits).toContain('/don-vi/bach-thong-2025/');
    expect(archiveUnits).not.toContain('/don-vi/duong-phong/');
    expect(existsSync(join(out, ARCHIVE, 'don-vi', 'duong-phong'))).toBe(false);
  });

  it('the seed article (undated, on the archive) keeps linking the old xã Nam Cường and no xã of 2025', () => {
    const doc = page(
      join(out, ARCHIVE),
      '/tin-tuc/huyen-cho-don-cong-nhan-32-don-vi-dat-tieu-chuan-an-toan-ve-antt-xep-loai-ve-phong-trao-toan-dan-bao-ve-antq-nam-2021/',
    );
    const mentions = doc.querySelectorAll('a.unit-mention').map((a) => a.getAttribute('href'));
    expect(mentions).toContain('/don-vi/nam-cuong/');
    expect(mentions.filter((href) => href!.includes('2025'))).toEqual([]);
  });

  it("each site's search box gives an example from its own settings, and the home page one search box", () => {
    const placeholder = (id: string, path: string, box: string) =>
      page(join(out, id), path).querySelector(box)?.getAttribute('placeholder');
    expect(placeholder('xa-nam-cuong', '/', '#q-home')).toBe('Ví dụ: nam cuong');
    expect(placeholder('xa-nam-cuong', '/tin-tuc/', '#q-header')).toBe('Ví dụ: nam cuong');
    expect(placeholder(ARCHIVE, '/tin-tuc/', '#q-header')).toBe('Ví dụ: cho don');
    expect(page(join(out, 'xa-nam-cuong'), '/').querySelectorAll('input[type=search]')).toHaveLength(1);
  });

  it("each site's search page offers the search over all sites", () => {
    const search = page(join(out, 'xa-nam-cuong'), '/tim-kiem/');
    expect(search.querySelector('#search-province')!.getAttribute('href')).toBe(`${province.hub.baseUrl}/tim-kiem/`);
  });
});

describe("the hub's search in Chromium", () => {
  const chromium = servedInChromium(join(out, 'hub'));
  const search = async (query: string, site = '') => {
    await chromium.page.goto(`${chromium.url}/tim-kiem/?q=${encodeURIComponent(query)}${site ? `&trang=${site}` : ''}`);
    return readResults(chromium.page, query);
  };

  it('finds "nam cuong" on two sites: the old xã in the archive, the new xã on its own site', async () => {
    const { results } = await search('nam cuong');
    const hrefs = results.map((r) => r.href);
    expect(hrefs).toContain(`${address[ARCHIVE]}/don-vi/nam-cuong/`);
    expect(hrefs).toContain(`${address['xa-nam-cuong']}/don-vi/nam-cuong-2025/`);
  });

  it('names the site of each result', async () => {
    const { results } = await search('nam cuong');
    expect(results.length).toBeGreaterThan(1);
    for (const r of results) {
      const site = sites.find((s) => r.href.startsWith(`${s.settings.baseUrl}/`))!;
      expect(r.meta.split(' · ')[0], r.href).toBe(site.settings.name);
    }
  });

  it('folds đ and diacritics as each site does: "dong lac" finds Đồng Lạc', async () => {
    const { results } = await search('dong lac');
    expect(results.map((r) => r.href)).toContain(`${address[ARCHIVE]}/don-vi/dong-lac/`);
    expect(results.find((r) => r.href.endsWith('/don-vi/dong-lac/'))!.title).toBe('Xã Đồng Lạc');
  });

  it('shows a page two sites show once, at the address of the site that owns it', async () => {
    const { results } = await search('nam cuong');
    const newXa = results.filter((r) => r.href.endsWith('/don-vi/nam-cuong-2025/'));
    expect(newXa.map((r) => r.href)).toEqual([`${address['xa-nam-cuong']}/don-vi/nam-cuong-2025/`]);
    const hrefs = results.map((r) => r.href);
    expect(new Set(hrefs).size).toBe(hrefs.length);
  });

  it("ranks a unit's whole name above pages where its words stand apart", async () => {
    const { results } = await search('nam cuong');
    const apart = results.findIndex((r) => r.title.includes('tăng cường'));
    expect(apart).toBeGreaterThan(-1);
    for (const [i, r] of results.entries()) if (r.title.includes('Nam Cường')) expect(i, r.href).toBeLessThan(apart);
  });

  it('filters by site', async () => {
    const { results } = await search('nam cuong', 'xa-nam-cuong');
    expect(results.length).toBeGreaterThan(0);
    for (const r of results) expect(r.href.startsWith(`${address['xa-nam-cuong']}/`), r.href).toBe(true);
  });
});
