/**
 * The content model, once. `npm run check` uses it with plain string references; Astro's
 * content config passes `reference()` so the same fields become typed collection references.
 */
import { z } from 'zod';
import { isIsoDate, toIsoDate } from './dates.ts';

/** How a field that points at another collection is validated; `R` is what it parses to. */
export type RefFactory<R> = (collection: 'articles' | 'decisions' | 'units') => z.ZodType<R>;

/** References as plain ids (what `npm run check` and the pure model use). */
export const plainRef: RefFactory<string> = () => z.string().min(1);

/**
 * How a photo file named in front matter is validated; `I` is what it parses to. Astro passes
 * its `image()` (the photo's metadata, for its image pipeline); the check takes the path, and
 * checks the file itself (src/source/validate.ts).
 */
export type ImageFactory<I> = () => z.ZodType<I>;
export const plainImage: ImageFactory<string> = () => z.string().trim().min(1);

/** Photo files an article may use (cover and photos in its text), by extension. */
export const PHOTO_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.webp', '.avif'] as const;

/** What Astro's `reference()` parses to. */
export interface EntryRef {
  collection: string;
  id: string;
}

/** A real calendar day, given as "YYYY-MM-DD" (or a YAML date), kept as an ISO string. */
export const isoDate = z
  .union([z.string(), z.date()])
  .transform((v) => toIsoDate(v))
  .refine(isIsoDate, {
    error: (issue) => `ngày ${JSON.stringify(issue.input)} không hợp lệ: cần một ngày có thật, dạng YYYY-MM-DD`,
  });

/** Only http(s) links: a `javascript:` or `data:` link must never reach a page. */
export const httpUrl = z
  .string()
  .refine((v) => /^https?:\/\/[^\s]+$/i.test(v), {
    error: (issue) => `liên kết ${JSON.stringify(issue.input)} không được chấp nhận: chỉ dùng http:// hoặc https://`,
  });

export const UNIT_KINDS = ['xã', 'phường', 'thị trấn', 'cơ quan', 'doanh nghiệp', 'trường học', 'khu dân cư'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export function articleSchema<R, I = string>(ref: RefFactory<R>, image: ImageFactory<I> = plainImage as unknown as ImageFactory<I>) {
  return z.strictObject({
    title: z.string().trim().min(1),
    /** Publication date; omitted when the source does not give it. */
    date: isoDate.optional(),
    /** For an article without a date: the article that comes just before it in the source's own order. */
    after: ref('articles').optional(),
    author: z.string().trim().min(1).optional(),
    summary: z.string().trim().min(1).optional(),
    category: z.string().trim().min(1).optional(),
    tags: z.array(z.string().trim().min(1)).default([]),
    decisions: z.array(ref('decisions')).default([]),
    units: z.array(ref('units')).default([]),
    /** Link to where the article was first published, when known. */
    sourceUrl: httpUrl.optional(),
    /** The article's photo: shown above the text, and the picture search engines and social sites show. */
    cover: z
      .strictObject({
        /** The photo file, relative to the article file (e.g. "anh/tru-so.jpg"). */
        src: image(),
        /** What the photo shows, for readers who cannot see it. */
        alt: z.string().trim().min(1),
        caption: z.string().trim().min(1).optional(),
      })
      .optional(),
    draft: z.boolean().default(false),
  });
}

export function decisionSchema<R>(ref: RefFactory<R>) {
  return z.strictObject({
    type: z.string().trim().min(1).default('Quyết định'),
    issuer: z.string().trim().min(1),
    issuerShort: z.string().trim().min(1).optional(),
    number: z.string().trim().min(1),
    /** e.g. "QĐ-UBND"; null when the source does not give it. */
    symbol: z.string().trim().min(1).nullable().default(null),
    date: isoDate,
    /** The year the decision is about (may differ from the year it was signed). */
    year: z.number().int().min(1900).max(2200),
    title: z.string().trim().min(1),
    legalBasis: z
      .array(
        z.strictObject({
          document: z.string().trim().min(1),
          date: isoDate.optional(),
          issuer: z.string().trim().min(1).optional(),
          subject: z.string().trim().min(1).optional(),
        }),
      )
      .default([]),
    outcomes: z
      .array(
        z.strictObject({
          id: z.string().trim().min(1),
          label: z.string().trim().min(1),
          /** The total the source declares for this outcome, as it states it. */
          declaredTotal: z.number().int().min(0).optional(),
        }),
      )
      .min(1),
    /** The grand total the source declares (e.g. in a headline), as it states it. */
    declaredTotal: z.number().int().min(0).optional(),
    groups: z
      .array(
        z.strictObject({
          outcome: z.string().trim().min(1),
          /** Bloc named by the source for this group; null when it names none. */
          bloc: z.string().trim().min(1).nullable().default(null),
          /** The count the source declares for this group, as it states it. */
          declaredCount: z.number().int().min(0).optional(),
          units: z.array(ref('units')).min(1),
        }),
      )
      .min(1),
    sourceArticle: ref('articles').optional(),
    documentUrl: httpUrl.optional(),
  });
}

export function unitSchema() {
  return z.strictObject({
    id: z.string().trim().min(1),
    kind: z.enum(UNIT_KINDS),
    name: z.string().trim().min(1),
    bloc: z.string().trim().min(1),
    /** URL slug when the name-derived one must be overridden (e.g. to resolve a collision). */
    slug: z.string().trim().min(1).optional(),
    aliases: z.array(z.string().trim().min(1)).default([]),
  });
}

export const siteSchema = z.strictObject({
  name: z.string().trim().min(1),
  district: z.string().trim().min(1),
  province: z.string().trim().min(1),
  baseUrl: httpUrl,
  language: z.string().trim().min(2).default('vi'),
  publisher: z.string().trim().min(1),
  /** How residents reach the editors; omitted (and not shown) until the district provides it. */
  editorContact: z.string().trim().min(1).optional(),
  description: z.string().trim().min(1),
  /** Newest articles a search covers without asking (src/lib/search-shards.ts); 500 if omitted. */
  searchRecentArticles: z.number().int().min(1).optional(),
});

export type Site = z.infer<typeof siteSchema>;
export type ArticleData = z.infer<ReturnType<typeof articleSchema<string>>>;
export type DecisionData = z.infer<ReturnType<typeof decisionSchema<string>>>;
export type UnitData = z.infer<ReturnType<typeof unitSchema>>;
