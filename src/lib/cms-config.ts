/**
 * The editing UI's configuration (Sveltia CMS, served at /admin/), generated from the content
 * model (schemas.ts), never written a second time by hand: every field of a schema becomes a
 * field of the editing UI with the schema's Vietnamese label and hint, its kind (text, date,
 * number, yes/no, choice, photo, a pick from another collection, a list, a group), and whether it
 * is required. tests/unit/cms-config.test.ts fails when the two disagree.
 */
import { z } from 'zod';
import {
  articleSchema,
  decisionSchema,
  INTRO_KINDS,
  introPageSchema,
  leadersSchema,
  obligationsSchema,
  proceduresSchema,
  provinceSchema,
  scheduleSchema,
  siteSchema,
  unitSchema,
  type RefFactory,
  type Site,
} from './schemas.ts';

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
  decisions: {
    collection: 'decisions',
    value_field: '{{slug}}',
    search_fields: ['number', 'title'],
    display_fields: ['Số {{number}}: {{title}}'],
  },
  units: {
    collection: 'units',
    file: 'danh-sach',
    value_field: 'units.*.id',
    search_fields: ['units.*.name', 'units.*.aliases.*'],
    display_fields: ['units.*.name'],
  },
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
  if (meta.format === 'date')
    return { widget: 'datetime', time_format: false, date_format: 'DD/MM/YYYY', format: 'YYYY-MM-DD', picker_utc: true };
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
      if (item.widget === 'relation' || item.widget === 'select') return { ...item, multiple: true };
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

/**
 * Where the editing UI saves (site.json `editing`): GitHub (sign-in with an access token), GitLab
 * or Gitea/Forgejo, on their public hosts or the province's own server (`base_url` for signing
 * in, `api_root` for the API; with `app_id`, sign-in by OAuth with PKCE). With `review`, a saved
 * article becomes a branch and a pull (merge) request, published when a leader merges it
 * (Sveltia's editorial workflow, which it supports with GitHub and GitLab).
 */
export function backendConfig(repository: string, branch: string, editing?: Site['editing']) {
  const e = editing;
  const backend = {
    name: e?.backend ?? 'github',
    repo: e?.repo ?? repository,
    branch: e?.branch ?? branch,
    ...(e?.api_root ? { api_root: e.api_root } : {}),
    ...(e?.base_url ? { base_url: e.base_url } : {}),
    ...(e?.app_id ? { auth_type: 'pkce', app_id: e.app_id } : {}),
  };
  return { backend, ...(e?.review ? { publish_mode: 'editorial_workflow' as const } : {}) };
}

