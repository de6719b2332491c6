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

export const UNIT_KINDS = ['xã', 'phường', 'đặc khu', 'thị trấn', 'cơ quan', 'doanh nghiệp', 'trường học', 'khu dân cư'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/** Where a site's editing UI saves (site.json `editing`): the git host, and review before publish. */
export const EDITING_BACKENDS = ['github', 'gitlab', 'gitea'] as const;

/** A document's legal status, as a registry shows it; left out when the source does not say. */
export const DOCUMENT_STATUSES = ['còn hiệu lực', 'hết hiệu lực', 'không rõ'] as const;

/** How a unit ended: what became of it ("giữ nguyên": kept as it was, under the new province). */
export const SUCCESSION_KINDS = ['sáp nhập', 'đổi tên', 'chia tách', 'giữ nguyên'] as const;

const text = () => z.string().trim().min(1);

/** Text fields that may each be left empty, in the order given, each with its label. */
function optionalTexts<K extends string>(labels: Record<K, string>): Record<K, z.ZodOptional<z.ZodString>> {
  return Object.fromEntries(Object.entries<string>(labels).map(([key, title]) => [key, label(text().optional(), title)])) as Record<
    K,
    z.ZodOptional<z.ZodString>
  >;
}

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
    units: label(
      z.array(ref('units')).default([]),
      'Đơn vị liên quan',
      'Tên đơn vị viết trong bài được nhận ra tự động; chỉ chọn thêm đơn vị bài nói đến mà không nêu tên.',
    ),
    /** Link to where the article was first published, when known. */
    sourceUrl: label(httpUrl.optional(), 'Nguồn (địa chỉ web)', 'Nơi bài được đăng lần đầu, nếu có; chỉ http:// hoặc https://.'),
    /**
     * The article's photo: shown above the text, and the picture search engines and social sites
     * show. The only field that uses `image` (articleNeedsImage).
     */
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

/**
 * Whether parsing an article's front matter runs the image factory: only a cover photo does. An
 * article without one parses the same whatever factory its schema was made with, so one schema
 * made once serves them all (src/astro/articles-loader.ts).
 */
export const articleNeedsImage = (data: Record<string, unknown>): boolean => data.cover !== undefined;

/**
 * A document of any kind (Nghị định 42/2022/NĐ-CP: loại, cơ quan ban hành, số ký hiệu, ngày ban
 * hành, ngày có hiệu lực, trích yếu, the file), kept in content/decisions/ and shown at
 * /quyet-dinh/<id>/. A recognition decision also lists outcomes and groups of units.
 */
export function decisionSchema<R>(ref: RefFactory<R>) {
  return z.strictObject({
    type: label(text().default('Quyết định'), 'Loại văn bản', 'Quyết định, Kế hoạch, Chỉ thị, Thông báo, Nghị quyết…'),
    issuer: label(text(), 'Cơ quan ban hành'),
    issuerShort: label(text().optional(), 'Tên viết tắt của cơ quan'),
    number: label(text(), 'Số'),
    /** e.g. "QĐ-UBND"; null when the source does not give it. */
    symbol: label(text().nullable().default(null), 'Ký hiệu', 'Ví dụ QĐ-UBND; để trống nếu nguồn không ghi.'),
    date: label(isoDate, 'Ngày ban hành'),
    effectiveDate: label(isoDate.optional(), 'Ngày có hiệu lực', 'Để trống nếu nguồn không ghi.'),
    signer: label(text().optional(), 'Người ký', 'Để trống nếu nguồn không ghi.'),
    field: label(text().optional(), 'Lĩnh vực'),
    status: label(z.enum(DOCUMENT_STATUSES).optional(), 'Tình trạng hiệu lực', 'Để trống nếu nguồn không ghi.'),
    /** The year a recognition decision is about (may differ from the year it was signed). */
    year: label(
      z.number().int().min(1900).max(2200).optional(),
      'Năm công nhận',
      'Chỉ cho quyết định công nhận: năm mà quyết định nói đến (có thể khác năm ký).',
    ),
    title: label(text(), 'Trích yếu'),
    legalBasis: label(
      z
        .array(
          z.strictObject({
            document: label(text(), 'Văn bản căn cứ'),
            date: label(isoDate.optional(), 'Ngày'),
            issuer: label(text().optional(), 'Cơ quan ban hành'),
            subject: label(text().optional(), 'Trích yếu'),
            ref: label(ref('decisions').optional(), 'Văn bản trên cổng', 'Chọn nếu văn bản căn cứ có trên cổng.'),
          }),
        )
        .default([]),
      'Căn cứ',
    ),
    replaces: label(z.array(ref('decisions')).optional(), 'Thay thế văn bản'),
    amends: label(z.array(ref('decisions')).optional(), 'Sửa đổi, bổ sung văn bản'),
    files: label(
      z
        .array(
          z.strictObject({
            title: label(text(), 'Tên tệp', 'Ví dụ: Toàn văn quyết định.'),
            /** A PDF or DOCX stored with the document, relative to content/decisions/ (e.g. "tep/5844.pdf"). */
            file: label(text().optional(), 'Tệp lưu cùng văn bản', 'PDF hoặc DOCX trong content/decisions/tep/.'),
            url: label(httpUrl.optional(), 'Hoặc địa chỉ web'),
          }),
        )
        .optional(),
      'Tệp văn bản',
    ),
    outcomes: label(
      z
        .array(
          z.strictObject({
            id: label(text(), 'Mã kết quả', 'Chữ thường không dấu, ví dụ dat-chuan.'),
            label: label(text(), 'Tên kết quả', 'Ví dụ: Đạt chuẩn “An toàn về ANTT”.'),
            /** The total the source declares for this outcome, as it states it. */
            declaredTotal: label(
              z.number().int().min(0).optional(),
              'Tổng số nguồn ghi',
              'Con số nguồn ghi, kể cả khi khác số đơn vị nguồn liệt kê.',
            ),
          }),
        )
        .default([]),
      'Kết quả công nhận',
      'Chỉ cho quyết định công nhận.',
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
        .default([]),
      'Các nhóm đơn vị',
      'Chỉ cho quyết định công nhận.',
    ),
    sourceArticle: label(ref('articles').optional(), 'Bài viết đưa tin'),
    documentUrl: label(httpUrl.optional(), 'Văn bản gốc (địa chỉ web)'),
    disclosure: label(disclosureSchema.optional(), 'Công khai', 'Điền khi văn bản được công khai theo một nhóm (ngân sách, đất đai…).'),
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
    code: label(text().optional(), 'Mã hành chính', 'Mã của Tổng cục Thống kê, nếu có.'),
    /** Where a former commune-level unit was (the district level ended on 01/07/2025), as the national list gives it. */
    district: label(text().optional(), 'Huyện (cũ)', 'Ví dụ: huyện Chợ Đồn; chỉ cho đơn vị trước 01/07/2025.'),
    province: label(text().optional(), 'Tỉnh (cũ)', 'Ví dụ: tỉnh Bắc Kạn; chỉ cho đơn vị trước 01/07/2025.'),
    /** The day the unit began, when it is known (a xã formed on 01/07/2025). */
    since: label(isoDate.optional(), 'Thành lập từ ngày'),
    /** How the unit ended, and the units that took it in. */
    succession: label(
      z
        .strictObject({
          date: label(isoDate, 'Từ ngày'),
          kind: label(z.enum(SUCCESSION_KINDS), 'Hình thức'),
          into: label(z.array(text()).min(1), 'Đơn vị kế tiếp', 'Mã đơn vị (units.json) của đơn vị mới.'),
          basis: label(text(), 'Căn cứ', 'Văn bản quyết định việc sắp xếp.'),
        })
        .optional(),
      'Đã kết thúc',
    ),
    /** Predecessors that have no page here (units of other former districts), by name. */
    formedAlsoFrom: label(z.array(text()).optional(), 'Cũng hình thành từ', 'Đơn vị cũ ngoài cổng này, ghi tên như nguồn.'),
    /** Facts from a sourced data set, shown with the source. */
    facts: label(
      z
        .strictObject({
          ...optionalTexts({ area: 'Diện tích', population: 'Dân số', seat: 'Trụ sở', province: 'Tỉnh' }),
          source: label(text(), 'Nguồn'),
        })
        .optional(),
      'Số liệu',
    ),
  });
}

export const siteSchema = z.strictObject({
  name: label(text(), 'Tên cổng'),
  /** The district of a district's site (the archive of huyện Chợ Đồn); a xã's site has none. */
  district: label(text().optional(), 'Huyện'),
  province: label(text(), 'Tỉnh'),
  /** The unit whose site this is (a xã of the province: units.json); the archive has none. */
  owner: label(text().optional(), 'Đơn vị chủ quản', 'Mã đơn vị (units.json) của xã có trang này.'),
  baseUrl: label(httpUrl, 'Địa chỉ cổng'),
  language: label(z.string().trim().min(2).default('vi'), 'Ngôn ngữ'),
  publisher: label(text(), 'Cơ quan chủ quản'),
  /** How residents reach the owner; each part omitted (and not shown) until the owner provides it. */
  contacts: label(
    z.strictObject(optionalTexts({ address: 'Địa chỉ', phone: 'Điện thoại', email: 'Thư điện tử', officer: 'Người trả lời' })).optional(),
    'Liên hệ',
  ),
  /** How residents reach the editors; omitted (and not shown) until the district provides it. */
  editorContact: label(text().optional(), 'Liên hệ ban biên tập'),
  description: label(text(), 'Giới thiệu'),
  /** Where the editing UI saves, and whether a leader approves before an article is published. */
  editing: label(
    z
      .strictObject({
        backend: label(z.enum(EDITING_BACKENDS).default('github'), 'Nơi lưu', 'GitHub, GitLab (kể cả máy chủ riêng) hoặc Gitea/Forgejo.'),
        repo: label(text().optional(), 'Kho (chủ/tên)', 'Ví dụ so-tt-thainguyen/cong-xa; để trống: kho nơi trang được dựng.'),
        branch: label(text().default('main'), 'Nhánh'),
        base_url: label(
          httpUrl.optional(),
          'Địa chỉ máy chủ',
          'Chỉ cho GitLab hoặc Gitea/Forgejo tự đặt, ví dụ https://git.thainguyen.example.',
        ),
        api_root: label(httpUrl.optional(), 'Địa chỉ API', 'Ví dụ https://git.thainguyen.example/api/v4 (GitLab) hoặc …/api/v1 (Gitea).'),
        app_id: label(
          text().optional(),
          'Mã ứng dụng OAuth',
          'Cho GitLab hoặc Gitea/Forgejo: mã ứng dụng (Application ID) để biên tập viên đăng nhập bằng tài khoản của máy chủ.',
        ),
        review: label(
          z.boolean().default(false),
          'Duyệt trước khi đăng',
          'Bật: bài lưu thành yêu cầu hợp nhất (pull request), chỉ lên trang khi lãnh đạo duyệt.',
        ),
      })
      .optional(),
    'Biên tập và duyệt bài',
  ),
  /** Newest articles a search covers without asking (src/lib/search-shards.ts); 500 if omitted. */
  searchRecentArticles: label(z.number().int().min(1).optional(), 'Số tin mới nhất tìm mặc định'),
  /** The district no longer exists: every page says so, worded from these fields. */
  ended: label(
    z
      .strictObject({
        date: label(isoDate, 'Từ ngày'),
        basis: label(text(), 'Căn cứ'),
        successor: label(text().optional(), 'Nay thuộc', 'Ví dụ: tỉnh Thái Nguyên.'),
      })
      .optional(),
    'Huyện đã kết thúc',
    'Điền khi huyện không còn: mọi trang sẽ ghi rõ.',
  ),
});

/**
 * What a commune site carries besides news and documents (issue 19; `../shared/design.md`, "The
 * legal frame"): pages about the commune, its leaders, its procedures, its weekly schedule, what it
 * makes public, and the obligations a site is checked against.
 */

/** The pages of "Giới thiệu", one Markdown file each (gioi-thieu/<kind>.md), in the order shown. */
export const INTRO_KINDS = {
  'co-cau-to-chuc': 'Cơ cấu tổ chức',
  'chuc-nang-nhiem-vu': 'Chức năng, nhiệm vụ',
  'lich-su': 'Lịch sử',
  'dieu-kien-tu-nhien': 'Điều kiện tự nhiên',
  'van-hoa-di-tich': 'Văn hoá và di tích',
  'ban-do-hanh-chinh': 'Bản đồ hành chính',
} as const;
export type IntroKind = keyof typeof INTRO_KINDS;
/** The English page's text (structure and functions, in English), beside the Vietnamese pages. */
export const ENGLISH_INTRO = 'en';

/** A page of "Giới thiệu" (front matter of gioi-thieu/<kind>.md). */
export const introPageSchema = z.strictObject({
  title: label(text().optional(), 'Tiêu đề', 'Để trống: dùng tên mục (ví dụ "Lịch sử").'),
  updated: label(isoDate, 'Cập nhật ngày', 'Ngày nội dung được cập nhật lần cuối.'),
  /** A map or picture with the page (the administrative map), stored in gioi-thieu/tep/. */
  file: label(
    z
      .strictObject({
        src: label(text(), 'Tệp', 'Ảnh (JPEG, PNG, WebP) hoặc PDF trong gioi-thieu/tep/, ví dụ tep/ban-do.jpg.'),
        alt: label(text(), 'Mô tả', 'Bắt buộc: tệp cho thấy gì, cho người không xem được ảnh.'),
      })
      .optional(),
    'Bản đồ, ảnh hoặc tệp kèm',
  ),
});

/** The commune's leaders (lanh-dao.json). */
export const leadersSchema = z.strictObject({
  updated: label(isoDate, 'Cập nhật ngày'),
  leaders: label(
    z.array(
      z.strictObject({
        name: label(text(), 'Họ và tên'),
        position: label(text(), 'Chức vụ', 'Ví dụ: Chủ tịch Ủy ban nhân dân xã.'),
        duties: label(text().optional(), 'Nhiệm vụ được phân công'),
        since: label(isoDate.optional(), 'Giữ chức vụ từ ngày'),
        phone: label(text().optional(), 'Điện thoại công vụ'),
        email: label(text().optional(), 'Thư điện tử công vụ'),
      }),
    ),
    'Lãnh đạo',
    'Theo thứ tự hiện trên trang.',
  ),
});

/** The national public-service portal, where each procedure's own page is. */
export const NATIONAL_SERVICE_PORTAL = 'dichvucong.gov.vn';

/** The administrative procedures the committee handles (thu-tuc.json): links only, no copied text. */
export const proceduresSchema = z.strictObject({
  updated: label(isoDate, 'Cập nhật ngày'),
  procedures: label(
    z.array(
      z.strictObject({
        code: label(text(), 'Mã thủ tục', 'Mã trên Cổng Dịch vụ công quốc gia, ví dụ 1.001612.'),
        name: label(text(), 'Tên thủ tục'),
        field: label(text().optional(), 'Lĩnh vực'),
        url: label(
          httpUrl.refine((v) => new URL(v).hostname.endsWith(NATIONAL_SERVICE_PORTAL), {
            error: (issue) =>
              `liên kết ${JSON.stringify(issue.input)} phải là trang của thủ tục trên Cổng Dịch vụ công quốc gia (${NATIONAL_SERVICE_PORTAL})`,
          }),
          'Trang thủ tục trên Cổng Dịch vụ công quốc gia',
        ),
      }),
    ),
    'Thủ tục hành chính',
  ),
});

/** One week of the work schedule (lich-cong-tac/<năm>-w<tuần>.json, ISO week: 2026-w49). */
export const scheduleSchema = z.strictObject({
  week: label(
    z.string().regex(/^\d{4}-w\d{2}$/, 'tuần viết dạng năm-w số tuần, ví dụ 2026-w49'),
    'Tuần',
    'Năm và số tuần (tuần bắt đầu thứ Hai), ví dụ 2026-w49; cũng là tên tệp.',
  ),
  items: label(
    z.array(
      z.strictObject({
        date: label(isoDate, 'Ngày'),
        time: label(
          z
            .string()
            .trim()
            .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'giờ viết dạng HH:MM, ví dụ 07:30')
            .optional(),
          'Giờ',
          'Dạng HH:MM, ví dụ 07:30.',
        ),
        what: label(text(), 'Nội dung'),
        chair: label(text().optional(), 'Chủ trì'),
        place: label(text().optional(), 'Địa điểm'),
      }),
    ),
    'Các việc trong tuần',
  ),
});

