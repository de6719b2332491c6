/**
 * The nginx configuration of a built province (or of one site): a `server` per site address and
 * one for the hub, each serving its folder of the current release (`<root>/<id>/`, a release being
 * a whole `dist/`, scripts/deploy/release.ts). What the pages declare as a <meta> is sent as a
 * header too, where it also holds for what a <meta> cannot cover (frame-ancestors); hashed files
 * are cached for a year, pages and Pagefind's entry files are revalidated at each visit.
 */
import { CSP } from './csp.ts';
import { ROUTES } from './routes.ts';

export interface ServedSite {
  /** The folder of the release (a site id, or "hub"). */
  id: string;
  /** The site's address (site.json `baseUrl`, province.json `hub.baseUrl`). */
  baseUrl: string;
  /** The editing UI's policy (src/lib/csp.ts adminCsp of the site's `editing`). */
  adminCsp: string;
}

export interface WebServerInput {
  /** What the servers serve: the `current` link of the releases' folder (or a `dist/` itself). */
  root: string;
  /** nginx `listen` (default 80; the test gives 127.0.0.1:<port>). */
  listen?: string;
  /** The province's name, for the file's heading. */
  name: string;
  sites: readonly ServedSite[];
}

/**
 * Files whose names change when their content does (nginx regular expressions on the path):
 * Astro's bundle and photos, Pagefind's chunks and metadata (a site's main index, the hub's, and
 * each older-article shard's, /pagefind/tin-tuc/<shard>/).
 */
export const HASHED_PATHS = [
  `^${ROUTES.assets}`,
  `^${ROUTES.searchIndex}([^/]+/)*(fragment|index|filter)/`,
  `^${ROUTES.searchIndex}([^/]+/)*pagefind\\.[^/]+\\.pf_meta$`,
];

/** Compressed on the way (Pagefind's chunks are compressed already). */
const GZIP_TYPES = [
  'text/css',
  'application/javascript',
  'application/json',
  'application/xml',
  'text/xml',
  'application/rss+xml',
  'image/svg+xml',
  'text/plain',
];

const FRAME_ANCESTORS = "frame-ancestors 'none'";

/** The variable the `map` sets to each request's Cache-Control (the map is the file's, in `http`). */
const CACHE = '$portal_cache_control';
const YEAR = 'public, max-age=31536000, immutable';

/** A `server`'s address as nginx wants it, with a clear error for one it cannot serve. */
export function serverName(site: ServedSite): string {
  let url: URL;
  try {
    url = new URL(site.baseUrl);
  } catch {
    throw new Error(`${site.id}: địa chỉ trang "${site.baseUrl}" không phải là một địa chỉ web`);
  }
  if (url.pathname !== '/')
    throw new Error(
      `${site.id}: địa chỉ trang ${site.baseUrl} có đường dẫn (${url.pathname}); mỗi trang cần một tên miền riêng để phục vụ bằng nginx`,
    );
  return url.hostname;
}

/** nginx quotes: the policies hold no double quote or backslash, but nothing unquoted gets through. */
function quoted(value: string): string {
  if (/["\\\n$]/.test(value)) throw new Error(`giá trị không đưa được vào cấu hình nginx: ${value}`);
  return `"${value}"`;
}

function headers(csp: string): string[] {
  return [
    `add_header Content-Security-Policy ${quoted(`${csp}; ${FRAME_ANCESTORS}`)} always;`,
    'add_header X-Content-Type-Options "nosniff" always;',
    'add_header Referrer-Policy "strict-origin-when-cross-origin" always;',
    `add_header Cache-Control ${CACHE} always;`,
  ];
}

const indent = (lines: string[], by = '  ') => lines.map((l) => (l ? by + l : l));

function server(site: ServedSite, root: string, listen: string): string[] {
  return [
    `# ${site.id || 'trang'}`,
    'server {',
    ...indent([
      `listen ${listen};`,
      `server_name ${serverName(site)};`,
      `root ${root.replace(/\/$/, '')}/${site.id};`,
      'charset utf-8;',
      // (/tin-tuc is answered by a redirect to /tin-tuc/, relative to the address the reader used)
      'absolute_redirect off;',
      'gzip on;',
      'gzip_vary on;',
      'gzip_min_length 512;',
      `gzip_types ${GZIP_TYPES.join(' ')};`,
      'error_page 404 /404.html;',
      ...headers(CSP),
      '',
      // (an add_header in a location replaces the server's: the editing UI's repeats them all)
      `location ^~ ${ROUTES.admin} {`,
      ...indent(headers(site.adminCsp)),
      '}',
    ]),
    '}',
  ];
}

/** The configuration file: include it in nginx's `http` block (Debian: /etc/nginx/conf.d/). */
export function nginxConfig({ root, listen = '80', name, sites }: WebServerInput): string {
  const names = new Map<string, string>();
  for (const site of sites) {
    const host = serverName(site);
    const other = names.get(host);
    if (other) throw new Error(`${site.id}: cùng địa chỉ ${host} với ${other}; mỗi trang cần một địa chỉ riêng`);
    names.set(host, site.id);
  }
  return [
    `# nginx: các trang của ${name}, mỗi trang một server (tạo bằng npm run nginx-config; đừng sửa tay, hãy tạo lại).`,
    `# Thư mục: ${root}/<mã trang>/ (bản phát hành hiện tại, scripts/deploy/release.ts).`,
    '',
    '# Tệp có mã băm trong tên (đổi nội dung thì đổi tên): lưu một năm; trang và tệp khác: hỏi lại mỗi lần.',
    `map $uri ${CACHE} {`,
    ...indent(HASHED_PATHS.map((path) => `~${path} ${quoted(YEAR)};`)),
    `  default ${quoted('no-cache')};`,
    '}',
    '',
    ...sites.flatMap((site) => [...server(site, root, listen), '']),
  ].join('\n');
}
