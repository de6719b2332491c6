/** What a deploy does to the web server's folder (src/lib/release.ts), as tables. */
import { describe, expect, it } from 'vitest';
import { onTarget, parseTarget, planRelease, planRollback, releaseName, rsyncStats, shellQuote } from '../../src/lib/release.ts';

describe('the target', () => {
  it.each([
    ['/srv/portal', { dir: '/srv/portal' }],
    ['/srv/portal/', { dir: '/srv/portal' }],
    ['deploy@web1:/srv/portal', { host: 'deploy@web1', dir: '/srv/portal' }],
    ['web1:/srv/cong thong tin', { host: 'web1', dir: '/srv/cong thong tin' }],
  ])('%s', (to, target) => expect(parseTarget(to)).toEqual(target));

  it.each(['srv/portal', 'web1:srv/portal', 'dist'])('refuses a relative folder: %s', (to) =>
    expect(() => parseTarget(to)).toThrow(`nơi phát hành "${to}" cần đường dẫn tuyệt đối`),
  );

  it('runs a command there through ssh, quoted for its shell', () => {
    expect(onTarget({ dir: '/srv/p' }, ['rm', '-rf', '/srv/p/a b'])).toEqual(['rm', '-rf', '/srv/p/a b']);
    expect(onTarget({ host: 'web1', dir: '/srv/p' }, ['rm', '-rf', "/srv/p/a b'c"])).toEqual(['ssh', 'web1', `rm -rf '/srv/p/a b'\\''c'`]);
    expect(shellQuote('releases/20261203T120000Z')).toBe('releases/20261203T120000Z');
  });
});

describe('a release', () => {
  const at = new Date('2026-12-03T12:34:56.789Z');
  it('is named by its time, and never after one already there', () => {
    expect(releaseName(at, [])).toBe('20261203T123456Z');
    expect(releaseName(at, ['20261203T123456Z'])).toBe('20261203T123456Z-2');
    expect(releaseName(at, ['20261203T123456Z', '20261203T123456Z-2'])).toBe('20261203T123456Z-3');
  });

  const target = { dir: '/srv/portal' };
  const rsync = ['rsync', '--recursive', '--links', '--perms', '--checksum', '--delete', '--exclude=/.*', '--stats'];
  const switching = (name: string) => [
    ['ln', '-sfn', `releases/${name}`, '/srv/portal/current.next'],
    ['mv', '-T', '/srv/portal/current.next', '/srv/portal/current'],
  ];

  it('first: copies everything, then links current to it', () => {
    expect(planRelease({ from: '/b/dist/', target, name: 'r1', releases: [], keep: 3 }).map((s) => s.argv)).toEqual([
      ['mkdir', '-p', '/srv/portal/releases'],
      [...rsync, '/b/dist/', '/srv/portal/releases/r1/'],
      ...switching('r1'),
    ]);
  });

  it('next: sends only what changed from the release served (the rest is linked), over ssh to a server', () => {
    const remote = { host: 'deploy@web1', dir: '/srv/portal' };
    expect(
      planRelease({ from: '/b/dist', target: remote, name: 'r2', releases: ['r1'], current: 'r1', keep: 3 }).map((s) => s.argv),
    ).toEqual([
      ['ssh', 'deploy@web1', 'mkdir -p /srv/portal/releases'],
      [...rsync, '--link-dest=../r1', '/b/dist/', 'deploy@web1:/srv/portal/releases/r2/'],
      ['ssh', 'deploy@web1', 'ln -sfn releases/r2 /srv/portal/current.next'],
      ['ssh', 'deploy@web1', 'mv -T /srv/portal/current.next /srv/portal/current'],
    ]);
  });

  // keep counts the new release; the one served before it is always kept (a rollback).
  it.each([
    { releases: ['r1', 'r2', 'r3'], current: 'r3', keep: 3, dropped: ['r1'] },
    { releases: ['r1', 'r2', 'r3'], current: 'r3', keep: 2, dropped: ['r2', 'r1'] },
    { releases: ['r1', 'r2', 'r3'], current: 'r3', keep: 5, dropped: [] },
    // After a rollback to r1, r1 is served: it stays, the newest other one too.
    { releases: ['r1', 'r2', 'r3'], current: 'r1', keep: 3, dropped: ['r2'] },
    // Releases there but none served (a link removed by hand).
    { releases: ['r1', 'r2', 'r3'], current: undefined, keep: 2, dropped: ['r2', 'r1'] },
  ])('with $releases served $current, keep $keep: removes $dropped', ({ releases, current, keep, dropped }) => {
    const steps = planRelease({ from: '/b/dist', target, name: 'r9', releases, current, keep });
    const rm = steps.find((s) => s.argv[0] === 'rm');
    expect(rm?.argv.slice(2) ?? []).toEqual(dropped.map((r) => `/srv/portal/releases/${r}`));
  });

  it('refuses to keep fewer than two, and a name already there', () => {
    expect(() => planRelease({ from: '/d', target, name: 'r2', releases: ['r1'], current: 'r1', keep: 1 })).toThrow(
      'cần giữ ít nhất 2 bản',
    );
    expect(() => planRelease({ from: '/d', target, name: 'r1', releases: ['r1'], current: 'r1', keep: 3 })).toThrow('r1 đã có');
  });

  it('a rollback serves the release before the current one', () => {
    const back = planRollback(target, ['r3', 'r1', 'r2'], 'r3');
    expect([back.name, back.steps.map((s) => s.argv)]).toEqual(['r2', switching('r2')]);
    expect(() => planRollback(target, ['r1', 'r2'], 'r1')).toThrow('không có bản nào trước r1');
    expect(() => planRollback(target, [], undefined)).toThrow('chưa có bản phát hành nào');
  });
});

describe("rsync's report", () => {
  it('reads the files sent, the files and the bytes (rsync 3.2)', () => {
    const output = [
      'Number of files: 969 (reg: 903, dir: 66)',
      'Number of created files: 969 (reg: 903, dir: 66)',
      'Number of deleted files: 0',
      'Number of regular files transferred: 14',
      'Total file size: 43,741,130 bytes',
      'Total transferred file size: 1,234,567 bytes',
    ].join('\n');
    expect(rsyncStats(output)).toEqual({ filesSent: 14, files: 903, bytesSent: 1234567 });
    expect(() => rsyncStats('sent 10 bytes')).toThrow('rsync --stats không có dòng');
  });
});
