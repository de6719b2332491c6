/** What a build tells Astro (src/astro/build-context.ts): one typed file in Astro's working folder. */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUILD_CONTEXT_FILE, buildContext, writeBuildContext } from '../../src/astro/build-context.ts';

describe("a build's context", () => {
  it('reads back what the build wrote; a folder with none gives an empty context; a wrong one names the file and field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'portal-context-'));
    try {
      const [written, none, wrong] = ['written', 'none', 'wrong'].map((name) => join(dir, name));
      for (const d of [written!, none!, wrong!]) mkdirSync(d);
      writeBuildContext(written!, { part: '2/3', changedSince: '/tmp/pages.json' });
      expect(buildContext(written)).toEqual({ part: '2/3', changedSince: '/tmp/pages.json' });
      expect(buildContext(none)).toEqual({});
      writeFileSync(join(wrong!, BUILD_CONTEXT_FILE), JSON.stringify({ version: 1, part: 2 }));
      expect(() => buildContext(wrong)).toThrow(`${join(wrong!, BUILD_CONTEXT_FILE)}: part: `);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
