/** Search in Chromium against the built real site served on 127.0.0.1. */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { readResults, typeQuery } from '../../scripts/support/browser.ts';
import { servedInChromium } from '../helpers/built-site.ts';

const site = inject('realSite');
const chromium = servedInChromium(site);
/** Unfold the filters (a reader taps "Lọc và sắp xếp kết quả"). */
const openFilters = () =>
  chromium.page.evaluate(() => {
    document.querySelector<HTMLDetailsElement>('#search-form details')!.open = true;
  });
beforeAll(async () => {
  await chromium.page.goto(`${chromium.url}/tim-kiem/`);
});

const SEED =
  '/tin-tuc/huyen-cho-don-cong-nhan-32-don-vi-dat-tieu-chuan-an-toan-ve-antt-xep-loai-ve-phong-trao-toan-dan-bao-ve-antq-nam-2021/';

// Query typed by a resident → the page that must be in the first three results.
const EXPECTED: [string, string][] = [
  ['bang lang', '/don-vi/bang-lang/'],
  ['yen thinh', '/don-vi/yen-thinh/'],
  ['tan lap', '/don-vi/tan-lap/'],
  ['xuan lac', '/don-vi/xuan-lac/'],
  ['chi cuc thue', '/don-vi/chi-cuc-thue-huyen/'],
  ['van phong huyen uy', '/don-vi/van-phong-huyen-uy/'],
  ['hat kiem lam', '/don-vi/hat-kiem-lam/'],
  ['nam cuong', '/don-vi/nam-cuong/'],
  ['phuong vien', '/don-vi/phuong-vien/'],
  ['ngoc phai', '/don-vi/ngoc-phai/'],
  ['dong thang', '/don-vi/dong-thang/'],
  ['dong lac', '/don-vi/dong-lac/'],
  ['dai sao', '/don-vi/dai-sao/'],
  ['cho don an ninh', SEED],
  ['Tòa án', '/don-vi/toa-an-nhan-dan-huyen/'],
  ['Toà án', '/don-vi/toa-an-nhan-dan-huyen/'],
  ['toa an', '/don-vi/toa-an-nhan-dan-huyen/'],
  ['CHỢ ĐỒN AN NINH', SEED],
  ['BANG LANG', '/don-vi/bang-lang/'],
  ['Văn phòng Huyện uỷ', '/don-vi/van-phong-huyen-uy/'],
  ['5844', '/quyet-dinh/5844-2021/'],
];

