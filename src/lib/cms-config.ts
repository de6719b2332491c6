/**
 * The editing UI's configuration (Sveltia CMS, served at /admin/), generated from the content
 * model (schemas.ts), never written a second time by hand: every field of a schema becomes a
 * field of the editing UI with the schema's Vietnamese label and hint, its kind (text, date,
 * number, yes/no, choice, photo, a pick from another collection, a list, a group), and whether it
 * is required. tests/unit/cms-config.test.ts fails when the two disagree.
 */
import { z } from 'zod';
import { articleSchema, decisionSchema, provinceSchema, siteSchema, unitSchema, type RefFactory } from './schemas.ts';

/** A field of the editing UI (the subset of Sveltia's field options the portal uses). */
export interface CmsField {
  name: string;
  label: string;
  hint?: string;
  widget: 'string' | 'text' | 'markdown' | 'datetime' | 'number' | 'boolean' | 'select' | 'image' | 'relation' | 'list' | 'object';
  required?: false;
  default?: unknown;
  [option: string]: unknown;
}

type Collection = 'articles' | 'decisions' | 'units';
/** How a reference is shown to editors: picked by a name, stored as an id. */
const RELATION: Record<Collection, Record<string, unknown>> = {
  articles: { collection: 'articles', value_field: '{{slug}}', search_fields: ['title'], display_fields: ['title'] },
  decisions: { collection: 'decisions', value_field: '{{slug}}', search_fields: ['number', 'title'], display_fields: ['Số {{number}}: {{title}}'] },
  units: { collection: 'units', file: 'danh-sach', value_field: 'units.*.id', search_fields: ['units.*.name', 'units.*.aliases.*'], display_fields: ['units.*.name'] },
};

/** References and photos as the editing UI sees them: strings that say what they point at. */
const cmsRef: RefFactory<string> = (collection) => z.string().min(1).meta({ relation: collection });
const cmsImage = () => z.string().min(1).meta({ widget: 'image' });

interface Meta {
  title?: string;
  description?: string;
  relation?: Collection;
  widget?: 'image';
  format?: 'date' | 'uri';
}
const metaOf = (s: z.ZodType) => (s.meta() ?? {}) as Meta;
const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;

/** The schema inside optional/nullable/default wrappers, whether it may be left empty, and its default. */
function unwrap(schema: z.ZodType): { inner: z.ZodType; optional: boolean; fallback?: unknown } {
  let inner = schema;
  let optional = false;
  let fallback: unknown;
  for (;;) {
    const def = defOf(inner);
    if (def.type === 'optional' || def.type === 'nullable') optional = true;
    else if (def.type === 'default') {
      optional = true;
      fallback = def.defaultValue;
    } else break;
    inner = def.innerType as z.ZodType;
  }
  return { inner, optional, ...(fallback === undefined || fallback === null ? {} : { fallback }) };
}

/** What kind of field a (unwrapped) schema is, with the options that kind needs. */
function widgetFor(inner: z.ZodType): { widget: CmsField['widget']; [option: string]: unknown } {
  const meta = metaOf(inner);
  const def = defOf(inner);
  if (meta.relation) return { widget: 'relation', ...RELATION[meta.relation] };
  if (meta.widget === 'image') return { widget: 'image', choose_url: false };
  if (meta.format === 'date') return { widget: 'datetime', time_format: false, date_format: 'DD/MM/YYYY', format: 'YYYY-MM-DD', picker_utc: true };
  if (meta.format === 'uri') return { widget: 'string', type: 'url' };
  switch (def.type) {
    case 'string':
      return { widget: 'string' };
    case 'number':
      return { widget: 'number', value_type: 'int' };
    case 'boolean':
      return { widget: 'boolean' };
    case 'enum':
      return { widget: 'select', options: Object.values(def.entries as Record<string, string>) };
    case 'object':
      return { widget: 'object', fields: fieldsOf(inner as z.ZodObject) };
    case 'array': {
      const element = defOf(inner).element as z.ZodType;
      const item = widgetFor(unwrap(element).inner);
      if (item.widget === 'relation') return { ...item, multiple: true };
      if (item.widget === 'object') return { widget: 'list', fields: item.fields };
      return { widget: 'list' };
    }
    default:
      throw new Error(`cms-config: no field kind for a schema of type "${def.type}"`);
  }
}

/** One editing-UI field per field of an object schema, in the schema's order. */
export function fieldsOf(schema: z.ZodObject): CmsField[] {
  return Object.entries(schema.shape).map(([name, field]) => {
    const s = field as z.ZodType;
    const { title, description } = metaOf(s);
    if (!title) throw new Error(`cms-config: field "${name}" has no Vietnamese label (schemas.ts label())`);
    const { inner, optional, fallback } = unwrap(s);
    return {
      name,
      label: title,
      ...(description ? { hint: description } : {}),
      ...widgetFor(inner),
      ...(optional ? { required: false as const } : {}),
      ...(fallback === undefined ? {} : { default: fallback }),
    };
  });
}

