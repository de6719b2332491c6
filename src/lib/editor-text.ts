/**
 * Text files as editors' machines save them. Windows Notepad adds a byte-order mark and CRLF
 * line ends; macOS and some exports write Vietnamese decomposed (NFD: "ợ" as o + horn + dot);
 * documents from the 1990s–2000s are in the legacy 8-bit encodings TCVN3 (ABC) or VNI, which show
 * "Chợ Đồn" as "Chî §ån" (TCVN3) or "Chôï Ñoàn" (VNI) once read as Unicode.
 *
 * `cleanText` gives the text every later step works on (no BOM, LF line ends, NFC) and says what
 * it changed; `legacyEncoding` recognises the two legacy encodings so they can be refused.
 */

export interface CleanText {
  /** The text without BOM, with LF line ends, in NFC. */
  text: string;
  hadBom: boolean;
  hadCrlf: boolean;
  /** The text was not in NFC (typically NFD); `text` is. */
  wasDecomposed: boolean;
}

export function cleanText(raw: string): CleanText {
  const hadBom = raw.charCodeAt(0) === 0xfeff;
  let text = hadBom ? raw.slice(1) : raw;
  const hadCrlf = text.includes('\r');
  if (hadCrlf) text = text.replace(/\r\n?/g, '\n');
  const nfc = text.normalize('NFC');
  return { text: nfc, hadBom, hadCrlf, wasDecomposed: nfc !== text };
}

export type LegacyEncoding = 'TCVN3 (ABC)' | 'VNI';

/**
 * Letters TCVN3 puts where Unicode has Latin-1 punctuation: ¸ µ ¶ · ¹ (a with tones), ¨ © ª « ¬
 * (ă â ê ô ơ), ® § (đ Đ) and more. None of them is written in Vietnamese Unicode text.
 */
const TCVN3_MARKS = /[¸µ¶·¹¨©ª«¬®§¡¢£¤¥¦¯±²³´»¼½¾ÆÇÐ×Øßàäåæçèéëìíîïñòóôõöøùúûüýþÿ]/g;
const VIETNAMESE_LETTERS = /[ăâđêôơưĂÂĐÊÔƠƯ\u1EA0-\u1EF9]/g;
/**
 * VNI writes a tone or a hat as a second character after the vowel (ø ù û õ ï; "aø" for "à") and
 * Đ/đ as Ñ/ñ. Unicode Vietnamese never has those pairs, nor Ñ.
 */
const VNI_MARKS = /[aeiouyAEIOUYâêôÂÊÔ][øùûõïØÙÛÕÏ]|[Ññ]|[aeoAEO][âêôÂÊÔ][øùûõï]/g;

/** TCVN3's marks that are not letters of any language written in Unicode. */
const TCVN3_ONLY = /[¸µ¶·¹¨©ª«¬®§]/g;
const HAS_VIETNAMESE = /[ăâđêôơưĂÂĐÊÔƠƯ\u1EA0-\u1EF9]/;

/** The legacy encoding `text` looks written in, if it clearly looks like one. */
export function legacyEncoding(text: string): LegacyEncoding | undefined {
  // Unicode Vietnamese (nearly every file) has fewer than two of either encoding's marks: no need
  // to count its letters (what a content check at 10k articles spent most of its time on).
  if ((text.match(VNI_MARKS)?.length ?? 0) < 2 && (text.match(TCVN3_ONLY)?.length ?? 0) < 2 && HAS_VIETNAMESE.test(text)) return undefined;
  const unicode = text.match(VIETNAMESE_LETTERS)?.length ?? 0;
  const vni = text.match(VNI_MARKS)?.length ?? 0;
  if (vni >= 2 && vni > unicode) return 'VNI';
  // Only the marks that are not also ordinary letters of other languages count for TCVN3.
  const tcvn3 = text.match(TCVN3_MARKS)?.filter((c) => '¸µ¶·¹¨©ª«¬®§'.includes(c) || unicode === 0).length ?? 0;
  if (tcvn3 >= 2 && tcvn3 > unicode) return 'TCVN3 (ABC)';
  return undefined;
}

/** `value` with every string in it (nested in arrays and objects too) in NFC. */
export function nfcDeep<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (Array.isArray(value)) return value.map(nfcDeep) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, nfcDeep(v)])) as T;
  }
  return value;
}
