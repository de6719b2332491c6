/**
 * `npm run dev`, `npm run preview`, `npm run typecheck`: Astro's own commands, started with the
 * project's settings (telemetry off, heap allowance: src/publish/astro-cli.ts).
 *   node scripts/astro.ts dev | preview | sync | check [--site ID] [astro options]
 * In a province (content/province.json) they work on one site: `--site ID`, or the province's
 * first site (the archive); `preview` serves that site's folder of the last build (dist/<id>/).
 */
import { join } from 'node:path';
import { handOverToAstro } from '../src/publish/astro-cli.ts';
import { contentRoot, isProvince, siteRoot } from '../src/source/paths.ts';
import { readProvince } from '../src/source/province.ts';

const args = process.argv.slice(2);
const at = args.indexOf('--site');
const asked = at >= 0 ? args.splice(at, 2)[1] : undefined;
const root = contentRoot();
if (isProvince(root)) {
  const { sites } = readProvince(root);
  const id = asked ?? sites[0]!;
  if (!sites.includes(id)) {
    console.error(`Dừng: không có trang "${id}" (có: ${sites.join(', ')}).`);
    process.exit(1);
  }
  process.env.PORTAL_CONTENT = siteRoot(root, id);
  if (args[0] === 'preview' && !args.includes('--outDir')) args.push('--outDir', join('dist', id));
}
handOverToAstro(args);
