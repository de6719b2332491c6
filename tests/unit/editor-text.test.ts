import { describe, expect, it } from 'vitest';
import { cleanText, legacyEncoding, nfcDeep } from '../../src/lib/editor-text.ts';

describe('text as editors save it', () => {
  it('drops a BOM, turns CRLF into LF and decomposed Vietnamese into NFC, and says so', () => {
    const nfd = 'Chợ Đồn'.normalize('NFD');
    expect(nfd).not.toBe('Chợ Đồn');
    expect(cleanText(`\uFEFF---\r\ntitle: ${nfd}\r\n---\r\n`)).toEqual({
      text: '---\ntitle: Chợ Đồn\n---\n',
      hadBom: true,
      hadCrlf: true,
      wasDecomposed: true,
    });
    expect(cleanText('Chợ Đồn\n')).toEqual({ text: 'Chợ Đồn\n', hadBom: false, hadCrlf: false, wasDecomposed: false });
  });

  it('recognises TCVN3 (ABC) and VNI text, and leaves Unicode Vietnamese alone', () => {
    expect(legacyEncoding('UBND huyÖn Chî §ån ®· triÓn khai c«ng t¸c')).toBe('TCVN3 (ABC)');
    expect(legacyEncoding('UBND huyeän Chôï Ñoàn ñaõ trieån khai coâng taùc')).toBe('VNI');
    expect(legacyEncoding('UBND huyện Chợ Đồn đã triển khai công tác bảo đảm an ninh, trật tự; “An toàn về ANTT” (§ 3).')).toBeUndefined();
    expect(legacyEncoding('Hoà, Thuỷ, rõ ràng, mùa đông; café, naïve')).toBeUndefined();
  });

  it('makes every string of front matter NFC, however deep', () => {
    const nfd = (s: string) => s.normalize('NFD');
    expect(nfcDeep({ title: nfd('Đồng Thắng'), tags: [nfd('Bằng Lãng')], n: 1, draft: false })).toEqual({
      title: 'Đồng Thắng',
      tags: ['Bằng Lãng'],
      n: 1,
      draft: false,
    });
  });
});
