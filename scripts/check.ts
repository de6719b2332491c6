/**
 * `npm run check`: validate all content and print every problem as `file › field: message`.
 * Exit 1 on any error; warnings alone exit 0. Content root: PORTAL_CONTENT or content/.
 *   node scripts/check.ts [DIR] [--fix]
 * --fix rewrites files written in decomposed Unicode (NFD) in NFC, then checks again.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { contentRoot, isProvince } from '../src/source/paths.ts';
import { checkProvince } from '../src/source/province.ts';
import { checkReport, checkSiteRoot, draftsOf, type CheckOutcome } from '../src/source/validate.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { fix: { type: 'boolean', default: false } } });
const root = positionals[0] ?? contentRoot();
// A province is checked whole (every site, the shared units once); a site folder alone otherwise.
const check = (): CheckOutcome => {
  if (!isProvince(root)) return checkSiteRoot(root);
  const { sites, ...rest } = checkProvince(root);
  const sum = (pick: (s: (typeof sites)[number]['set']) => unknown[]) => sites.reduce((n, s) => n + pick(s.set).length, 0);
  return {
    ...rest,
    drafts: sites.flatMap((s) => draftsOf(s.set)),
    summary: `${sites.length} trang, ${sum((s) => s.articles)} bài viết, ${sum((s) => s.decisions)} văn bản, ${sites[0]?.set.units.length ?? 0} đơn vị dùng chung`,
  };
};
let result = check();
if (values.fix && result.decomposed.length > 0) {
  for (const path of result.decomposed) writeFileSync(path, readFileSync(path, 'utf8').normalize('NFC'));
  console.log(`Đã lưu lại ở dạng dựng sẵn (NFC): ${result.decomposed.map((p) => relative(process.cwd(), p)).join(', ')}.`);
  result = check();
}
console.log(checkReport(root, result));
process.exitCode = result.problems.errors.length > 0 ? 1 : 0;
