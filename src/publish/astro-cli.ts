/**
 * Running Astro's CLI the way every command of the project does: on this Node (22, from the
 * `node` package), with Astro's anonymous usage data off, and with room on the heap.
 */
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { writeBuildContext, type BuildContext } from '../source/build-context.ts';

/** Astro's CLI entry, relative to the project folder (commands run there). */
export const ASTRO_BIN = join('node_modules', 'astro', 'bin', 'astro.mjs');

/**
 * NODE_OPTIONS for an Astro build: Node's default heap limit (about 4 GB) is what stopped Astro
 * near 30k-50k pages, so a build may use three quarters of the machine's memory, unless the
 * caller set its own options.
 */
export function buildNodeOptions(env: Record<string, string | undefined> = process.env): string {
  return env.NODE_OPTIONS ?? `--max-old-space-size=${Math.floor((totalmem() * 0.75) / 1048576)}`;
}

/** The environment Astro runs in: telemetry off, the heap allowance, and `extra`. */
export function astroEnv(extra: Record<string, string | undefined> = {}, env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', NODE_OPTIONS: buildNodeOptions(env), ...extra };
}

/**
 * Start `astro <args>` beside other work, its output on this terminal: its exit code (or signal)
 * when it ends, and a way to stop it. Astro runs in `workDir` (its root and current folder),
 * reading this project's config and sources: Astro writes its generated files (`.astro/`, the
 * prerender bundle) under its root and current folder, so builds of several sites at once each
 * need their own. `context` is what the build tells Astro (src/source/build-context.ts: the content
 * root, and more), written there with the project folder.
 */
export function startAstro(args: string[], workDir: string, context: BuildContext = {}): AstroBuild {
  const project = process.cwd();
  prepareWorkDir(workDir, context);
  // (Astro reads --config relative to the root.)
  const where = ['--root', workDir, '--config', relative(workDir, join(project, 'astro.config.mjs'))];
  const child = spawn(process.execPath, [join(project, ASTRO_BIN), ...args, ...where], { stdio: 'inherit', cwd: workDir, env: astroEnv() });
  const ended = new Promise<number | string>((done) => {
    child.on('close', (code, signal) => done(code ?? signal ?? 1));
    child.on('error', (err) => done(err.message));
  });
  return { ended, stop: () => child.kill('SIGTERM') };
}

/** Astro's working folder for a build, made, with the build's context (and the project's folder) written in it. */
export function prepareWorkDir(workDir: string, context: BuildContext): void {
  mkdirSync(workDir, { recursive: true });
  writeBuildContext(workDir, { project: process.cwd(), ...context });
}

/** An Astro build under way: its exit code (or signal, or why it could not run) when it ends, and a way to stop it. */
export interface AstroBuild {
  ended: Promise<number | string>;
  stop(): void;
}

/** What starts an Astro build of this project into `outDir`, run in `workDir` (its own) with the build's `context`. */
export type AstroBuilder = (build: { outDir: string; force?: boolean | undefined }, workDir: string, context: BuildContext) => AstroBuild;

/** An Astro build in a process of its own (`astro build`): a site published alone. */
export const astroBuildProcess: AstroBuilder = ({ outDir, force }, workDir, context) =>
  startAstro(['build', '--outDir', outDir, ...(force ? ['--force'] : [])], workDir, context);

/** Start `astro <args>` and hand over this process to it (dev server, preview). */
export function handOverToAstro(args: string[]): void {
  const child = spawn(process.execPath, [ASTRO_BIN, ...args], { stdio: 'inherit', env: astroEnv() });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
