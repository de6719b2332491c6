import { describe, expect, it } from 'vitest';
import { lockDecision, type LockHolder } from '../../src/lib/build-lock.ts';
import { formatTimeVi } from '../../src/lib/dates.ts';

const started = new Date(2026, 11, 6, 9, 5, 9).toISOString();
const here: LockHolder = { pid: 4242, host: 'may-a', started };
const running = new Set([4242]);
const decide = (holder: LockHolder | 'unreadable' | undefined, wait: boolean) =>
  lockDecision(holder, { out: '/srv/dist', host: 'may-a', alive: (pid) => running.has(pid), wait });

describe('what a build does when it finds the output folder locked', () => {
  it.each([
    ['no lock', undefined, true, 'take', undefined],
    ['a lock held by a running build: wait for it', here, true, 'wait', /tiến trình 4242, bắt đầu lúc 09:05:09 ngày 06\/12\/2026/],
    [
      'a lock held by a running build, --no-wait: refuse, naming it',
      here,
      false,
      'refuse',
      /^một lần dựng khác đang ghi vào \/srv\/dist \(tiến trình 4242, bắt đầu lúc 09:05:09 ngày 06\/12\/2026\)/,
    ],
    ['a lock left by a killed build: take it over', { ...here, pid: 999_999 }, true, 'take-over', /tiến trình 999999.*đã dừng giữa chừng/],
    ['a lock left by a killed build, --no-wait: take it over too', { ...here, pid: 999_999 }, false, 'take-over', /đã dừng giữa chừng/],
    [
      'a lock another machine holds: its process cannot be asked, so wait',
      { ...here, pid: 999_999, host: 'may-b' },
      true,
      'wait',
      /tiến trình 999999 trên máy may-b/,
    ],
    ['a lock file that cannot be read: take it over', 'unreadable' as const, false, 'take-over', /hỏng/],
  ] as const)('%s', (_, holder, wait, action, message) => {
    const d = decide(holder, wait);
    expect(d.action).toBe(action);
    if (message) expect('message' in d && d.message).toMatch(message);
  });
});

describe('times as people read them', () => {
  it.each([
    [new Date(2026, 11, 6, 9, 5, 9).toISOString(), '09:05:09 ngày 06/12/2026'],
    [new Date(2025, 6, 1, 23, 59, 0).toISOString(), '23:59:00 ngày 01/07/2025'],
    ['không phải thời gian', 'không rõ (không phải thời gian)'],
  ])('%s → %s', (iso, shown) => {
    expect(formatTimeVi(iso)).toBe(shown);
  });
});