/** What every configuration shares: the backend (GitHub with a token, or a local copy), slugs, empty fields, photo names. */
function common(repository: string, branch: string, editing?: Site['editing']) {
  return {
    // Editors sign in to their git host: no server of ours in production. On a computer with a
    // copy of the repository, "Work with Local Repository" edits that copy.
    ...backendConfig(repository, branch, editing),
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
        fields: [
          {
            name: 'units',
            label: 'Đơn vị',
            widget: 'list',
            root: true,
            summary: '{{fields.name}} ({{fields.kind}})',
            fields: fieldsOf(unitSchema()),
          },
        ],
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
export function cmsConfig({
  repository,
  branch = 'main',
  contentDir = 'content',
  unitsFile,
  editing,
}: {
  repository: string;
  branch?: string;
  contentDir?: string;
  unitsFile?: string;
  editing?: Site['editing'];
}) {
  return {
    ...common(repository, branch, editing),
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
        fields: [
          ...fieldsOf(articleSchema(cmsRef, cmsImage)),
          {
            name: 'body',
            label: 'Nội dung',
            widget: 'markdown',
            required: false,
            hint: 'Ảnh trong bài: thêm ảnh, viết mô tả (bắt buộc) và chú thích.',
          },
        ],
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
      unitsFile
        ? unitsCollection(unitsFile, { hide: true, description: 'Danh sách đơn vị dùng chung của tỉnh: sửa ở trang biên tập chung.' })
        : unitsCollection(`${contentDir}/units.json`),
      ...communeCollections(contentDir),
      {
        name: 'settings',
        label: 'Cài đặt cổng',
        files: [{ name: 'site', label: 'Thông tin cổng', file: `${contentDir}/site.json`, format: 'json', fields: fieldsOf(siteSchema) }],
      },
    ],
  };
}

/** A commune's own content: the pages of "Giới thiệu" (one file each), leaders, procedures, the weekly schedule. */
function communeCollections(contentDir: string) {
  const body = { name: 'body', label: 'Nội dung', widget: 'markdown', required: false };
  const one = (name: string, label: string, file: string, fields: CmsField[]) => ({
    name,
    label,
    file: `${contentDir}/${file}`,
    format: 'json',
    fields,
  });
  return [
    {
      name: 'gioi-thieu',
      label: 'Giới thiệu',
      description: 'Mỗi mục một tệp trong gioi-thieu/; bản đồ, ảnh hoặc PDF để trong gioi-thieu/tep/.',
      media_folder: `/${contentDir}/gioi-thieu/tep`,
      public_folder: 'tep',
      files: [
        ...Object.entries(INTRO_KINDS).map(([kind, label]) => ({
          name: kind,
          label,
          file: `${contentDir}/gioi-thieu/${kind}.md`,
          format: 'frontmatter',
          fields: [...fieldsOf(introPageSchema), body],
        })),
        {
          name: 'en',
          label: 'Tiếng Anh (English): cơ cấu, chức năng',
          file: `${contentDir}/gioi-thieu/en.md`,
          format: 'frontmatter',
          fields: [...fieldsOf(introPageSchema), { ...body, hint: 'Viết bằng tiếng Anh.' }],
        },
      ],
    },
    {
      name: 'ho-so-xa',
      label: 'Lãnh đạo và thủ tục',
      files: [
        one('lanh-dao', 'Lãnh đạo', 'lanh-dao.json', fieldsOf(leadersSchema)),
        one('thu-tuc', 'Thủ tục hành chính', 'thu-tuc.json', fieldsOf(proceduresSchema)),
      ],
    },
    {
      name: 'lich-cong-tac',
      label: 'Lịch công tác',
      label_singular: 'tuần',
      description: 'Mỗi tuần một tệp trong lich-cong-tac/, tên tệp là tuần (ví dụ 2026-w49).',
      folder: `${contentDir}/lich-cong-tac`,
      extension: 'json',
      format: 'json',
      create: true,
      identifier_field: 'week',
      slug: '{{week}}',
      summary: 'Tuần {{week}}',
      fields: fieldsOf(scheduleSchema),
    },
  ];
}

/**
 * The province's editing UI (the hub's /admin/): the units and their lineage, kept once for every
 * site, and the province's list of sites. Each site's articles and documents are edited in its own.
 */
export function provinceCmsConfig({
  repository,
  branch = 'main',
  contentDir = 'content',
}: {
  repository: string;
  branch?: string;
  contentDir?: string;
}) {
  return {
    ...common(repository, branch),
    media_folder: `${contentDir}/anh`,
    public_folder: '/anh',
    collections: [
      unitsCollection(`${contentDir}/units.json`, { description: 'Các đơn vị của tỉnh và việc sắp xếp: mọi trang đều đọc danh sách này.' }),
      {
        name: 'province',
        label: 'Các trang của tỉnh',
        files: [
          {
            name: 'province',
            label: 'Tỉnh và các trang',
            file: `${contentDir}/province.json`,
            format: 'json',
            fields: fieldsOf(provinceSchema),
          },
          {
            name: 'nghia-vu',
            label: 'Nghĩa vụ của trang cấp xã',
            file: `${contentDir}/nghia-vu.json`,
            format: 'json',
            fields: fieldsOf(obligationsSchema),
          },
        ],
      },
    ],
  };
}