describe('search page in Chromium', () => {
  it.each(EXPECTED)('“%s” finds %s in the top three', async (query, expected) => {
    await typeQuery(chromium.page, query);
    const { results } = await readResults(chromium.page);
    expect(results.slice(0, 3).map((r) => r.href)).toContain(expected);
  });

  it('a unit page outranks articles that merely mention it, and a decision comes first for its number', async () => {
    await typeQuery(chromium.page, 'bang lang');
    expect((await readResults(chromium.page)).results[0]!.href).toBe('/don-vi/bang-lang/');
    await typeQuery(chromium.page, 'Đồng Thắng');
    expect((await readResults(chromium.page)).results[0]!.href).toBe('/don-vi/dong-thang/');
    await typeQuery(chromium.page, '5844');
    expect((await readResults(chromium.page)).results[0]!.href).toBe('/quyet-dinh/5844-2021/');
  });

  it('a diacritic-free query finds what the accented one finds', async () => {
    const hrefs = async (q: string) => {
      await typeQuery(chromium.page, q);
      return (await readResults(chromium.page)).results.map((r) => r.href).sort();
    };
    expect(await hrefs('dong thang')).toEqual(await hrefs('Đồng Thắng'));
    expect(await hrefs('cho don')).toEqual(await hrefs('Chợ Đồn'));
  });

  it('titles and excerpts show the original text with its diacritics', async () => {
    await typeQuery(chromium.page, 'dong thang');
    const { results } = await readResults(chromium.page);
    const unit = results.find((r) => r.href === '/don-vi/dong-thang/')!;
    expect(unit.title).toBe('Xã Đồng Thắng');
    expect(results.map((r) => r.excerpt).join(' ')).toContain('Đồng Thắng');
    expect(results.map((r) => r.title + r.excerpt).join('')).not.toMatch(/\u0335|D̵|d̵/);
    const marks = await chromium.page.$$eval('#search-results mark', (ms) => ms.map((m) => m.textContent));
    expect(marks).toContain('Đồng');
  });

  it('filters narrow the results (loại, khối, năm)', async () => {
    const count = (status: string) => Number(/Tìm thấy (\d+) kết quả/.exec(status)?.[1] ?? 0);
    // "huyện" is in unit names, the decision's issuer and the articles.
    await typeQuery(chromium.page, 'huyen');
    const all = count((await readResults(chromium.page)).status);
    await openFilters();
    for (const [type, prefix] of [
      ['Đơn vị', '/don-vi/'],
      ['Quyết định', '/quyet-dinh/'],
      ['Tin tức', '/tin-tuc/'],
    ]) {
      await chromium.page.selectOption('select[name=loai]', type!);
      const { status, results } = await readResults(chromium.page);
      expect(count(status), type).toBeGreaterThan(0);
      expect(count(status), type).toBeLessThan(all);
      expect(
        results.every((r) => r.href.startsWith(prefix!)),
        type,
      ).toBe(true);
      expect(new URL(chromium.page.url()).searchParams.get('loai')).toBe(type);
    }

    await chromium.page.selectOption('select[name=loai]', '');
    await chromium.page.selectOption('select[name=khoi]', 'Khối cơ quan');
    const agencies = (await readResults(chromium.page)).results;
    expect(agencies.length).toBeGreaterThan(0);
    expect(agencies.some((r) => r.href === '/don-vi/dong-thang/')).toBe(false);
    await chromium.page.selectOption('select[name=khoi]', '');

    await chromium.page.selectOption('select[name=nam]', '2021');
    expect((await readResults(chromium.page)).results.length).toBeGreaterThan(0);
    await chromium.page.selectOption('select[name=nam]', '');
  });

  it("a unit's whole name, typed without diacritics, ranks pages with that name above pages where its words stand apart", async () => {
    await typeQuery(chromium.page, 'nam cuong');
    const { results } = await readResults(chromium.page);
    const apart = results.findIndex((r) => r.title.includes('tăng cường'));
    const named = results.map((r, i) => [r, i] as const).filter(([r]) => /Nam Cường/.test(r.title + r.excerpt));
    expect(apart).toBeGreaterThan(-1);
    expect(named.length).toBeGreaterThan(1);
    for (const [r, i] of named) expect(i, r.href).toBeLessThan(apart);
  });

  it('snippets keep labels apart from their values and never end on a bare label', async () => {
    const excerpts: string[] = [];
    for (const q of ['5844', 'hieu luc', 'ngay dang', 'cho don']) {
      await typeQuery(chromium.page, q);
      excerpts.push(...(await readResults(chromium.page)).results.map((r) => r.excerpt));
    }
    expect(excerpts.length).toBeGreaterThan(10);
    for (const e of excerpts) {
      // A label run into its value ("Hiệu lựckhông rõ", "ban hànhỦy ban") or a label cut from it.
      expect(e).not.toMatch(/\p{Ll}\p{Lu}/u);
      expect(e).not.toMatch(/:\s*$/);
    }
    expect(excerpts.join(' ')).toMatch(/Ngày ban hành: 29\/11\/2021\. /);
  });

  it('a xã formed in 2025 comes first for its name, and the units it was formed from are found with it', async () => {
    await typeQuery(chromium.page, 'xa cho don');
    const hrefs = (await readResults(chromium.page)).results.map((r) => r.href);
    expect(hrefs[0]).toBe('/don-vi/cho-don-2025/');
    for (const former of ['/don-vi/bang-lung/', '/don-vi/ngoc-phai/', '/don-vi/phuong-vien/', '/don-vi/bang-lang/']) {
      expect(hrefs.indexOf(former), former).toBeGreaterThan(0);
    }
  });

  it('the document-type filter (loại văn bản) narrows to documents of that kind', async () => {
    await typeQuery(chromium.page, '5844');
    await openFilters();
    await chromium.page.selectOption('select[name="loai-van-ban"]', 'Quyết định');
    const { results } = await readResults(chromium.page);
    expect(results.map((r) => r.href)).toEqual(['/quyet-dinh/5844-2021/']);
    await chromium.page.selectOption('select[name="loai-van-ban"]', '');
  });

  it('reads ?q= so the header form and shared links land on results', async () => {
    await chromium.page.goto(`${chromium.url}/tim-kiem/?q=${encodeURIComponent('ngoc phai')}`);
    const { results } = await readResults(chromium.page);
    expect(results[0]!.href).toBe('/don-vi/ngoc-phai/');
    expect(await chromium.page.inputValue('#q-page')).toBe('ngoc phai');
  });

  it('says plainly, in Vietnamese, when nothing matches', async () => {
    await typeQuery(chromium.page, 'xyzzyqwv');
    const { status, results } = await readResults(chromium.page);
    expect(results).toEqual([]);
    expect(status).toContain('Không tìm thấy kết quả nào cho “xyzzyqwv”');
  });

  it('without JavaScript the page says search needs it and links to the lists', async () => {
    const ctx = await chromium.browser.newContext({ javaScriptEnabled: false });
    const p = await ctx.newPage();
    await p.goto(`${chromium.url}/tim-kiem/?q=bang+lang`);
    const text = await p.locator('main').innerText();
    expect(text).toContain('Tìm kiếm cần JavaScript');
    expect(await p.locator('main a[href="/don-vi/"]').count()).toBe(1);
    expect(await p.locator('main a[href="/quyet-dinh/"]').count()).toBe(1);
    await ctx.close();
  });
});
