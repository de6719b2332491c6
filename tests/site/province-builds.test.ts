/**
 * Publishing a province (the copy of content/ the global setup built clean, and that build): an
 * edit to one site publishes that site only, a change to the province's units publishes the sites
 * whose pages show it, and what every site then holds equals a clean build, file by file; builds
 * of two sites at the same time equal the same builds run alone. It edits that copy and its build,
 * so it runs after every other file of the site tests (vitest.config.ts, `sequence`).
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { readProvince } from '../../src/source/province.ts';
import { buildCacheDir, siteRoot } from '../../src/source/paths.ts';
import { BUILD_DAY, buildSite, PROJECT, rewriteFile, startBuild } from '../helpers/fixtures.ts';
import { snapshot } from '../../scripts/support/snapshot.ts';

const dir = mkdtempSync(join(tmpdir(), 'portal-province-'));
/** A copy of the content with every edit made at once: the clean build's. */
const reference = join(dir, 'reference');
/** The clean build of `reference`: every site in one Astro build (src/publish/province-build.ts). */
const clean = join(dir, 'clean');
const content = inject('realContent');
const out = inject('realProvince');
const { sites } = readProvince(content);

/** What each site's build did (its BUILD_STATS line: site id → mode). */
function modes(stdout: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const [, json] of stdout.matchAll(/BUILD_STATS (.*)/g)) {
    const { out: at, mode } = JSON.parse(json!) as { out: string; mode: string };
    found[at.slice(out.length + 1)] = mode;
  }
  return found;
}
const publish = async () => {
  const r = await startBuild(content, out);
  expect(r.status, r.stderr).toBe(0);
  // A site kept as it was says nothing; the province says how many it kept, in one line.
  const kept = Object.values(modes(r.stdout)).filter((mode) => mode === 'keep').length;
  expect(r.stdout).not.toContain('giữ nguyên (');
  expect(r.stdout).not.toContain('không có gì thay đổi từ lần dựng trước, đã qua kiểm tra');
  if (kept > 0)
    expect(r.stdout).toContain(kept === sites.length ? `Cả ${kept} trang giữ nguyên: ` : `${kept}/${sites.length} trang giữ nguyên: `);
  // No English library warning reaches an editor (Astro's for a site with no articles or documents
  // yet); the portal's own, in Vietnamese, may.
  expect(`${r.stdout}${r.stderr}`).not.toMatch(/\[WARN\] \[(?!cho-don-portal\])/);
  return modes(r.stdout);
};
/** Every site keeps its output but `changed`, which render their changed pages (or patch them: `mode`). */
const only = (changed: string[], mode = 'changed-pages') =>
  Object.fromEntries(sites.map((id) => [id, changed.includes(id) ? mode : 'keep']));

afterAll(() => {
  // (the alone and together builds' sites are the copy's: their caches go with the global setup's)
  rmSync(dir, { recursive: true, force: true });
  for (const root of [reference, ...sites.map((id) => siteRoot(reference, id))])
    rmSync(buildCacheDir(root, PROJECT), { recursive: true, force: true });
});

