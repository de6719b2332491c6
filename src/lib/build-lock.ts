/**
 * One build per output folder at a time (src/publish/lock.ts holds the lock file): what a build
 * does when it finds the folder's lock, as a pure decision. A build that holds it runs; another
 * waits until it is released, then publishes what changed since (or, with `--no-wait`, refuses,
 * naming the holder); a lock whose process is gone (a killed build) is taken over.
 */
import { formatTimeVi } from './dates.ts';

/** Who holds a folder's lock: its process, its machine, when it started (ISO time). */
export interface LockHolder {
  pid: number;
  host: string;
  started: string;
}

export type LockDecision =
  | { action: 'take' }
  | { action: 'take-over'; message: string }
  | { action: 'wait'; message: string }
  | { action: 'refuse'; message: string };

/**
 * What a build into `out` does, given the lock it found (`holder`: none, or unreadable) and
 * whether that holder's process runs (`alive`, asked only on `host`: another machine's process
 * cannot be asked, so it counts as running). `wait`: without `--no-wait`.
 */
export function lockDecision(
  holder: LockHolder | 'unreadable' | undefined,
  { out, host, alive, wait }: { out: string; host: string; alive: (pid: number) => boolean; wait: boolean },
): LockDecision {
  if (holder === undefined) return { action: 'take' };
  if (holder === 'unreadable') return { action: 'take-over', message: `Khoá dựng của ${out} hỏng (không đọc được): tiếp quản.` };
  const who = `tiến trình ${holder.pid}${holder.host === host ? '' : ` trên máy ${holder.host}`}, bắt đầu lúc ${formatTimeVi(holder.started)}`;
  if (holder.host === host && !alive(holder.pid))
    return { action: 'take-over', message: `Lần dựng trước vào ${out} (${who}) đã dừng giữa chừng: tiếp quản khoá của nó.` };
  if (!wait)
    return {
      action: 'refuse',
      message: `một lần dựng khác đang ghi vào ${out} (${who}); chạy lại khi nó xong, hoặc bỏ --no-wait để chờ nó rồi đăng những gì thay đổi sau đó`,
    };
  return { action: 'wait', message: `Đang chờ lần dựng khác ghi vào ${out} (${who}) xong…` };
}
