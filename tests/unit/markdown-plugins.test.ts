/**
 * The portal's Markdown plugins (unit mentions, photos with captions) through both processors the
 * project keeps (src/astro/markdown.ts): each case is rendered by Sätteri and by unified/remark
 * and must give the same HTML — and the HTML it should.
 */
import { describe, expect, it } from 'vitest';
import { markdownRenderer } from '../../src/astro/markdown.ts';
import { mentionLinks } from '../../src/lib/mentions.ts';
import { UNITS } from '../helpers/sample-units.ts';
import type { UnitData } from '../../src/lib/schemas.ts';

const links = mentionLinks(UNITS);
const processors = {
  satteri: markdownRenderer(links, {}),
  unified: markdownRenderer(links, { PORTAL_MARKDOWN: 'unified' }),
};
const link = (slug: string, text: string) => `<a href="/don-vi/${slug}/" class="unit-mention">${text}</a>`;

/** Markdown → the HTML both processors must produce (trailing newline aside). */
// (Photo paths here start with "/": Sätteri marks relative ones for Astro's image pipeline, which
// articles with photos go through when the loader renders them; see src/astro/articles-loader.ts.)
const CASES: [string, string, string][] = [
  [
    'links the first mention per unit only, with the other tone placement',
    'Năm nay Toà án nhân dân huyện và Bằng Lãng đạt chuẩn; Xã Bằng Lãng dẫn đầu.',
    `<p>Năm nay ${link('toa-an-nhan-dan-huyen', 'Toà án nhân dân huyện')} và ${link('bang-lang', 'Bằng Lãng')} đạt chuẩn; Xã Bằng Lãng dẫn đầu.</p>`,
  ],
  [
    'never inside headings, links or code; the next mention in running text is linked',
    '# Bằng Lũng\n\n[Xã Bằng Lãng](https://example.org) và `Kho bạc Nhà nước`\n\nThị trấn Bằng Lũng, TAND huyện.',
    '<h1 id="bằng-lũng">Bằng Lũng</h1>\n<p><a href="https://example.org">Xã Bằng Lãng</a> và <code>Kho bạc Nhà nước</code></p>\n' +
      `<p>${link('bang-lung', 'Thị trấn Bằng Lũng')}, ${link('toa-an-nhan-dan-huyen', 'TAND huyện')}.</p>`,
  ],
  [
    'never inside a link reference or its definition',
    '[Bằng Lãng][vb]\n\n[vb]: https://example.org "Bằng Lãng"\n\nBằng Lãng.',
    `<p><a href="https://example.org" title="Bằng Lãng">Bằng Lãng</a></p>\n<p>${link('bang-lang', 'Bằng Lãng')}.</p>`,
  ],
  [
    'inside emphasis, lists and quotes',
    '> Bằng Lũng\n\n- *Bằng Lãng*\n- **Kho bạc Nhà nước**',
    `<blockquote>\n<p>${link('bang-lung', 'Bằng Lũng')}</p>\n</blockquote>\n<ul>\n<li><em>${link('bang-lang', 'Bằng Lãng')}</em></li>\n<li><strong>${link('kho-bac-nha-nuoc', 'Kho bạc Nhà nước')}</strong></li>\n</ul>`,
  ],
  [
    'leaves image text alone',
    '![Bằng Lãng](/anh.jpg) Bằng Lãng',
    `<p><img src="/anh.jpg" alt="Bằng Lãng"> ${link('bang-lang', 'Bằng Lãng')}</p>`,
  ],
  ['changes nothing without a mention', 'Một đoạn văn không nhắc tên đơn vị nào.', '<p>Một đoạn văn không nhắc tên đơn vị nào.</p>'],
  [
    'makes a lone photo with a title a figure with its caption (names in the caption are mentions too)',
    '![Trụ sở UBND xã](/anh/tru-so.jpg "Trụ sở UBND xã Bằng Lãng")\n\nBằng Lãng.',
    `<figure><img src="/anh/tru-so.jpg" alt="Trụ sở UBND xã"><figcaption>Trụ sở UBND xã ${link('bang-lang', 'Bằng Lãng')}</figcaption></figure>\n<p>Bằng Lãng.</p>`,
  ],
  [
    'leaves a photo without a title, or inside a sentence, as an image',
    '![Ảnh](/anh/a.jpg)\n\nXem ![Ảnh](/anh/b.jpg "Chú thích") ở đây.',
    '<p><img src="/anh/a.jpg" alt="Ảnh"></p>\n<p>Xem <img src="/anh/b.jpg" alt="Ảnh" title="Chú thích"> ở đây.</p>',
  ],
];

describe('unit mentions in Sätteri and unified/remark', () => {
  it.each(CASES)('%s', async (_name, markdown, html) => {
    const out = await Promise.all(Object.values(processors).map(async (render) => (await render(markdown)).trimEnd()));
    expect(out).toEqual([html, html]);
  });

  it('starts afresh for each document', async () => {
    for (const render of Object.values(processors)) {
      expect(await render('Bằng Lãng.')).toContain('class="unit-mention"');
      expect(await render('Bằng Lãng.')).toContain('class="unit-mention"');
    }
  });

  it('takes the links from a function when the first document arrives', async () => {
    let asked = 0;
    const render = markdownRenderer(() => (asked++, links), {});
    expect(asked).toBe(0);
    expect(await render('Bằng Lũng.')).toContain(link('bang-lung', 'Bằng Lũng'));
    expect(asked).toBeGreaterThan(0);
  });
});

describe("a mention's unit by the article's date, in both processors", () => {
  const units: UnitData[] = [
    {
      id: 'nam-cuong',
      kind: 'xã',
      name: 'Nam Cường',
      bloc: 'Khối xã',
      aliases: [],
      succession: { date: '2025-07-01', kind: 'sáp nhập', into: ['nam-cuong-2025'], basis: 'x' },
    },
    { id: 'nam-cuong-2025', kind: 'xã', name: 'Nam Cường', bloc: 'Xã', slug: 'nam-cuong-2025', aliases: [], since: '2025-07-01' },
    { id: 'ba-be-2025', kind: 'xã', name: 'Ba Bể', bloc: 'Xã', aliases: [], since: '2025-07-01' },
  ];
  // The site of xã Nam Cường: its own unit has a page here, the old xã's is in the archive, xã Ba Bể has none.
  const dated = mentionLinks(units, {
    elsewhere: { 'nam-cuong': 'https://cho-don.example/don-vi/nam-cuong/' },
    here: ['nam-cuong-2025'],
    site: { own: 'nam-cuong-2025' },
  });
  const render = { satteri: markdownRenderer(dated, {}), unified: markdownRenderer(dated, { PORTAL_MARKDOWN: 'unified' }) };
  it.each([
    ['2026-02-03', `<p>${link('nam-cuong-2025', 'Xã Nam Cường')} và Xã Ba Bể.</p>`],
    ['2021-11-29', '<p><a href="https://cho-don.example/don-vi/nam-cuong/" class="unit-mention">Xã Nam Cường</a> và Xã Ba Bể.</p>'],
    [undefined, `<p>${link('nam-cuong-2025', 'Xã Nam Cường')} và Xã Ba Bể.</p>`],
  ])('an article of %s (a unit with a page on no site named, not linked)', async (date, html) => {
    const out = await Promise.all(Object.values(render).map(async (r) => (await r('Xã Nam Cường và Xã Ba Bể.', date)).trimEnd()));
    expect(out).toEqual([html, html]);
  });
});
