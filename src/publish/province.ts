/**
 * Before a province's sites are built: each site's view of the others (src/lib/province.ts), into
 * the site's build cache, where its build reads it (src/source/site-view.ts). A view is rewritten
 * only when it changed, so a site whose content and view are unchanged keeps its output.
 *
 * This module owns unit-names.json, in the province's build cache: the units each text file of
 * the sites names (src/source/province.ts, `NamedByFile`), kept for the next build with a digest
 * of the units' names it was found with; another digest, and every file is read again.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { siteRoot } from '../source/paths.ts';
import { provinceViews, type NamedByFile } from '../source/province.ts';
import { siteViewFile } from '../source/site-view.ts';
import { buildCache } from '../source/build-cache.ts';
import { readUnits } from '../source/read.ts';
import { unitNames } from '../lib/units.ts';
import type { UnitData } from '../lib/schemas.ts';

interface NamesFile {
  version: 1;
  /** The units' ids and names the files were read for. */
  names: string;
  files: NamedByFile;
}

/** What decides which units a text names: every unit's id and names. */
const namesDigest = (units: readonly UnitData[]) =>
  createHash('sha1')
    .update(JSON.stringify(units.map((u) => [u.id, ...unitNames(u)])))
    .digest('hex');

/** What the last build found each file names, if it read them for the same names. */
function readNames(file: string, names: string): NamedByFile {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as NamesFile;
    return data.version === 1 && data.names === names ? data.files : {};
  } catch {
    return {};
  }
}

export function writeSiteViews(root: string): void {
  const namesFile = buildCache(root).path('names');
  // (units.json read once: for the digest and the views)
  const units = readUnits(root);
  const names = namesDigest(units);
  const known = readNames(namesFile, names);
  const seen: NamedByFile = {};
  for (const [id, view] of provinceViews(root, {}, { units, known, seen })) {
    const file = siteViewFile(siteRoot(root, id));
    const text = `${JSON.stringify(view)}\n`;
    if (existsSync(file) && readFileSync(file, 'utf8') === text) continue;
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  const record = JSON.stringify({ version: 1, names, files: seen } satisfies NamesFile);
  if (existsSync(namesFile) && readFileSync(namesFile, 'utf8') === record) return;
  // (written whole, then renamed: two builds of one province's parts may write it at once)
  mkdirSync(dirname(namesFile), { recursive: true });
  writeFileSync(`${namesFile}.${process.pid}`, record);
  renameSync(`${namesFile}.${process.pid}`, namesFile);
}
