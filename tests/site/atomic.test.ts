/** A failed build leaves the previous output exactly as it was. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const project = join(import.meta.dirname, '..', '..');

function build(content: string, out: string) {
  return spawnSync(process.execPath, ['scripts/build.ts', '--content', content, '--out', out], { cwd: project, encoding: 'utf8' });
}

/** Every file under `dir` with its content hash. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const p = join(e.parentPath, e.name);
    out[p.slice(dir.length)] = createHash('sha1').update(readFileSync(p)).digest('hex');
  }
  return out;
}

describe('atomic builds', () => {
  it('keeps the previous site when the content check fails or Astro fails mid-build', () => {
    const dir = mkdtempSync(join(tmpdir(), 'portal-atomic-'));
    const out = join(dir, 'site');
    try {
      expect(build('tests/fixtures/valid', out).status).toBe(0);
      const before = snapshot(out);
      expect(Object.keys(before).length).toBeGreaterThan(20);

      const checkFail = build('tests/fixtures/bad/invalid-date', out);
      expect(checkFail.status).toBe(1);
      expect(checkFail.stdout).toContain('› date:');

      const astroFail = build('tests/fixtures/bad/mdx-missing-import', out);
      expect(astroFail.status).toBe(1);
      expect(astroFail.stdout + astroFail.stderr).toContain('khong-co.astro');
      expect(astroFail.stderr).toContain('giữ nguyên như trước');

      expect(snapshot(out)).toEqual(before);
      // No staging directory is left behind.
      expect(readdirSync(dir)).toEqual(['site']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
