/**
 * Which sites a push changes, from the paths it touched (a workflow's first step,
 * scripts/deploy/changes.ts): what the deploy builds, and whether the tests must run.
 *
 * - `content/sites/<id>/…`: that site; and, for a site whose content other sites show (the
 *   archive, the site that owns no unit: each xã's pages show its articles and recognitions of the
 *   units the xã was formed from, src/lib/province.ts `siteView`), every site.
 * - Anything else under `content/` (the province's units, its sites, its obligations) or the
 *   site code (`src/`, `public/`, the Astro configuration, the dependencies, the build scripts):
 *   every site; each build then keeps the output of a site its change does not reach
 *   (src/lib/publish-plan.ts), so "every site" costs little for those.
 * - The tests, the workflows, the CI script, the national list (`data/`: read by `npm run new`,
 *   never by a build): the tests only.
 * - Documentation (`docs/`, Markdown at the top): nothing.
 * The tests run whenever anything but content and documentation changed.
 */

export interface PushChanges {
  /** Code, tests or configuration changed: the tests must pass before the deploy. */
  code: boolean;
  /** The sites to build, in the province's order (the hub is built whenever one is). */
  sites: string[];
  /** Why, a line per rule that applied, for the workflow's log. */
  why: string[];
}

type Effect = 'site' | 'all' | 'tests' | 'nothing';

function effectOf(path: string): Effect {
  if (/^content\/sites\/[^/]+\//.test(path)) return 'site';
  if (path.startsWith('content/')) return 'all';
  if (path.startsWith('docs/') || /^[^/]+\.md$/.test(path)) return 'nothing';
  if (
    /^(tests|\.github|\.ci|data)\//.test(path) ||
    /^(vitest\.config\.ts|eslint\.config\.js|\.prettierrc\.json|\.prettierignore|\.htmlvalidate\.json)$/.test(path)
  )
    return 'tests';
  return 'all';
}

/**
 * `paths`: repository paths the push changed (git diff --name-only); `sites`: the province's;
 * `shownElsewhere`: the sites whose content other sites' pages show (those without an owner).
 */
export function pushChanges(paths: readonly string[], sites: readonly string[], shownElsewhere: readonly string[] = []): PushChanges {
  const wanted = new Set<string>();
  const why: string[] = [];
  let all = false;
  let code = false;
  for (const path of paths) {
    const effect = effectOf(path);
    if (effect === 'site') {
      const id = path.split('/')[2]!;
      // A folder that is not (or no longer) a site of the province: province.json says which are.
      if (sites.includes(id) && shownElsewhere.includes(id)) {
        if (!all) {
          all = true;
          why.push(`${path}: các trang khác hiện nội dung của ${id}: dựng mọi trang`);
        }
      } else if (sites.includes(id)) wanted.add(id);
      else if (!all) {
        all = true;
        why.push(`${path}: thư mục không thuộc danh sách trang của tỉnh: dựng mọi trang`);
      }
    } else if (effect === 'all') {
      if (!path.startsWith('content/')) code = true;
      if (!all) {
        all = true;
        why.push(`${path}: dùng chung cho mọi trang`);
      }
    } else if (effect === 'tests') code = true;
  }
  if (!all) for (const id of wanted) why.push(`${id}: nội dung của trang đổi`);
  if (code) why.push('mã nguồn đổi: chạy kiểm thử trước khi đăng');
  return { code, sites: sites.filter((id) => all || wanted.has(id)), why };
}

export interface BuildJob {
  site: string;
  /** `K/N` for a part of a site built in N parts, or empty. */
  part: string;
  /** The job's name, and its caches' and files'. */
  name: string;
}

/**
 * The deploy's build jobs for `sites` (`parts`: sites built in N parts, a job each), and `single`:
 * the site when it alone is to be built whole, built by the publish job itself (no matrix).
 */
export function buildJobs(sites: readonly string[], parts: ReadonlyMap<string, number> = new Map()): { jobs: BuildJob[]; single: string } {
  const jobs = sites.flatMap((site): BuildJob[] => {
    const n = parts.get(site) ?? 1;
    return n <= 1
      ? [{ site, part: '', name: site }]
      : Array.from({ length: n }, (_, k) => ({ site, part: `${k + 1}/${n}`, name: `${site}-part-${k + 1}` }));
  });
  return { jobs, single: jobs.length === 1 && !jobs[0]!.part ? jobs[0]!.site : '' };
}
