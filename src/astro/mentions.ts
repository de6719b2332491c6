/**
 * The build's one mention matcher (src/lib/mentions.ts). astro.config.mjs hands the Markdown
 * pipelines a function that asks for it, and the model store asks for it too: all run in the one
 * Node process of `astro build` / `astro dev`, but in different module graphs (the config is
 * bundled apart from the pages), so the matcher is kept once per process (src/internals.ts, 7), not in a module variable.
 * It is built from units.json on first use and again only when that file, the site's settings or
 * its view of its province change (dev server). In `astro build` neither changes while it runs: once the
 * integration says so (`keepMentionLinks`), the files are no longer looked at for each document
 * (two stats per document, 0.6 s of a 10k build).
 */
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { mentionLinks, mentionSite, type MentionLinks } from '../lib/mentions.ts';
import { readSiteSettings } from '../source/site-settings.ts';
import { join } from 'node:path';
import { contentRoot, contentRootOf, LAYOUT, unitsFile } from '../source/paths.ts';
import { readUnits } from '../source/read.ts';
import { readSiteView, siteViewFile } from '../source/site-view.ts';
import { processShared } from '../internals.ts';

interface Shared {
  /** units.json's path, size and modification time when the matcher was built. */
  stamp?: string;
  links?: MentionLinks;
  /** How many matchers this process has built for this content root (reported at the end of a build). */
  built: number;
}

/** One matcher per content root (a build of several sites has one per site). */
const shared = (root: string): Shared => processShared<Shared>(`mention-links:${root}`, () => ({ built: 0 }));
/** Whether the matchers are kept as built, without looking at the files again (a build). */
const keeping = () => processShared<{ kept?: boolean }>('mention-links-kept', () => ({}));

function stampOf(path: string): string {
  try {
    const s = statSync(path);
    return `${path} ${s.size} ${s.mtimeMs}`;
  } catch {
    return `${path} missing`;
  }
}

/** The matcher and unit links of the content root being built. */
export function sharedMentionLinks(root = contentRoot()): MentionLinks {
  const current = shared(root);
  if (keeping().kept && current.links) return current.links;
  // The units, and the site's view of its province (where units with pages elsewhere link).
  const stamp = [unitsFile(root), siteViewFile(root), join(root, LAYOUT.site)].map(stampOf).join('\0');
  if (current.links && current.stamp === stamp) return current.links;
  const view = readSiteView(root);
  const links = mentionLinks(readUnits(root), { elsewhere: view?.elsewhere, here: view?.pages, site: mentionSite(readSiteSettings(root)) });
  Object.assign(current, { stamp, links, built: current.built + 1 });
  return links;
}

/** For a build: once built, the matcher is kept as it is, without looking at the files again. */
export function keepMentionLinks(): void {
  keeping().kept = true;
}

/** How many matchers this process has built so far for the content root being built. */
export function mentionMatchersBuilt(root = contentRoot()): number {
  return shared(root).built;
}

/**
 * The matcher for a Markdown or MDX file the pipelines render (`file`: its path, when they know
 * it): the matcher of the site it belongs to (src/source/paths.ts `contentRootOf`).
 */
export const mentionLinksFor = (file?: string | URL): MentionLinks =>
  sharedMentionLinks(file === undefined ? contentRoot() : contentRootOf(typeof file === 'string' ? file : fileURLToPath(file)));
