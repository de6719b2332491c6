import { describe, expect, it } from 'vitest';
import { articleInPart, parsePart, planParts } from '../../src/lib/parts.ts';
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
