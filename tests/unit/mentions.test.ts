import { describe, expect, it } from 'vitest';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Root } from 'mdast';
import { createMatcher } from '../../src/lib/mentions.ts';
import { linkUnitMentions, unitMentionsOptions } from '../../src/lib/remark-unit-mentions.ts';
import type { UnitData } from '../../src/lib/schemas.ts';
import { markdownToHtml } from 'satteri';
import { satteriUnitMentions } from '../../src/lib/satteri-unit-mentions.ts';

const units: UnitData[] = [
  { id: 'bang-lang', kind: 'xã', name: 'Bằng Lãng', bloc: 'Khối xã', aliases: [] },
  { id: 'bang-lung', kind: 'thị trấn', name: 'Bằng Lũng', bloc: 'Khối xã', aliases: [] },
  { id: 'toa-an', kind: 'cơ quan', name: 'Tòa án nhân dân huyện', bloc: 'Khối cơ quan', aliases: ['TAND huyện'] },
  { id: 'van-phong', kind: 'cơ quan', name: 'Văn phòng Huyện ủy', bloc: 'Khối cơ quan', aliases: [] },
  { id: 'tt-y-te', kind: 'cơ quan', name: 'Trung tâm Y tế huyện', bloc: 'Khối cơ quan', aliases: [] },
  { id: 'kho-bac', kind: 'cơ quan', name: 'Kho bạc Nhà nước', bloc: 'Khối cơ quan', aliases: ['Kho bạc Nhà nước huyện'] },
  { id: 'gdtx', kind: 'cơ quan', name: 'Trung tâm Giáo dục nghề nghiệp – GDTX huyện', bloc: 'Khối cơ quan', aliases: [] },
];
const matcher = createMatcher(units);
const found = (text: string) => matcher.find(text).map((m) => [m.unit, m.text]);

describe('mention matcher', () => {
  it('finds names, display names and aliases, longest first', () => {
    expect(found('Xã Bằng Lãng được công nhận')).toEqual([['bang-lang', 'Xã Bằng Lãng']]);
    expect(found('Thị trấn Bằng Lũng và Bằng Lãng')).toEqual([
      ['bang-lung', 'Thị trấn Bằng Lũng'],
      ['bang-lang', 'Bằng Lãng'],
    ]);
    expect(found('Kho bạc Nhà nước huyện')).toEqual([['kho-bac', 'Kho bạc Nhà nước huyện']]);
  });
  it('matches the other tone placement', () => {
    expect(found('Toà án nhân dân huyện; Văn phòng Huyện uỷ')).toEqual([
      ['toa-an', 'Toà án nhân dân huyện'],
      ['van-phong', 'Văn phòng Huyện uỷ'],
    ]);
  });
  it('splits two names run together (the seed’s “Trung tâm Y tế huyện Kho bạc Nhà nước”)', () => {
    expect(found('Trung tâm Y tế huyện Kho bạc Nhà nước')).toEqual([
      ['tt-y-te', 'Trung tâm Y tế huyện'],
      ['kho-bac', 'Kho bạc Nhà nước'],
    ]);
  });
  it('matches across a dash written either way', () => {
    expect(found('Trung tâm Giáo dục nghề nghiệp - GDTX huyện')).toEqual([['gdtx', 'Trung tâm Giáo dục nghề nghiệp - GDTX huyện']]);
  });
  it('does not match other diacritics, lower-case common words, or across sentences', () => {
    expect(found('Bằng Lăng')).toEqual([]);
    expect(found('bằng lãng')).toEqual([]);
    expect(found('Bằng. Lãng')).toEqual([]);
  });
  it('leaves a name shared by two units unmatched', () => {
    const m = createMatcher([
      { id: 'a', kind: 'xã', name: 'Tân Lập', aliases: [] },
      { id: 'b', kind: 'thị trấn', name: 'Tân Lập', aliases: [] },
    ]);
    expect(m.find('Tân Lập')).toEqual([]);
    expect(m.find('Xã Tân Lập').map((x) => x.unit)).toEqual(['a']);
  });
});

