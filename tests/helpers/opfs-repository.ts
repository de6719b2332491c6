/**
 * A repository for the editing UI inside Chromium. Sveltia CMS edits a local repository through
 * the File System Access API (the editor picks the folder); in a test, the folder the picker
 * returns is one in the page's origin-private file system, filled from a content set and read
 * back after the UI saved.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';

/** Make `showDirectoryPicker()` answer with the private folder "repo" (call before loading the page). */
export async function pickPrivateRepository(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    (window as unknown as { showDirectoryPicker: () => Promise<FileSystemDirectoryHandle> }).showDirectoryPicker = async () =>
      (await navigator.storage.getDirectory()).getDirectoryHandle('repo', { create: true });
  });
}

/** Lay `contentRoot` into the private repository as content/, beside an empty .git/. */
export async function fillRepository(page: Page, contentRoot: string): Promise<void> {
  const files = readdirSync(contentRoot, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => ({
      path: `content/${relative(contentRoot, join(e.parentPath, e.name)).split('\\').join('/')}`,
      base64: readFileSync(join(e.parentPath, e.name)).toString('base64'),
    }));
  await page.evaluate(async (files) => {
    const repo = await (await navigator.storage.getDirectory()).getDirectoryHandle('repo', { create: true });
    await repo.getDirectoryHandle('.git', { create: true });
    for (const f of files) {
      const parts = f.path.split('/');
      let dir = repo;
      for (const d of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(d, { create: true });
      const writable = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
      await writable.write(Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0)));
      await writable.close();
    }
  }, files);
}

/** Copy the private repository's files to `target` on disk. */
export async function readRepository(page: Page, target: string): Promise<void> {
  const files = await page.evaluate(async () => {
    const out: { path: string; base64: string }[] = [];
    const walk = async (dir: FileSystemDirectoryHandle, prefix: string): Promise<void> => {
      for await (const [name, handle] of (dir as unknown as { entries(): AsyncIterable<[string, FileSystemHandle]> }).entries()) {
        if (handle.kind === 'directory') await walk(handle as FileSystemDirectoryHandle, `${prefix}${name}/`);
        else {
          const bytes = new Uint8Array(await (await (handle as FileSystemFileHandle).getFile()).arrayBuffer());
          let binary = '';
          for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
          out.push({ path: `${prefix}${name}`, base64: btoa(binary) });
        }
      }
    };
    await walk(await (await navigator.storage.getDirectory()).getDirectoryHandle('repo'), '');
    return out;
  });
  for (const f of files) {
    mkdirSync(dirname(join(target, f.path)), { recursive: true });
    writeFileSync(join(target, f.path), Buffer.from(f.base64, 'base64'));
  }
}
