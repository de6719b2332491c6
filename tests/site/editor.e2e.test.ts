/**
 * The editing UI (/admin/, Sveltia CMS) driven in Chromium as an editor would: on a copy of the
 * fixture content (a private folder standing in for the repository the editor picks), create an
 * article with a cover photo and a unit picked by name, and a decision whose group picks units by
 * name; then the files it saved pass the check and build into the expected pages. With
 * PORTAL_SCREENSHOTS=<folder> the steps are photographed for the editors' guide.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import sharp from 'sharp';
import { launchChromium } from '../../scripts/support/browser.ts';
import { buildSite, materialize, PROJECT } from '../helpers/fixtures.ts';
import { fillRepository, pickPrivateRepository, readRepository } from '../helpers/opfs-repository.ts';
import { serveStatic, type RunningServer } from '../../scripts/support/static-server.ts';
import { jsonLd, page as builtPage, text } from '../helpers/built-site.ts';
import { buildCacheDir } from '../../src/source/paths.ts';

const site = inject('fixtureSite');
const shots = process.env.PORTAL_SCREENSHOTS;
const work = mkdtempSync(join(tmpdir(), 'portal-editor-'));
const saved = join(work, 'repo');
let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let ui: Page;

async function shot(name: string): Promise<void> {
  if (!shots) return;
  mkdirSync(shots, { recursive: true });
  await ui.screenshot({ path: join(shots, `${name}.png`) });
}
/** A field of the form by its key path (the editing pane's, not the preview's: that one has controls). */
const field = (keyPath: string) => ui.locator(`section[data-key-path="${keyPath}"]:has(input, button, textarea)`).first();
/** The editing pane renders fields as they scroll into view: scroll down until `keyPath` is there. */
async function reach(keyPath: string): Promise<void> {
  const sections = 'section[data-key-path]:has(input, button, textarea)';
  while ((await field(keyPath).count()) === 0) {
    const before = await ui.locator(sections).count();
    await ui.locator(sections).last().scrollIntoViewIfNeeded();
    // The pane has rendered the next fields (or the one wanted); at the end of the form this times out, naming the field.
    await ui
      .waitForFunction(
        ([selector, count, wanted]) => document.querySelectorAll(selector).length > count || document.querySelector(wanted) !== null,
        [sections, before, `section[data-key-path="${keyPath}"]`] as const,
        { timeout: 60_000 },
      )
      .catch(() => {
        throw new Error(`the form has no field ${keyPath}`);
      });
  }
}

/**
 * Press a button by sending the click to the button itself. Under load the editor is still laying
 * out a new form while the test goes on: a mouse click goes to a point on the screen and landed on
 * the field beside "Chỉnh sửa bằng Markdown", and a key goes where the focus is, which the editor
 * moves itself (in a clean-clone CI run Enter on "Thêm" added no group).
 */
const press = (button: Locator) => button.dispatchEvent('click');

/** Press a toggle or checkbox (`how`) and wait until it says it is on (`aria-pressed`, `aria-checked`). */
async function turnOn(control: Locator, state: 'aria-pressed' | 'aria-checked', how = press): Promise<void> {
  await how(control);
  await expect.poll(() => control.getAttribute(state), { timeout: 60_000 }).toBe('true');
}

/**
 * Type `value` into a field's input and wait until the input holds it. Playwright focuses the input
 * and then inserts the text wherever the focus is, so text typed while the editor moves the focus
 * goes nowhere (in a clean-clone CI run, and here with four busy processes on the two cores, the
 * title was empty when saving). Then type it again, as an editor who sees the empty field would.
 */
async function type(input: Locator, value: string): Promise<void> {
  await expect
    .poll(
      async () => {
        if ((await input.inputValue()) !== value) await input.fill(value);
        return input.inputValue();
      },
      { timeout: 60_000 },
    )
    .toBe(value);
}

/**
 * Open a form (`open`) and wait for the editor's own signal that the entry is loaded: once the
 * entry and its panes are ready, Sveltia makes its editor focusable (`.content-editor`, tabindex 0)
 * to move the focus there; then the field `keyPath` is there.
 */
async function openForm(keyPath: string, open: () => Promise<void>): Promise<void> {
  await open();
  await ui.waitForFunction(
    (wanted) => document.querySelector('.content-editor[tabindex="0"]') !== null && document.querySelector(wanted) !== null,
    `section[data-key-path="${keyPath}"] input`,
    { timeout: 90_000 },
  );
}

/** Save, and wait for the editor's own word that it saved ("Đã lưu bài viết.") and the entry's own address. */
async function save(): Promise<void> {
  await press(ui.getByRole('button', { name: 'Lưu', exact: true }));
  await ui.getByText('Đã lưu bài viết.').first().waitFor({ timeout: 60_000 });
  await expect.poll(() => ui.evaluate(() => location.hash), { timeout: 60_000 }).not.toContain('/new');
}

