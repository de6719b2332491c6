/**
 * A deterministic benchmark corpus: N Vietnamese articles (mostly .md, some .mdx using a
 * component), M decisions with outcome groups over U units in several blocs. Same seed, same
 * files. Generated text only ever goes to a directory the caller names, never to content/.
 */
import { slugify } from '../../src/lib/vi.ts';

/** mulberry32: small, fast, good enough for benchmark data. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
function sample<T>(r: Rand, xs: readonly T[], n: number): T[] {
  const copy = [...xs];
  const out: T[] = [];
  while (out.length < n && copy.length) out.push(copy.splice(Math.floor(r() * copy.length), 1)[0]!);
  return out;
}

const SYLLABLES = [
  'Đồng',
  'Tân',
  'Yên',
  'Bằng',
  'Nghĩa',
  'Phương',
  'Ngọc',
  'Bình',
  'Lương',
  'Quảng',
  'Xuân',
  'Nam',
  'Bản',
  'Đại',
  'Hòa',
  'Phúc',
  'Thịnh',
  'Lập',
  'Lạc',
  'Thắng',
  'Viên',
  'Phái',
  'Trung',
  'Tá',
  'Phong',
  'Thượng',
  'Sảo',
  'Bạch',
  'Mỹ',
  'Thi',
  'Cường',
  'Lũng',
  'Lãng',
  'Hưng',
  'Khánh',
  'Đức',
  'Minh',
  'Quang',
  'Sơn',
  'Thủy',
  'Vân',
  'Tiến',
  'Thành',
  'Hà',
  'Long',
  'Kim',
  'Hải',
  'Đông',
  'Tây',
  'Bắc',
  'An',
  'Thái',
  'Lộc',
  'Định',
  'Hiệp',
  'Cao',
  'Thuận',
  'Hợp',
  'Vĩnh',
  'Nghiêm',
  'Đào',
  'Dương',
  'Quỳnh',
  'Hội',
  'Kỳ',
  'Uyên',
];

const AGENCIES = [
  'Chi cục Thuế',
  'Viện Kiểm sát nhân dân',
  'Tòa án nhân dân',
  'Trung tâm Y tế',
  'Kho bạc Nhà nước',
  'Phòng Nông nghiệp và PTNT',
  'Phòng Tài chính – Kế hoạch',
  'Phòng Giáo dục và Đào tạo',
  'Hạt Kiểm lâm',
  'Chi nhánh Điện lực',
  'Văn phòng Huyện ủy',
  'Văn phòng HĐND & UBND',
  'Công an',
  'Ban Chỉ huy Quân sự',
  'Trung tâm Văn hóa – Thể thao',
  'Phòng Tài nguyên và Môi trường',
  'Bảo hiểm xã hội',
  'Chi cục Thống kê',
];
const SCHOOLS = ['Trường Mầm non', 'Trường Tiểu học', 'Trường THCS', 'Trường PTDTBT THCS', 'Trường THPT'];
const FIRMS = ['Công ty TNHH', 'Hợp tác xã', 'Công ty Cổ phần'];

const CATEGORIES = [
  'An ninh, trật tự',
  'Kinh tế',
  'Nông nghiệp',
  'Giáo dục',
  'Y tế',
  'Văn hóa – Xã hội',
  'Chuyển đổi số',
  'Xây dựng Đảng',
  'Quốc phòng',
  'Môi trường',
  'Giao thông',
  'Tin tổng hợp',
];
const TAGS = [
  'ANTT',
  'Nông thôn mới',
  'COVID-19',
  'Chuyển đổi số',
  'Giảm nghèo',
  'Thi đua khen thưởng',
  'Cải cách hành chính',
  'Phòng cháy chữa cháy',
  'Bảo vệ rừng',
  'Giáo dục',
  'Y tế cơ sở',
  'Đường giao thông',
  'Du lịch',
  'OCOP',
  'Bầu cử',
  'Dân tộc',
  'Thanh niên',
  'Phụ nữ',
  'Nước sạch',
  'Văn hóa',
  'Thể thao',
  'Trồng rừng',
  'Chăn nuôi',
  'Khuyến nông',
  'Tín dụng chính sách',
  'Hộ nghèo',
  'Sáp nhập',
  'Địa giới hành chính',
  'Thuế',
  'Kho bạc',
];
const AUTHORS = ['Hoàng Lan', 'Nguyễn Minh', 'Triệu Thu', 'Lý Hà', 'Đặng Quang', 'Ma Thị Hương', 'Nông Văn Đức', 'Hà Phương'];

const SUBJECTS = [
  'công tác bảo đảm an ninh, trật tự',
  'phong trào toàn dân bảo vệ an ninh Tổ quốc',
  'chương trình xây dựng nông thôn mới',
  'công tác phòng, chống dịch bệnh',
  'kế hoạch chuyển đổi số',
  'công tác giảm nghèo bền vững',
  'việc trồng và bảo vệ rừng',
  'công tác cải cách hành chính',
  'phong trào thi đua yêu nước',
  'việc thu ngân sách nhà nước',
  'công tác tuyển sinh đầu cấp',
  'chương trình mục tiêu quốc gia phát triển kinh tế – xã hội vùng đồng bào dân tộc thiểu số',
  'công tác phòng cháy, chữa cháy',
];
const VERBS = [
  'đã triển khai',
  'tích cực thực hiện',
  'hoàn thành tốt',
  'tổ chức tổng kết',
  'đẩy mạnh',
  'kiểm tra, đánh giá',
  'chủ động phối hợp thực hiện',
  'đề ra nhiều giải pháp cho',
  'quán triệt và triển khai',
  'sơ kết sáu tháng',
];
const CLAUSES = [
  'nhận thức của cán bộ, đảng viên và nhân dân được nâng lên rõ rệt',
  'các chỉ tiêu đề ra cơ bản đạt và vượt kế hoạch',
  'tình hình an ninh chính trị, trật tự an toàn xã hội trên địa bàn được giữ vững',
  'nhiều mô hình hay, cách làm hiệu quả được nhân rộng',
  'đời sống vật chất và tinh thần của nhân dân từng bước được cải thiện',
  'công tác phối hợp giữa các cơ quan, đơn vị ngày càng chặt chẽ',
  'một số khó khăn, hạn chế cần sớm được khắc phục trong thời gian tới',
  'người dân đồng tình, hưởng ứng và tham gia tích cực',
  'tỷ lệ hộ nghèo giảm so với cùng kỳ năm trước',
  'hạ tầng giao thông nông thôn được đầu tư, nâng cấp',
];
const OPENERS = ['Theo báo cáo,', 'Trong năm qua,', 'Thời gian tới,', 'Tại hội nghị,', 'Qua kiểm tra,', 'Được biết,', 'Năm nay,'];

export interface CorpusOptions {
  articles: number;
  decisions: number;
  units: number;
  seed?: number;
  /** Share of articles written as .mdx with a component (default 0.1). */
  mdxShare?: number;
  firstYear?: number;
  lastYear?: number;
  /** The units the articles and decisions name (a province's, shared by its sites); generated when absent. */
  givenUnits?: GenUnit[];
}

