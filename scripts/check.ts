/**
 * `npm run check`: validate all content and print every problem as `file › field: message`.
 * Exit 1 on any error; warnings alone exit 0. Content root: PORTAL_CONTENT or content/.
 */
import { formatReport } from '../src/lib/problems.ts';
import { contentRoot } from '../src/source/paths.ts';
import { checkContentRoot } from '../src/source/validate.ts';

const root = process.argv[2] ?? contentRoot();
const { set, problems } = checkContentRoot(root);
console.log(
  `Kiểm tra nội dung ${root}: ${set.articles.length} bài viết, ${set.decisions.length} quyết định, ${set.units.length} đơn vị.`,
);
console.log(formatReport(problems.list));
process.exitCode = problems.errors.length > 0 ? 1 : 0;
