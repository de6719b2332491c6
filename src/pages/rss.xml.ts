import rss from '@astrojs/rss';
import { getModel, site } from '../astro/model-store.ts';
import { rssItems } from '../lib/feed.ts';

export async function GET() {
  const p = await getModel();
  return rss({
    title: site.name,
    description: site.description,
    site: site.baseUrl,
    items: rssItems(p.articles),
    customData: `<language>${site.language}</language>`,
  });
}