export interface GenUnit {
  id: string;
  kind: string;
  name: string;
  bloc: string;
  aliases: string[];
}

export interface CorpusFile {
  /** Path relative to the corpus root. */
  path: string;
  content: string;
}

function displayName(u: GenUnit): string {
  if (u.kind === 'xã') return `Xã ${u.name}`;
  if (u.kind === 'thị trấn') return `Thị trấn ${u.name}`;
  return u.name;
}

/** The other tone placement ("Hòa" ↔ "Hoà", "Thủy" ↔ "Thuỷ"), when the name has such a syllable. */
function otherTonePlacement(name: string): string | undefined {
  const swapped = name.replace(/ò(a)/g, 'oà').replace(/ủ(y)/g, 'uỷ').replace(/ó(a)/g, 'oá');
  return swapped !== name ? swapped : undefined;
}

export function generateUnits(r: Rand, count: number): GenUnit[] {
  const units: GenUnit[] = [];
  const slugs = new Set<string>();
  const names = new Set<string>();
  const add = (u: Omit<GenUnit, 'id'>) => {
    const id = slugify(u.name);
    if (slugs.has(id) || names.has(u.name)) return false;
    slugs.add(id);
    names.add(u.name);
    units.push({ id, ...u });
    return true;
  };
  const communes = Math.round(count * 0.55);
  const agencies = Math.round(count * 0.25);
  const schools = Math.round(count * 0.15);
  let guard = 0;
  while (units.length < communes && guard++ < count * 50) {
    const name = `${pick(r, SYLLABLES)} ${pick(r, SYLLABLES)}`;
    const kind = r() < 0.08 ? 'thị trấn' : 'xã';
    const alias = otherTonePlacement(name);
    add({ kind, name, bloc: 'Khối xã', aliases: alias ? [alias] : [] });
  }
  const placeNames = units.map((u) => u.name);
  guard = 0;
  while (units.length < communes + agencies && guard++ < count * 50) {
    const base = pick(r, AGENCIES);
    const area = r() < 0.5 ? 'huyện' : `khu vực ${pick(r, placeNames)}`;
    const alias = otherTonePlacement(`${base} ${area}`);
    add({ kind: 'cơ quan', name: `${base} ${area}`, bloc: 'Khối cơ quan', aliases: alias ? [alias] : [] });
  }
  guard = 0;
  while (units.length < communes + agencies + schools && guard++ < count * 50) {
    add({ kind: 'trường học', name: `${pick(r, SCHOOLS)} ${pick(r, placeNames)}`, bloc: 'Khối trường học', aliases: [] });
  }
  guard = 0;
  while (units.length < count && guard++ < count * 50) {
    add({
      kind: 'doanh nghiệp',
      name: `${pick(r, FIRMS)} ${pick(r, SYLLABLES)} ${pick(r, SYLLABLES)}`,
      bloc: 'Khối doanh nghiệp',
      aliases: [],
    });
  }
  return units;
}

