import { describe, expect, it } from 'vitest';
import { articleInPart, assetsNamed, mayNameAssets, parsePart, photosToLeaveOut, planParts } from '../../src/lib/parts.ts';
import { planShards } from '../../src/lib/search-shards.ts';

/** `n` articles of year `y`, newest first. */
const year = (y: number, n: number) =>
  Array.from({ length: n }, (_, i) => ({ id: `a${y}-${i}`, date: `${y}-${String(12 - (i % 12)).padStart(2, '0')}-01` }));

describe('parsePart', () => {
  it('reads k/n and leaves the whole site when nothing is given', () => {
    expect(parsePart('2/3')).toEqual({ index: 2, count: 3 });
    expect(parsePart(' 1/1 ')).toEqual({ index: 1, count: 1 });
    expect(parsePart(undefined)).toBeUndefined();
    expect(parsePart('')).toBeUndefined();
  });

  it.each(['0/2', '3/2', '2', 'a/b', '1/0', '-1/2'])('refuses %s in Vietnamese, with the form expected', (spec) => {
    expect(() => parsePart(spec)).toThrow(`phần bản dựng "${spec}" không hợp lệ: viết dạng k/n`);
  });
});

describe('planParts', () => {
  // 100 recent articles in the main index, then shards 2024 (300), 2023 (300), 2022 (300).
  const input = [...year(2025, 100), ...year(2024, 300), ...year(2023, 300), ...year(2022, 300)];
  const shards = planShards(input, { recent: 100, shardSize: 1000 });

  it('gives every shard to exactly one part, in order, near-equal in articles', () => {
    const parts = planParts(shards, 2);
    expect([...parts.partOfShard]).toEqual([
      ['2024', 1],
      ['2023', 2],
      ['2022', 2],
    ]);
    expect(parts.articles).toEqual([400, 600]);
    const three = planParts(shards, 3);
    expect([...three.partOfShard]).toEqual([
      ['2024', 1],
      ['2023', 2],
      ['2022', 3],
    ]);
    expect(three.articles).toEqual([400, 300, 300]);
  });

  it('counts the pages that are not articles as part 1’s', () => {
    expect([...planParts(shards, 2, 600).partOfShard]).toEqual([
      ['2024', 2],
      ['2023', 2],
      ['2022', 2],
    ]);
  });

  it('builds every article page in exactly one part; main-index articles in part 1', () => {
    const parts = planParts(shards, 3);
    for (const a of input) {
      const owners = [1, 2, 3].filter((k) => articleInPart(shards, parts, a.id, k));
      expect(owners).toHaveLength(1);
    }
    expect(articleInPart(shards, parts, 'a2025-0', 1)).toBe(true);
    expect(articleInPart(shards, parts, 'a2022-5', 3)).toBe(true);
  });

  it('leaves parts empty when there are fewer shards than parts', () => {
    const small = planShards(year(2025, 10), { recent: 500 });
    const parts = planParts(small, 3);
    expect(parts.articles).toEqual([10, 0, 0]);
    expect(articleInPart(small, parts, 'a2025-3', 1)).toBe(true);
  });
});

describe('photosToLeaveOut: the photos a whole build would not have, from the parts', () => {
  const part = (files: string[], named: string[] = []) => ({ files: new Set(files), named: new Set(named) });
  it.each([
    ['a photo every part has (no page resized it) is kept', [part(['a.jpg']), part(['a.jpg'])], []],
    ['an original one part resized and no page shows is left out', [part([]), part(['a.jpg'])], ['a.jpg']],
    ['an original one part resized and another part shows as is is kept', [part([]), part(['a.jpg'], ['a.jpg'])], []],
    ['an original resized and shown as is by the same part is kept', [part(['a.jpg'], ['a.jpg']), part(['a.jpg'])], []],
    ['a resized copy, named by its page, is kept', [part(['a_x.webp'], ['a_x.webp']), part([])], []],
    ['one part alone: nothing is left out', [part(['a.jpg', 'b.jpg'])], []],
  ])('%s', (_, parts, out) => {
    expect([...photosToLeaveOut(parts)].sort()).toEqual(out);
  });
});

describe('assetsNamed: the files of the asset folder a text names', () => {
  it.each([
    ['<img src="/_astro/tru-so.B1x2.webp" alt="">', ['tru-so.B1x2.webp']],
    ['<img srcset="/_astro/a_1.webp 400w, /_astro/a_2.webp 800w">', ['a_1.webp', 'a_2.webp']],
    ['"image":"https://xa.example/_astro/anh%20moi.jpg"', ['anh moi.jpg']],
    ['url(/_astro/nen.png)', ['nen.png']],
    ['/_astro/bad%E0%A4%A.jpg', ['bad%E0%A4%A.jpg']],
    ['<a href="/tin-tuc/_astro-khong/">', []],
  ])('%s', (text, named) => {
    expect(assetsNamed(text)).toEqual(named);
  });
});

describe('mayNameAssets: which built files are read for the asset files they name', () => {
  it.each([
    ['tin-tuc/x/index.html', true],
    ['rss.xml', true],
    ['du-lieu/lanh-dao.json', true],
    ['du-lieu/van-ban.csv', true],
    ['_astro/index.Bx1.css', true],
    ['_astro/AdminPage.Cd2.js', true],
    ['robots.txt', true],
    ['_astro/photo.Ab3.webp', false],
    ['_astro/font.woff2', false],
    ['quyet-dinh/5844-2021/5844.pdf', false],
  ])('%s: %s', (file, reads) => {
    expect(mayNameAssets(file)).toBe(reads);
  });
});
