/**
 * Builds two sites once for the built-output tests: the fixture content set and the real
 * content, each with `scripts/build.ts` (check, Astro, Pagefind) into a temporary directory.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

const project = join(import.meta.dirname, '..', '..');

function build(content: string, out: string): void {
  const r = spawnSync(process.execPath, ['scripts/build.ts', '--content', content, '--out', out], {
    cwd: project,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`build of ${content} failed:\n${r.stdout}\n${r.stderr}`);
}

export default function setup(project_: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'portal-sites-'));
  const fixtureSite = join(dir, 'fixture');
  const realSite = join(dir, 'real');
  const injectionSite = join(dir, 'injection');
  build('tests/fixtures/valid', fixtureSite);
  build('content', realSite);
  build('tests/fixtures/injection', injectionSite);
  project_.provide('fixtureSite', fixtureSite);
  project_.provide('realSite', realSite);
  project_.provide('injectionSite', injectionSite);
  return () => rmSync(dir, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    fixtureSite: string;
    realSite: string;
    injectionSite: string;
  }
}
