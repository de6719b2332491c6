/**
 * Before a province's sites are built: each site's view of the others (src/lib/province.ts), into
 * the site's build cache, where its build reads it (src/source/site-view.ts). A view is rewritten
 * only when it changed, so a site whose content and view are unchanged keeps its output.
 *
 * This module owns unit-names.json, in the province's build cache: the units each text file of
 * the sites names (src/source/province.ts, `NamedByFile`), kept for the next build with every
 * unit's names it was found with. When those changed (a unit renamed), a file is found again only
 * if its text may name a unit whose names changed (src/lib/mentions.ts `mayReferToChanged`): a
 * rename read every text of 92 sites again, 3 s of the publish (docs/performance.md).
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { siteRoot } from '../source/paths.ts';
import { provinceViews, type NamedByFile, type NamesKnown } from '../source/province.ts';
import { siteViewFile } from '../source/site-view.ts';
import { buildCache } from '../source/build-cache.ts';
import { readUnits } from '../source/read.ts';
import { mayReferToChanged, namesById } from '../lib/mentions.ts';

interface NamesFile {
  version: 2;
  /** Each unit's names, by id, as the files were read for them. */
  names: Record<string, string[]>;
  files: NamedByFile;
}

/** What the last build found each file names, and whether to trust it with the units' `names` now. */
function readNames(file: string, names: Record<string, string[]>): NamesKnown {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as NamesFile;
    if (data.version !== 2) return {};
    const same = JSON.stringify(data.names) === JSON.stringify(names);
    return { known: data.files, recheck: same ? undefined : mayReferToChanged(data.names, names) };
  } catch {
    return {};
  }
}

export function writeSiteViews(root: string): void {
  const namesFile = buildCache(root).path('names');
  // (units.json read once: for the names and the views)
  const units = readUnits(root);
  const names = namesById(units);
  const seen: NamedByFile = {};
  for (const [id, view] of provinceViews(root, {}, { units, ...readNames(namesFile, names), seen })) {
    const file = siteViewFile(siteRoot(root, id));
    const text = `${JSON.stringify(view)}\n`;
    if (existsSync(file) && readFileSync(file, 'utf8') === text) continue;
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  const record = JSON.stringify({ version: 2, names, files: seen } satisfies NamesFile);
  if (existsSync(namesFile) && readFileSync(namesFile, 'utf8') === record) return;
  // (written whole, then renamed: two builds of one province's parts may write it at once)
  mkdirSync(dirname(namesFile), { recursive: true });
  writeFileSync(`${namesFile}.${process.pid}`, record);
  renameSync(`${namesFile}.${process.pid}`, namesFile);
}
