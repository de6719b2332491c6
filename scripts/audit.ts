/**
 * `npm run audit`: Lighthouse (Chromium from Debian) on the home page, an article, a decision, a
 * unit, the search page and a commune's own pages of a built site (those it has). Prints the four category scores per page
 * and one JSON line; `--write docs/quality.md` rewrites the table there.
 *   npm run audit -- [--site dist] [--write docs/quality.md]
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM, CHROMIUM_ARGS } from './support/browser.ts';
import { serveStatic } from './support/static-server.ts';

const { values } = parseArgs({ options: { site: { type: 'string', default: 'dist' }, write: { type: 'string' } } });
const SEED =
  '/tin-tuc/huyen-cho-don-cong-nhan-32-don-vi-dat-tieu-chuan-an-toan-ve-antt-xep-loai-ve-phong-trao-toan-dan-bao-ve-antq-nam-2021/';
const PAGES: [string, string][] = [
  ['Trang chủ', '/'],
  ['Bài viết', SEED],
  ['Quyết định', '/quyet-dinh/5844-2021/'],
  ['Đơn vị', '/don-vi/bang-lang/'],
  ['Tìm kiếm', '/tim-kiem/?q=bang+lang'],
  // A commune's own pages (issue 19): audit a site that has them with content (`--site` of the fixture build).
  ['Giới thiệu', '/gioi-thieu/lich-su/'],
  ['Lãnh đạo', '/gioi-thieu/lanh-dao/'],
  ['Liên hệ', '/lien-he/'],
  ['Công khai', '/cong-khai/ngan-sach/'],
  ['Lịch công tác', '/lich-cong-tac/'],
  ['Thủ tục', '/thu-tuc-hanh-chinh/'],
  ['Tiếp cận thông tin', '/tiep-can-thong-tin/'],
  ['English', '/en/'],
  ['Khả năng tiếp cận', '/tuyen-bo-tiep-can/'],
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const server = await serveStatic(values.site!);
const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
const rows: { page: string; path: string; scores: Record<string, number> }[] = [];
try {
  for (const [name, path] of PAGES) {
    // A page the site does not have (the fixture has no seed article) is left out, and said so.
    if (!existsSync(join(values.site!, path.split('?')[0]!, path.endsWith('/') || path.includes('?') ? 'index.html' : ''))) {
      console.log(`(không có trang ${path} trong ${values.site}: bỏ qua)`);
      continue;
    }
    const result = await lighthouse(`${server.url}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
      formFactor: 'mobile',
    });
    const cats = result!.lhr.categories;
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((cats[c]?.score ?? 0) * 100)]));
    const failing = Object.values(result!.lhr.audits as Record<string, { id: string; score: number | null; scoreDisplayMode: string }>)
      .filter(
        (a) =>
          a.score !== null &&
          a.score < 1 &&
          a.scoreDisplayMode !== 'informative' &&
          a.scoreDisplayMode !== 'notApplicable' &&
          a.scoreDisplayMode !== 'manual',
      )
      .map((a) => a.id);
    rows.push({ page: name, path, scores });
    console.log(
      `${name.padEnd(12)} ${CATEGORIES.map((c) => `${c} ${scores[c]}`).join('  ')}${failing.length ? `  (chưa đạt: ${failing.join(', ')})` : ''}`,
    );
  }
} finally {
  chrome.kill();
  await server.close();
}
console.log(JSON.stringify(rows));

if (values.write) {
  const table = [
    '| Trang | Performance | Accessibility | Best practices | SEO |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${r.page} (\`${r.path.length > 40 ? r.path.slice(0, 37) + '…' : r.path}\`) | ${CATEGORIES.map((c) => r.scores[c]).join(' | ')} |`,
    ),
  ].join('\n');
  const doc = readFileSync(values.write, 'utf8');
  const marked = /<!-- audit:start -->[\s\S]*<!-- audit:end -->/;
  writeFileSync(values.write, doc.replace(marked, `<!-- audit:start -->\n${table}\n<!-- audit:end -->`));
  console.log(`Đã ghi bảng vào ${values.write}`);
}
