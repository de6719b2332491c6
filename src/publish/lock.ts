/**
 * The lock of an output folder (`<out>.lock`, beside it: never served with the site): one build
 * writes into a folder at a time. This module owns the file: JSON `{ pid, host, started }`,
 * written whole under another name and linked into place, so that of two builds starting
 * together exactly one gets it and no reader sees half a file. What a build does when the lock
 * is held is src/lib/build-lock.ts's decision.
 */
import { linkSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { lockDecision, type LockHolder } from '../lib/build-lock.ts';

/** The lock file of output folder `out`. */
export const lockFile = (out: string): string => `${resolve(out)}.lock`;

/** How often a waiting build looks at the lock again. */
const POLL_MS = 250;

function readHolder(file: string): LockHolder | 'unreadable' | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const h = JSON.parse(text) as Partial<LockHolder>;
    return typeof h.pid === 'number' && typeof h.host === 'string' && typeof h.started === 'string'
      ? { pid: h.pid, host: h.host, started: h.started }
      : 'unreadable';
  } catch {
    return 'unreadable';
  }
}

/** Put this process's lock in place; false when another's is there. */
function tryTake(file: string, me: LockHolder): boolean {
  const temp = `${file}.${me.pid}`;
  writeFileSync(temp, JSON.stringify(me));
  try {
    linkSync(temp, file);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  } finally {
    rmSync(temp, { force: true });
  }
}

/** Whether process `pid` runs on this machine (one that is not ours to signal still runs). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Move a dead build's lock out of the way, unless another build took it over first (then its new
 * lock is put back). `seen`: the holder this build found dead.
 */
function setAside(file: string, seen: LockHolder | 'unreadable', me: LockHolder): void {
  const aside = `${file}.stale-${me.pid}`;
  try {
    renameSync(file, aside);
  } catch {
    return; // gone already
  }
  const moved = readHolder(aside);
  const same =
    seen === 'unreadable' ? moved === 'unreadable' : moved !== 'unreadable' && moved?.pid === seen.pid && moved.started === seen.started;
  if (!same)
    try {
      linkSync(aside, file);
    } catch {
      // (a third build holds it now)
    }
  rmSync(aside, { force: true });
}

/**
 * Hold the lock of `out` for this process: at once when it is free or its holder is gone, after
 * the holder releases it when `wait`, else an error naming the holder. Released when the process
 * ends (or is interrupted); a build killed outright leaves it to be taken over.
 */
export async function holdBuildLock(
  out: string,
  { wait = true, log = console.log }: { wait?: boolean; log?: (line: string) => void } = {},
): Promise<void> {
  const file = lockFile(out);
  // (a first build into a folder whose parent does not exist yet makes it, as the build would)
  mkdirSync(dirname(file), { recursive: true });
  const me: LockHolder = { pid: process.pid, host: hostname(), started: new Date().toISOString() };
  let said = false;
  while (!tryTake(file, me)) {
    const holder = readHolder(file);
    const decision = lockDecision(holder, { out: resolve(out), host: me.host, alive, wait });
    if (decision.action === 'refuse') throw new Error(decision.message);
    if (decision.action === 'take-over') {
      log(decision.message);
      setAside(file, holder!, me);
      continue;
    }
    if (decision.action === 'wait' && !said) {
      log(decision.message);
      said = true;
    }
    await sleep(POLL_MS);
  }
  const release = () => {
    const h = readHolder(file);
    if (h !== 'unreadable' && h?.pid === me.pid && h.started === me.started) rmSync(file, { force: true });
  };
  process.once('exit', release);
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)
    process.once(signal, () => {
      release();
      process.exit(code);
    });
}
