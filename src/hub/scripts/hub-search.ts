/**
 * The hub's search: every site's index, merged by Pagefind in the browser (`mergeIndex`), each
 * with its site's address (`baseUrl`: results link to the site) and a filter naming the site
 * (`mergeFilter`), so one query searches all sites or the one picked. Queries work as on each
 * site: without diacritics, đ folded (lib/search-text.ts). Progressive enhancement over a GET form.
 */
import { prepareQuery } from '../../lib/search-text.ts';
import { resultItem, statusSetter, type PagefindApi } from '../../scripts/search-render.ts';

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
const siteName = new Map(sites.map((s) => [s.id, s.name]));

let api: Promise<PagefindApi> | undefined;
/** Pagefind with the first site's index as its own and every other site's merged in. */
function pagefind(): Promise<PagefindApi> {
  return (api ??= (async () => {
    const [first, ...rest] = sites;
    const pf = (await import(/* @vite-ignore */ `${first!.index}pagefind.js`)) as PagefindApi;
    await pf.options({ excerptLength: 24, baseUrl: first!.base, mergeFilter: { trang: first!.name } });
    for (const s of rest) await pf.mergeIndex(s.index, { excerptLength: 24, baseUrl: s.base, mergeFilter: { trang: s.name } });
    await pf.init();
    return pf;
  })());
}

let shown: Awaited<ReturnType<PagefindApi['search']>> extends infer R ? (R extends { results: infer T } ? T : never) : never = [];
let rendered = 0;
let generation = 0;

async function renderMore(token = generation): Promise<void> {
  const batch = shown.slice(rendered, rendered + PAGE_SIZE);
  rendered += batch.length;
  const items = await Promise.all(batch.map((r) => r.data()));
  if (token !== generation) return;
  // Each result names its site: the one whose address its own begins with (mergeIndex's baseUrl).
  for (const d of items) list.append(resultItem(d, [sites.find((s) => d.url.startsWith(s.base))?.name, d.filters.loai?.[0]]));
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
  const filters: Record<string, string> = site && siteName.has(site) ? { trang: siteName.get(site)! } : {};
  const search = await pf.search(prepareQuery(q), { filters });
  if (token !== generation) return;
  shown = search?.results ?? [];
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
