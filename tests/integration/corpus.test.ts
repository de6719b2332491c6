/** The benchmark corpus generator: deterministic, valid content, never written into content/. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from '../../scripts/bench/corpus.ts';
import { checkContentRoot } from '../../src/source/validate.ts';

const project = join(import.meta.dirname, '..', '..');
const gen = (...args: string[]) => spawnSync(process.execPath, ['scripts/gen-corpus.ts', ...args], { cwd: project, encoding: 'utf8' });

describe('corpus generator', () => {
  it('is deterministic for a seed and differs for another', () => {
    const opts = { articles: 20, decisions: 5, units: 30 };
    const a = generateCorpus({ ...opts, seed: 1 }, () => './C.astro').files;
    const b = generateCorpus({ ...opts, seed: 1 }, () => './C.astro').files;
    const c = generateCorpus({ ...opts, seed: 2 }, () => './C.astro').files;
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
  });

  it('writes content that passes the check, with .mdx using a component and 500+ word articles', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'portal-corpus-')), 'c');
    try {
      const r = gen('--out', out, '--articles', '60', '--decisions', '10', '--units', '40');
      expect(r.status).toBe(0);
      const { set, problems } = checkContentRoot(out);
      expect(problems.errors).toEqual([]);
      expect(set.articles).toHaveLength(60);
      expect(set.units).toHaveLength(40);
      const files = readdirSync(join(out, 'articles'), { recursive: true }) as string[];
      const mdx = files.filter((f) => f.endsWith('.mdx'));
      expect(mdx.length).toBeGreaterThan(0);
      expect(readFileSync(join(out, 'articles', mdx[0]!), 'utf8')).toMatch(/import Callout from '.*Callout\.astro';[\s\S]*<Callout/);
      const md = readFileSync(
        join(
          out,
          'articles',
          files.find((f) => f.endsWith('.md'))!,
        ),
        'utf8',
      );
      expect(md.split('---')[2]!.split(/\s+/).length).toBeGreaterThan(450);
    } finally {
      rmSync(join(out, '..'), { recursive: true, force: true });
    }
  });

  it('refuses to write into content/ or over a folder it did not make', () => {
    expect(gen('--out', 'content/gen', '--articles', '1').status).toBe(2);
    expect(gen('--out', 'tests/fixtures/valid', '--articles', '1').stderr).toContain('không phải một bộ dữ liệu sinh tự động');
  });
});