function isoDate(r: Rand, year: number): string {
  const m = int(r, 1, 12);
  const d = int(r, 1, 28);
  return `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A name as an article would write it: the name, the display name, or an alias. */
function mention(r: Rand, u: GenUnit): string {
  const forms = [u.name, displayName(u), ...u.aliases];
  return pick(r, forms);
}

function sentence(r: Rand, units: GenUnit[]): string {
  const who = units.length ? units.map((u) => mention(r, u)).join(', ') : 'các cơ quan, đơn vị';
  return `${pick(r, OPENERS)} ${who} ${pick(r, VERBS)} ${pick(r, SUBJECTS)}, ${pick(r, CLAUSES)}.`;
}

function paragraph(r: Rand, units: GenUnit[], words: { n: number }): string {
  const out: string[] = [];
  const count = int(r, 3, 6);
  for (let i = 0; i < count; i++) {
    const s = sentence(r, r() < 0.5 ? sample(r, units, int(r, 1, 2)) : []);
    words.n += s.split(' ').length;
    out.push(s);
  }
  return out.join(' ');
}

export interface Corpus {
  units: GenUnit[];
  files: CorpusFile[];
}

/**
 * Generate the corpus. `componentImport` is the import path of the MDX component from an
 * article file (it depends on where the corpus is written).
 */
export function generateCorpus(opts: CorpusOptions, componentImport: (articlePath: string) => string): Corpus {
  const r = rng(opts.seed ?? 20211129);
  const firstYear = opts.firstYear ?? 2015;
  const lastYear = opts.lastYear ?? 2025;
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i);
  const units = opts.givenUnits ?? generateUnits(r, opts.units);
  const files: CorpusFile[] = [];

  files.push({
    path: 'site.json',
    content: JSON.stringify(
      {
        name: 'Cổng thông tin thử nghiệm hiệu năng',
        district: 'huyện Thử Nghiệm',
        province: 'tỉnh Mẫu',
        baseUrl: 'https://bench.example',
        language: 'vi',
        publisher: 'Ủy ban nhân dân huyện Thử Nghiệm',
        editorContact: 'bientap@bench.example',
        description: 'Bộ dữ liệu sinh tự động để đo hiệu năng; không phải nội dung thật.',
      },
      null,
      2,
    ),
  });
  files.push({ path: 'units.json', content: `[\n${units.map((u) => '  ' + JSON.stringify(u)).join(',\n')}\n]\n` });

  // Decisions first, so articles can report them.
  const decisionIds: { id: string; year: number; date: string }[] = [];
  const perYear = new Map<number, number>();
  for (let i = 0; i < opts.decisions; i++) {
    const year = years[i % years.length]!;
    const n = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, n);
    const number = String(1000 + n * 7 + int(r, 0, 6));
    const id = `${number}-${year}-${i}`;
    const date = isoDate(r, year);
    const outcomes = [
      { id: 'dat-chuan', label: 'Đạt chuẩn “An toàn về ANTT”' },
      { id: 'kha', label: 'Xếp loại khá về phong trào toàn dân bảo vệ ANTQ' },
    ];
    const byBloc = new Map<string, GenUnit[]>();
    for (const u of units) byBloc.set(u.bloc, [...(byBloc.get(u.bloc) ?? []), u]);
    const groups = [...byBloc.entries()].slice(0, 3).map(([bloc, list], gi) => {
      const chosen = sample(r, list, Math.min(list.length, int(r, 5, 25)));
      const off = r() < 0.1 ? 1 : 0;
      return { outcome: gi === 2 ? 'kha' : 'dat-chuan', bloc, declaredCount: chosen.length - off, units: chosen.map((u) => u.id) };
    });
    const listed = (o: string) => groups.filter((g) => g.outcome === o).reduce((s, g) => s + g.units.length, 0);
    const decision = {
      issuer: 'Ủy ban nhân dân huyện Thử Nghiệm',
      issuerShort: 'UBND huyện Thử Nghiệm',
      number,
      symbol: r() < 0.6 ? 'QĐ-UBND' : null,
      date,
      year,
      title: `Công nhận các đơn vị đạt tiêu chuẩn “An toàn về ANTT” năm ${year} (đợt ${i + 1})`,
      legalBasis: [{ document: 'Thông tư số 23/2012/TT-BCA', date: '2012-04-27', issuer: 'Bộ Công an' }],
      outcomes: outcomes.map((o) => ({ ...o, declaredTotal: listed(o.id) })),
      groups,
    };
    decisionIds.push({ id, year, date });
    files.push({ path: `decisions/${id}.json`, content: JSON.stringify(decision, null, 2) });
  }

  const mdxShare = opts.mdxShare ?? 0.1;
  for (let i = 0; i < opts.articles; i++) {
    const year = years[Math.floor((i / opts.articles) * years.length)]!;
    const date = isoDate(r, year);
    const cast = sample(r, units, int(r, 3, 8));
    const title = `${pick(r, cast.map(displayName))} ${pick(r, VERBS)} ${pick(r, SUBJECTS)} năm ${year}`;
    const id = `${slugify(title).slice(0, 80).replace(/-+$/, '')}-${i + 1}`;
    const words = { n: 0 };
    const target = int(r, 500, 800);
    const paras: string[] = [];
    while (words.n < target) paras.push(paragraph(r, cast, words));
    const mdx = r() < mdxShare;
    const path = `articles/${year}/${id}.${mdx ? 'mdx' : 'md'}`;
    const reported = r() < 0.3 && decisionIds.length ? [pick(r, decisionIds).id] : [];
    const fm = [
      '---',
      `title: ${JSON.stringify(title)}`,
      `date: ${date}`,
      `author: ${pick(r, AUTHORS)}`,
      `summary: ${JSON.stringify(paras[0]!.split('. ')[0]! + '.')}`,
      `category: ${JSON.stringify(pick(r, CATEGORIES))}`,
      `tags: ${JSON.stringify(sample(r, TAGS, int(r, 0, 3)))}`,
      ...(reported.length ? [`decisions: ${JSON.stringify(reported)}`] : []),
      '---',
      '',
    ];
    const body = mdx
      ? [
          `import Callout from '${componentImport(path)}';`,
          '',
          paras[0]!,
          '',
          `<Callout title="Ghi chú">${paras[1] ?? paras[0]!}</Callout>`,
          '',
          ...paras.slice(2).flatMap((p, j) => (j % 3 === 1 ? [`## ${pick(r, SUBJECTS)}`, '', p, ''] : [p, ''])),
        ]
      : paras.flatMap((p, j) => (j % 3 === 1 ? [`## ${pick(r, SUBJECTS)}`, '', p, ''] : [p, '']));
    files.push({ path, content: fm.join('\n') + body.join('\n') });
  }
  return { units, files };
}

