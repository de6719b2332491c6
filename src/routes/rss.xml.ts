import { sitePages } from '../astro/site-routes.ts';
import rss from '@astrojs/rss';
import { getModel, siteSettings } from '../astro/model-store.ts';
import { FEED_NAMESPACES, rssItems, selfLink } from '../lib/feed.ts';
import { absoluteUrl } from '../lib/json-ld.ts';
import { ROUTES } from '../lib/routes.ts';

export const getStaticPaths = sitePages;

export async function GET() {
  const [p, site] = [await getModel(), siteSettings()];
  return rss({
    title: site.name,
    description: site.description,
    site: site.baseUrl,
    xmlns: FEED_NAMESPACES,
    items: rssItems(p.articles),
    customData: `<language>${site.language}</language>${selfLink(absoluteUrl(site, ROUTES.rss))}`,
  });
}
