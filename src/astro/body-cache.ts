/**
 * What each article's body gives the model (the units it mentions, whether it has any text), kept
 * between builds under the file's digest. Reading all bodies and finding their mentions took about
 * 5 s of a one-edit publish at 10k articles (docs/performance.md); with this file only new and
 * changed articles are read. The findings hold for one list of units and one version of the
 * mention code: both are in the key, and any change starts the file afresh. `npm run build --
 * --force` deletes it (src/source/build-cache.ts).
 *
 * The model store finds them while it reads the model (`bodyFindings`, then `keepForBuildEnd`); the
 * file is written once the build has rendered its pages (the integration's `astro:build:done` calls
 * `saveBodyFindings`), so reading the model writes nothing and a build that fails keeps the last one.
 * The two run in one process but in different module graphs: what is to be saved is kept once per
 * process (src/internals.ts, 7), as the record of keyed pages is (src/astro/page-record.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { unitsFound, type MentionMatcher } from '../lib/mentions.ts';
import { buildCache } from '../source/build-cache.ts';
import { contentRoot, projectDir } from '../source/paths.ts';
import { buildContext } from '../source/build-context.ts';
import { siteShared } from '../source/site-scope.ts';

/** The code that decides what a body mentions: a change to it makes every finding stale. */
const mentionCode = () => ['src/lib/mentions.ts', 'src/lib/units.ts', 'src/lib/vi.ts'].map((file) => join(projectDir(), file));

/** What a build has found and not yet written: the findings it keeps (`keepForBuildEnd`). */
const pending = () => siteShared<{ findings?: BodyFindings }>('body-findings', () => ({}));

/** Keep `findings` to be written at the end of this build (`saveBodyFindings`). */
export function keepForBuildEnd(findings: BodyFindings): void {
  pending().findings = findings;
}

/** Write the findings this build read the model with, if it read it (the end of a build). */
export function saveBodyFindings(): void {
  pending().findings?.save();
}

export interface BodyFound {
  units: string[];
  hasBody: boolean;
}

/** What `body` (of an article of `date`) gives the model: the units it names, whether it has any text. */
export function findInBody(matcher: MentionMatcher, body: string, date?: string): BodyFound {
  return { units: unitsFound(matcher, body, date), hasBody: Boolean(body.trim()) };
}

type Stored = { key: string; articles: Record<string, [digest: string, units: string[], hasBody: boolean]> };

/**
 * The findings the last build kept, by article id, whatever units and code they were found with
 * (the caller knows both are unchanged: src/publish/quick-publish.ts); undefined without a file.
 */
export function storedBodyFindings(file: string): Map<string, BodyFound> | undefined {
  try {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as Stored;
    return new Map(Object.entries(stored.articles).map(([id, [, units, hasBody]]) => [id, { units, hasBody }]));
  } catch {
    return undefined;
  }
}

export type BodyFindings = ReturnType<typeof bodyFindings>;

/** `units` and `site`: what the findings were made with (the units, and the site the texts are on: mentions.ts). */
export function bodyFindings(
  units: unknown,
  matcher: MentionMatcher,
  site: unknown,
  file = buildCache(contentRoot(), buildContext().part).path('bodies'),
) {
  const hash = createHash('sha1').update(JSON.stringify([units, site]));
  for (const source of mentionCode()) hash.update(existsSync(source) ? readFileSync(source) : `${source} missing`);
  const key = hash.digest('hex');
  let previous: Stored['articles'] = {};
  try {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as Stored;
    if (stored.key === key) previous = stored.articles;
  } catch {
    // No file yet, or unreadable: every body is read.
  }
  const next: Stored['articles'] = {};
  let read = 0;
  return {
    /**
     * The findings of article `id` of `date` whose file (front matter included: the date too) has
     * `digest`; `text()` gives its body when they are not known.
     */
    get(id: string, digest: string | undefined, text: () => string, date?: string): BodyFound {
      const known = digest === undefined ? undefined : previous[id];
      if (known && known[0] === digest) {
        next[id] = known;
        return { units: known[1], hasBody: known[2] };
      }
      read++;
      const body = text();
      const found = findInBody(matcher, body, date);
      if (digest !== undefined) next[id] = [digest, found.units, found.hasBody];
      return found;
    },
    /** Keep the findings of this build's articles for the next. */
    save(): { read: number } {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify({ key, articles: next } satisfies Stored));
      return { read };
    },
  };
}
