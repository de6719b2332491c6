import { describe, expect, it } from 'vitest';
import { olderYearsLabel, planShards, recentScopeLabel } from '../../src/lib/search-shards.ts';

const article = (id: string, date?: string) => ({ id, ...(date ? { date } : {}) });
/** `n` articles of year `y`, newest first. */
const year = (y: number, n: number) =>
  Array.from({ length: n }, (_, i) => article(`a${y}-${i}`, `${y}-${String(12 - (i % 12)).padStart(2, '0')}-01`));

describe('planShards', () => {
  it('keeps a small site in the main index: nothing to merge', () => {
    const plan = planShards([article('c', '2021-01-02'), article('b', '2020-05-01'), article('u')]);
    expect(plan.shards).toEqual([]);
    expect(plan.shardOf.size).toBe(0);
    expect(plan.recent).toEqual({ articles: 3, since: '2020-05-01' });
    expect(recentScopeLabel(plan)).toBe('tất cả đơn vị, quyết định và tin tức');
    expect(olderYearsLabel(plan)).toBe('');
  });

  it('puts the newest articles in the main index and the rest in year shards, newest first, undated last', () => {
    const input = [...year(2025, 4), ...year(2024, 3), ...year(2023, 2), article('x')];
    const plan = planShards(input, { recent: 5 });
    expect(plan.recent).toEqual({ articles: 5, since: '2024-12-01' });
    expect(plan.shards.map((s) => [s.name, s.label, s.articles])).toEqual([
      ['2024', 'năm 2024', 2],
      ['2023', 'năm 2023', 2],
      ['khong-ro-ngay', 'không rõ ngày', 1],
    ]);
    expect(input.slice(0, 5).every((a) => !plan.shardOf.has(a.id))).toBe(true);
    expect(plan.shardOf.get('x')).toBe('khong-ro-ngay');
    expect(recentScopeLabel(plan)).toBe('đơn vị, quyết định và 5 tin mới nhất (từ ngày 01/12/2024)');
    expect(olderYearsLabel(plan)).toBe('2023–2024');
  });

  it('splits a year bigger than the shard size into near-equal parts in publication order', () => {
    const input = year(2024, 26);
    const plan = planShards(input, { recent: 1, shardSize: 10 });
    expect(plan.shards.map((s) => [s.name, s.label, s.articles])).toEqual([
      ['2024-3', 'năm 2024 (phần 3/3)', 8],
      ['2024-2', 'năm 2024 (phần 2/3)', 8],
      ['2024-1', 'năm 2024 (phần 1/3)', 9],
    ]);
    // Every older article in exactly one part; the newest part holds the newest of them.
    expect(plan.shardOf.size).toBe(25);
    expect(plan.shardOf.get(input[1]!.id)).toBe('2024-3');
    expect(plan.shardOf.get(input[25]!.id)).toBe('2024-1');
  });

  it('rejects sizes that are not positive integers', () => {
    expect(() => planShards([], { recent: 0 })).toThrow(/recent must be a positive integer/);
    expect(() => planShards([], { shardSize: 1.5 })).toThrow(/shardSize/);
  });
});