/** What a commune makes public (Luật Thực hiện dân chủ ở cơ sở, as design.md reports it), in the order shown. */
export const DISCLOSURE_GROUPS = {
  'ngan-sach': 'Ngân sách',
  'dat-dai-quy-hoach': 'Đất đai, quy hoạch, kế hoạch',
  'du-an-dau-tu': 'Dự án đầu tư',
  'quy-dong-gop': 'Các quỹ, khoản đóng góp',
  'tro-giup-xa-hoi': 'Đối tượng hưởng trợ giúp xã hội',
  'phi-le-phi': 'Phí, lệ phí',
  'thu-tuc-hanh-chinh': 'Thủ tục hành chính',
} as const;
export type DisclosureGroup = keyof typeof DISCLOSURE_GROUPS;
/** A budget document's kind: estimate, execution, final accounts. */
export const BUDGET_KINDS = ['dự toán', 'thực hiện', 'quyết toán'] as const;
/** The part of a year a disclosure covers, latest part of the year last. */
export const PERIOD_SPANS = ['quý I', 'quý II', '6 tháng', 'quý III', '9 tháng', 'quý IV', 'năm'] as const;

/** A document made public under a group (decisions/<id>.json, `disclosure`). */
export const disclosureSchema = z.strictObject({
  group: label(z.enum(Object.keys(DISCLOSURE_GROUPS) as [DisclosureGroup, ...DisclosureGroup[]]), 'Nhóm công khai'),
  kind: label(z.enum(BUDGET_KINDS).optional(), 'Loại (ngân sách)', 'Chỉ cho nhóm ngân sách: dự toán, thực hiện hoặc quyết toán.'),
  year: label(z.number().int().min(1900).max(2200), 'Năm của kỳ'),
  span: label(z.enum(PERIOD_SPANS).default('năm'), 'Kỳ', 'Quý, 6 tháng, 9 tháng hoặc cả năm.'),
  published: label(isoDate, 'Ngày công khai', 'Ngày văn bản được đăng công khai trên trang.'),
});

