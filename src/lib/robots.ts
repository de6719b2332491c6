/**
 * robots.txt of a site and of the hub: the editing UI kept out, everything else open, the sitemap
 * named. The rule that keeps out comes first and the one that opens after it, so that a parser that
 * takes the first matching rule (Python's urllib.robotparser) and one that takes the longest
 * (Google's) read it alike.
 */
import { ROUTES } from './routes.ts';

export function robotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nDisallow: ${ROUTES.admin}\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}
