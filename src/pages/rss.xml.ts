import rss from '@astrojs/rss';
import { getPortal, site } from '../data/portal.ts';
import { rssItems } from '../lib/feed.ts';

export async function GET() {
  const p = await getPortal();
  return rss({
    title: site.name,
    description: site.description,
    site: site.baseUrl,
    items: rssItems(p.articles),
    customData: `<language>${site.language}</language>`,
  });
}
