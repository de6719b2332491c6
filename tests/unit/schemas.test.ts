/**
 * One article schema made once serves every article without a cover photo (src/astro/articles-loader.ts):
 * only the cover runs the image factory, so such an article parses the same whatever factory the
 * schema was made with.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { articleNeedsImage, articleSchema, plainImage, plainRef } from '../../src/lib/schemas.ts';

/** A factory whose schema refuses whatever it is given: a parse that uses it fails. */
const refusingImage = () => z.string().refine(() => false, { error: 'image() used' });

/** Every field of an article but its cover, each given. */
const everyFieldButCover = {
  title: 'Xã Bằng Lãng tổng kết năm 2021',
  date: '2021-11-29',
  after: 'bai-truoc',
  author: 'Hoàng Lan',
  summary: 'Một câu.',
  category: 'An ninh, trật tự',
  tags: ['ANTT'],
  decisions: ['5844-2021'],
  units: ['bang-lang'],
  sourceUrl: 'https://chodon.backan.gov.vn/',
  draft: false,
};

describe('articles that need no image', () => {
  it('lists every field of an article but the cover (a new field must be added here)', () => {
    const fields = Object.keys(articleSchema(plainRef).shape).filter((k) => k !== 'cover');
    expect(Object.keys(everyFieldButCover).sort()).toEqual(fields.sort());
  });

  it.each([
    ['the title alone', { title: 'Tin' }],
    ['every field but the cover', everyFieldButCover],
  ])('%s: parsed the same without the image factory', async (_, data) => {
    expect(articleNeedsImage(data)).toBe(false);
    const shared = await articleSchema(plainRef, refusingImage).safeParseAsync(data);
    expect(shared.success).toBe(true);
    expect(shared.data).toEqual(await articleSchema(plainRef, plainImage).parseAsync(data));
  });

  it('a cover photo needs the factory', async () => {
    const data = { title: 'Tin', cover: { src: 'anh/tru-so.jpg', alt: 'Trụ sở' } };
    expect(articleNeedsImage(data)).toBe(true);
    expect((await articleSchema(plainRef, refusingImage).safeParseAsync(data)).success).toBe(false);
  });
});
