/**
 * A stand-in for scripts/astro-worker.ts in the pool's tests (tests/integration/astro-pool.test.ts):
 * it answers each build without Astro. The build writes its process id into `outDir`/pid; a build
 * whose `outDir` ends in "fail" fails, one ending in "slow" waits until its `outDir`/go exists.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const waitFor = async (file: string) => {
  while (!existsSync(file)) await new Promise((r) => setTimeout(r, 20));
};

process.on('message', async ({ outDir }: { workDir: string; outDir: string; force: boolean }) => {
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'pid'), String(process.pid));
  if (outDir.endsWith('slow')) await waitFor(join(outDir, 'go'));
  process.send!({ ok: !outDir.endsWith('fail'), rss: process.memoryUsage().rss });
});
process.on('disconnect', () => process.exit(0));
