/**
 * What `npm run build` tells the Astro build it starts: one typed file,
 * build-context.json, in Astro's working folder (src/publish/astro-cli.ts writes it before
 * Astro starts there), not environment variables. This module owns its format, reader and writer.
 * With no file (`npm run dev`, `npm run typecheck`), Astro builds the whole site of `PORTAL_CONTENT`
 * or content/, from the folder it runs in, and records nothing.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { currentSite } from './site-scope.ts';

const fields = {
  /** The content root Astro builds (a site's folder, or a province's for its hub): src/source/paths.ts `contentRoot`. */
  content: z.string().optional(),
  /** The project folder (package.json, src/): Astro runs in a working folder of its own. */
  project: z.string().optional(),
  /** "K/N": the part of the site this build renders (src/lib/parts.ts); none: the whole site. */
  part: z.string().optional(),
  /** Where Astro writes the record of the keyed pages it made (src/astro/page-record.ts). */
  pageRecord: z.string().optional(),
  /** The record of the published site's pages: a changed-pages build leaves the pages whose keys are the same. */
  changedSince: z.string().optional(),
  /**
   * A changed-pages build: the MDX articles (ids) whose module it bundles, those whose body may
   * have changed (src/lib/publish-plan.ts). Another MDX article's page, when rendered, shows the
   * body the published site (`previousSite`) shows (src/astro/model-store.ts). None: every one.
   */
  articleModules: z.array(z.string()).optional(),
  /** The published site's folder (for `articleModules`). */
  previousSite: z.string().optional(),
  /** The folder each rendered page's search document goes to in a full build (src/astro/search-tee.ts). */
  searchScratch: z.string().optional(),
};

const contextSchema = z.object({
  version: z.literal(1),
  ...fields,
  /**
   * One build of several sites of a province (src/publish/province-build.ts): each site's own
   * context, by site id; each site's pages are under `/<id>/` of the build's output. What the code
   * of one site reads (`buildContext()` inside `inSite`, src/source/site-scope.ts) is its own
   * context over the build's.
   */
  sites: z.record(z.string(), z.object(fields)).optional(),
});

/** What a build tells Astro (every field optional). */
export type BuildContext = Omit<z.infer<typeof contextSchema>, 'version'>;

export const BUILD_CONTEXT_FILE = 'build-context.json';

/** Write the context of the Astro build that runs in `dir` (an empty one clears what an earlier build left). */
export function writeBuildContext(dir: string, context: BuildContext): void {
  writeFileSync(join(dir, BUILD_CONTEXT_FILE), `${JSON.stringify({ version: 1, ...context })}\n`);
}

const read = new Map<string, BuildContext>();

/**
 * The context of the Astro build running in `dir` (its working folder), read once; empty when
 * there is none. In a build of several sites, code running for one of them (src/source/site-scope.ts)
 * gets that site's context over the build's.
 */
export function buildContext(dir = process.cwd()): BuildContext {
  const whole = wholeContext(dir);
  const site = currentSite();
  const own = site === undefined ? undefined : whole.sites?.[site];
  if (!own) return whole;
  const key = `${dir}\0${site}`;
  let merged = read.get(key);
  if (!merged) read.set(key, (merged = { ...whole, ...own }));
  return merged;
}

function wholeContext(dir: string): BuildContext {
  const known = read.get(dir);
  if (known) return known;
  const file = join(dir, BUILD_CONTEXT_FILE);
  let context: BuildContext = {};
  if (existsSync(file)) {
    const parsed = contextSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    const { version: _version, ...fields } = parsed.data;
    context = fields;
  }
  read.set(dir, context);
  return context;
}
