/** The editing UI's configuration agrees with the content model, field for field. */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { cmsConfig, provinceCmsConfig, type CmsField } from '../../src/lib/cms-config.ts';
import { articleSchema, decisionSchema, plainRef, provinceSchema, siteSchema, unitSchema } from '../../src/lib/schemas.ts';

const config = cmsConfig({ repository: 'to-chuc/cong-thong-tin' });
const collection = (name: string) => config.collections.find((c) => c.name === name)! as unknown as { fields?: CmsField[]; files?: { name: string; fields: CmsField[] }[] };

/** Every field path of a schema ("groups.units"), following objects and lists of objects. */
function schemaPaths(schema: z.ZodType, prefix = ''): string[] {
  let s = schema as unknown as { _zod: { def: { type: string; innerType?: z.ZodType; element?: z.ZodType; shape?: Record<string, z.ZodType> } } };
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
    const fields = config.collections.flatMap((c) => allFields(((c as { fields?: CmsField[] }).fields ?? (c as { files: { fields: CmsField[] }[] }).files.flatMap((f) => f.fields))));
    expect(fields.length).toBeGreaterThan(40);
    for (const f of fields) expect(f.label, f.name).toMatch(/^\p{Lu}/u);
    const article = collection('articles').fields!;
    expect(article.find((f) => f.name === 'title')).not.toHaveProperty('required');
    expect(article.find((f) => f.name === 'summary')).toMatchObject({ label: 'Tóm tắt', required: false });
  });

  it('picks units, decisions and articles by name, stores their ids, and uses a date picker for dates', () => {
    const groups = collection('decisions').fields!.find((f) => f.name === 'groups')!;
    expect((groups.fields as CmsField[]).find((f) => f.name === 'units')).toMatchObject({ widget: 'relation', collection: 'units', value_field: 'units.*.id', display_fields: ['units.*.name'], multiple: true });
    const article = collection('articles').fields!;
    expect(article.find((f) => f.name === 'decisions')).toMatchObject({ widget: 'relation', collection: 'decisions', multiple: true });
    expect(article.find((f) => f.name === 'date')).toMatchObject({ widget: 'datetime', time_format: false, format: 'YYYY-MM-DD' });
    expect(article.find((f) => f.name === 'cover')!.fields).toContainEqual(expect.objectContaining({ name: 'src', widget: 'image' }));
  });

  it('writes new articles as .md in articles/<year>/ with an ASCII slug (đ → d), photos beside them', () => {
    expect(config.collections[0]).toMatchObject({ folder: 'content/articles', extension: 'md', slug: '{{title}}', public_folder: '../anh' });
    expect(config.slug).toEqual({ encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' });
  });
});

describe("a province's editing UIs", () => {
  const site = cmsConfig({ repository: 'tinh/cac-trang', contentDir: 'content/sites/xa-nam-cuong', unitsFile: 'content/units.json' });
  const province = provinceCmsConfig({ repository: 'tinh/cac-trang' });
  type Files = { name: string; hide?: boolean; folder?: string; media_folder?: string; files?: { file: string; fields: CmsField[] }[]; fields?: CmsField[] };
  const of = (config: { collections: unknown[] }, name: string) => (config.collections as Files[]).find((c) => c.name === name)!;

  it("a site's edits its own folder only: articles, documents, settings, photos", () => {
    expect(of(site, 'articles')).toMatchObject({ folder: 'content/sites/xa-nam-cuong/articles', media_folder: '/content/sites/xa-nam-cuong/articles/anh' });
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
