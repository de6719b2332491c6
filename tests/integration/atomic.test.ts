/**
 * The swap of a built site and the standby it leaves (src/publish/atomic.ts): a publish that
 * knows which files changed keeps the replaced site, and the next staging copy starts from it,
 * equal to a copy of the whole site; anything that makes the standby's record untrue (the site
 * replaced by a copy, a swap that did not say what changed) makes the next copy a whole one.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { dirname, join, relative } from 'node:path';
import { stageCopy, stagingDir, swapIn } from '../../src/publish/atomic.ts';

const dirs: string[] = [];
afterEach(() => {
  // (a replaced site may still be being deleted beside: retried)
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true, maxRetries: 5 });
});

function write(root: string, files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), text);
  }
}
/** Every file and folder under `root` (folders end in `/`), with each file's text. */
function tree(root: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const e of readdirSync(root, { recursive: true, withFileTypes: true })) {
    const rel = relative(root, join(e.parentPath, e.name)).split('\\').join('/');
    found[e.isDirectory() ? `${rel}/` : rel] = e.isDirectory() ? '' : readFileSync(join(root, rel), 'utf8');
  }
  return found;
}
/** The site at `out` less its search folder: what a staging copy must hold. */
const withoutSearch = (out: string) => Object.fromEntries(Object.entries(tree(out)).filter(([rel]) => !rel.startsWith('pagefind')));

function site() {
  const dir = mkdtempSync(join(tmpdir(), 'portal-swap-'));
  dirs.push(dir);
  const out = join(dir, 'site');
  write(out, {
    'index.html': 'trang chủ 1',
    'tin-tuc/a/index.html': 'bài a 1',
    'tin-tuc/b/index.html': 'bài b 1',
    'don-vi/x/index.html': 'đơn vị x',
    'pagefind/pagefind-entry.json': 'chỉ mục 1',
  });
  return { dir, out, staged: stagingDir(out) };
}

/** A publish: `staged` copied from `out`, `edit` applied, the search folder built again, swapped in saying what changed (or not). */
function publish(out: string, staged: string, edit: (staged: string) => string[], say = true): string {
  const from = stageCopy(out, staged, '/pagefind/');
  expect(existsSync(join(staged, 'pagefind'))).toBe(false);
  const changed = edit(staged);
  write(staged, { 'pagefind/pagefind-entry.json': `chỉ mục sau ${changed.join(',')}` });
  swapIn(staged, out, say ? changed : undefined);
  return from;
}
/** A page written anew (never through a link to the previous site's file). */
const rewrite = (staged: string, rel: string, text: string) => {
  rmSync(join(staged, rel), { force: true });
  write(staged, { [rel]: text });
};

describe('the standby a swap leaves', () => {
  it('starts the next staging copy from the replaced site, equal to a whole copy: changed, added and removed files, and the folders they leave empty', () => {
    const { dir, out, staged } = site();
    expect(publish(out, staged, (s) => (rewrite(s, 'tin-tuc/a/index.html', 'bài a 2'), ['tin-tuc/a/index.html']))).toBe('linked');
    const kept = readdirSync(dir).filter((name) => name.startsWith('.'));
    expect(kept.sort()).toEqual(['.site-standby', '.site-standby.json']);

    let expected: Record<string, string> = {};
    const from = publish(out, staged, (s) => {
      // The copy holds the site as published, its search folder aside.
      expected = withoutSearch(out);
      expect(tree(s)).toEqual(expected);
      rewrite(s, 'index.html', 'trang chủ 3');
      write(s, { 'tin-tuc/c/index.html': 'bài c' });
      rmSync(join(s, 'tin-tuc/b'), { recursive: true });
      return ['index.html', 'tin-tuc/c/index.html', 'tin-tuc/b/index.html'];
    });
    expect(from).toBe('standby');
    expect(readFileSync(join(out, 'tin-tuc/a/index.html'), 'utf8')).toBe('bài a 2');

    // The standby now lags by a page changed, one added and one removed (its folder too).
    publish(out, staged, (s) => {
      expect(tree(s)).toEqual(withoutSearch(out));
      expect(existsSync(join(s, 'tin-tuc/b'))).toBe(false);
      return [];
    });
    // A file shared with the published site is never written through.
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('trang chủ 3');
  });

  it('copies the whole site when the record is untrue: the site replaced by a copy, or a swap that did not say what changed', () => {
    const { dir, out, staged } = site();
    const edit = (s: string) => (rewrite(s, 'tin-tuc/a/index.html', `bài a ${Date.now()}`), ['tin-tuc/a/index.html']);
    publish(out, staged, edit);
    // As a cache restore leaves it: the same files in another folder.
    const copy = join(dir, 'copy');
    cpSync(out, copy, { recursive: true });
    rmSync(out, { recursive: true });
    cpSync(copy, out, { recursive: true });
    expect(publish(out, staged, edit)).toBe('linked');
    expect(publish(out, staged, edit)).toBe('standby');

    // A full build: the replaced site is deleted (in the background), no record is left.
    publish(out, staged, edit, false);
    expect(existsSync(join(dir, '.site-standby.json'))).toBe(false);
    expect(publish(out, staged, edit)).toBe('linked');
    expect(statSync(out).isDirectory()).toBe(true);
  });
});

describe('the replaced folders', () => {
  it('are set aside at once and deleted after, even by a command that exits at once', async () => {
    const root = mkdtempSync(join(tmpdir(), 'portal-remove-'));
    dirs.push(root);
    for (const name of ['a', 'b']) write(join(root, name), { 'x/index.html': name });
    const atomic = pathToFileURL(join(process.cwd(), 'src', 'publish', 'atomic.ts')).href;
    const code = `import(${JSON.stringify(atomic)}).then((m) => { m.removeLater(${JSON.stringify(join(root, 'a'))}, ${JSON.stringify(join(root, 'site'))}); m.removeLater(${JSON.stringify(join(root, 'b'))}, ${JSON.stringify(join(root, 'site'))}); process.exit(0); })`;
    const r = spawnSync(process.execPath, ['-e', code], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(existsSync(join(root, 'a')) || existsSync(join(root, 'b'))).toBe(false);
    while (readdirSync(root).length > 0) await new Promise((next) => setTimeout(next, 20));
    expect(readdirSync(root)).toEqual([]);
  });
});