/** What a content part of a site is, for an obligation to name (`fulfilledBy`). */
export const CONTENT_PARTS = {
  ...Object.fromEntries(Object.entries(INTRO_KINDS).map(([k, v]) => [`gioi-thieu/${k}`, `Giới thiệu: ${v}`])),
  'lanh-dao': 'Lãnh đạo',
  'lien-he': 'Liên hệ',
  ...Object.fromEntries(Object.entries(DISCLOSURE_GROUPS).map(([k, v]) => [`cong-khai/${k}`, `Công khai: ${v}`])),
  'lich-cong-tac': 'Lịch công tác',
  'thu-tuc': 'Thủ tục hành chính',
  'tieng-anh': 'Trang tiếng Anh',
  'tuyen-bo-tiep-can': 'Tuyên bố về khả năng tiếp cận',
  'tiep-can-thong-tin': 'Tiếp cận thông tin',
  'tin-tuc': 'Tin tức',
  'van-ban': 'Văn bản',
} as Record<string, string>;

/** The obligations a commune site is checked against (nghia-vu.json of the province), kept by the province. */
export const obligationsSchema = z.strictObject({
  obligations: label(
    z.array(
      z.strictObject({
        id: label(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'mã chỉ gồm chữ thường không dấu, số và dấu gạch ngang'), 'Mã'),
        what: label(text(), 'Nội dung phải đăng'),
        basis: label(text(), 'Căn cứ', 'Viết như văn bản ghi; chỉ ghi điều, khoản khi đã đối chiếu văn bản.'),
        checked: label(z.boolean().default(false), 'Đã đối chiếu văn bản', 'Bật khi đã đọc điều khoản trong văn bản gốc.'),
        fulfilledBy: label(
          z.array(z.enum(Object.keys(CONTENT_PARTS) as [string, ...string[]])).min(1),
          'Nội dung đáp ứng',
          'Một trong số này có nội dung là đáp ứng.',
        ),
        freshDays: label(z.number().int().min(1).optional(), 'Cập nhật trong vòng (ngày)', 'Để trống nếu không có hạn cập nhật.'),
      }),
    ),
    'Nghĩa vụ',
  ),
});

