/**
 * The first screen on a phone (360 × 640, in Chromium): on one page of each kind, the page's own
 * heading starts in the upper half of the screen, nothing is wider than the screen (a wide
 * table scrolls in its own box), every menu item is in sight, none cut, and one search field. The fixture site says on every page that its district ended.
 */
import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { Page } from 'playwright-core';
import { servedInChromium } from '../helpers/built-site.ts';
import { join } from 'node:path';

const site = inject('fixtureSite');
const archive = inject('realSite');
const fixture = servedInChromium(site);
const real = servedInChromium(archive);
const hub = servedInChromium(join(inject('realProvince'), 'hub'));

const SCREEN = { width: 360, height: 640 };
const FIXTURE_PAGES = [
  '/',
  '/tin-tuc/',
  '/tin-tuc/dat-chuan-2021/',
  '/tin-tuc/le-trao-co-thi-dua/',
  '/tin-tuc/chuyen-muc/an-ninh-trat-tu/',
  '/van-ban/',
  '/quyet-dinh/',
  '/quyet-dinh/ke-hoach-15-2022/',
  '/don-vi/',
  '/don-vi/thu-nghiem-moi-2025/',
  '/cong-nhan/',
  '/cong-nhan/theo-don-vi-hien-nay/',
  '/du-lieu/',
  '/tim-kiem/?q=bang+lang',
  '/gioi-thieu/',
  '/gioi-thieu/lich-su/',
  '/gioi-thieu/ban-do-hanh-chinh/',
  '/gioi-thieu/lanh-dao/',
  '/lien-he/',
  '/cong-khai/',
  '/cong-khai/ngan-sach/',
  '/lich-cong-tac/',
  '/lich-cong-tac/2026-w49/',
  '/thu-tuc-hanh-chinh/',
  '/tiep-can-thong-tin/',
  '/en/',
  '/tuyen-bo-tiep-can/',
  '/bien-tap/tuan-thu/',
  '/404.html',
];
const HUB_PAGES = ['/', '/tim-kiem/?q=nam+cuong', '/404.html'];
const ARCHIVE_PAGES = [
  '/',
  '/tin-tuc/huyen-cho-don-cong-nhan-32-don-vi-dat-tieu-chuan-an-toan-ve-antt-xep-loai-ve-phong-trao-toan-dan-bao-ve-antq-nam-2021/',
  '/quyet-dinh/5844-2021/',
  '/van-ban/',
  '/don-vi/nam-cuong/',
  '/cong-nhan/',
  '/tim-kiem/?q=nam+cuong',
];

interface Screen {
  headingTop: number;
  width: number;
  /** Menu items not wholly in sight without scrolling sideways (their text). */
  menuOut: string[];
  /** Search fields on the first screen. */
  searchFields: number;
  /** Where a search page's first result starts (px from the top), if it has one. */
  firstResult: number | undefined;
}

/** Where the page's own heading starts (px from the top of the page), how wide the page is, and which menu items are out of sight. */
async function firstScreen(phone: Page, url: string): Promise<Screen> {
  await phone.goto(url);
  // The search page fills its results after load: wait until it says it is done.
  if (url.includes('/tim-kiem/')) await phone.waitForSelector('#search-status[data-state="done"]');
  return phone.evaluate(() => ({
    headingTop: document.querySelector('h1')!.getBoundingClientRect().top + window.scrollY,
    width: document.documentElement.scrollWidth,
    menuOut: [...document.querySelectorAll<HTMLElement>('.site-header nav a')]
      .filter((a) => {
        const r = a.getBoundingClientRect();
        return r.left < 0 || r.right > window.innerWidth || a.scrollWidth > a.clientWidth + 1;
      })
      .map((a) => a.textContent ?? ''),
    searchFields: [...document.querySelectorAll<HTMLElement>('input[type=search]')].filter((i) => {
      const r = i.getBoundingClientRect();
      return r.width > 0 && r.top + window.scrollY < window.innerHeight;
    }).length,
    firstResult: ((r) => r && r.top + window.scrollY)(document.querySelector('#search-results li')?.getBoundingClientRect()),
  }));
}

describe('the first screen on a 360 × 640 phone', () => {
  it.each([
    ['fixture', fixture, FIXTURE_PAGES],
    ['archive', real, ARCHIVE_PAGES],
    ['hub', hub, HUB_PAGES],
  ] as const)('%s: every kind of page has its heading in the upper half and nothing wider than the screen', async (_, served, paths) => {
    const phone = await served.browser.newPage({ viewport: SCREEN });
    try {
      const seen: Record<string, Screen> = {};
      for (const path of paths) seen[path] = await firstScreen(phone, `${served.url}${path}`);
      // Every menu item in sight too (the menu wraps, it does not scroll sideways), one search field,
      // and a search's first result (the filters folded).
      expect(
        Object.entries(seen).filter(
          ([, s]) =>
            s.headingTop >= SCREEN.height / 2 ||
            s.width > SCREEN.width ||
            s.menuOut.length > 0 ||
            s.searchFields > 1 ||
            (s.firstResult ?? 0) >= SCREEN.height,
        ),
      ).toEqual([]);
    } finally {
      await phone.close();
    }
  });
});
