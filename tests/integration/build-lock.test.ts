/**
 * One build per output folder at a time (src/publish/lock.ts, src/lib/build-lock.ts), with real
 * builds of the small fixture site: `--no-wait` refuses while another build holds the folder,
 * naming it; a lock left by a killed build is taken over; a second build waits for the first,
 * then publishes what changed meanwhile; after a build that did not finish, the next says so.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite, materialize, PROJECT, startBuild } from '../helpers/fixtures.ts';
import { buildCacheDir } from '../../src/source/paths.ts';

const content = materialize();
const out = join(dirname(content), 'dist');
const lock = `${out}.lock`;
afterAll(() => {
  rmSync(dirname(content), { recursive: true, force: true });
  rmSync(buildCacheDir(content, PROJECT), { recursive: true, force: true });
});

const holdLock = (pid: number) =>
  writeFileSync(lock, JSON.stringify({ pid, host: hostname(), started: new Date(2026, 11, 6, 9, 5, 9).toISOString() }));
const statsOf = (stdout: string) => JSON.parse(/^BUILD_STATS (.*)$/m.exec(stdout)![1]!) as { mode: string; why: string };
const ARTICLE = join(content, 'articles', '2021', 'dat-chuan-2021.md');

/** A build of the fixture into `out`, started now; `onOutput` sees its output so far as it comes. */
const build = (onOutput?: (stdout: string) => unknown) => startBuild(content, out, onOutput ? { onOutput } : {});

describe('one build per output folder', () => {
  it('refuses with --no-wait while another build holds the folder, naming it, and writes nothing', () => {
    holdLock(process.pid);
    const r = buildSite(content, out, { args: ['--no-wait'] });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`một lần dựng khác đang ghi vào ${out} (tiến trình ${process.pid}, bắt đầu lúc 09:05:09 ngày 06/12/2026)`);
    expect(existsSync(out)).toBe(false);
    // (the lock is the running build's: left as it was)
    expect(JSON.parse(readFileSync(lock, 'utf8')).pid).toBe(process.pid);
    rmSync(lock);
  });

  it('takes over the lock a killed build left; of two builds started together, one builds and the other waits, then keeps it', async () => {
    const gone = spawnSync(process.execPath, ['-e', '']).pid;
    holdLock(gone);
    const [a, b] = await Promise.all([build(), build()]);
    for (const r of [a, b]) expect(r.status, r.stdout + r.stderr).toBe(0);
    const both = a.stdout + b.stdout;
    expect(both).toContain(`(tiến trình ${gone}, bắt đầu lúc 09:05:09 ngày 06/12/2026) đã dừng giữa chừng: tiếp quản khoá của nó.`);
    expect(both).toContain(`Đang chờ lần dựng khác ghi vào ${out}`);
    expect([statsOf(a.stdout).mode, statsOf(b.stdout).mode].sort()).toEqual(['full', 'keep']);
    expect(existsSync(join(out, 'index.html'))).toBe(true);
    expect(existsSync(lock)).toBe(false);
  });

  it('waits while another build holds the folder, then publishes what changed meanwhile', async () => {
    holdLock(process.pid);
    let said: () => void = () => {};
    const waiting = new Promise<void>((resolve) => (said = resolve));
    const ended = build((stdout) => stdout.includes('Đang chờ lần dựng khác') && said());
    await waiting;
    // An editor's change while the other build runs: the waiting build publishes it.
    writeFileSync(ARTICLE, readFileSync(ARTICLE, 'utf8').replace(/\n\n/, '\n\nCâu mới trong lúc chờ.\n\n'));
    rmSync(lock);
    const { status, stdout, stderr } = await ended;
    expect(status, stdout + stderr).toBe(0);
    expect(stdout).toContain(
      `Đang chờ lần dựng khác ghi vào ${out} (tiến trình ${process.pid}, bắt đầu lúc 09:05:09 ngày 06/12/2026) xong…`,
    );
    expect(statsOf(stdout).mode).toBe('text-only');
    expect(readFileSync(join(out, 'tin-tuc', 'dat-chuan-2021', 'index.html'), 'utf8')).toContain('Câu mới trong lúc chờ.');
  });

  it('after a build that did not finish, the next says so instead of "no build before"', () => {
    // A new article whose title is left blank: the build begins, and its check stops it.
    const added = join(content, 'articles', '2021', 'chua-xong.md');
    writeFileSync(added, '---\ntitle:\ndate: 2021-12-02\n---\n\nChưa xong.\n');
    const failed = buildSite(content, out);
    expect(failed.status).toBe(1);
    expect(failed.stdout + failed.stderr).toContain('không được để trống');
    rmSync(added);
    const r = buildSite(content, out);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(statsOf(r.stdout).why).toMatch(
      /^lần dựng trước \(bắt đầu lúc \d\d:\d\d:\d\d ngày \d\d\/\d\d\/\d{4}\) không xong: dựng lại toàn bộ$/,
    );
  });
});
