/**
 * `npm run new -- article "Tiêu đề" [--date YYYY-MM-DD]`
 * `npm run new -- decision <số> <YYYY-MM-DD>`
 * `npm run new -- unit "Tên" --kind xã --bloc "Khối xã"`
 * Creates the file (or units.json entry) with the right name and fields; never overwrites.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { articleFile, decisionFile, todayInVietnam, unitEntry } from '../src/lib/scaffold.ts';
import { contentRoot } from '../src/source/paths.ts';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { date: { type: 'string' }, kind: { type: 'string' }, bloc: { type: 'string' }, content: { type: 'string' } },
});
const root = values.content ?? contentRoot();
const [what, ...rest] = positionals;

function fail(message: string): never {
  console.error(`Lỗi: ${message}`);
  process.exit(1);
}

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
    const path = join(root, 'units.json');
    const units = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as { id: string }[]) : [];
    if (units.some((u) => u.id === unit.id)) fail(`đơn vị "${unit.id}" đã có trong ${relative(process.cwd(), path)}; không ghi đè.`);
    units.push(unit);
    writeFileSync(path, `[\n${units.map((u) => `  ${JSON.stringify(u)}`).join(',\n')}\n]\n`);
    console.log(`Đã thêm "${unit.id}" vào ${relative(process.cwd(), path)}. Thêm tên khác (aliases) nếu cần.`);
  } else {
    fail(
      'cách dùng:\n  npm run new -- article "Tiêu đề" [--date YYYY-MM-DD]\n  npm run new -- decision <số> <YYYY-MM-DD>\n  npm run new -- unit "Tên" --kind xã --bloc "Khối xã"',
    );
  }
} catch (err) {
  fail((err as Error).message);
}