describe('remark unit mentions', () => {
  const options = unitMentionsOptions(units);
  const run = (md: string) => {
    const tree = fromMarkdown(md) as Root;
    const mentioned = linkUnitMentions(tree, options);
    return { tree, mentioned };
  };
  const links = (tree: Root): string[] => {
    const out: string[] = [];
    const walk = (n: any) => {
      if (n.type === 'link') out.push(`${n.url} ${n.children[0].value}`);
      n.children?.forEach(walk);
    };
    walk(tree);
    return out;
  };

  it('links the first mention per unit only', () => {
    const { tree, mentioned } = run('Bằng Lãng đạt chuẩn. Xã Bằng Lãng lại đạt chuẩn.');
    expect(links(tree)).toEqual(['/don-vi/bang-lang/ Bằng Lãng']);
    expect(mentioned).toEqual(['bang-lang']);
  });

  it('keeps the text around a link intact', () => {
    const { tree } = run('Năm nay Toà án nhân dân huyện đạt chuẩn.');
    const para = tree.children[0] as any;
    expect(para.children.map((c: any) => c.value ?? c.children[0].value)).toEqual([
      'Năm nay ',
      'Toà án nhân dân huyện',
      ' đạt chuẩn.',
    ]);
  });

  it('never links inside links, headings or code, but records those mentions', () => {
    const md = [
      '# Bằng Lũng đạt chuẩn',
      '',
      '[Xã Bằng Lãng](https://example.org) và `Kho bạc Nhà nước`',
      '',
      '```',
      'Trung tâm Y tế huyện',
      '```',
      '',
      'Thị trấn Bằng Lũng, TAND huyện.',
    ].join('\n');
    const { tree, mentioned } = run(md);
    // The heading's mention is not linked, so the first mention in running text is.
    expect(links(tree)).toEqual([
      'https://example.org Xã Bằng Lãng',
      '/don-vi/bang-lung/ Thị trấn Bằng Lũng',
      '/don-vi/toa-an-nhan-dan-huyen/ TAND huyện',
    ]);
    expect(mentioned).toEqual(['bang-lung', 'bang-lang', 'toa-an']);
  });
});

describe('Sätteri unit mentions (the processor the site builds with)', () => {
  const html = (md: string) => markdownToHtml(md, { mdastPlugins: [satteriUnitMentions(unitMentionsOptions(units))] }).html;

  it('links the first mention per unit, with the other tone placement, and keeps the text', () => {
    expect(html('Năm nay Toà án nhân dân huyện và Bằng Lãng đạt chuẩn; Bằng Lãng dẫn đầu.')).toBe(
      '<p>Năm nay <a href="/don-vi/toa-an-nhan-dan-huyen/" class="unit-mention">Toà án nhân dân huyện</a> và ' +
        '<a href="/don-vi/bang-lang/" class="unit-mention">Bằng Lãng</a> đạt chuẩn; Bằng Lãng dẫn đầu.</p>\n',
    );
  });

  it('never links inside links, headings or code', () => {
    const out = html('# Bằng Lũng\n\n[Xã Bằng Lãng](https://example.org) và `Kho bạc Nhà nước`\n\n```\nTrung tâm Y tế huyện\n```\n\nThị trấn Bằng Lũng.');
    expect(out.match(/class="unit-mention"/g)).toHaveLength(1);
    expect(out).toContain('<h1>Bằng Lũng</h1>');
    expect(out).toContain('<a href="https://example.org">Xã Bằng Lãng</a>');
    expect(out).toContain('<code>Kho bạc Nhà nước</code>');
    expect(out).toContain('<a href="/don-vi/bang-lung/" class="unit-mention">Thị trấn Bằng Lũng</a>');
  });

  it('starts afresh for each document', () => {
    const plugin = satteriUnitMentions(unitMentionsOptions(units));
    const a = markdownToHtml('Bằng Lãng.', { mdastPlugins: [plugin] }).html;
    const b = markdownToHtml('Bằng Lãng.', { mdastPlugins: [plugin] }).html;
    expect(a).toBe(b);
    expect(b).toContain('class="unit-mention"');
  });
});
