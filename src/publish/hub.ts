/**
 * The hub of a province (dist/hub/): its pages built by Astro from src/hub/ (the list of sites,
 * the search over all of them), and one search index over every site's pages (/pagefind/,
 * src/publish/hub-index.ts), served from the hub's own address. Built into a staging folder
 * and swapped in, like a site; its build cache is the province root's.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { astroBuildProcess, type AstroBuilder } from './astro-cli.ts';
import { discard, stagingDir, swapIn } from './atomic.ts';
import { linkSiteButSearch } from './link.ts';
import { buildHubIndex } from './hub-index.ts';
import { ROUTES } from '../lib/routes.ts';
import { planPublish } from '../lib/publish-plan.ts';
import { buildCache } from '../source/build-cache.ts';
import { readProvince } from '../source/province.ts';
import { hubInputs } from './inputs.ts';

/** The hub's folder in a province's output. */
export const HUB_DIR = 'hub';

/**
 * Build the hub into `out`/hub/. Its pages are built again only when what they show changed (the
 * plan of src/lib/publish-plan.ts over `hubInputs`); its search index follows the sites' pages.
 * Returns the plan's mode. `astro` runs Astro's build (a process of its own, or the province's warm ones).
 */
export async function buildHub(root: string, out: string, astro: AstroBuilder = astroBuildProcess): Promise<string> {
  const target = join(out, HUB_DIR);
  const staged = stagingDir(target);
  discard(staged);
  const { sites } = readProvince(root);
  const cache = buildCache(root);
  const previous = cache.readState();
  const current = hubInputs(root, target, sites, previous);
  const unfinished = previous ? undefined : cache.readUnfinished();
  const plan = planPublish({ out: target, current, previous, unfinished, outExists: existsSync(target), pageRecord: false });
  try {
    if (plan.mode === 'keep') {
      linkSiteButSearch(target, staged, ROUTES.searchIndex);
    } else {
      cache.begin();
      const code = await astro({ outDir: staged }, cache.astroWorkDir, { content: root }).ended;
      if (code !== 0) throw new Error(`astro build thoát với mã ${code}`);
    }
    await buildHubIndex(out, sites, staged, cache.path('hubSearch'));
  } catch (err) {
    // Nothing of a failed build is kept, and the next does not trust the last state.
    discard(staged);
    cache.discard();
    throw err;
  }
  swapIn(staged, target);
  cache.commit(current);
  return plan.mode;
}
