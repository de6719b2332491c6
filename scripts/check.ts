/**
 * `npm run check`: validate all content and print every problem as `file › field: message`.
 * Exit 1 on any error; warnings alone exit 0. Content root: PORTAL_CONTENT or content/.
 *   node scripts/check.ts [DIR] [--fix]
 * --fix rewrites files written in decomposed Unicode (NFD) in NFC, then checks again.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { formatReport } from '../src/lib/problems.ts';
import { contentRoot } from '../src/source/paths.ts';
import { checkContentRoot } from '../src/source/validate.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { fix: { type: 'boolean', default: false } } });
const root = positionals[0] ?? contentRoot();
let result = checkContentRoot(root);
if (values.fix && result.decomposed.length > 0) {
  for (const path of result.decomposed) writeFileSync(path, readFileSync(path, 'utf8').normalize('NFC'));
  console.log(`Đã lưu lại ở dạng dựng sẵn (NFC): ${result.decomposed.map((p) => relative(process.cwd(), p)).join(', ')}.`);
  result = checkContentRoot(root);
}
const { set, problems } = result;
console.log(
  `Kiểm tra nội dung ${root}: ${set.articles.length} bài viết, ${set.decisions.length} quyết định, ${set.units.length} đơn vị.`,
);
console.log(formatReport(problems.list));
process.exitCode = problems.errors.length > 0 ? 1 : 0;
