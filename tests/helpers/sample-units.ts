/** A few units with the names that make mention matching hard (tone placement, aliases, names run together). */
import type { UnitData } from '../../src/lib/schemas.ts';

export const UNITS: UnitData[] = [
  { id: 'bang-lang', kind: 'xã', name: 'Bằng Lãng', bloc: 'Khối xã', aliases: [] },
  { id: 'bang-lung', kind: 'thị trấn', name: 'Bằng Lũng', bloc: 'Khối xã', aliases: [] },
  { id: 'toa-an', kind: 'cơ quan', name: 'Tòa án nhân dân huyện', bloc: 'Khối cơ quan', aliases: ['TAND huyện'] },
  { id: 'van-phong', kind: 'cơ quan', name: 'Văn phòng Huyện ủy', bloc: 'Khối cơ quan', aliases: [] },
  { id: 'tt-y-te', kind: 'cơ quan', name: 'Trung tâm Y tế huyện', bloc: 'Khối cơ quan', aliases: [] },
  { id: 'kho-bac', kind: 'cơ quan', name: 'Kho bạc Nhà nước', bloc: 'Khối cơ quan', aliases: ['Kho bạc Nhà nước huyện'] },
  { id: 'gdtx', kind: 'cơ quan', name: 'Trung tâm Giáo dục nghề nghiệp – GDTX huyện', bloc: 'Khối cơ quan', aliases: [] },
];
