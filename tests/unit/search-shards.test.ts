import { describe, expect, it } from 'vitest';
import { planShards, separateShardOf } from '../../src/lib/search-shards.ts';

const article = (id: string, date?: string) => ({ id, ...(date ? { date } : {}) });
const year = (y: number, n: number) => Array.from({ length: n }, (_, i) => article(`a${y}-${i}`, `${y}-${String((i % 12) + 1).padStart(2, '0')}-01`));

describe('planShards', () => {
  it('puts a small site in one shard per year, newest first, undated last, all searched by default', () => {
    const plan = planShards([article('u'), article('b', '2020-05-01'), article('c', '2021-01-02')], 1000);
    expect(plan.shards.map((s) => [s.name, s.label, s.searchedByDefault])).toEqual([
      ['2021', 'năm 2021', true],
      ['2020', 'năm 2020', true],
      ['khong-ro-ngay', 'không rõ ngày', true],
    ]);
    expect(plan.shardOf.get('u')).toBe('khong-ro-ngay');
  });

  it('splits a year bigger than the shard size into near-equal parts in date order, newest part first', () => {
    const plan = planShards(year(2024, 25), 10);
    expect(plan.shards.map((s) => [s.name, s.articles])).toEqual([
      ['2024-3', 9],
      ['2024-2', 8],
      ['2024-1', 8],
    ]);
    expect(plan.shards[0]!.label).toBe('năm 2024 (phần 3/3)');
    // Every article in exactly one shard, and each part's dates after the previous part's.
    expect(plan.shardOf.size).toBe(25);
    const dates = (name: string) => year(2024, 25).filter((a) => plan.shardOf.get(a.id) === name).map((a) => a.date!).sort();
    expect(dates('2024-1').at(-1)! <= dates('2024-2')[0]!).toBe(true);
    expect(dates('2024-2').at(-1)! <= dates('2024-3')[0]!).toBe(true);
  });

  it('searches by default only the newest shards that fit in the shard size', () => {
    const plan = planShards([...year(2025, 6), ...year(2024, 3), ...year(2023, 5)], 10);
    expect(plan.shards.filter((s) => s.searchedByDefault).map((s) => s.name)).toEqual(['2025', '2024']);
    // At least the newest shard, even when it fills the size on its own.
    const full = planShards([...year(2025, 10), ...year(2024, 1)], 10);
    expect(full.shards.filter((s) => s.searchedByDefault).map((s) => s.name)).toEqual(['2025']);
    // Articles of default shards are in the main index; older ones in their own.
    expect(separateShardOf(plan, 'a2025-0')).toBeUndefined();
    expect(separateShardOf(plan, 'a2023-0')).toBe('2023');
  });

  it('gives the same plan whatever the input order', () => {
    const input = [...year(2022, 7), ...year(2021, 4), article('x')];
    const a = planShards(input, 3);
    const b = planShards([...input].reverse(), 3);
    expect([...b.shardOf].sort()).toEqual([...a.shardOf].sort());
    expect(b.shards).toEqual(a.shards);
  });

  it('rejects a shard size that is not a positive integer', () => {
    expect(() => planShards([], 0)).toThrow(/positive integer/);
  });
});
