/**
 * Print (Nghị định 42/2022 asks for it on each article): an article and a document in Chromium's
 * print emulation show no navigation, search or footer, and print the page's address.
 */
import { describe, expect, inject, it } from 'vitest';
import { servedInChromium } from '../helpers/built-site.ts';

const chromium = servedInChromium(inject('realSite'));
const SEED =
  '/tin-tuc/huyen-cho-don-cong-nhan-32-don-vi-dat-tieu-chuan-an-toan-ve-antt-xep-loai-ve-phong-trao-toan-dan-bao-ve-antq-nam-2021/';

describe('printing', () => {
  it.each([SEED, '/quyet-dinh/5844-2021/'])('%s prints the content and its address, without navigation', async (path) => {
    const page = chromium.page;
    await page.emulateMedia({ media: 'print' });
    await page.goto(`${chromium.url}${path}`);
    for (const hidden of ['.site-header nav', '.site-header form', '.site-footer', '.prev-next']) {
      if ((await page.locator(hidden).count()) > 0) expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    }
    const address = page.locator('.print-only');
    expect(await address.isVisible()).toBe(true);
    expect(await address.textContent()).toBe(`Địa chỉ trang: https://cho-don.example${path}`);
    expect(await page.locator('h1').isVisible()).toBe(true);
    // Table rows are kept whole across pages.
    if ((await page.locator('article table tr').count()) > 0) {
      expect(
        await page
          .locator('article table tr')
          .first()
          .evaluate((tr) => getComputedStyle(tr).breakInside),
      ).toBe('avoid');
    }
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('.print-only').isVisible()).toBe(false);
  });
});
