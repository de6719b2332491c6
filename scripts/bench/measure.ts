/**
 * Running a command while sampling the resident memory of its whole process tree (Linux /proc),
 * for benchmarks: peak RSS of the build and every child it starts.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

function childrenByParent(): Map<number, number[]> {
  const map = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Field 4 (ppid) comes after the command name, which is in parentheses and may hold spaces.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = map.get(ppid) ?? [];
      list.push(Number(name));
      map.set(ppid, list);
    } catch {
      // the process ended while we looked
    }
  }
  return map;
}

function rssKb(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** Sum of VmRSS over `root` and all its descendants, in kB. */
export function treeRssKb(root: number): number {
  const children = childrenByParent();
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    total += rssKb(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

export interface Measured {
  code: number;
  wall_s: number;
  peak_rss_mb: number;
  output: string;
}

/** Run `cmd args` and report its wall time, exit code, output and the peak RSS of its tree. */
export function runMeasured(
  cmd: string,
  args: string[],
  opts: { cwd?: string; env?: NodeJS.ProcessEnv; intervalMs?: number; echo?: boolean } = {},
): Promise<Measured> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(cmd, args, { cwd: opts.cwd, env: opts.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = (b: Buffer) => {
      output += b.toString();
      if (output.length > 2_000_000) output = output.slice(-1_000_000);
      if (opts.echo) process.stderr.write(b);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    let peak = 0;
    const timer = setInterval(() => {
      if (child.pid) peak = Math.max(peak, treeRssKb(child.pid));
    }, opts.intervalMs ?? 200);
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({ code: code ?? 1, wall_s: (performance.now() - started) / 1000, peak_rss_mb: Math.round(peak / 1024), output });
    });
  });
}
