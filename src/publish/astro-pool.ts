/**
 * Astro builds in warm processes, for a province's publish: `size` Node processes
 * (scripts/astro-worker.ts), each running Astro's documented JavaScript API (`build()` from
 * "astro") for one build at a time, in the build's own working folder. Astro's start (Node, its
 * modules and their compiled code, warmed by the first build) is paid once per process, not once
 * per site: an empty site's Astro build took 3.7–4.0 s as a process of its own and 1.5–1.6 s as the
 * third and later build of one process, with the same output (docs/performance.md).
 *
 * A process builds each working folder once (Node keeps a module it imported, and Astro imports
 * the pages' bundle from the same path at every build of a folder): a folder it has built goes to
 * a new process. A process whose build failed or was stopped is not used again, nor one whose
 * memory has grown past `recycleAbove` (1 GB).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { join, relative } from 'node:path';
import { resetProcessShared } from '../internals.ts';
import { astroEnv, prepareWorkDir, type AstroBuild, type AstroBuilder } from './astro-cli.ts';

/** What the province asks of a worker, and what it answers. */
interface BuildRequest {
  workDir: string;
  outDir: string;
  force: boolean;
}
interface BuildReply {
  ok: boolean;
  /** The process's resident memory after the build, in bytes. */
  rss: number;
}

/**
 * A process whose memory has grown past this after a build is not given another (a new one takes
 * its place): what each build leaves grows it, past 2 GB after about 46 sites (docs/performance.md).
 */
const RECYCLE_ABOVE = 1024 * 1024 * 1024;

interface Worker {
  child: ChildProcess;
  built: Set<string>;
  busy?: { done: (result: number | string) => void };
  /** Not to be given another build (it failed, was stopped, or ended). */
  retired?: boolean;
}

/**
 * A pool of at most `size` warm Astro processes; `close()` lets them end once the publish is done.
 * `worker`: the module each process runs (the tests give one that builds nothing).
 */
export function astroPool(
  size: number,
  { worker: module = join('scripts', 'astro-worker.ts'), recycleAbove = RECYCLE_ABOVE } = {},
): { build: AstroBuilder; close(): void } {
  const workers: Worker[] = [];
  /** Builds waiting for a process: each says whether it could start. */
  let waiting: (() => boolean)[] = [];
  const pump = () => (waiting = waiting.filter((start) => !start()));
  const retire = (worker: Worker) => {
    worker.retired = true;
    worker.child.kill('SIGTERM');
  };
  const settle = (worker: Worker, result: number | string) => {
    const busy = worker.busy;
    worker.busy = undefined;
    if (result !== 0 && !worker.retired) retire(worker);
    busy?.done(result);
    pump();
  };
  const spawnWorker = (): Worker => {
    const child = fork(module, [], { stdio: 'inherit', env: astroEnv() });
    const worker: Worker = { child, built: new Set() };
    child.on('message', (reply: BuildReply) => {
      if (reply.rss > recycleAbove) {
        worker.retired = true;
        child.disconnect();
      }
      settle(worker, reply.ok ? 0 : 1);
    });
    child.on('exit', (code, signal) => {
      worker.retired = true;
      workers.splice(workers.indexOf(worker), 1);
      settle(worker, code || signal || 1);
    });
    workers.push(worker);
    return worker;
  };
  /** An idle process that has not built `workDir` (a new one when there is room), or undefined. */
  const idleFor = (workDir: string): Worker | undefined => {
    const live = workers.filter((w) => !w.retired);
    const idle = live.find((w) => !w.busy && !w.built.has(workDir));
    if (idle) return idle;
    const spent = live.find((w) => !w.busy);
    if (spent && live.length >= size) retire(spent);
    return workers.filter((w) => !w.retired).length < size ? spawnWorker() : undefined;
  };
  const build: AstroBuilder = ({ outDir, force = false }, workDir, context) => {
    prepareWorkDir(workDir, context);
    let worker: Worker | undefined;
    let stopped = false;
    const ended = new Promise<number | string>((done) => {
      const start = (): boolean => {
        if (stopped) {
          done('dừng');
          return true;
        }
        worker = idleFor(workDir);
        if (!worker) return false;
        worker.busy = { done };
        worker.built.add(workDir);
        worker.child.send({ workDir, outDir, force } satisfies BuildRequest);
        return true;
      };
      if (!start()) waiting.push(start);
    });
    const stop = () => {
      stopped = true;
      if (worker?.busy) retire(worker);
      pump();
    };
    return { ended, stop } satisfies AstroBuild;
  };
  // (a process whose channel closes ends: scripts/astro-worker.ts)
  const close = () => {
    for (const w of workers) if (w.child.connected) w.child.disconnect();
  };
  return { build, close };
}

/**
 * The worker's side (scripts/astro-worker.ts): each request is one Astro build, run in its working
 * folder (where the build's context is), answered when it ends. The project's config is read
 * relative to that folder, as `astro build --root` reads it.
 */
export async function serveAstroBuilds(): Promise<void> {
  const { build } = await import('astro');
  const project = process.cwd();
  process.on('message', async ({ workDir, outDir, force }: BuildRequest) => {
    // (what the config and the pages share is the last build's: src/internals.ts, 7)
    resetProcessShared();
    process.chdir(workDir);
    let ok = false;
    try {
      await build({ root: workDir, configFile: relative(workDir, join(project, 'astro.config.mjs')), outDir, force });
      ok = true;
    } catch (err) {
      console.error(err);
    }
    process.chdir(project);
    process.send!({ ok, rss: process.memoryUsage().rss } satisfies BuildReply);
  });
  process.on('disconnect', () => process.exit(0));
}
