/** What the hub's pages read (src/hub/): the province and its sites, from the content root Astro builds. */
import { hubCount, hubSites, type HubSite } from '../lib/province.ts';
import { once } from '../lib/once.ts';
import type { Province } from '../lib/schemas.ts';
import { unitDisplayName } from '../lib/units.ts';
import { contentRoot } from '../source/paths.ts';
import { provinceSiteRefs, readProvince, readProvinceSites } from '../source/province.ts';
import { readUnits } from '../source/read.ts';

export interface HubData {
  province: Province;
  /** The sites, as the hub lists them. */
  sites: HubSite[];
  /** What the list holds, counted from it ("9 trang: 8 xã và 1 trang lưu trữ"). */
  count: ReturnType<typeof hubCount>;
}

/** The province and its sites, read on first use and kept for the build. */
export const hubData = once((): HubData => {
  const root = contentRoot();
  const province = readProvince(root);
  const files = readProvinceSites(root, province);
  const sites = hubSites(
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
  return { province, sites, count: hubCount(sites) };
});
