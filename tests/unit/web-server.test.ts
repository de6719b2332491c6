/** The nginx configuration of a built province (src/lib/web-server.ts). */
import { describe, expect, it } from 'vitest';
import { adminCsp, CSP } from '../../src/lib/csp.ts';
import { nginxConfig, serverName } from '../../src/lib/web-server.ts';

const sites = [
  { id: 'xa-nam-cuong', baseUrl: 'https://namcuong.thainguyen.example', adminCsp: adminCsp() },
  {
    id: 'xa-cho-don',
    baseUrl: 'https://chodon.thainguyen.example/',
    adminCsp: adminCsp({ backend: 'gitlab', base_url: 'https://git.tinh.example' }),
  },
  { id: 'hub', baseUrl: 'https://cho-don-xa.thainguyen.example', adminCsp: adminCsp() },
];

/** The directives of the server block for `host` (one per line, trimmed). */
function serverOf(config: string, host: string): string[] {
  const blocks = config.split(/^server \{$/m).slice(1);
  const block = blocks.find((b) => b.includes(`server_name ${host};`));
  expect(block, host).toBeDefined();
  return block!.split('\n').map((l) => l.trim());
}

describe('nginx configuration', () => {
  const config = nginxConfig({ root: '/srv/portal/current/', listen: '127.0.0.1:8080', name: 'tỉnh Thái Nguyên', sites });

  it.each([
    ['namcuong.thainguyen.example', 'xa-nam-cuong'],
    ['chodon.thainguyen.example', 'xa-cho-don'],
    ['cho-don-xa.thainguyen.example', 'hub'],
  ])('serves %s from its folder of the current release', (host, id) => {
    const server = serverOf(config, host);
    expect(server).toContain(`root /srv/portal/current/${id};`);
    expect(server).toContain('listen 127.0.0.1:8080;');
    expect(server).toContain('error_page 404 /404.html;');
    expect(server).toContain('gzip on;');
  });

  it("sends each page's policy as a header, the editing UI's own under /admin/, and frame-ancestors, which a <meta> cannot", () => {
    const server = serverOf(config, 'chodon.thainguyen.example');
    const policies = server.filter((l) => l.startsWith('add_header Content-Security-Policy'));
    expect(policies[0]).toBe(`add_header Content-Security-Policy "${CSP}; frame-ancestors 'none'" always;`);
    const admin = server.slice(server.indexOf('location ^~ /admin/ {'));
    expect(admin.find((l) => l.startsWith('add_header Content-Security-Policy'))).toContain('https://git.tinh.example');
  });

  /** What the file's map gives a path as its Cache-Control (nginx: the first regular expression that matches). */
  const cacheOf = (path: string) => {
    const map = config.slice(config.indexOf('map $uri $portal_cache_control {'));
    const rows = map.slice(0, map.indexOf('}')).split('\n').slice(1);
    for (const row of rows) {
      const [pattern, value] = row
        .trim()
        .replace(/;$/, '')
        .split(/ (?=")/);
      if (pattern === 'default' || new RegExp(pattern!.slice(1)).test(path)) return JSON.parse(value!) as string;
    }
    return undefined;
  };
  it.each([
    ['/_astro/index.astro_astro_type_script_index_0_lang.DEcEIgS8.js', 'public, max-age=31536000, immutable'],
    ['/_astro/tru-so.Bx12aB_Z1abcd.webp', 'public, max-age=31536000, immutable'],
    ['/pagefind/fragment/vi_6b69141.pf_fragment', 'public, max-age=31536000, immutable'],
    ['/pagefind/index/vi_fc1eac8.pf_index', 'public, max-age=31536000, immutable'],
    ['/pagefind/pagefind.vi_e957e8e296.pf_meta', 'public, max-age=31536000, immutable'],
    ['/pagefind/tin-tuc/2019/fragment/vi_6b69141.pf_fragment', 'public, max-age=31536000, immutable'],
    ['/pagefind/tin-tuc/2019/pagefind.vi_e957e8e296.pf_meta', 'public, max-age=31536000, immutable'],
    ['/pagefind/pagefind-entry.json', 'no-cache'],
    ['/pagefind/tin-tuc/2019/pagefind-entry.json', 'no-cache'],
    ['/pagefind/pagefind.js', 'no-cache'],
    ['/style.css', 'no-cache'],
    ['/tin-tuc/', 'no-cache'],
  ])('%s: %s', (path, cache) => {
    expect(cacheOf(path)).toBe(cache);
    // Every server sends the map's value, and so does the editing UI's location.
    const server = serverOf(config, 'namcuong.thainguyen.example');
    expect(server.filter((l) => l === 'add_header Cache-Control $portal_cache_control always;')).toHaveLength(2);
  });

  it.each([
    [{ id: 'a', baseUrl: 'https://tinh.example/xa-a/', adminCsp: '' }, 'a: địa chỉ trang https://tinh.example/xa-a/ có đường dẫn (/xa-a/)'],
    [{ id: 'b', baseUrl: 'namcuong', adminCsp: '' }, 'b: địa chỉ trang "namcuong" không phải là một địa chỉ web'],
  ])('refuses an address it cannot serve, naming the site', (site, message) => expect(() => serverName(site)).toThrow(message));

  it('refuses two sites at one address, naming both', () => {
    const twice = [sites[0]!, { ...sites[0]!, id: 'xa-khac' }];
    expect(() => nginxConfig({ root: '/srv', name: 't', sites: twice })).toThrow(
      'xa-khac: cùng địa chỉ namcuong.thainguyen.example với xa-nam-cuong',
    );
  });
});