/** What every configuration shares: the backend (GitHub with a token, or a local copy), slugs, empty fields, photo names. */
function common(repository: string, branch: string) {
  return {
    // Editors sign in to GitHub with a personal access token: no server of ours in production.
    // On a computer with a copy of the repository, "Work with Local Repository" edits that copy.
    backend: { name: 'github', repo: repository, branch },
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    // An optional field left empty is left out of the file (the check refuses empty text).
    output: { omit_empty_optional_fields: true },
    // A photo's file name is made a slug ("Đường xã Đồng Thắng.jpg" → "duong-xa-dong-thang.jpg").
    media_libraries: { default: { config: { slugify_filename: true } } },
  };
}

/** The units' collection: one file, a list of units. */
function unitsCollection(file: string, extra: Record<string, unknown> = {}) {
  return {
    name: 'units',
    label: 'Đơn vị',
    ...extra,
    files: [
      {
        name: 'danh-sach',
        label: 'Danh sách đơn vị',
        file,
        format: 'json',
        fields: [{ name: 'units', label: 'Đơn vị', widget: 'list', root: true, summary: '{{fields.name}} ({{fields.kind}})', fields: fieldsOf(unitSchema()) }],
      },
    ],
  };
}

/**
 * The editing UI of a site: where each collection lives in the repository and its fields. A site
 * of a province (`unitsFile` given: the province's, content/units.json) edits its own folder
 * (`contentDir`: content/sites/<id>) only; the province's units are picked by name there and
 * edited in the province's editing UI (`provinceCmsConfig`, the hub's /admin/).
 */
export function cmsConfig({ repository, branch = 'main', contentDir = 'content', unitsFile }: { repository: string; branch?: string; contentDir?: string; unitsFile?: string }) {
  return {
    ...common(repository, branch),
    media_folder: `${contentDir}/anh`,
    public_folder: '/anh',
    collections: [
      {
        name: 'articles',
        label: 'Tin tức',
        label_singular: 'bài viết',
        description: 'Mỗi bài một tệp .md trong content/articles/<năm>/. Bài .mdx (có thành phần) sửa trực tiếp trong tệp.',
        folder: `${contentDir}/articles`,
        // The year folder is the article's own date's (the year it is created when it has none).
        path: "{{fields.date | date('YYYY') | default('{{year}}')}}/{{slug}}",
        extension: 'md',
        format: 'frontmatter',
        create: true,
        slug: '{{title}}',
        // Photos are stored in content/articles/anh/ and named from the article file ("../anh/…"),
        // which is how the check and Astro's image pipeline find them.
        media_folder: `/${contentDir}/articles/anh`,
        public_folder: '../anh',
        summary: '{{title}}',
        sortable_fields: ['date', 'title'],
        fields: [...fieldsOf(articleSchema(cmsRef, cmsImage)), { name: 'body', label: 'Nội dung', widget: 'markdown', required: false, hint: 'Ảnh trong bài: thêm ảnh, viết mô tả (bắt buộc) và chú thích.' }],
      },
      {
        name: 'decisions',
        label: 'Văn bản',
        label_singular: 'văn bản',
        description: 'Mỗi văn bản một tệp JSON trong content/decisions/; tên tệp là số và năm, ví dụ 5844-2021.',
        folder: `${contentDir}/decisions`,
        extension: 'json',
        format: 'json',
        create: true,
        identifier_field: 'number',
        slug: "{{number}}-{{fields.date | date('YYYY')}}",
        summary: '{{type}} số {{number}}: {{title}}',
        fields: fieldsOf(decisionSchema(cmsRef)),
      },
      // A site of a province names the province's units but does not edit them: hidden, still picked by name.
      unitsFile ? unitsCollection(unitsFile, { hide: true, description: 'Danh sách đơn vị dùng chung của tỉnh: sửa ở trang biên tập chung.' }) : unitsCollection(`${contentDir}/units.json`),
      {
        name: 'settings',
        label: 'Cài đặt cổng',
        files: [{ name: 'site', label: 'Thông tin cổng', file: `${contentDir}/site.json`, format: 'json', fields: fieldsOf(siteSchema) }],
      },
    ],
  };
}

/**
 * The province's editing UI (the hub's /admin/): the units and their lineage, kept once for every
 * site, and the province's list of sites. Each site's articles and documents are edited in its own.
 */
export function provinceCmsConfig({ repository, branch = 'main', contentDir = 'content' }: { repository: string; branch?: string; contentDir?: string }) {
  return {
    ...common(repository, branch),
    media_folder: `${contentDir}/anh`,
    public_folder: '/anh',
    collections: [
      unitsCollection(`${contentDir}/units.json`, { description: 'Các đơn vị của tỉnh và việc sắp xếp: mọi trang đều đọc danh sách này.' }),
      {
        name: 'province',
        label: 'Các trang của tỉnh',
        files: [{ name: 'province', label: 'Tỉnh và các trang', file: `${contentDir}/province.json`, format: 'json', fields: fieldsOf(provinceSchema) }],
      },
    ],
  };
}