/** A province (content/province.json): its name, the hub that lists and searches its sites, and its sites in order. */
export const provinceSchema = z.strictObject({
  name: label(text(), 'Tỉnh'),
  /** The province's code in the national list (data/vn-units-2026.json): what `npm run new -- site` looks communes up in. */
  code: label(
    z
      .string()
      .regex(/^\d{2}$/, 'mã tỉnh gồm 2 chữ số, ví dụ 19')
      .optional(),
    'Mã tỉnh',
    'Mã trong danh mục đơn vị hành chính, ví dụ 19.',
  ),
  hub: label(
    z.strictObject({
      name: label(text(), 'Tên trang chung'),
      baseUrl: label(httpUrl, 'Địa chỉ trang chung'),
      description: label(text(), 'Giới thiệu'),
    }),
    'Trang chung của các trang',
  ),
  sites: label(
    z.array(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'mã trang chỉ gồm chữ thường không dấu, số và dấu gạch ngang')).min(1),
    'Các trang',
    'Mã của mỗi trang: tên thư mục của nó trong sites/.',
  ),
});

export type Site = z.infer<typeof siteSchema>;
export type IntroPageData = z.infer<typeof introPageSchema>;
export type LeadersData = z.infer<typeof leadersSchema>;
export type ProceduresData = z.infer<typeof proceduresSchema>;
export type ScheduleData = z.infer<typeof scheduleSchema>;
export type DisclosureData = z.infer<typeof disclosureSchema>;
export type ObligationsData = z.infer<typeof obligationsSchema>;
export type Province = z.infer<typeof provinceSchema>;
export type ArticleData = z.infer<ReturnType<typeof articleSchema<string>>>;
export type DecisionData = z.infer<ReturnType<typeof decisionSchema<string>>>;
export type UnitData = z.infer<ReturnType<typeof unitSchema>>;
