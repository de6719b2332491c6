/** What the hub's pages read (src/hub/): the province and its sites, from the content root Astro builds. */
import { hubCount, hubSites, type HubSite } from '../lib/province.ts';
import { unitDisplayName } from '../lib/units.ts';
import { contentRoot } from '../source/paths.ts';
import { provinceSiteRefs, readProvince, readProvinceSites } from '../source/province.ts';
import { readUnits } from '../source/read.ts';

const root = contentRoot();
export const province = readProvince(root);
const files = readProvinceSites(root, province);

/** The sites, as the hub lists them. */
export const sites: HubSite[] = hubSites(
  provinceSiteRefs(files).map((s, i) => ({ ...s, description: files[i]!.settings.description })),
  readUnits(root).map((u) => ({
    id: u.id,
    kind: u.kind,
    displayName: unitDisplayName(u),
    into: u.succession?.into ?? [],
    district: u.district,
    formedAlsoFrom: u.formedAlsoFrom,
  })),
);

/** What the list holds, counted from it ("9 trang: 8 xã và 1 trang lưu trữ"). */
export const count = hubCount(sites);
