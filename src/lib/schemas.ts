/**
 * The content model, once. `npm run check` uses it with plain string references; Astro's
 * content config passes `reference()` so the same fields become typed collection references; the
 * editing UI's configuration is generated from it (cms-config.ts). Each field carries its
 * Vietnamese label and hint (`label()`), the words editors see in the editing UI.
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
  })
  .meta({ format: 'date' });

/** A field's label and hint for editors, in Vietnamese (Zod metadata: `title`, `description`). */
export function label<T extends z.ZodType>(schema: T, title: string, description?: string): T {
  return schema.meta(description ? { title, description } : { title });
}

/** Only http(s) links: a `javascript:` or `data:` link must never reach a page. */
export const httpUrl = z
  .string()
  .refine((v) => /^https?:\/\/[^\s]+$/i.test(v), {
    error: (issue) => `liên kết ${JSON.stringify(issue.input)} không được chấp nhận: chỉ dùng http:// hoặc https://`,
  })
  .meta({ format: 'uri' });

export const UNIT_KINDS = ['xã', 'phường', 'thị trấn', 'cơ quan', 'doanh nghiệp', 'trường học', 'khu dân cư'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

const text = () => z.string().trim().min(1);

export function articleSchema<R, I = string>(ref: RefFactory<R>, image: ImageFactory<I> = plainImage as unknown as ImageFactory<I>) {
  return z.strictObject({
    title: label(text(), 'Tiêu đề'),
    /** Publication date; omitted when the source does not give it. */
    date: label(isoDate.optional(), 'Ngày đăng', 'Để trống nếu nguồn không ghi ngày đăng; không tự đặt ngày.'),
    /** For an article without a date: the article that comes just before it in the source's own order. */
    after: label(ref('articles').optional(), 'Đứng sau bài', 'Chỉ cho bài không có ngày đăng: bài đứng ngay trước bài này theo nguồn.'),
    author: label(text().optional(), 'Tác giả'),
    summary: label(text().optional(), 'Tóm tắt', 'Một câu, hiện trong danh sách tin và cho máy tìm kiếm.'),
    category: label(text().optional(), 'Chuyên mục', 'Viết thống nhất với các bài khác, ví dụ "An ninh, trật tự".'),
    tags: label(z.array(text()).default([]), 'Thẻ'),
    decisions: label(z.array(ref('decisions')).default([]), 'Văn bản được đưa tin'),
    units: label(z.array(ref('units')).default([]), 'Đơn vị liên quan', 'Tên đơn vị viết trong bài được nhận ra tự động; chỉ chọn thêm đơn vị bài nói đến mà không nêu tên.'),
    /** Link to where the article was first published, when known. */
    sourceUrl: label(httpUrl.optional(), 'Nguồn (địa chỉ web)', 'Nơi bài được đăng lần đầu, nếu có; chỉ http:// hoặc https://.'),
    /** The article's photo: shown above the text, and the picture search engines and social sites show. */
    cover: label(
      z
        .strictObject({
          /** The photo file, relative to the article file (e.g. "anh/tru-so.jpg"). */
          src: label(image(), 'Tệp ảnh'),
          /** What the photo shows, for readers who cannot see it. */
          alt: label(text(), 'Mô tả ảnh', 'Bắt buộc: ảnh cho thấy gì, cho người không xem được ảnh.'),
          caption: label(text().optional(), 'Chú thích ảnh'),
        })
        .optional(),
      'Ảnh đại diện',
      'Hiện ở đầu bài và khi chia sẻ bài lên mạng xã hội.',
    ),
    draft: label(z.boolean().default(false), 'Bản nháp', 'Bật: bài chưa đăng lên cổng.'),
  });
}

export function decisionSchema<R>(ref: RefFactory<R>) {
  return z.strictObject({
    type: label(text().default('Quyết định'), 'Loại văn bản'),
    issuer: label(text(), 'Cơ quan ban hành'),
    issuerShort: label(text().optional(), 'Tên viết tắt của cơ quan'),
    number: label(text(), 'Số'),
    /** e.g. "QĐ-UBND"; null when the source does not give it. */
    symbol: label(text().nullable().default(null), 'Ký hiệu', 'Ví dụ QĐ-UBND; để trống nếu nguồn không ghi.'),
    date: label(isoDate, 'Ngày ban hành'),
    /** The year the decision is about (may differ from the year it was signed). */
    year: label(z.number().int().min(1900).max(2200), 'Năm công nhận', 'Năm mà quyết định nói đến (có thể khác năm ký).'),
    title: label(text(), 'Trích yếu'),
    legalBasis: label(
      z
        .array(
          z.strictObject({
            document: label(text(), 'Văn bản căn cứ'),
            date: label(isoDate.optional(), 'Ngày'),
            issuer: label(text().optional(), 'Cơ quan ban hành'),
            subject: label(text().optional(), 'Trích yếu'),
          }),
        )
        .default([]),
      'Căn cứ',
    ),
    outcomes: label(
      z
        .array(
          z.strictObject({
            id: label(text(), 'Mã kết quả', 'Chữ thường không dấu, ví dụ dat-chuan.'),
            label: label(text(), 'Tên kết quả', 'Ví dụ: Đạt chuẩn “An toàn về ANTT”.'),
            /** The total the source declares for this outcome, as it states it. */
            declaredTotal: label(z.number().int().min(0).optional(), 'Tổng số nguồn ghi', 'Con số nguồn ghi, kể cả khi khác số đơn vị nguồn liệt kê.'),
          }),
        )
        .min(1),
      'Kết quả công nhận',
    ),
    /** The grand total the source declares (e.g. in a headline), as it states it. */
    declaredTotal: label(z.number().int().min(0).optional(), 'Tổng chung nguồn ghi'),
    groups: label(
      z
        .array(
          z.strictObject({
            outcome: label(text(), 'Mã kết quả của nhóm'),
            /** Bloc named by the source for this group; null when it names none. */
            bloc: label(text().nullable().default(null), 'Khối', 'Để trống nếu nguồn không nêu khối.'),
            /** The count the source declares for this group, as it states it. */
            declaredCount: label(z.number().int().min(0).optional(), 'Số đơn vị nguồn ghi'),
            units: label(z.array(ref('units')).min(1), 'Các đơn vị', 'Chọn theo tên, đúng thứ tự nguồn liệt kê.'),
          }),
        )
        .min(1),
      'Các nhóm đơn vị',
    ),
    sourceArticle: label(ref('articles').optional(), 'Bài viết đưa tin'),
    documentUrl: label(httpUrl.optional(), 'Văn bản gốc (địa chỉ web)'),
  });
}

export function unitSchema() {
  return z.strictObject({
    id: label(text(), 'Mã đơn vị', 'Chữ thường không dấu, ví dụ bang-lang; không đổi sau khi đã dùng.'),
    kind: label(z.enum(UNIT_KINDS), 'Loại'),
    name: label(text(), 'Tên', 'Xã, phường, thị trấn: tên không kèm chữ "Xã"; cơ quan: tên đầy đủ.'),
    bloc: label(text(), 'Khối'),
    /** URL slug when the name-derived one must be overridden (e.g. to resolve a collision). */
    slug: label(text().optional(), 'Địa chỉ riêng', 'Chỉ khi hai đơn vị trùng địa chỉ.'),
    aliases: label(z.array(text()).default([]), 'Tên khác', 'Các cách bài viết gọi đơn vị này.'),
  });
}

export const siteSchema = z.strictObject({
  name: label(text(), 'Tên cổng'),
  district: label(text(), 'Huyện'),
  province: label(text(), 'Tỉnh'),
  baseUrl: label(httpUrl, 'Địa chỉ cổng'),
  language: label(z.string().trim().min(2).default('vi'), 'Ngôn ngữ'),
  publisher: label(text(), 'Cơ quan chủ quản'),
  /** How residents reach the editors; omitted (and not shown) until the district provides it. */
  editorContact: label(text().optional(), 'Liên hệ ban biên tập'),
  description: label(text(), 'Giới thiệu'),
  /** Newest articles a search covers without asking (src/lib/search-shards.ts); 500 if omitted. */
  searchRecentArticles: label(z.number().int().min(1).optional(), 'Số tin mới nhất tìm mặc định'),
});

export type Site = z.infer<typeof siteSchema>;
export type ArticleData = z.infer<ReturnType<typeof articleSchema<string>>>;
export type DecisionData = z.infer<ReturnType<typeof decisionSchema<string>>>;
export type UnitData = z.infer<ReturnType<typeof unitSchema>>;
