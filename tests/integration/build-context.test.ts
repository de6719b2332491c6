/** What a build tells Astro (src/source/build-context.ts): one typed file in Astro's working folder. */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUILD_CONTEXT_FILE, buildContext, writeBuildContext } from '../../src/source/build-context.ts';
import { contentRoot, projectDir } from '../../src/source/paths.ts';

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

  it('names the content Astro builds and the project, over PORTAL_CONTENT and the working folder', () => {
    const context = { content: '/srv/tinh/sites/xa-a', project: '/srv/portal' };
    expect(contentRoot({ PORTAL_CONTENT: 'khac' }, '/srv/portal', context)).toBe('/srv/tinh/sites/xa-a');
    expect(projectDir(context)).toBe('/srv/portal');
    // Without a build's context (npm run dev, the commands): PORTAL_CONTENT, or content/, in the project.
    expect(contentRoot({ PORTAL_CONTENT: 'khac' }, '/srv/portal', {})).toBe('/srv/portal/khac');
    expect(contentRoot({}, '/srv/portal', {})).toBe('/srv/portal/content');
    expect(projectDir({})).toBe(process.cwd());
  });
});
