/**
 * RSS items: published articles, newest first; pubDate only where the date is known (RSS allows
 * none). RSS 2.0's `<author>` is an e-mail address; an article's author is a name, so it is given
 * as Dublin Core's `<dc:creator>` (FEED_NAMESPACES), which feed readers show as the author.
 */
import type { Article } from './model.ts';

/** The namespaces the feed uses: Dublin Core (dc:creator) and Atom (its own address, atom:link rel="self"). */
export const FEED_NAMESPACES = { dc: 'http://purl.org/dc/elements/1.1/', atom: 'http://www.w3.org/2005/Atom' };

const xmlText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The channel's own address, as feed validators ask for it. */
export const selfLink = (feedUrl: string): string => `<atom:link href="${xmlText(feedUrl)}" rel="self" type="application/rss+xml"/>`;

export function rssItems(articles: readonly Article[], limit = 50) {
  return articles.slice(0, limit).map((a) => ({
    title: a.title,
    link: a.url,
    ...(a.date ? { pubDate: new Date(`${a.date}T00:00:00+07:00`) } : {}),
    ...(a.summary ? { description: a.summary } : {}),
    ...(a.author ? { customData: `<dc:creator>${xmlText(a.author)}</dc:creator>` } : {}),
    categories: [...(a.category ? [a.category] : []), ...a.tags],
  }));
}
