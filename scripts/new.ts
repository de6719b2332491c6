/**
 * `npm run new -- province <mã hoặc tên tỉnh> --content DIR`: a new province from the national list
 * `npm run new -- site <mã hoặc tên xã>`: one commune added to the province (src/source/onboard.ts)
 * `npm run new -- article "Tiêu đề" [--date YYYY-MM-DD]`
 * `npm run new -- decision <số> <YYYY-MM-DD>`
 * `npm run new -- unit "Tên" --kind xã --bloc "Khối xã"`
 * Creates the file (or units.json entry) with the right name and fields; never overwrites.
 * In a province, articles and documents go to a site's folder: `--site <id>` (required when the
 * province has more than one site); units go to the province's units.json.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { articleFile, decisionFile, todayInVietnam, unitEntry } from '../src/lib/scaffold.ts';
import { contentRoot, isProvince, siteRoot, unitsFile } from '../src/source/paths.ts';
import { readProvince } from '../src/source/province.ts';
import { addCommuneSite, createProvince } from '../src/source/onboard.ts';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    date: { type: 'string' },
    kind: { type: 'string' },
    bloc: { type: 'string' },
    content: { type: 'string' },
    site: { type: 'string' },
  },
});
const [what, ...rest] = positionals;

function fail(message: string): never {
  console.error(`Lỗi: ${message}`);
  process.exit(1);
}

const USAGE = [
  'cách dùng:',
  '  npm run new -- province <mã hoặc tên tỉnh> --content <thư mục mới>',
  '  npm run new -- site <mã hoặc tên xã, phường>   (thêm vào tỉnh trong content/ hoặc PORTAL_CONTENT)',
  '  npm run new -- article "Tiêu đề" [--date YYYY-MM-DD] --site <mã trang>',
  '  npm run new -- decision <số> <YYYY-MM-DD> --site <mã trang>',
  '  npm run new -- unit "Tên" --kind xã --bloc "Khối xã"',
].join('\n');

// A province, or a commune's site, from the national list (data/): reported line by line.
if (what === 'province' || (what === 'site' && !values.site)) {
  try {
    if (!rest[0] || (what === 'province' && !values.content)) fail(USAGE);
    const query = rest.join(' ');
    const lines = what === 'province' ? createProvince(query, values.content!) : addCommuneSite(query, values.content ?? contentRoot());
    for (const line of lines) console.log(line);
    process.exit(0);
  } catch (err) {
    // A refusal, a data file or a content file that cannot be read: each message names the file.
    fail((err as Error).message);
  }
}

const given = values.content ?? contentRoot();
/** Where the new file goes: the folder given, or in a province the site named by --site. */
const root = (() => {
  if (!isProvince(given)) return given;
  const { sites } = readProvince(given);
  if (what !== 'article' && what !== 'decision') return given;
  const id = values.site ?? (sites.length === 1 ? sites[0] : undefined);
  if (!id || !sites.includes(id)) fail(`cần --site <mã trang>, một trong: ${sites.join(', ')}`);
  return siteRoot(given, id);
})();

function create(file: { path: string; content: string }): void {
  const target = join(root, file.path);
  if (existsSync(target)) fail(`${relative(process.cwd(), target)} đã có; không ghi đè.`);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, file.content, { flag: 'wx' });
  console.log(`Đã tạo ${relative(process.cwd(), target)}. Điền các trường còn trống rồi chạy npm run check.`);
}

try {
  if (what === 'article' && rest[0]) create(articleFile(rest[0], values.date ?? todayInVietnam()));
  else if (what === 'decision' && rest[0] && rest[1]) create(decisionFile(rest[0], rest[1]));
  else if (what === 'unit' && rest[0] && values.kind && values.bloc) {
    const unit = unitEntry(rest[0], values.kind, values.bloc);
    const path = unitsFile(root);
    const units = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as { id: string }[]) : [];
    if (units.some((u) => u.id === unit.id)) fail(`đơn vị "${unit.id}" đã có trong ${relative(process.cwd(), path)}; không ghi đè.`);
    units.push(unit);
    writeFileSync(path, `[\n${units.map((u) => `  ${JSON.stringify(u)}`).join(',\n')}\n]\n`);
    console.log(`Đã thêm "${unit.id}" vào ${relative(process.cwd(), path)}. Thêm tên khác (aliases) nếu cần.`);
  } else {
    fail(USAGE);
  }
} catch (err) {
  fail((err as Error).message);
}
