/**
 * A site built in parts (one machine each) and assembled equals the site built whole, file by
 * file: `npm run build -- --part k/n`, then `npm run build -- --assemble` (docs/performance.md).
 */
import { describe, expect, inject, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PART_FILE } from '../../src/astro/integration.ts';
import { buildCacheDir } from '../../src/source/paths.ts';
import { buildSite, PROJECT, startBuild } from '../helpers/fixtures.ts';
import { snapshot } from '../../scripts/support/snapshot.ts';

const whole = inject('fixtureSite');
const content = inject('fixtureContent');

/** The article pages a build wrote. */
const articlePages = (dir: string) =>
  readdirSync(join(dir, 'tin-tuc')).filter((d) => existsSync(join(dir, 'tin-tuc', d, 'index.html')) && d !== 'trang');

describe('a site built in two parts', () => {
  it('assembles into exactly the files of the whole build, each article page built by one part', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'portal-parts-'));
    const parts = [join(dir, 'phan-1'), join(dir, 'phan-2')];
    try {
      // (at once, as the workflow's jobs run)
      const built = await Promise.all(parts.map((out, i) => startBuild(content, out, { force: true, args: ['--part', `${i + 1}/2`] })));
      for (const r of built) expect(r.status, r.stdout + r.stderr).toBe(0);
      const [first, second] = parts.map(articlePages);
      // Part 2 holds older articles only: no unit, document or listing pages, no main search index.
      expect(second!.length).toBeGreaterThan(10);
      expect(first!.length).toBeGreaterThan(2);
      expect(first!.filter((p) => second!.includes(p))).toEqual([]);
      // (Pages without parameters, such as /don-vi/, are rendered by every part: the same file.)
      expect(readdirSync(join(parts[1]!, 'don-vi'))).toEqual(['index.html']);
      expect(readdirSync(join(parts[0]!, 'don-vi')).length).toBeGreaterThan(5);
      expect(existsSync(join(parts[1]!, 'pagefind', 'pagefind-entry.json'))).toBe(false);

      const out = join(dir, 'site');
      const r = buildSite(content, out, { args: ['--assemble', ...parts] });
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/ghép từ 2 phần/);
      const assembled = snapshot(out);
      expect(Object.keys(assembled).length).toBeGreaterThan(200);
      expect(assembled).toEqual(snapshot(whole));
      // A photo one part resized (and deleted) and the other kept as Astro wrote it is left out, as
      // the whole build leaves it out (src/internals.ts, 1): the assembly worked it out from the files.
      const photos = parts.flatMap((p) => Object.keys(snapshot(p)).filter((f) => /^\/_astro\/.*\.(jpe?g|png|webp|avif)$/i.test(f)));
      expect(photos.filter((f) => !(f in assembled)).length).toBeGreaterThan(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      for (const part of ['1/2', '2/2']) rmSync(buildCacheDir(content, PROJECT, part), { recursive: true, force: true });
    }
  });

  it('refuses parts that disagree, naming the file, and a part written wrongly', () => {
    const dir = mkdtempSync(join(tmpdir(), 'portal-parts-bad-'));
    try {
      const a = join(dir, 'a');
      const b = join(dir, 'b');
      for (const [d, text] of [
        [a, 'một'],
        [b, 'hai'],
      ] as const) {
        mkdirSync(d, { recursive: true });
        writeFileSync(join(d, 'index.html'), text);
      }
      const out = join(dir, 'site');
      const notPart = buildSite(content, out, { args: ['--assemble', a, b] });
      expect(notPart.status).toBe(1);
      expect(notPart.stderr).toContain(`${a} không phải là một phần đã dựng`);

      for (const d of [a, b]) writeFileSync(join(d, PART_FILE), '{"part":"1/2"}');
      const r = buildSite(content, out, { args: ['--assemble', a, b] });
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('index.html khác nhau giữa');
      expect(existsSync(out)).toBe(false);

      const wrong = buildSite(content, out, { args: ['--part', '3/2'] });
      expect(wrong.status).toBe(1);
      expect(wrong.stderr).toContain('phần bản dựng "3/2" không hợp lệ');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
