/**
 * The province served by a real web server: Debian's nginx on 127.0.0.1 with the shipped
 * configuration (scripts/deploy/nginx-config.ts) serving the current release of the real
 * province's build (scripts/deploy/release.ts). Each site answers at its own host name; an edit
 * published as a new release sends only the files it changed, and readers asking for pages all
 * through the switch get each page whole, from one release or the other, with its files.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildCache } from '../../src/source/build-cache.ts';
import { readProvince } from '../../src/source/province.ts';
import { siteRoot } from '../../src/source/paths.ts';
import { snapshot } from '../../scripts/support/snapshot.ts';
import { buildSite, PROJECT, rewriteFile } from '../helpers/fixtures.ts';
import { freePort, get, startNginx, type Nginx } from '../helpers/web-server.ts';

const dir = mkdtempSync(join(tmpdir(), 'portal-serve-'));
// (nginx's workers run as another user, as on a server: the folder is readable to them)
chmodSync(dir, 0o755);
const content = join(dir, 'content');
const dist = join(dir, 'dist');
const srv = join(dir, 'srv');
const ARCHIVE = 'cho-don.example';
const NAM_CUONG = 'namcuong.thainguyen.example';
const HUB = 'cho-don-xa.thainguyen.example';
const ARTICLE = '/tin-tuc/cho-don-trien-khai-thuc-hien-chuong-trinh-chuyen-doi-so/';
const ARTICLE_FILE = 'sites/huyen-cho-don/articles/2021/cho-don-trien-khai-thuc-hien-chuong-trinh-chuyen-doi-so.md';

interface ReleaseStats {
  release: string;
  previous: string | null;
  files: number;
  files_sent: number;
}
/** What is published: the sites' folders (the build's own working folders, .<name>, aside). */
const published = (): Record<string, string> =>
  Object.fromEntries(
    readdirSync(dist)
      .filter((name) => !name.startsWith('.'))
      .flatMap((name) => Object.entries(snapshot(join(dist, name))).map(([path, hash]) => [`/${name}${path}`, hash])),
  );

/** The deploy tool run as the province's IT staff run it, on the content copy. */
const tool = (args: string[]) =>
  spawnSync(process.execPath, ['scripts/deploy/release.ts', ...args], {
    cwd: PROJECT,
    encoding: 'utf8',
    env: { ...process.env, PORTAL_CONTENT: content },
  });
function release(...args: string[]) {
  const r = tool(['--from', dist, '--to', srv, ...args]);
  expect(r.status, r.stdout + r.stderr).toBe(0);
  return JSON.parse(/^RELEASE_STATS (.*)$/m.exec(r.stdout)![1]!) as ReleaseStats;
}

let port: number;
let nginx: Nginx;
const page = (host: string, path: string, headers?: Record<string, string>) => get(port, host, path, headers);

