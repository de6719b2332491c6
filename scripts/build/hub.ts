/**
 * The hub of a province (dist/hub/): its pages built by Astro from src/hub/ (the list of sites,
 * the search over all of them), and each site's search index linked in beside them
 * (`hubSearchIndex`: /pagefind/<site id>/), so that the hub's search merges them from its own
 * address (Pagefind's `mergeIndex`; no site has to allow requests from another). Built into a
 * staging folder and swapped in, like a site.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startAstro } from './astro-cli.ts';
import { discard, stagingDir, swapIn } from './atomic.ts';
import { linkTree } from './link.ts';
import { hubSearchIndex } from '../../src/lib/province.ts';
import { ROUTES } from '../../src/lib/routes.ts';
import { buildCacheDir } from '../../src/source/paths.ts';
import { readProvince } from '../../src/source/province.ts';

/** The hub's folder in a province's output. */
export const HUB_DIR = 'hub';

export async function buildHub(root: string, out: string): Promise<void> {
  const target = join(out, HUB_DIR);
  const staged = stagingDir(target);
  discard(staged);
  const cacheDir = buildCacheDir(root);
  const astro = startAstro(['build', '--outDir', staged], { PORTAL_CONTENT: root }, join(process.cwd(), '.astro', 'builds', `${HUB_DIR}-${cacheDir.split(/[\\/]/).pop()}`));
  const code = await astro.ended;
  if (code !== 0) {
    discard(staged);
    throw new Error(`astro build thoát với mã ${code}`);
  }
  for (const id of readProvince(root).sites) {
    const index = join(out, id, ROUTES.searchIndex);
    if (existsSync(index)) linkTree(index, join(staged, hubSearchIndex(id)));
  }
  swapIn(staged, target);
}
