/** The link check itself: it reads every address a page gives, srcset candidates among them. */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkInternalLinks } from '../helpers/links.ts';

describe('the internal link check', () => {
  it('reports a missing file named by a srcset candidate, a src, an href and a fragment, and passes the rest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'portal-links-'));
    try {
      mkdirSync(join(dir, '_astro'));
      mkdirSync(join(dir, 'tin-tuc'));
      for (const file of ['_astro/a-480.avif', '_astro/a-800.avif', '_astro/a.jpg']) writeFileSync(join(dir, file), '');
      writeFileSync(join(dir, 'tin-tuc', 'index.html'), '<h1 id="dau-trang">Tin tức</h1>');
      writeFileSync(
        join(dir, 'index.html'),
        [
          '<picture><source srcset="/_astro/a-480.avif 480w, /_astro/a-800.avif 800w,/_astro/a-1200.avif 1200w" type="image/avif">',
          '<img src="/_astro/a.jpg" alt="Ảnh"></picture>',
          '<img src="/_astro/khong-co.png" alt="Ảnh khác">',
          '<a href="/tin-tuc/#dau-trang">Tin</a> <a href="/tin-tuc/?q=a&amp;b=c">Tìm</a> <a href="/tin-tuc/#khong-co">Sai</a>',
          '<a href="/khong-co/">Không có</a> <a href="https://example.org/">Ngoài</a>',
        ].join('\n'),
      );
      const { links, broken } = checkInternalLinks(dir);
      expect(broken.map((b) => b.href).sort()).toEqual(['/_astro/a-1200.avif', '/_astro/khong-co.png', '/khong-co/', '/tin-tuc/#khong-co']);
      expect(links).toBe(9);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