beforeAll(async () => {
  server = await serveStatic(site);
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN' });
  await pickPrivateRepository(context);
  ui = await context.newPage();
  await ui.goto(`${server.url}/admin/`);
  await fillRepository(ui, materialize());
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(buildCacheDir(join(saved, 'content'), PROJECT), { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
});

describe('the editing UI', () => {
  it('opens in Vietnamese and works on the repository the editor picks', async () => {
    await shot('1-dang-nhap');
    await ui.getByRole('button', { name: 'Làm việc với kho mã nguồn cục bộ' }).click();
    await expect.poll(() => ui.getByText('Tin tức').first().isVisible()).toBe(true);
    await shot('2-danh-sach-tin');
  });

  it('creates an article with a cover photo and a unit picked by name', async () => {
    await openForm('title', () => ui.getByRole('button', { name: 'Tạo bài viết mới' }).first().click());
    await type(field('title').locator('input'), 'Đồng Thắng hoàn thành đường giao thông nông thôn');
    await type(field('date').locator('input[type=date]'), '2021-12-10');
    await type(field('summary').locator('input'), 'Xã hoàn thành 5 km đường bê tông.');
    await reach('units');
    await turnOn(field('units').getByRole('checkbox', { name: 'Bằng Lãng' }), 'aria-checked');
    await reach('cover');
    // (The cover's switch from the keyboard: a click sent to it turns it on without showing the photo's fields.)
    await turnOn(field('cover').getByRole('checkbox').first(), 'aria-checked', (c) => c.press('Enter'));
    const photo = await sharp({ create: { width: 1600, height: 1200, channels: 3, background: { r: 90, g: 140, b: 200 } } })
      .jpeg()
      .toBuffer();
    await field('cover.src')
      .locator('input[type=file]')
      .first()
      .setInputFiles({ name: 'Đường bê tông xã Đồng Thắng.jpg', mimeType: 'image/jpeg', buffer: photo });
    // The photo is taken in (and its name made a slug) before the form goes on.
    await expect.poll(() => field('cover.src').textContent(), { timeout: 30_000 }).toContain('../anh/duong-be-tong-xa-dong-thang.jpg');
    await type(field('cover.alt').locator('input'), 'Đoạn đường bê tông mới ở xã Đồng Thắng');
    await reach('body');
    await turnOn(field('body').getByRole('button', { name: 'Chỉnh sửa bằng Markdown' }), 'aria-pressed');
    await type(
      field('body').locator('textarea'),
      'Xã Đồng Thắng vừa hoàn thành 5 km đường bê tông.\n\nCông trình do Kho bạc Nhà nước cấp vốn.',
    );
    await shot('3-bai-viet-moi');
    // (What was typed is still there when saving.)
    expect(await field('title').locator('input').inputValue()).toBe('Đồng Thắng hoàn thành đường giao thông nông thôn');
    await save();
  });

  it('creates a decision whose group picks units by name', async () => {
    await openForm('issuer', () => ui.evaluate(() => void (location.hash = '#/collections/decisions/new')));
    await type(field('issuer').locator('input'), 'Ủy ban nhân dân huyện Thử Nghiệm');
    await type(field('number').locator('input'), '300');
    await type(field('date').locator('input[type=date]'), '2022-11-30');
    await type(field('year').locator('input'), '2022');
    await type(field('title').locator('input'), 'Công nhận đơn vị đạt chuẩn năm 2022');
    await reach('outcomes');
    await press(field('outcomes').getByRole('button', { name: /Thêm/ }));
    await type(field('outcomes.0.id').locator('input'), 'dat-chuan');
    await type(field('outcomes.0.label').locator('input'), 'Đạt chuẩn');
    await reach('groups');
    await press(field('groups').getByRole('button', { name: /Thêm/ }));
    await type(field('groups.0.outcome').locator('input'), 'dat-chuan');
    await type(field('groups.0.bloc').locator('input'), 'Khối xã');
    await turnOn(field('groups.0.units').getByRole('checkbox', { name: 'Đồng Thắng' }), 'aria-checked');
    await turnOn(field('groups.0.units').getByRole('checkbox', { name: 'Bằng Lũng' }), 'aria-checked');
    await shot('4-van-ban-moi');
    expect(await field('issuer').locator('input').inputValue()).toBe('Ủy ban nhân dân huyện Thử Nghiệm');
    await save();
  });

  it('saved files that pass the check and build into the expected pages', async () => {
    await readRepository(ui, saved);
    const content = join(saved, 'content');
    const article = join(content, 'articles/2021/dong-thang-hoan-thanh-duong-giao-thong-nong-thon.md');
    expect(readFileSync(article, 'utf8')).toContain('src: ../anh/duong-be-tong-xa-dong-thang.jpg');
    expect(existsSync(join(content, 'articles/anh/duong-be-tong-xa-dong-thang.jpg'))).toBe(true);
    expect(JSON.parse(readFileSync(join(content, 'decisions/300-2022.json'), 'utf8')).groups[0].units).toEqual(['dong-thang', 'bang-lung']);

    const check = spawnSync(process.execPath, ['scripts/check.ts', content], { cwd: PROJECT, encoding: 'utf8' });
    expect(check.stdout, check.stdout).toContain('0 lỗi');
    const out = join(work, 'site');
    const build = buildSite(content, out, { force: true });
    expect(build.status, build.stdout + build.stderr).toBe(0);

    const page = builtPage(out, '/tin-tuc/dong-thang-hoan-thanh-duong-giao-thong-nong-thon/');
    expect(text(page.querySelector('h1'))).toBe('Đồng Thắng hoàn thành đường giao thông nông thôn');
    expect(page.querySelector('figure.cover img')!.getAttribute('alt')).toBe('Đoạn đường bê tông mới ở xã Đồng Thắng');
    expect(page.querySelectorAll('.related a').map((a) => a.getAttribute('href'))).toContain('/don-vi/bang-lang/');
    expect(jsonLd(page)).toMatchObject({ '@type': 'NewsArticle', datePublished: '2021-12-10' });
    const decision = builtPage(out, '/quyet-dinh/300-2022/');
    expect(decision.querySelectorAll('article table a').map((a) => text(a))).toEqual(['Xã Đồng Thắng', 'Thị trấn Bằng Lũng']);
    expect(text(builtPage(out, '/don-vi/dong-thang/').querySelector('article table'))).toContain('Quyết định số 300 ngày 30/11/2022');
  });
});
