/**
 * The hub's search: one index over every site's pages, built with the hub in parts of consecutive
 * sites (src/publish/hub-index.ts) merged here, each page filed under its site's id (filter
 * `trang`, src/lib/search-pages.ts), so one query searches all sites or the one picked. Results link to the
 * page on its own site and name that site. Queries work as on each site: without diacritics, đ
 * folded, whole names first (lib/search-text.ts). Progressive enhancement over a GET form.
 */
import { HUB_SITE_FILTER, hubResultAddress } from '../../lib/search-text.ts';
import { ROUTES } from '../../lib/routes.ts';
import { resultItem, searchRanked, statusSetter, type PagefindApi, type PagefindResult } from '../../scripts/search-render.ts';

const PAGE_SIZE = 10;
const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = form.querySelector<HTMLInputElement>('input[name=q]')!;
const pick = form.querySelector<HTMLSelectElement>('select[name=trang]')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const more = document.querySelector<HTMLButtonElement>('#search-more')!;
const setStatus = statusSetter(document.querySelector<HTMLElement>('#search-status')!);
const sites = [...document.querySelectorAll<HTMLElement>('#search-sites li')].map((li) => ({
  id: li.dataset.id!,
  name: li.dataset.name!,
  base: li.dataset.base!,
  index: li.dataset.index!,
}));
/** The index's parts, the first's own script first. */
const parts = [...new Set(sites.map((s) => s.index))];
const siteName = new Map(sites.map((s) => [s.id, s.name]));

let api: Promise<PagefindApi> | undefined;
function pagefind(): Promise<PagefindApi> {
  return (api ??= (async () => {
    const [first = ROUTES.searchIndex, ...rest] = parts;
    const pf = (await import(/* @vite-ignore */ `${first}pagefind.js`)) as PagefindApi;
    await pf.options({ excerptLength: 24 });
    for (const part of rest) await pf.mergeIndex(part, { excerptLength: 24 });
    await pf.init();
    return pf;
  })());
}

let shown: PagefindResult[] = [];
let rendered = 0;
let generation = 0;

async function renderMore(token = generation): Promise<void> {
  const batch = shown.slice(rendered, rendered + PAGE_SIZE);
  rendered += batch.length;
  const items = await Promise.all(batch.map((r) => r.data()));
  if (token !== generation) return;
  for (const d of items) {
    // The index holds site `id`'s page /p/ at /<id>/p/: the result links to it on its site.
    const at = hubResultAddress(d.url, sites);
    list.append(resultItem({ ...d, url: at?.href ?? d.url }, [at && siteName.get(at.id), d.filters.loai?.[0]]));
  }
  more.hidden = rendered >= shown.length;
}

async function run(pushUrl: boolean): Promise<void> {
  const q = input.value.trim();
  const site = pick.value;
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  if (site) params.set('trang', site);
  if (pushUrl) history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
  const token = ++generation;
  list.replaceChildren();
  more.hidden = true;
  if (!q) {
    setStatus('idle', 'Nhập từ khoá để tìm trên mọi trang (có dấu hoặc không dấu đều được).');
    return;
  }
  setStatus('loading', 'Đang tìm…', q);
  const pf = await pagefind();
  const filters: Record<string, string> = site && siteName.has(site) ? { [HUB_SITE_FILTER]: site } : {};
  const results = await searchRanked(pf, q, { filters });
  if (token !== generation) return;
  shown = results;
  rendered = 0;
  await renderMore(token);
  if (token !== generation) return;
  setStatus(
    'done',
    shown.length === 0
      ? `Không tìm thấy kết quả nào cho “${q}” trên ${site ? siteName.get(site) : 'các trang'}.`
      : `Tìm thấy ${shown.length} kết quả cho “${q}”.`,
    q,
  );
}

form.addEventListener('submit', (e) => {
  e.preventDefault();
  void run(true);
});
pick.addEventListener('change', () => void run(true));
more.addEventListener('click', () => void renderMore());
const initial = new URLSearchParams(location.search);
input.value = initial.get('q') ?? '';
pick.value = initial.get('trang') ?? '';
void run(false).catch(() => setStatus('done', 'Không tải được bộ tìm kiếm. Vui lòng thử lại sau.'));
