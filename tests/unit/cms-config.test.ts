/** The editing UI's configuration agrees with the content model, field for field. */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { cmsConfig, provinceCmsConfig, type CmsField } from '../../src/lib/cms-config.ts';
import { adminCsp } from '../../src/lib/csp.ts';
import {
  articleSchema,
  decisionSchema,
  introPageSchema,
  leadersSchema,
  obligationsSchema,
  plainRef,
  proceduresSchema,
  provinceSchema,
  scheduleSchema,
  siteSchema,
  unitSchema,
} from '../../src/lib/schemas.ts';

const config = cmsConfig({ repository: 'to-chuc/cong-thong-tin' });
const collection = (name: string) =>
  config.collections.find((c) => c.name === name)! as unknown as { fields?: CmsField[]; files?: { name: string; fields: CmsField[] }[] };

/** Every field path of a schema ("groups.units"), following objects and lists of objects. */
function schemaPaths(schema: z.ZodType, prefix = ''): string[] {
  let s = schema as unknown as {
    _zod: { def: { type: string; innerType?: z.ZodType; element?: z.ZodType; shape?: Record<string, z.ZodType> } };
  };
  while (['optional', 'nullable', 'default'].includes(s._zod.def.type)) s = s._zod.def.innerType as never;
  if (s._zod.def.type === 'array') return schemaPaths(s._zod.def.element!, prefix);
  if (s._zod.def.type !== 'object') return [];
  return Object.entries(s._zod.def.shape!).flatMap(([k, v]) => [`${prefix}${k}`, ...schemaPaths(v, `${prefix}${k}.`)]);
}
/** The same for the editing UI's fields. */
function configPaths(fields: CmsField[], prefix = ''): string[] {
  return fields.flatMap((f) => [`${prefix}${f.name}`, ...configPaths((f.fields as CmsField[] | undefined) ?? [], `${prefix}${f.name}.`)]);
}
const allFields = (fields: CmsField[]): CmsField[] => fields.flatMap((f) => [f, ...allFields((f.fields as CmsField[] | undefined) ?? [])]);

