/**
 * Internal link check over a built site: every href/src that stays on the site must resolve to
 * a file, and every #fragment to an element id on the target page. Links to the other sites of
 * a province (`others`: address → built folder) are checked against those sites' files.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, posix } from 'node:path';

export interface BrokenLink {
  page: string;
  href: string;
  reason: string;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
}

const ATTR = /\s(?:href|src)="([^"]*)"/g;
const ID = /\sid="([^"]*)"/g;

/** File a site path resolves to (`/a/` → a/index.html), or undefined. */
function target(siteDir: string, path: string): string | undefined {
  const p = join(siteDir, decodeURIComponent(path));
  if (existsSync(p) && statSync(p).isFile()) return p;
  const index = join(p, 'index.html');
  return existsSync(index) ? index : undefined;
}

export function checkInternalLinks(
  siteDir: string,
  baseUrl?: string,
  others: Record<string, string> = {},
): { pages: number; links: number; crossSite: number; broken: BrokenLink[] } {
  const pages = htmlFiles(siteDir);
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let set = ids.get(file);
    if (!set) ids.set(file, (set = new Set([...readFileSync(file, 'utf8').matchAll(ID)].map((m) => m[1]!))));
    return set;
  };
  const broken: BrokenLink[] = [];
  let links = 0;
  let crossSite = 0;
  for (const file of pages) {
    const html = readFileSync(file, 'utf8');
    const pagePath = '/' + relative(siteDir, file).split('\\').join('/');
    for (const m of html.matchAll(ATTR)) {
      let href = m[1]!.replace(/&amp;/g, '&');
      let dir = siteDir;
      if (baseUrl && (href === baseUrl || href.startsWith(`${baseUrl}/`))) href = href.slice(baseUrl.length) || '/';
      const other = Object.keys(others).find((url) => href === url || href.startsWith(`${url}/`));
      if (other) {
        dir = others[other]!;
        href = href.slice(other.length) || '/';
        crossSite++;
      }
      if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) continue;
      links++;
      const [pathAndQuery, fragment] = href.split('#', 2) as [string, string | undefined];
      const path = pathAndQuery.split('?')[0]!;
      const resolved = path === '' && !other ? file : target(dir, path.startsWith('/') ? path : posix.join(posix.dirname(pagePath), path));
      if (!resolved) {
        broken.push({ page: pagePath, href: other ? `${other}${href}` : href, reason: 'no such page or file' });
        continue;
      }
      if (fragment && resolved.endsWith('.html') && !idsOf(resolved).has(decodeURIComponent(fragment))) {
        broken.push({ page: pagePath, href, reason: `no element with id "${fragment}"` });
      }
    }
  }
  return { pages: pages.length, links, crossSite, broken };
}
