/**
 * Builds three sites once for the built-output tests, each with `scripts/build.ts --force` (a
 * clean build: check, Astro, Pagefind) into a temporary directory: the fixture set, the real
 * content, and the injection fixture. The fixture set is valid/ with files saved as editors'
 * machines save them (editor-saved/: BOM, CRLF, decomposed Unicode, an MDX article with all
 * three), an article with a cover photo and a photo with a caption in its text (photos/), a plan
 * (kế hoạch) with its files and relations and units that ended in 2025 and their successors
 * (documents/, whose units.json and site.json are saved by Notepad too), every kind of a
 * commune's own content, owned by the fixture's new xã (commune/: Giới thiệu, leaders, contacts,
 * disclosures, the weekly schedule, procedures, the English page, obligations), and a
 * series of 51 short 2019 articles, so the archive, a category and a tag have a second page.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildCacheDir, siteRoot } from '../../src/source/paths.ts';
import { readProvince } from '../../src/source/province.ts';
import { materialize, PROJECT, startBuild, writeArticleSeries } from '../helpers/fixtures.ts';

async function build(content: string, out: string): Promise<void> {
  const r = await startBuild(content, out, { force: true });
  if (r.status !== 0) throw new Error(`build of ${content} failed:\n${r.stdout}\n${r.stderr}`);
}

export default async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'portal-sites-'));
  const fixture = materialize(['editor-saved', 'photos', 'documents', 'commune'], join(dir, 'content'));
  writeArticleSeries(fixture, { count: 51, year: 2019, category: 'Tin tổng hợp', tag: 'Lưu trữ' });
  // The real content is a province (content/province.json): every site in its own folder, and the hub.
  const sites = { fixtureSite: join(dir, 'fixture'), realProvince: join(dir, 'real'), injectionSite: join(dir, 'injection') };
  const injection = materialize('injection', join(dir, 'content'));
  // The real content, copied: tests/site/province-builds.test.ts, which runs last, publishes its
  // edits to this copy and its build (its first state is this clean build).
  const real = join(dir, 'real-content');
  cpSync(join(PROJECT, 'content'), real, { recursive: true });
  const realSites = readProvince(real).sites.map((id) => siteRoot(real, id));
  // (at once: a build waits on its disk and its processes' start as much as on the cores)
  await Promise.all([build(fixture, sites.fixtureSite), build(real, sites.realProvince), build(injection, sites.injectionSite)]);
  for (const [key, path] of Object.entries(sites)) project.provide(key as keyof typeof sites, path);
  // The archive: the former district's portal, as it was before the province.
  project.provide('realSite', join(sites.realProvince, 'huyen-cho-don'));
  project.provide('fixtureContent', fixture);
  project.provide('realContent', real);
  return () => {
    rmSync(dir, { recursive: true, force: true });
    // The temporary content roots' build caches (node_modules/.astro/<root>/) go with them.
    // (and each site of the copied province has its own)
    for (const root of [fixture, injection, real, ...realSites]) rmSync(buildCacheDir(root, PROJECT), { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    fixtureSite: string;
    /** The content set fixtureSite was built from. */
    fixtureContent: string;
    /** The archive site of the real province (realProvince/huyen-cho-don/). */
    realSite: string;
    /** The real province's output: a folder per site, and hub/. */
    realProvince: string;
    /** The copy of content/ realProvince was built from (province-builds.test.ts edits it). */
    realContent: string;
    injectionSite: string;
  }
}
