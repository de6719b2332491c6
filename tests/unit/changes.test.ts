/** Which sites a push changes, and whether it needs the tests (src/lib/changes.ts), as a table. */
import { describe, expect, it } from 'vitest';
import { buildJobs, pushChanges } from '../../src/lib/changes.ts';

const SITES = ['huyen-cho-don', 'xa-nam-cuong', 'xa-yen-thinh'];
/** The archive: the xã's pages show its articles and recognitions of the units they were formed from. */
const SHOWN = ['huyen-cho-don'];

describe('what a push changes', () => {
  it.each([
    { push: 'an article of one xã', paths: ['content/sites/xa-nam-cuong/articles/2026/hop-dan.md'], code: false, sites: ['xa-nam-cuong'] },
    {
      push: 'a photo and an article of two xã',
      paths: ['content/sites/xa-yen-thinh/anh/cau.jpg', 'content/sites/xa-nam-cuong/articles/2026/a.md'],
      code: false,
      sites: ['xa-nam-cuong', 'xa-yen-thinh'],
    },
    {
      push: "an article of the archive, which the xã's pages show",
      paths: ['content/sites/huyen-cho-don/articles/2021/a.md'],
      code: false,
      sites: SITES,
    },
    { push: "the province's units", paths: ['content/units.json'], code: false, sites: SITES },
    { push: "the province's obligations", paths: ['content/nghia-vu.json'], code: false, sites: SITES },
    { push: 'a site not in province.json', paths: ['content/sites/xa-moi/site.json'], code: false, sites: SITES },
    { push: 'a page template', paths: ['src/routes/index.astro'], code: true, sites: SITES },
    { push: 'the dependencies', paths: ['package-lock.json'], code: true, sites: SITES },
    { push: 'a shared file of the sites', paths: ['public/favicon.svg'], code: true, sites: SITES },
    { push: 'a build script', paths: ['scripts/build-site.ts'], code: true, sites: SITES },
    { push: 'a test', paths: ['tests/unit/vi.test.ts'], code: true, sites: [] },
    { push: 'a newer national list', paths: ['data/vn-units-2026.json'], code: true, sites: [] },
    { push: 'a workflow', paths: ['.github/workflows/deploy.yml'], code: true, sites: [] },
    { push: 'the lint configuration', paths: ['eslint.config.js'], code: true, sites: [] },
    { push: 'the editors’ guide', paths: ['docs/huong-dan-bien-tap.md', 'README.md'], code: false, sites: [] },
    { push: 'nothing', paths: [], code: false, sites: [] },
  ])('$push: tests $code, builds $sites', ({ paths, code, sites }) => {
    const changes = pushChanges(paths, SITES, SHOWN);
    expect({ code: changes.code, sites: changes.sites }).toEqual({ code, sites });
  });

  it('says why, a line per rule', () => {
    expect(pushChanges(['content/sites/xa-nam-cuong/site.json', 'src/lib/vi.ts'], SITES).why).toEqual([
      'src/lib/vi.ts: dùng chung cho mọi trang',
      'mã nguồn đổi: chạy kiểm thử trước khi đăng',
    ]);
    expect(pushChanges(['content/sites/xa-nam-cuong/site.json'], SITES, SHOWN).why).toEqual(['xa-nam-cuong: nội dung của trang đổi']);
    expect(pushChanges(['content/sites/huyen-cho-don/decisions/5844-2021.json'], SITES, SHOWN).why).toEqual([
      'content/sites/huyen-cho-don/decisions/5844-2021.json: các trang khác hiện nội dung của huyen-cho-don: dựng mọi trang',
    ]);
  });
});

describe('the build jobs', () => {
  it.each([
    { sites: ['xa-nam-cuong'], parts: {}, names: ['xa-nam-cuong'], single: 'xa-nam-cuong' },
    { sites: ['huyen-cho-don', 'xa-nam-cuong'], parts: {}, names: ['huyen-cho-don', 'xa-nam-cuong'], single: '' },
    { sites: ['huyen-cho-don'], parts: { 'huyen-cho-don': 2 }, names: ['huyen-cho-don-part-1', 'huyen-cho-don-part-2'], single: '' },
    {
      sites: ['huyen-cho-don', 'xa-nam-cuong'],
      parts: { 'huyen-cho-don': 2 },
      names: ['huyen-cho-don-part-1', 'huyen-cho-don-part-2', 'xa-nam-cuong'],
      single: '',
    },
    { sites: [], parts: {}, names: [], single: '' },
  ])('$sites in parts $parts: jobs $names, one-site publish "$single"', ({ sites, parts, names, single }) => {
    const planned = buildJobs(sites, new Map(Object.entries(parts)));
    expect({ names: planned.jobs.map((j) => j.name), single: planned.single }).toEqual({ names, single });
    for (const job of planned.jobs) expect(job.part === '' || /^\d+\/\d+$/.test(job.part)).toBe(true);
  });
});
