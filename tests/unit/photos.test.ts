import { describe, expect, it } from 'vitest';
import { articlePhotos } from '../../src/lib/photos.ts';

describe('articlePhotos', () => {
  it('lists the cover, then the photos of the text in order, stored with the content only', () => {
    const body =
      'Mở đầu.\n\n![Hội trường](anh/hoi-truong.jpg "Chú thích")\n\n<img src="anh/san.png" alt="Sân">\n\n![Bản đồ](https://example.org/ban-do.jpg)\n';
    expect(articlePhotos({ cover: { src: 'anh/bia.jpg', alt: 'Bìa' } }, body, false)).toEqual([
      'anh/bia.jpg',
      'anh/hoi-truong.jpg',
      'anh/san.png',
    ]);
  });

  it('gives nothing for an article without photos, whatever its front matter', () => {
    expect(articlePhotos({ title: 'Tin', cover: { src: 'https://example.org/a.jpg' } }, 'Chỉ có chữ.', false)).toEqual([]);
    expect(articlePhotos(undefined, 'Chỉ có chữ.', false)).toEqual([]);
    expect(articlePhotos(null, 'Chỉ có chữ.', false)).toEqual([]);
  });

  it('counts photo files an MDX article imports, not its components', () => {
    const body =
      "import Callout from '../../../src/components/Callout.astro';\nimport anh from '../anh/le-trao-co.jpg';\n\n<Callout title=\"Ghi chú\">Chữ.</Callout>\n";
    expect(articlePhotos({}, body, true)).toEqual(['../anh/le-trao-co.jpg']);
    // (in a .md file an import line is text)
    expect(articlePhotos({}, body, false)).toEqual([]);
  });
});
