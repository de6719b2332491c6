/**
 * The search page: reads ?q= (and the filters) from the URL, queries Pagefind's JS API, and
 * renders results with the original Vietnamese letters restored (see lib/search-text.ts).
 * Progressive enhancement over a plain GET form.
 *
 * The index is split (lib/search-shards.ts): the main index (units, decisions, newest articles) is
 * searched by default; older article shards are merged in when the reader asks for all years
 * (?pham-vi=tat-ca) or picks a year.
 */
import { encodeForIndex } from '../lib/search-text.ts';
import { resultItem, searchRanked, statusSetter, type PagefindApi, type PagefindResult } from './search-render.ts';
import { ROUTES } from '../lib/routes.ts';

const FILTERS = ['loai', 'nam', 'khoi', 'loai-van-ban'] as const;
const PAGE_SIZE = 10;
const OPTIONS = { excerptLength: 24 };

const ALL_YEARS = 'tat-ca';

const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = form.querySelector<HTMLInputElement>('input[name=q]')!;
const statusEl = document.querySelector<HTMLElement>('#search-status')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const more = document.querySelector<HTMLButtonElement>('#search-more')!;
const scope = document.querySelector<HTMLElement>('#search-scope')!;
const province = document.querySelector<HTMLAnchorElement>('#search-province');
const older = document.querySelector<HTMLButtonElement>('#search-older')!;
/** The older article shards, each a separate index. */
const shards = [...document.querySelectorAll<HTMLElement>('#search-shards li')].map((li) => ({
  name: li.dataset.name!,
  year: li.dataset.year ?? '',
}));
let allYears = false;
const selects = Object.fromEntries(
  [...FILTERS, 'sap-xep'].map((name) => [name, form.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!]),
) as Record<(typeof FILTERS)[number] | 'sap-xep', HTMLSelectElement>;

let api: Promise<PagefindApi> | undefined;
const merged = new Map<string, Promise<void>>();
/** Pagefind with the main index and the given article shards merged in. */
async function pagefind(shardNames: string[]): Promise<PagefindApi> {
  const url = `${ROUTES.searchIndex}pagefind.js`;
  const pf = await (api ??= import(/* @vite-ignore */ url).then(async (pf: PagefindApi) => {
    await pf.options(OPTIONS);
    await pf.init();
    return pf;
  }));
  await Promise.all(
    shardNames.map((name) => {
      let p = merged.get(name);
      if (!p) merged.set(name, (p = pf.mergeIndex(ROUTES.searchShard(name), OPTIONS)));
      return p;
    }),
  );
  return pf;
}

/** The older shards a search needs: all of them, or the chosen year's, or none. */
function shardsFor(year: string): string[] {
  return shards.filter((s) => allYears || (year !== '' && s.year === year)).map((s) => s.name);
}

let shown: PagefindResult[] = [];
let rendered = 0;
/** Each search gets a number; a slower, older search never overwrites a newer one. */
let generation = 0;

const setStatus = statusSetter(statusEl);

async function renderMore(token = generation): Promise<void> {
  const batch = shown.slice(rendered, rendered + PAGE_SIZE);
  rendered += batch.length;
  const items = await Promise.all(batch.map((r) => r.data()));
  if (token !== generation) return;
  for (const d of items) list.append(resultItem(d, [d.filters.loai?.[0], d.filters.nam?.join(', ')]));
  more.hidden = rendered >= shown.length;
}

async function run(pushUrl: boolean): Promise<void> {
  const q = input.value.trim();
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  const filters: Record<string, string> = {};
  for (const name of FILTERS) {
    const value = selects[name].value;
    if (value) {
      // Filter values are stored in the index's đ encoding, like the text.
      filters[name] = encodeForIndex(value);
      params.set(name, value);
    }
  }
  const sortValue = selects['sap-xep'].value;
  if (sortValue) params.set('sap-xep', sortValue);
  if (allYears) params.set('pham-vi', ALL_YEARS);
  if (pushUrl) history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
  // The search over every site of the province (the hub) gets the same words.
  if (province) province.search = q ? `?${new URLSearchParams({ q })}` : '';

  const token = ++generation;
  list.replaceChildren();
  more.hidden = true;
  scope.hidden = true;
  if (!q && Object.keys(filters).length === 0) {
    setStatus('idle', 'Nhập từ khoá để tìm (có dấu hoặc không dấu đều được).');
    return;
  }
  setStatus('loading', 'Đang tìm…', q);
  const needed = shardsFor(selects.nam.value);
  const pf = await pagefind(needed);
  const sort = sortValue === 'moi' ? { ngay: 'desc' as const } : sortValue === 'cu' ? { ngay: 'asc' as const } : undefined;
  const results = await searchRanked(pf, q, { filters, ...(sort ? { sort } : {}) });
  if (token !== generation) return;
  shown = results;
  rendered = 0;
  await renderMore(token);
  if (token !== generation) return;
  setStatus(
    'done',
    shown.length === 0
      ? `Không tìm thấy kết quả nào cho “${q}”. Hãy thử từ khoá khác, bỏ bớt bộ lọc, hoặc xem danh sách đơn vị và quyết định.`
      : `Tìm thấy ${shown.length} kết quả${q ? ` cho “${q}”` : ''}.`,
    q,
  );
  // A chosen year is searched completely (its shards are merged), so the note is only for "all years".
  scope.hidden = needed.length === shards.length || selects.nam.value !== '';
}

form.addEventListener('submit', (e) => {
  e.preventDefault();
  void run(true);
});
for (const s of Object.values(selects)) s.addEventListener('change', () => void run(true));
more.addEventListener('click', () => void renderMore());
older.addEventListener('click', () => {
  allYears = true;
  void run(true);
});

const initial = new URLSearchParams(location.search);
input.value = initial.get('q') ?? '';
for (const [name, select] of Object.entries(selects)) select.value = initial.get(name) ?? '';
// A link that sets a filter opens the folded filters, so the reader sees what narrows the results.
if (Object.values(selects).some((select) => select.value)) form.querySelector('details')!.open = true;
allYears = initial.get('pham-vi') === ALL_YEARS;
// Filter options are written into the page at build time, so opening the page loads no filter
// index; Pagefind's runtime loads on the first search.
void run(false).catch(() => setStatus('done', 'Không tải được bộ tìm kiếm. Vui lòng thử lại sau.'));