describe('publishing a province', () => {
  it('an edit publishes its own site only; a unit publishes the sites that show it; every site equals a clean build', async () => {
    /** Each edit, written into a content folder, and the sites whose publish it makes. */
    const edits: [edit: (root: string) => void, sites: string[], mode?: string][] = [
      // A title in the archive that names no unit: the xã sites show nothing of it. (The article has
      // no text, only its title: its pages are patched without Astro.)
      [
        (root) =>
          rewriteFile(join(root, 'sites/huyen-cho-don/articles/2021/cho-don-trien-khai-thuc-hien-chuong-trinh-chuyen-doi-so.md'), (t) =>
            t.replace(/^title: .*$/m, 'title: "Chợ Đồn triển khai Chương trình chuyển đổi số (sửa)"'),
          ),
        ['huyen-cho-don'],
        'text-only',
      ],
      // One xã's settings: that site (and the hub, which lists it).
      [
        (root) =>
          rewriteFile(join(root, 'sites/xa-yen-thinh/site.json'), (t) => t.replace('"description": "', '"description": "Trang của xã. ')),
        ['xa-yen-thinh'],
      ],
      // A xã's own article naming another xã of today: that site (which links to the other's).
      [
        (root) => {
          const article = join(root, 'sites/xa-yen-thinh/articles/2026/phoi-hop-voi-xa-cho-don.md');
          mkdirSync(dirname(article), { recursive: true });
          writeFileSync(article, '---\ntitle: "Phối hợp giữa hai xã"\ndate: 2026-02-02\n---\n\nXã Yên Thịnh phối hợp với Xã Chợ Đồn.\n');
        },
        ['xa-yen-thinh'],
      ],
      // The province's units: an agency only the archive shows, and a predecessor of xã Nam Cường.
      // (xã Yên Thịnh, whose text names neither, keeps its output.)
      [
        (root) =>
          rewriteFile(join(root, 'units.json'), (t) =>
            t
              .replace('"aliases":["Hạt Kiểm lâm huyện"]', '"aliases":["Hạt Kiểm lâm huyện","Hạt Kiểm lâm Chợ Đồn"]')
              .replace('"name":"Xuân Lạc","bloc":"Khối xã","aliases":[]', '"name":"Xuân Lạc","bloc":"Khối xã","aliases":["Xuân Lạc (cũ)"]'),
          ),
        ['huyen-cho-don', 'xa-nam-cuong'],
      ],
      // Today's xã Chợ Đồn: its site, the archive (whose units it took in) and xã Yên Thịnh, whose article names it.
      [
        (root) =>
          rewriteFile(join(root, 'units.json'), (t) =>
            t.replace('"slug":"cho-don-2025","aliases":[]', '"slug":"cho-don-2025","aliases":["Xã Chợ Đồn mới"]'),
          ),
        ['huyen-cho-don', 'xa-cho-don', 'xa-yen-thinh'],
      ],
      // A 2026 article of xã Nam Cường names "Xã Nam Cường": the xã of its time, on its own site.
      [
        (root) => {
          const article = join(root, 'sites/xa-nam-cuong/articles/2026/xa-nam-cuong-hop-dan-dau-nam.md');
          mkdirSync(dirname(article), { recursive: true });
          writeFileSync(article, '---\ntitle: "Họp dân đầu năm"\ndate: 2026-01-05\n---\n\nXã Nam Cường tổ chức họp dân đầu năm.\n');
        },
        ['xa-nam-cuong'],
      ],
    ];
    // The clean build of the content with every edit, from a copy, while the edits are published one by one.
    cpSync(content, reference, { recursive: true });
    for (const [edit] of edits) edit(reference);
    const cleanBuild = startBuild(reference, clean, { force: true });

    expect(await publish()).toEqual(only([]));
    for (const [edit, changed, mode] of edits) {
      edit(content);
      expect(await publish()).toEqual(only(changed, mode));
    }
    const html = readFileSync(join(out, 'xa-nam-cuong/tin-tuc/xa-nam-cuong-hop-dan-dau-nam/index.html'), 'utf8');
    expect(html).toContain('<a href="/don-vi/nam-cuong-2025/" class="unit-mention">Xã Nam Cường</a>');
    const named = readFileSync(join(out, 'xa-yen-thinh/tin-tuc/phoi-hop-voi-xa-cho-don/index.html'), 'utf8');
    expect(named).toContain('<a href="https://chodon.thainguyen.example/don-vi/cho-don-2025/" class="unit-mention">Xã Chợ Đồn</a>');

    const r = await cleanBuild;
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain(`Dựng ${sites.length} trang trong một lần dựng Astro`);
    for (const id of [...sites, 'hub']) expect(snapshot(join(out, id)), id).toEqual(snapshot(join(clean, id)));
  }, 300_000);

  it('two sites built at the same time equal the same builds run alone, file by file, and the province built in one build', async () => {
    // (the two smallest sites: what is checked is that builds at once share nothing)
    const two = ['xa-yen-thinh', 'xa-quang-bach'];
    const build = (id: string, to: string) =>
      new Promise<number>((done) => {
        const child = spawn(process.execPath, ['scripts/build.ts', '--content', siteRoot(content, id), '--out', to, '--force'], {
          cwd: PROJECT,
          stdio: 'ignore',
          env: { ...process.env, PORTAL_TODAY: BUILD_DAY },
        });
        child.on('close', (code) => done(code ?? 1));
      });
    for (const id of two) expect(await build(id, join(dir, 'alone', id))).toBe(0);
    expect(await Promise.all(two.map((id) => build(id, join(dir, 'together', id))))).toEqual([0, 0]);
    for (const id of two) expect(snapshot(join(dir, 'together', id)), id).toEqual(snapshot(join(dir, 'alone', id)));
    // (the content is the reference's now: the edits above were all published)
    for (const id of two) expect(snapshot(join(clean, id)), id).toEqual(snapshot(join(dir, 'alone', id)));
  }, 300_000);

  it('a site of the province built in parts, a job each, and put together equals its whole build (its view of the province included)', async () => {
    const parts = ['1/2', '2/2'].map((_, k) => join(dir, 'parts', String(k + 1)));
    // (at once, as the workflow's jobs run)
    const built = await Promise.all(
      ['1/2', '2/2'].map((part, k) => startBuild(content, parts[k]!, { args: ['--site', 'huyen-cho-don', '--part', part] })),
    );
    for (const r of built) expect(r.status, r.stderr).toBe(0);
    const whole = join(dir, 'assembled');
    const r = buildSite(content, whole, { args: ['--site', 'huyen-cho-don', '--assemble', ...parts] });
    expect(r.status, r.stderr).toBe(0);
    expect(snapshot(join(whole, 'huyen-cho-don'))).toEqual(snapshot(join(out, 'huyen-cho-don')));
  }, 300_000);

  it('stops before building when two sites claim one owner, naming the file and field, and keeps every output', () => {
    const before = snapshot(out);
    const undo = rewriteFile(join(content, 'sites/xa-yen-thinh/site.json'), (t) =>
      t.replace('"owner": "yen-thinh-2025"', '"owner": "nam-cuong-2025"'),
    );
    try {
      const r = buildSite(content, out);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('sites/xa-yen-thinh/site.json › owner: đơn vị "nam-cuong-2025" đã là chủ quản của trang "xa-nam-cuong"');
      expect(snapshot(out)).toEqual(before);
    } finally {
      undo();
    }
  });
});
