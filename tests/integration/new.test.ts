/** `npm run new`: scaffolds with the right name and fields, passes the check, never overwrites. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { checkContentRoot } from '../../src/source/validate.ts';
import { materialize } from '../helpers/fixtures.ts';

const project = join(import.meta.dirname, '..', '..');
const run = (root: string, ...args: string[]) =>
  spawnSync(process.execPath, ['scripts/new.ts', '--content', root, ...args], { cwd: project, encoding: 'utf8' });

describe('npm run new', () => {
  it('creates an article, a decision and a unit, and refuses to overwrite', () => {
    const root = materialize();
    try {
      const a = run(root, 'article', 'Chợ Đồn triển khai thực hiện Chương trình chuyển đổi số', '--date', '2021-12-10');
      expect(a.status).toBe(0);
      const file = join(root, 'articles/2021/cho-don-trien-khai-thuc-hien-chuong-trinh-chuyen-doi-so.md');
      expect(readFileSync(file, 'utf8')).toContain('title: "Chợ Đồn triển khai thực hiện Chương trình chuyển đổi số"');
      expect(checkContentRoot(root).problems.errors).toEqual([]);
      // The new file is a draft: the check says it will not be published.
      const checked = spawnSync(process.execPath, ['scripts/check.ts', root], { cwd: project, encoding: 'utf8' });
      expect(checked.stdout).toMatch(/bản nháp, chưa đăng: .*articles\/2021\/cho-don-trien-khai-thuc-hien-chuong-trinh-chuyen-doi-so\.md/);

      const again = run(root, 'article', 'Chợ Đồn triển khai thực hiện Chương trình chuyển đổi số', '--date', '2021-12-10');
      expect(again.status).toBe(1);
      expect(again.stderr).toContain('không ghi đè');

      const d = run(root, 'decision', '5844', '2021-11-29');
      expect(d.status).toBe(0);
      const decision = JSON.parse(readFileSync(join(root, 'decisions/5844-2021.json'), 'utf8'));
      expect([decision.number, decision.date, decision.year, decision.symbol]).toEqual(['5844', '2021-11-29', 2021, null]);
      // The skeleton leaves the facts empty: the check names each field still to fill.
      const fields = checkContentRoot(root)
        .problems.errors.filter((p) => p.file.endsWith('5844-2021.json'))
        .map((p) => p.field);
      expect(fields).toEqual(expect.arrayContaining(['issuer', 'title', 'groups[0].units']));
      expect(run(root, 'decision', '5844', '2021-11-29').status).toBe(1);

      const u = run(root, 'unit', 'Yên Thịnh', '--kind', 'xã', '--bloc', 'Khối xã');
      expect(u.status).toBe(0);
      const units = JSON.parse(readFileSync(join(root, 'units.json'), 'utf8')) as { id: string }[];
      expect(units.at(-1)).toEqual({ id: 'yen-thinh', kind: 'xã', name: 'Yên Thịnh', bloc: 'Khối xã', aliases: [] });
      expect(run(root, 'unit', 'Yên Thịnh', '--kind', 'xã', '--bloc', 'Khối xã').status).toBe(1);
      expect(run(root, 'unit', 'X', '--kind', 'làng', '--bloc', 'Khối xã').stderr).toContain('loại "làng" không hợp lệ');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('prints usage in Vietnamese for a wrong call', () => {
    const r = run(join(project, 'content'), 'bogus');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('cách dùng');
  });
});
