/**
 * The command that publishes one site (src/publish/publish-site.ts: check, plan, build into a
 * staging directory, index, swap in; any failure leaves the previous output untouched). `npm run
 * build` runs it once per site of a province (scripts/build.ts), or directly for a folder that is one site.
 *
 *   node scripts/build-site.ts [--content DIR] [--out DIR] [--force] [--part K/N]
 *   node scripts/build-site.ts --assemble PART_DIR... [--content DIR] [--out DIR]
 * --force ignores the build caches (content store, unchanged pages, search indexes): a cold build.
 * --part K/N builds part K of N of the site (one machine each: src/lib/parts.ts), and --assemble
 * puts the parts' outputs together into the site a whole build makes (src/publish/assemble.ts).
 * Defaults: PORTAL_CONTENT or content/, and dist/. Every record and cache it keeps is the build
 * cache's (src/source/build-cache.ts).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { publishSite, stoppedMessage } from '../src/publish/publish-site.ts';
import { contentRoot } from '../src/source/paths.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    content: { type: 'string' },
    out: { type: 'string' },
    force: { type: 'boolean', default: false },
    part: { type: 'string' },
    assemble: { type: 'boolean', default: false },
    // (scripts/build.ts's: whether to wait for the output folder's lock)
    'no-wait': { type: 'boolean', default: false },
  },
});
const out = resolve(values.out ?? 'dist');
try {
  if (values.assemble ? positionals.length === 0 : positionals.length > 0)
    throw new Error(values.assemble ? '--assemble cần các thư mục của các phần đã dựng' : `không hiểu ${positionals.join(' ')}`);
  await publishSite({
    root: values.content ? resolve(values.content) : contentRoot(),
    out,
    force: values.force,
    part: values.part,
    assemble: values.assemble ? positionals.map((p) => resolve(p)) : undefined,
  });
  // (the folders it replaced go on being deleted by a process of their own: src/publish/atomic.ts)
  process.exit(0);
} catch (err) {
  console.error(stoppedMessage(err, out));
  process.exit(1);
}