describe('the editing UI configuration', () => {
  it('has exactly the fields of each schema (articles also have their text)', () => {
    expect(configPaths(collection('articles').fields!)).toEqual([...schemaPaths(articleSchema(plainRef)), 'body']);
    expect(configPaths(collection('decisions').fields!)).toEqual(schemaPaths(decisionSchema(plainRef)));
    expect(configPaths(collection('units').files![0]!.fields[0]!.fields as CmsField[])).toEqual(schemaPaths(unitSchema()));
    expect(configPaths(collection('settings').files![0]!.fields)).toEqual(schemaPaths(siteSchema));
  });

  it('labels every field in Vietnamese and marks what may be left empty', () => {
    const fields = config.collections.flatMap((c) =>
      allFields((c as { fields?: CmsField[] }).fields ?? (c as { files: { fields: CmsField[] }[] }).files.flatMap((f) => f.fields)),
    );
    expect(fields.length).toBeGreaterThan(40);
    for (const f of fields) expect(f.label, f.name).toMatch(/^\p{Lu}/u);
    const article = collection('articles').fields!;
    expect(article.find((f) => f.name === 'title')).not.toHaveProperty('required');
    expect(article.find((f) => f.name === 'summary')).toMatchObject({ label: 'Tóm tắt', required: false });
  });

  it('picks units, decisions and articles by name, stores their ids, and uses a date picker for dates', () => {
    const groups = collection('decisions').fields!.find((f) => f.name === 'groups')!;
    expect((groups.fields as CmsField[]).find((f) => f.name === 'units')).toMatchObject({
      widget: 'relation',
      collection: 'units',
      value_field: 'units.*.id',
      display_fields: ['units.*.name'],
      multiple: true,
    });
    const article = collection('articles').fields!;
    expect(article.find((f) => f.name === 'decisions')).toMatchObject({ widget: 'relation', collection: 'decisions', multiple: true });
    expect(article.find((f) => f.name === 'date')).toMatchObject({ widget: 'datetime', time_format: false, format: 'YYYY-MM-DD' });
    expect(article.find((f) => f.name === 'cover')!.fields).toContainEqual(expect.objectContaining({ name: 'src', widget: 'image' }));
  });

  it('writes new articles as .md in articles/<year>/ with an ASCII slug (đ → d), photos beside them', () => {
    expect(config.collections[0]).toMatchObject({
      folder: 'content/articles',
      extension: 'md',
      slug: '{{title}}',
      public_folder: '../anh',
    });
    expect(config.slug).toEqual({ encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' });
  });
});

describe("a province's editing UIs", () => {
  const site = cmsConfig({ repository: 'tinh/cac-trang', contentDir: 'content/sites/xa-nam-cuong', unitsFile: 'content/units.json' });
  const province = provinceCmsConfig({ repository: 'tinh/cac-trang' });
  type Files = {
    name: string;
    hide?: boolean;
    folder?: string;
    media_folder?: string;
    files?: { file: string; fields: CmsField[] }[];
    fields?: CmsField[];
  };
  const of = (config: { collections: unknown[] }, name: string) => (config.collections as Files[]).find((c) => c.name === name)!;

  it("a site's edits its own folder only: articles, documents, settings, photos", () => {
    expect(of(site, 'articles')).toMatchObject({
      folder: 'content/sites/xa-nam-cuong/articles',
      media_folder: '/content/sites/xa-nam-cuong/articles/anh',
    });
    expect(of(site, 'decisions').folder).toBe('content/sites/xa-nam-cuong/decisions');
    expect(of(site, 'settings').files![0]!.file).toBe('content/sites/xa-nam-cuong/site.json');
    expect(configPaths(of(site, 'articles').fields!)).toEqual([...schemaPaths(articleSchema(plainRef)), 'body']);
  });

  it("a site's picks the province's units by name and does not show them to edit", () => {
    expect(of(site, 'units')).toMatchObject({ hide: true, files: [{ file: 'content/units.json' }] });
    const units = of(site, 'articles').fields!.find((f) => f.name === 'units')!;
    expect(units).toMatchObject({ widget: 'relation', collection: 'units', multiple: true });
  });

  it("the province's edits the units, kept once, and the list of sites, from the same schemas", () => {
    expect(province.collections.map((c) => c.name)).toEqual(['units', 'province']);
    expect(of(province, 'units')).not.toHaveProperty('hide');
    expect(of(province, 'units').files![0]!.file).toBe('content/units.json');
    expect(configPaths(of(province, 'units').files![0]!.fields[0]!.fields as CmsField[])).toEqual(schemaPaths(unitSchema()));
    expect(of(province, 'province').files![0]!.file).toBe('content/province.json');
    expect(configPaths(of(province, 'province').files![0]!.fields)).toEqual(schemaPaths(provinceSchema));
  });
});

describe('where the editing UI saves, and review before publishing (site.json `editing`)', () => {
  const repo = 'tinh/cac-trang';
  it.each([
    [
      'nothing set: GitHub, the repository the site is built from, saved at once',
      undefined,
      { backend: { name: 'github', repo, branch: 'main' } },
    ],
    [
      'GitHub with review',
      { backend: 'github', branch: 'main', review: true },
      { backend: { name: 'github', repo, branch: 'main' }, publish_mode: 'editorial_workflow' },
    ],
    [
      "the province's own GitLab, signing in by OAuth, with review",
      {
        backend: 'gitlab',
        repo: 'so-tt/cong-xa',
        branch: 'xuat-ban',
        base_url: 'https://git.tinh.example',
        api_root: 'https://git.tinh.example/api/v4',
        app_id: 'abc123',
        review: true,
      },
      {
        backend: {
          name: 'gitlab',
          repo: 'so-tt/cong-xa',
          branch: 'xuat-ban',
          api_root: 'https://git.tinh.example/api/v4',
          base_url: 'https://git.tinh.example',
          auth_type: 'pkce',
          app_id: 'abc123',
        },
        publish_mode: 'editorial_workflow',
      },
    ],
    [
      'a Gitea or Forgejo server, saved at once',
      {
        backend: 'gitea',
        repo: 'so-tt/cong-xa',
        branch: 'main',
        base_url: 'https://git.tinh.example',
        api_root: 'https://git.tinh.example/api/v1',
        review: false,
      },
      {
        backend: {
          name: 'gitea',
          repo: 'so-tt/cong-xa',
          branch: 'main',
          api_root: 'https://git.tinh.example/api/v1',
          base_url: 'https://git.tinh.example',
        },
      },
    ],
  ] as const)('%s', (_, editing, expected) => {
    const c = cmsConfig({ repository: repo, editing: editing as never }) as Record<string, unknown>;
    expect({ backend: c.backend, ...(c.publish_mode ? { publish_mode: c.publish_mode } : {}) }).toEqual(expected);
  });
});

describe("the editing UI's CSP follows its git host", () => {
  const connect = (csp: string) =>
    csp
      .split('; ')
      .find((d) => d.startsWith('connect-src'))!
      .split(' ')
      .slice(1);
  it.each([
    [undefined, ["'self'", 'blob:', 'data:', 'https://api.github.com', 'https://raw.githubusercontent.com']],
    [
      { backend: 'gitlab', base_url: 'https://git.tinh.example', api_root: 'https://git.tinh.example/api/v4' },
      ["'self'", 'blob:', 'data:', 'https://git.tinh.example'],
    ],
    [{ backend: 'gitlab' }, ["'self'", 'blob:', 'data:', 'https://gitlab.com']],
    [
      { backend: 'gitea', api_root: 'https://api.git.tinh.example/api/v1', base_url: 'https://git.tinh.example' },
      ["'self'", 'blob:', 'data:', 'https://api.git.tinh.example', 'https://git.tinh.example'],
    ],
  ])('%o → connect-src %o', (editing, hosts) => expect(connect(adminCsp(editing))).toEqual(hosts));
});

describe("a commune's own content in the editing UI", () => {
  type Coll = {
    name: string;
    folder?: string;
    slug?: string;
    files?: { name: string; file: string; fields: CmsField[] }[];
    fields?: CmsField[];
  };
  const site = cmsConfig({ repository: 'tinh/cac-trang', contentDir: 'content/sites/xa-nam-cuong', unitsFile: 'content/units.json' });
  const of = (name: string) => (site.collections as unknown as Coll[]).find((c) => c.name === name)!;
  it('has a file per page of Giới thiệu, the leaders, the procedures and a file per week, with the fields of their schemas', () => {
    expect(of('gioi-thieu').files!.map((f) => f.file)).toEqual(
      ['co-cau-to-chuc', 'chuc-nang-nhiem-vu', 'lich-su', 'dieu-kien-tu-nhien', 'van-hoa-di-tich', 'ban-do-hanh-chinh', 'en'].map(
        (k) => `content/sites/xa-nam-cuong/gioi-thieu/${k}.md`,
      ),
    );
    expect(configPaths(of('gioi-thieu').files![0]!.fields)).toEqual([...schemaPaths(introPageSchema), 'body']);
    expect(of('ho-so-xa').files!.map((f) => [f.file, configPaths(f.fields)])).toEqual([
      ['content/sites/xa-nam-cuong/lanh-dao.json', schemaPaths(leadersSchema)],
      ['content/sites/xa-nam-cuong/thu-tuc.json', schemaPaths(proceduresSchema)],
    ]);
    expect(of('lich-cong-tac')).toMatchObject({ folder: 'content/sites/xa-nam-cuong/lich-cong-tac', slug: '{{week}}' });
    expect(configPaths(of('lich-cong-tac').fields!)).toEqual(schemaPaths(scheduleSchema));
  });
  it('a document picks its disclosure group from the list; the province edits the obligations', () => {
    const disclosure = (of('decisions').fields!.find((f) => f.name === 'disclosure')!.fields as CmsField[]).find(
      (f) => f.name === 'group',
    )!;
    expect(disclosure).toMatchObject({
      widget: 'select',
      options: ['ngan-sach', 'dat-dai-quy-hoach', 'du-an-dau-tu', 'quy-dong-gop', 'tro-giup-xa-hoi', 'phi-le-phi', 'thu-tuc-hanh-chinh'],
    });
    const province = provinceCmsConfig({ repository: 'tinh/cac-trang' });
    const obligations = (province.collections as unknown as Coll[])
      .find((c) => c.name === 'province')!
      .files!.find((f) => f.name === 'nghia-vu')!;
    expect(obligations.file).toBe('content/nghia-vu.json');
    expect(configPaths(obligations.fields)).toEqual(schemaPaths(obligationsSchema));
    const fulfilledBy = (obligations.fields[0]!.fields as CmsField[]).find((f) => f.name === 'fulfilledBy')!;
    expect(fulfilledBy).toMatchObject({ widget: 'select', multiple: true });
  });
});
