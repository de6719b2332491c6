/**
 * A province's warm Astro processes (src/publish/astro-pool.ts), with a stand-in worker that
 * builds nothing (tests/helpers/fake-astro-worker.ts): how builds are given to processes. That the
 * real worker's sites equal sites built by `astro build` alone is tests/site/province-builds.test.ts.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { astroPool } from '../../src/publish/astro-pool.ts';
import { BUILD_CONTEXT_FILE } from '../../src/source/build-context.ts';

const WORKER = join('tests', 'helpers', 'fake-astro-worker.ts');
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'portal-pool-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const pidOf = (out: string) => Number(readFileSync(join(dir, out, 'pid'), 'utf8'));
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
const until = async (ok: () => boolean) => {
  while (!ok()) await new Promise((r) => setTimeout(r, 20));
};

describe("a province's warm Astro processes", () => {
  it('run one build each at a time, the next in a process already started, with its context written in its folder', async () => {
    const pool = astroPool(2, { worker: WORKER });
    try {
      const build = (name: string, work = name) => pool.build({ outDir: join(dir, name) }, join(dir, `work-${work}`), { part: '1/2' });
      const slow = build('a-slow');
      const [b, c] = [build('b'), build('c')];
      expect(await b.ended).toBe(0);
      expect(await c.ended).toBe(0);
      // Two processes: "a" holds one (once it has begun), "b" and "c" ran one after the other in the other.
      expect(pidOf('b')).toBe(pidOf('c'));
      await until(() => existsSync(join(dir, 'a-slow', 'pid')));
      expect(pidOf('a-slow')).not.toBe(pidOf('b'));
      writeFileSync(join(dir, 'a-slow', 'go'), '');
      expect(await slow.ended).toBe(0);
      const context = JSON.parse(readFileSync(join(dir, 'work-b', BUILD_CONTEXT_FILE), 'utf8')) as Record<string, unknown>;
      expect(context).toMatchObject({ part: '1/2', project: process.cwd() });
      // A folder a process has built goes to a process that has not.
      expect(await build('d', 'b').ended).toBe(0);
      expect(pidOf('d')).not.toBe(pidOf('b'));
    } finally {
      pool.close();
    }
  });

  it('gives no further build to a process whose build failed or was stopped, and stops a waiting build before it runs', async () => {
    const pool = astroPool(1, { worker: WORKER });
    try {
      const failed = pool.build({ outDir: join(dir, 'x-fail') }, join(dir, 'work-x'), {});
      expect(await failed.ended).not.toBe(0);
      const after = pool.build({ outDir: join(dir, 'y') }, join(dir, 'work-y'), {});
      expect(await after.ended).toBe(0);
      expect(pidOf('y')).not.toBe(pidOf('x-fail'));
      await until(() => !alive(pidOf('x-fail')));

      const running = pool.build({ outDir: join(dir, 'z-slow') }, join(dir, 'work-z'), {});
      const queued = pool.build({ outDir: join(dir, 'q') }, join(dir, 'work-q'), {});
      await until(() => existsSync(join(dir, 'z-slow', 'pid')));
      queued.stop();
      expect(await queued.ended).toBe('dừng');
      running.stop();
      expect(await running.ended).not.toBe(0);
      expect(existsSync(join(dir, 'q'))).toBe(false);
      await until(() => !alive(pidOf('z-slow')));
    } finally {
      pool.close();
    }
  });

  it('lets its processes end when the publish is done', async () => {
    const pool = astroPool(2, { worker: WORKER });
    expect(await pool.build({ outDir: join(dir, 'e') }, join(dir, 'work-e'), {}).ended).toBe(0);
    pool.close();
    await until(() => !alive(pidOf('e')));
  });

  it('gives no further build to a process whose memory has grown past the limit', async () => {
    const pool = astroPool(1, { worker: WORKER, recycleAbove: 1 });
    try {
      expect(await pool.build({ outDir: join(dir, 'm') }, join(dir, 'work-m'), {}).ended).toBe(0);
      expect(await pool.build({ outDir: join(dir, 'n') }, join(dir, 'work-n'), {}).ended).toBe(0);
      expect(pidOf('n')).not.toBe(pidOf('m'));
      await until(() => !alive(pidOf('m')));
    } finally {
      pool.close();
    }
  });
});
