/**
 * Internal link check over a built site: every href, src and srcset candidate (each `<picture>`'s
 * sources) that stays on the site must resolve to a file, and every #fragment to an element id on the target page. Links to the other sites of
 * a province (`others`: address → built folder) are checked against those sites' files.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, posix } from 'node:path';
import { parse } from 'node-html-parser';

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

/** Every address a page refers to: href, src, and each candidate of a srcset ("url 2x, url 480w"). */
function addresses(html: string): string[] {
  return parse(html)
    .querySelectorAll('[href], [src], [srcset]')
    .flatMap((el) => [
      ...(['href', 'src'] as const).flatMap((name) => el.getAttribute(name) ?? []),
      ...(el.getAttribute('srcset') ?? '')
        .split(',')
        .map((candidate) => candidate.trim().split(/\s+/)[0]!)
        .filter(Boolean),
    ]);
}
const ids = (html: string) =>
  new Set(
    parse(html)
      .querySelectorAll('[id]')
      .map((el) => el.id),
  );

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
  const idsByFile = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let set = idsByFile.get(file);
    if (!set) idsByFile.set(file, (set = ids(readFileSync(file, 'utf8'))));
    return set;
  };
  const broken: BrokenLink[] = [];
  let links = 0;
  let crossSite = 0;
  for (const file of pages) {
    const html = readFileSync(file, 'utf8');
    const pagePath = '/' + relative(siteDir, file).split('\\').join('/');
    for (let href of addresses(html)) {
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
