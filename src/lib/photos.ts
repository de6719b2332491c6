/**
 * Photos in article text: Markdown images `![mô tả](anh/tep.jpg "chú thích")` and HTML `<img>`,
 * with where they stand, so the check can name each one (a missing description, a missing file)
 * and the loader can tell which articles carry photos of their own.
 */
import { PHOTO_EXTENSIONS } from './schemas.ts';

export interface PhotoReference {
  /** Where the photo's markup starts in the text given (lineColumn() gives line and column). */
  index: number;
  src: string;
  /** The description (alt text); undefined when the markup has none at all. */
  alt: string | undefined;
  kind: 'markdown' | 'html';
}

const MARKDOWN_IMAGE = /!\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/g;
const HTML_IMAGE = /<img\b[^>]*>/gi;
const attribute = (tag: string, name: string) => new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);

/** Every photo in `body`, in order. */
export function photoReferences(body: string): PhotoReference[] {
  const out: PhotoReference[] = [];
  for (const m of body.matchAll(MARKDOWN_IMAGE)) {
    out.push({ index: m.index, src: m[2]!, alt: m[1]!, kind: 'markdown' });
  }
  for (const m of body.matchAll(HTML_IMAGE)) {
    const src = attribute(m[0], 'src');
    const alt = attribute(m[0], 'alt');
    out.push({
      index: m.index,
      src: src ? (src[1] ?? src[2] ?? src[3])! : '',
      alt: alt ? (alt[1] ?? alt[2] ?? alt[3]) : undefined,
      kind: 'html',
    });
  }
  return out.sort((a, b) => a.index - b.index);
}

/** A photo stored with the content (a relative path), not a web address or a site path. */
export function isLocalPhoto(src: string): boolean {
  return src !== '' && !/^([a-z][a-z0-9+.-]*:|\/)/i.test(src);
}

/** Whether a file name has a photo extension the site's image pipeline takes. */
export function isPhotoFile(src: string): boolean {
  const lower = src.toLowerCase();
  return PHOTO_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/** Whether Markdown `text` shows a photo stored with the content (Astro's image pipeline renders those articles). */
export function hasLocalMarkdownPhoto(text: string): boolean {
  return photoReferences(text).some((p) => p.kind === 'markdown' && isLocalPhoto(p.src));
}

const MDX_PHOTO_IMPORT = /^import\s[^\n]*?['"]([^'"\n]+)['"]/gm;

/**
 * The photos stored with the content that an article shows, in order: its cover (`cover.src` of
 * its front matter `data`), the photos of its text, and in MDX the photo files it imports. What a
 * build makes of an article's photos depends on these alone.
 */
export function articlePhotos(data: unknown, body: string, mdx: boolean): string[] {
  const cover = (data as { cover?: { src?: unknown } } | null)?.cover?.src;
  const photos = typeof cover === 'string' && isLocalPhoto(cover) ? [cover] : [];
  for (const p of photoReferences(body)) if (isLocalPhoto(p.src)) photos.push(p.src);
  if (mdx) for (const m of body.matchAll(MDX_PHOTO_IMPORT)) if (isPhotoFile(m[1]!)) photos.push(m[1]!);
  return photos;
}