beforeAll(async () => {
  cpSync(join(PROJECT, 'content'), content, { recursive: true });
  cpSync(inject('realProvince'), dist, { recursive: true });
  port = await freePort();
  const conf = join(dir, 'portal.conf');
  const made = spawnSync(
    process.execPath,
    [
      'scripts/deploy/nginx-config.ts',
      '--content',
      content,
      '--root',
      join(srv, 'current'),
      '--listen',
      `127.0.0.1:${port}`,
      '--out',
      conf,
    ],
    { cwd: PROJECT, encoding: 'utf8' },
  );
  expect(made.status, made.stderr).toBe(0);
  expect(release()).toMatchObject({ previous: null, files_sent: Object.keys(published()).length });
  nginx = await startNginx(join(dir, 'nginx'), conf, port);
}, 120_000);
afterAll(async () => {
  await nginx?.stop();
  for (const id of readProvince(content).sites) rmSync(buildCache(siteRoot(content, id)).dir, { recursive: true, force: true });
  rmSync(buildCache(content).dir, { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
});

const title = (html: Buffer) => /<title>([^<]*)<\/title>/.exec(html.toString('utf8'))?.[1];
/** The files a page loads from its own site (styles, scripts, icons). */
const assets = (html: Buffer) =>
  [...html.toString('utf8').matchAll(/(?:href|src)="(\/(?:_astro\/|style\.css|favicon)[^"]*)"/g)].map((m) => m[1]!);

describe('the province served by nginx', () => {
  it('answers each site at its own host name, with the headers the configuration ships', async () => {
    const archive = await page(ARCHIVE, '/');
    const namCuong = await page(NAM_CUONG, '/');
    const hub = await page(HUB, '/');
    for (const r of [archive, namCuong, hub]) expect(r.status).toBe(200);
    expect(archive.body).toEqual(readFileSync(join(dist, 'huyen-cho-don/index.html')));
    expect(namCuong.body).toEqual(readFileSync(join(dist, 'xa-nam-cuong/index.html')));
    expect(hub.body).toEqual(readFileSync(join(dist, 'hub/index.html')));

    // The page's own policy, as a header, with what only a header can say.
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/
      .exec(namCuong.body.toString())![1]!
      .replaceAll('&#39;', "'");
    expect(namCuong.headers['content-security-policy']).toBe(`${meta}; frame-ancestors 'none'`);
    expect(namCuong.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(namCuong.headers['cache-control']).toBe('no-cache');
    const admin = await page(NAM_CUONG, '/admin/');
    expect(admin.headers['content-security-policy']).toContain('https://api.github.com');

    // Hashed files are kept a year, and text is compressed on the way.
    const [script] = readdirSync(join(dist, 'xa-nam-cuong/_astro'));
    const hashed = await page(NAM_CUONG, `/_astro/${script}`);
    expect([hashed.status, hashed.headers['cache-control']]).toEqual([200, 'public, max-age=31536000, immutable']);
    const css = await page(NAM_CUONG, '/style.css', { 'accept-encoding': 'gzip' });
    expect([css.headers['content-encoding'], css.headers['cache-control']]).toEqual(['gzip', 'no-cache']);

    // An address without its slash is sent to the page's own; a page that is not there, to the site's 404.
    const bare = await page(ARCHIVE, '/tin-tuc');
    expect([bare.status, bare.headers.location]).toEqual([301, '/tin-tuc/']);
    const missing = await page(ARCHIVE, '/khong-co-trang-nay/');
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual(readFileSync(join(dist, 'huyen-cho-don/404.html')));
  });

  it('publishes an edit as a new release that sends only the changed files, and no reader sees a missing or mixed page as it switches', async () => {
    const before = published();
    const oldPage = readFileSync(join(dist, 'huyen-cho-don', ARTICLE, 'index.html'));
    rewriteFile(join(content, ARTICLE_FILE), (t) => t.replace(/^title: "(.*)"$/m, 'title: "$1 (đã sửa)"'));
    const built = buildSite(content, dist, { args: ['--site', 'huyen-cho-don'] });
    expect(built.status, built.stderr).toBe(0);
    const after = published();
    const changed = Object.keys(after).filter((f) => after[f] !== before[f]);
    expect(changed).toContain(`/huyen-cho-don${ARTICLE}index.html`);
    const newPage = readFileSync(join(dist, 'huyen-cho-don', ARTICLE, 'index.html'));
    expect(title(newPage)).toContain('(đã sửa)');

    // Readers keep asking for the edited page (and what it loads) and pages of other sites while the release runs.
    const reads: { version: 'old' | 'new' | 'other'; ok: boolean; why?: string }[] = [];
    let releasing = true;
    const reader = async () => {
      while (releasing || !reads.some((r) => r.version === 'new')) {
        const r = await page(ARCHIVE, ARTICLE);
        const version = r.body.equals(oldPage) ? 'old' : r.body.equals(newPage) ? 'new' : 'other';
        const loaded = await Promise.all(assets(r.body).map((a) => page(ARCHIVE, a)));
        const other = await page(NAM_CUONG, '/');
        const ok = r.status === 200 && version !== 'other' && loaded.every((l) => l.status === 200) && other.status === 200;
        reads.push({ version, ok, ...(ok ? {} : { why: `${r.status} ${title(r.body)} ${loaded.map((l) => l.status)} ${other.status}` }) });
      }
    };
    const readers = [reader(), reader()];
    const child = spawn(process.execPath, ['scripts/deploy/release.ts', '--from', dist, '--to', srv], {
      cwd: PROJECT,
      env: { ...process.env, PORTAL_CONTENT: content },
    });
    let stdout = '';
    child.stdout.on('data', (d) => (stdout += d));
    const code = await new Promise<number | null>((done) => child.on('exit', done));
    releasing = false;
    await Promise.all(readers);
    expect(code, stdout).toBe(0);
    const stats = JSON.parse(/^RELEASE_STATS (.*)$/m.exec(stdout)![1]!) as ReleaseStats;

    expect(stats.files_sent).toBe(changed.length);
    expect(stats.files_sent).toBeLessThan(Object.keys(after).length / 20);
    // What was not sent is the release before's own file, linked: another site's page, the archive's photos.
    const inode = (release: string, file: string) => statSync(join(srv, 'releases', release, file)).ino;
    for (const file of [
      'xa-nam-cuong/index.html',
      'hub/index.html',
      Object.keys(after).find((f) => f.startsWith('/huyen-cho-don/_astro/'))!,
    ])
      expect(inode(stats.release, file), file).toBe(inode(stats.previous!, file));

    expect(reads.filter((r) => !r.ok)).toEqual([]);
    expect(reads[0]!.version).toBe('old');
    expect(reads.at(-1)!.version).toBe('new');
    // Once the new page was read, no reader got the old one again.
    const first = reads.findIndex((r) => r.version === 'new');
    expect(reads.slice(first).filter((r) => r.version === 'old').length).toBeLessThanOrEqual(1);
  });

  it('refuses a build that lacks a site, since a release replaces the one served whole', () => {
    const partial = join(dir, 'partial');
    cpSync(join(dist, 'hub'), join(partial, 'hub'), { recursive: true });
    const r = tool(['--from', partial, '--to', srv]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${partial} thiếu huyen-cho-don, xa-bach-thong,`);
    expect(readFileSync(join(srv, 'current/hub/index.html'))).toEqual(readFileSync(join(dist, 'hub/index.html')));
  });

  it('a rollback serves the release before again', async () => {
    const served = readFileSync(join(srv, 'current/huyen-cho-don', ARTICLE, 'index.html'));
    expect(title(served)).toContain('(đã sửa)');
    const back = tool(['--to', srv, '--rollback']);
    expect(back.status, back.stderr).toBe(0);
    const r = await page(ARCHIVE, ARTICLE);
    expect(title(r.body)).not.toContain('(đã sửa)');
    expect(title(r.body)).toContain('chuyển đổi số');
  });
});