export interface ProvinceOptions {
  sites: number;
  /** Articles per site (each site also gets a tenth as many decisions). */
  articles: number;
  units: number;
  seed?: number;
}

/**
 * A province of generated sites: province.json, the units shared by all (units.json at the top),
 * and sites/site-NN/ each with its own articles and decisions (another seed each) naming them.
 */
export function generateProvince(opts: ProvinceOptions, componentImport: (articlePath: string) => string): Corpus {
  const seed = opts.seed ?? 20211129;
  const units = generateUnits(rng(seed), opts.units);
  const ids = Array.from({ length: opts.sites }, (_, i) => `site-${String(i + 1).padStart(2, '0')}`);
  const files: CorpusFile[] = [
    {
      path: 'province.json',
      content: JSON.stringify(
        {
          name: 'tỉnh Mẫu',
          hub: { name: 'Các trang thử nghiệm hiệu năng', baseUrl: 'https://hub.bench.example', description: 'Bộ dữ liệu sinh tự động.' },
          sites: ids,
        },
        null,
        2,
      ),
    },
    { path: 'units.json', content: `[\n${units.map((u) => '  ' + JSON.stringify(u)).join(',\n')}\n]\n` },
  ];
  ids.forEach((id, i) => {
    // Each site owns a unit, as a commune's site does: its pages are that unit's, not all 500.
    const owner = units[i % units.length]!.id;
    const site = generateCorpus(
      { articles: opts.articles, decisions: Math.round(opts.articles / 10), units: opts.units, seed: seed + i + 1, givenUnits: units },
      (path) => componentImport(`sites/${id}/${path}`),
    );
    for (const f of site.files) {
      if (f.path === 'units.json') continue;
      const content =
        f.path === 'site.json'
          ? JSON.stringify(
              { ...JSON.parse(f.content), name: `Trang thử nghiệm ${id}`, baseUrl: `https://${id}.bench.example`, owner },
              null,
              2,
            )
          : f.content;
      files.push({ path: `sites/${id}/${f.path}`, content });
    }
  });
  return { units, files };
}

