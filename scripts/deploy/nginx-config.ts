/**
 * `npm run nginx-config`: the nginx configuration of the province (a server per site address and
 * one for the hub) or of one site, from their site.json and province.json (src/lib/web-server.ts).
 *
 *   node scripts/deploy/nginx-config.ts [--content DIR] [--root /srv/portal/current] [--listen 80] [--out FILE]
 *
 * Without --out it prints the configuration.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { adminCsp } from '../../src/lib/csp.ts';
import { nginxConfig, type ServedSite } from '../../src/lib/web-server.ts';
import { contentRoot, isProvince, siteRoot } from '../../src/source/paths.ts';
import { readProvince } from '../../src/source/province.ts';
import { readSiteSettings } from '../../src/source/site-settings.ts';

const { values } = parseArgs({
  options: {
    content: { type: 'string' },
    root: { type: 'string', default: '/srv/portal/current' },
    listen: { type: 'string', default: '80' },
    out: { type: 'string' },
  },
});
const root = values.content ? resolve(values.content) : contentRoot();

try {
  const served = (id: string, dir: string): ServedSite & { name: string } => {
    const site = readSiteSettings(dir);
    return { id, name: site.name, baseUrl: site.baseUrl, adminCsp: adminCsp(site.editing) };
  };
  let name: string;
  let sites: ServedSite[];
  if (isProvince(root)) {
    const province = readProvince(root);
    name = province.name;
    sites = [
      ...province.sites.map((id) => served(id, siteRoot(root, id))),
      { id: 'hub', baseUrl: province.hub.baseUrl, adminCsp: adminCsp() },
    ];
  } else {
    // A folder that is one site is built into dist/ itself: its root is the release.
    const site = served('', root);
    name = site.name;
    sites = [site];
  }
  const text = nginxConfig({ root: values.root, listen: values.listen, name, sites });
  if (values.out) writeFileSync(values.out, text);
  else process.stdout.write(text);
} catch (err) {
  console.error(`Không tạo được cấu hình nginx: ${(err as Error).message}`);
  process.exit(1);
}
