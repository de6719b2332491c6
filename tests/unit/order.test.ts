import { describe, expect, it } from 'vitest';
import { neighbours, publicationOrder } from '../../src/lib/order.ts';
import { listingPages, newestFirstPages, paginate, type ListingPage } from '../../src/lib/listings.ts';
import { ROUTES } from '../../src/lib/routes.ts';

const ids = (xs: { id: string }[]) => xs.map((x) => x.id);

describe('publication order', () => {
  it('sorts dated articles oldest first, equal dates by id', () => {
    const order = publicationOrder([
      { id: 'c', date: '2021-12-01' },
      { id: 'a', date: '2021-12-01' },
      { id: 'z', date: '2020-01-01' },
      { id: 'b', date: '2022-03-04' },
    ]);
    expect(ids(order)).toEqual(['z', 'a', 'c', 'b']);
  });

  it('is stable whatever the input order', () => {
    const xs = [
      { id: 'x', date: '2021-01-01' },
      { id: 'w', date: '2021-01-01' },
      { id: 'v', date: '2021-01-01' },
    ];
    expect(ids(publicationOrder(xs))).toEqual(ids(publicationOrder([...xs].reverse())));
  });

  it('places undated articles after the one their `after` names, roots first', () => {
    const order = publicationOrder([
      { id: 'next', after: 'seed' },
      { id: 'seed', after: 'prev' },
      { id: 'prev' },
      { id: 'dated', date: '2021-01-01' },
      { id: 'after-dated', after: 'dated' },
    ]);
    expect(ids(order)).toEqual(['prev', 'seed', 'next', 'dated', 'after-dated']);
  });

  it('keeps every article even when `after` loops or points nowhere', () => {
    const order = publicationOrder([
      { id: 'a', after: 'b' },
      { id: 'b', after: 'a' },
      { id: 'c', after: 'missing' },
    ]);
    expect(ids(order).sort()).toEqual(['a', 'b', 'c']);
  });
});

describe('neighbours', () => {
  it('has no prev at the oldest and no next at the newest', () => {
    const order = publicationOrder([
      { id: 'b', date: '2021-12-01' },
      { id: 'a', date: '2021-12-01' },
      { id: 'c', date: '2022-01-01' },
    ]);
    const n = neighbours(order);
    expect(n.get('a')!.prev).toBeUndefined();
    expect(n.get('a')!.next?.id).toBe('b');
    expect(n.get('b')!.prev?.id).toBe('a');
    expect(n.get('b')!.next?.id).toBe('c');
    expect(n.get('c')!.next).toBeUndefined();
  });
  it('single article has neither', () => {
    const n = neighbours([{ id: 'only' }]);
    expect(n.get('only')).toEqual({ prev: undefined, next: undefined });
  });
});

describe('paginate', () => {
  it('splits into pages and always gives at least one', () => {
    const pages = paginate(
      Array.from({ length: 45 }, (_, i) => i),
      20,
    );
    expect(pages.map((p) => [p.page, p.pages, p.items.length])).toEqual([
      [1, 3, 20],
      [2, 3, 20],
      [3, 3, 5],
    ]);
    expect(paginate([], 20)).toEqual([{ page: 1, pages: 1, items: [] }]);
  });
  it('gives each page of a listing its route parameter and address', () => {
    const pages = listingPages(['a', 'b', 'c'], 2, ROUTES.registry);
    expect(pages.map((p) => [p.param, p.href(p.page), p.items, p.label])).toEqual([
      [undefined, '/van-ban/', ['a', 'b'], undefined],
      ['trang/2', '/van-ban/trang/2/', ['c'], 'trang 2/2'],
    ]);
  });
});

describe('listings of articles, numbered from the oldest', () => {
  /** Each page as [address, items, newer page's address, older page's address, title's label]. */
  const shown = (pages: ListingPage<string>[]) =>
    pages.map((p) => [
      p.href(p.page),
      p.items.join(''),
      p.prev === undefined ? '-' : p.href(p.prev),
      p.next === undefined ? '-' : p.href(p.next),
      p.label ?? '-',
    ]);
  const newestFirst = (n: number) => Array.from({ length: n }, (_, i) => String.fromCharCode(97 + n - 1 - i)); // …, c, b, a

  it.each([
    ['nothing yet: the front page alone', 0, [['/tin-tuc/', '', '-', '-', '-']]],
    ['as many as a page: the front page alone', 2, [['/tin-tuc/', 'ba', '-', '-', '-']]],
    [
      'five, two a page',
      5,
      [
        ['/tin-tuc/', 'ed', '-', '/tin-tuc/trang/2/', '-'],
        ['/tin-tuc/trang/1/', 'ba', '/tin-tuc/trang/2/', '-', 'trang 1'],
        ['/tin-tuc/trang/2/', 'dc', '/tin-tuc/trang/3/', '/tin-tuc/trang/1/', 'trang 2'],
        ['/tin-tuc/trang/3/', 'e', '/tin-tuc/', '/tin-tuc/trang/2/', 'trang 3'],
      ],
    ],
    [
      'six: the newest page is full, and the front page shows it',
      6,
      [
        ['/tin-tuc/', 'fe', '-', '/tin-tuc/trang/2/', '-'],
        ['/tin-tuc/trang/1/', 'ba', '/tin-tuc/trang/2/', '-', 'trang 1'],
        ['/tin-tuc/trang/2/', 'dc', '/tin-tuc/trang/3/', '/tin-tuc/trang/1/', 'trang 2'],
        ['/tin-tuc/trang/3/', 'fe', '/tin-tuc/', '/tin-tuc/trang/2/', 'trang 3'],
      ],
    ],
  ])('%s', (_, n, pages) => {
    expect(shown(newestFirstPages(newestFirst(n), 2, ROUTES.archive()))).toEqual(pages);
  });

  it('keeps every full page as it was when articles are added: only the front and the newest pages change', () => {
    const before = newestFirstPages(newestFirst(5), 2, ROUTES.archive());
    const after = newestFirstPages(newestFirst(6), 2, ROUTES.archive());
    const changed = shown(after)
      .filter((p) => !shown(before).some((q) => JSON.stringify(q) === JSON.stringify(p)))
      .map((p) => p[0]);
    expect(changed).toEqual(['/tin-tuc/', '/tin-tuc/trang/3/']);
    // The seventh starts a page: the front, the page before (its newer link) and the new one.
    const seventh = newestFirstPages(newestFirst(7), 2, ROUTES.archive());
    expect(
      shown(seventh)
        .filter((p) => !shown(after).some((q) => JSON.stringify(q) === JSON.stringify(p)))
        .map((p) => p[0]),
    ).toEqual(['/tin-tuc/', '/tin-tuc/trang/3/', '/tin-tuc/trang/4/']);
  });
});