/** A unit of a province from the national list (units.json as `npm run new -- province` writes it). */
export interface ListedUnit extends GenUnit {
  into?: string[];
}

/**
 * Articles and decisions for each site of a province made from the national list: `perSite`
 * articles (and a tenth as many decisions) naming the site's own unit, the units it was formed
 * from and a few others of the province; another seed per site. Paths are the province's
 * (`sites/<id>/…`).
 */
export function provinceSiteContent(
  units: readonly ListedUnit[],
  sites: readonly { id: string; owner?: string | undefined }[],
  { perSite, seed = 20211129 }: { perSite: number; seed?: number },
  componentImport: (articlePath: string) => string,
): CorpusFile[] {
  const files: CorpusFile[] = [];
  sites.forEach((site, i) => {
    const r = rng(seed + i + 1);
    const own = units.filter((u) => u.id === site.owner || (site.owner !== undefined && u.into?.includes(site.owner)));
    const others = sample(
      r,
      units.filter((u) => !own.includes(u)),
      3,
    );
    const named = [...own, ...others].map(({ id, kind, name, bloc, aliases }) => ({ id, kind, name, bloc, aliases }));
    const made = generateCorpus(
      { articles: perSite, decisions: Math.round(perSite / 10), units: named.length, seed: seed + i + 1, givenUnits: named },
      (path) => componentImport(`sites/${site.id}/${path}`),
    );
    for (const f of made.files)
      if (f.path !== 'site.json' && f.path !== 'units.json') files.push({ ...f, path: `sites/${site.id}/${f.path}` });
  });
  return files;
}
