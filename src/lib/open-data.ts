/** Open data: recognitions and decisions as JSON and CSV (UTF-8 with BOM for spreadsheet tools). */
import type { Model } from './model.ts';
import type { Commune } from './commune.ts';

export const RECOGNITION_COLUMNS = [
  ['quyet_dinh', 'Số quyết định (và ký hiệu khi nguồn ghi)'],
  ['ngay', 'Ngày ký quyết định, YYYY-MM-DD'],
  ['nam', 'Năm được công nhận'],
  ['don_vi', 'Tên đơn vị, kèm loại (Xã …, Thị trấn …)'],
  ['ma_don_vi', 'Mã đơn vị (phần cuối địa chỉ /don-vi/…/)'],
  ['loai', 'Loại đơn vị: xã, thị trấn, cơ quan …'],
  ['khoi', 'Khối'],
  ['ket_qua', 'Kết quả công nhận'],
] as const;

export interface RecognitionRow {
  quyet_dinh: string;
  ngay: string;
  nam: number;
  don_vi: string;
  ma_don_vi: string;
  loai: string;
  khoi: string;
  ket_qua: string;
}

export function recognitionRows(p: Model): RecognitionRow[] {
  return p.recognitions.map((r) => {
    const d = p.decision.get(r.decision)!;
    const u = p.unit.get(r.unit)!;
    return {
      quyet_dinh: d.identifier,
      ngay: r.date,
      nam: r.year,
      don_vi: u.displayName,
      ma_don_vi: u.slug,
      loai: u.kind,
      khoi: r.bloc,
      ket_qua: r.outcomeLabel,
    };
  });
}

export function decisionRecords(p: Model) {
  return p.decisions.map((d) => ({
    ma: d.id,
    loai: d.type,
    so: d.number,
    ky_hieu: d.symbol,
    ngay: d.date,
    nam: d.year,
    ngay_hieu_luc: d.effectiveDate ?? null,
    co_quan_ban_hanh: d.issuer,
    nguoi_ky: d.signer ?? null,
    linh_vuc: d.field ?? null,
    tinh_trang: d.status ?? null,
    trich_yeu: d.title,
    can_cu: d.basis.map(({ page, ...b }) => ({ ...b, ...(page ? { ma: page.id } : {}) })),
    thay_the: d.replacesDocs.map((x) => x.id),
    sua_doi: d.amendsDocs.map((x) => x.id),
    bi_thay_the_boi: d.replacedBy.map((x) => x.id),
    tep: d.attachments.map((f) => ({ ten: f.title, dia_chi: f.href, loai: f.kind, kich_thuoc: f.size ?? null })),
    nhom: d.groupsResolved.map((g) => ({
      ket_qua: g.outcomeLabel,
      khoi: g.bloc,
      so_luong_nguon_ghi: g.declared ?? null,
      so_luong_liet_ke: g.listed,
      don_vi: g.units.map((u) => u.slug),
    })),
    tong_nguon_ghi: d.declaredTotal ?? null,
    tong_liet_ke: d.total.listed,
    van_ban: d.documentUrl ?? null,
  }));
}

export const DOCUMENT_COLUMNS = [
  ['so_ky_hieu', 'Số và ký hiệu (ký hiệu khi nguồn ghi)'],
  ['loai', 'Loại văn bản'],
  ['ngay_ban_hanh', 'Ngày ban hành, YYYY-MM-DD'],
  ['ngay_hieu_luc', 'Ngày có hiệu lực, YYYY-MM-DD (trống: nguồn không ghi)'],
  ['co_quan_ban_hanh', 'Cơ quan ban hành'],
  ['nguoi_ky', 'Người ký (trống: nguồn không ghi)'],
  ['trich_yeu', 'Trích yếu'],
  ['tinh_trang', 'Tình trạng hiệu lực'],
  ['dia_chi', 'Trang của văn bản trên cổng'],
] as const;

export type DocumentRow = Record<(typeof DOCUMENT_COLUMNS)[number][0], string>;

export function documentRows(p: Model): DocumentRow[] {
  return p.decisions.map((d) => ({
    so_ky_hieu: d.identifier,
    loai: d.type,
    ngay_ban_hanh: d.date,
    ngay_hieu_luc: d.effectiveDate ?? '',
    co_quan_ban_hanh: d.issuer,
    nguoi_ky: d.signer ?? '',
    trich_yeu: d.title,
    tinh_trang: d.statusLabel,
    dia_chi: d.url,
  }));
}

/** One CSV field: quoted when needed; a leading = + - @ is prefixed with ' so spreadsheets do not run it. */
function csvField(value: string | number | null): string {
  let s = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV with a BOM and CRLF line ends, header row first. */
export function toCsv<T extends Record<string, string | number | null>>(
  columns: readonly (keyof T & string)[],
  rows: readonly T[],
): string {
  const lines = [columns.join(','), ...rows.map((r) => columns.map((c) => csvField(r[c] ?? null)).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The commune's data files under /du-lieu/ (src/lib/commune.ts), each with what it holds. */
export const COMMUNE_DATASETS = {
  'lich-cong-tac': 'lịch công tác, mỗi việc với ngày, giờ, nội dung, người chủ trì, địa điểm',
  'thu-tuc': 'thủ tục hành chính: mã, tên, lĩnh vực, trang trên Cổng Dịch vụ công quốc gia',
  'cong-khai': 'văn bản công khai: nhóm, loại, kỳ, ngày công khai, văn bản',
  'lanh-dao': 'lãnh đạo: họ tên, chức vụ, nhiệm vụ, liên hệ công vụ',
} as const;
export type CommuneDataset = keyof typeof COMMUNE_DATASETS;

/** The records of one commune dataset, field names in Vietnamese without diacritics as the other files. */
export function communeRecords(c: Commune, dataset: CommuneDataset, absolute: (path: string) => string): unknown[] {
  switch (dataset) {
    case 'lich-cong-tac':
      return c.weeks.flatMap((w) =>
        w.days.flatMap((d) =>
          d.items.map((i) => ({
            tuan: w.week,
            ngay: d.date,
            gio: i.time ?? null,
            noi_dung: i.what,
            chu_tri: i.chair ?? null,
            dia_diem: i.place ?? null,
          })),
        ),
      );
    case 'thu-tuc':
      return c.procedures.map((p) => ({ ma: p.code, ten: p.name, linh_vuc: p.field ?? null, trang: p.url }));
    case 'cong-khai':
      return c.disclosure.flatMap((g) =>
        g.items.map((d) => ({
          nhom: g.label,
          loai: d.disclosure.kind ?? null,
          ky: d.periodLabel,
          nam: d.disclosure.year,
          ngay_cong_khai: d.disclosure.published,
          van_ban: d.label,
          ngay_ban_hanh: d.date,
          trich_yeu: d.title,
          trang: absolute(d.url),
        })),
      );
    case 'lanh-dao':
      return c.leaders.map((l) => ({
        ho_ten: l.name,
        chuc_vu: l.position,
        nhiem_vu: l.duties ?? null,
        tu_ngay: l.since ?? null,
        dien_thoai: l.phone ?? null,
        thu_dien_tu: l.email ?? null,
      }));
  }
}
