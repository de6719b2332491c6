/**
 * What a deploy does to the web server's folder, decided from what is there (run by
 * scripts/deploy/release.ts):
 *
 *   <dir>/releases/<name>/   a whole built province (`dist/`), one folder per release
 *   <dir>/current            a link to the release being served (nginx serves <dir>/current/<id>/)
 *
 * A new release is filled with `rsync --checksum` against the one being served: a file whose
 * content is unchanged is hard-linked from it, so only changed files are sent and stored. Then the
 * `current` link is replaced by one rename, so a reader gets every file from one release or the
 * other, never a half-copied site. The oldest releases beyond `keep` are removed; the one served
 * before stays, for a rollback.
 */

export interface Target {
  /** `user@host` for a server reached by ssh; none for a folder of this machine. */
  host?: string;
  dir: string;
}

/** `/srv/portal` or `deploy@web1:/srv/portal` (rsync's own way of naming a remote folder). */
export function parseTarget(to: string): Target {
  const remote = /^([^/:\s]+):(.+)$/.exec(to);
  const target = remote ? { host: remote[1]!, dir: remote[2]! } : { dir: to };
  if (!target.dir.startsWith('/'))
    throw new Error(`nơi phát hành "${to}" cần đường dẫn tuyệt đối (ví dụ /srv/portal hoặc deploy@may-chu:/srv/portal)`);
  return { ...target, dir: target.dir.replace(/\/+$/, '') };
}

export interface Step {
  /** What the step does, as the log says it. */
  what: string;
  argv: string[];
}

/** A command run on the target: as is here, through ssh there. */
export function onTarget(target: Target, argv: string[]): string[] {
  return target.host ? ['ssh', target.host, argv.map(shellQuote).join(' ')] : argv;
}

/** Quote for the remote shell ssh runs a command in. */
export function shellQuote(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** A release's name from the time it is made (UTC), distinct from the names there already. */
export function releaseName(at: Date, existing: readonly string[]): string {
  const base = at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  let name = base;
  for (let n = 2; existing.includes(name); n++) name = `${base}-${n}`;
  return name;
}

export interface ReleaseInput {
  /** The built province (or site) to publish: a local folder. */
  from: string;
  target: Target;
  name: string;
  /** The releases on the target, any order. */
  releases: readonly string[];
  /** The release `current` points to, when there is one. */
  current?: string;
  /** How many releases to keep, the new one included (at least 2: the new and the one before). */
  keep: number;
}

function switchTo(target: Target, name: string): Step[] {
  const next = `${target.dir}/current.next`;
  return [
    { what: `liên kết mới tới ${name}`, argv: onTarget(target, ['ln', '-sfn', `releases/${name}`, next]) },
    { what: `chuyển sang ${name} (một lần đổi tên)`, argv: onTarget(target, ['mv', '-T', next, `${target.dir}/current`]) },
  ];
}

export function planRelease({ from, target, name, releases, current, keep }: ReleaseInput): Step[] {
  if (keep < 2) throw new Error(`--keep ${keep}: cần giữ ít nhất 2 bản (bản mới và bản trước để quay lại)`);
  if (releases.includes(name)) throw new Error(`bản phát hành ${name} đã có`);
  const dest = `${target.host ? `${target.host}:` : ''}${target.dir}/releases/${name}/`;
  // Content by checksum; permissions kept; times not, so an unchanged file (linked) keeps its own
  // and a changed one gets the time it was published (what nginx's Last-Modified says).
  // The build's own working folders beside the sites (.<site>-build-next, ...) are not published.
  const rsync = ['rsync', '--recursive', '--links', '--perms', '--checksum', '--delete', '--exclude=/.*', '--stats'];
  const steps: Step[] = [
    { what: 'thư mục các bản phát hành', argv: onTarget(target, ['mkdir', '-p', `${target.dir}/releases`]) },
    {
      what: current ? `chép các tệp đổi so với ${current}` : 'chép toàn bộ (lần phát hành đầu)',
      argv: [...rsync, ...(current ? [`--link-dest=../${current}`] : []), `${from.replace(/\/+$/, '')}/`, dest],
    },
    ...switchTo(target, name),
  ];
  // Newest first by name (names are times); the new one and the one served before are kept.
  const older = [...releases]
    .sort()
    .reverse()
    .filter((r) => r !== current);
  const dropped = older.slice(Math.max(0, keep - 1 - (current ? 1 : 0)));
  if (dropped.length)
    steps.push({
      what: `xoá ${dropped.length} bản cũ`,
      argv: onTarget(target, ['rm', '-rf', ...dropped.map((r) => `${target.dir}/releases/${r}`)]),
    });
  return steps;
}

/** Serve the release before the current one again. */
export function planRollback(target: Target, releases: readonly string[], current: string | undefined): { name: string; steps: Step[] } {
  const sorted = [...releases].sort();
  const at = current ? sorted.indexOf(current) : -1;
  if (at <= 0) throw new Error(current ? `không có bản nào trước ${current} để quay lại` : 'chưa có bản phát hành nào đang được phục vụ');
  const name = sorted[at - 1]!;
  return { name, steps: switchTo(target, name) };
}

export interface RsyncStats {
  /** Regular files sent (new or changed; unchanged ones are linked, not sent). */
  filesSent: number;
  /** Regular files in the release. */
  files: number;
  bytesSent: number;
}

/** What `rsync --stats` says it did. */
export function rsyncStats(output: string): RsyncStats {
  const count = (label: RegExp) => {
    const m = label.exec(output);
    if (!m) throw new Error(`rsync --stats không có dòng ${label.source}`);
    return Number(m[1]!.replace(/[,.]/g, ''));
  };
  return {
    filesSent: count(/Number of regular files transferred: ([\d,.]+)/),
    files: count(/Number of files: [\d,.]+ \(reg: ([\d,.]+)/),
    bytesSent: count(/Total transferred file size: ([\d,.]+) bytes/),
  };
}
