/** RSS items: published articles, newest first; pubDate only where the date is known (RSS allows none). */
import type { Article } from './model.ts';

export function rssItems(articles: readonly Article[], limit = 50) {
  return articles.slice(0, limit).map((a) => ({
    title: a.title,
    link: a.url,
    ...(a.date ? { pubDate: new Date(`${a.date}T00:00:00+07:00`) } : {}),
    ...(a.summary ? { description: a.summary } : {}),
    ...(a.author ? { author: a.author } : {}),
    categories: [...(a.category ? [a.category] : []), ...a.tags],
  }));
}
