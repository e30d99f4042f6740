/**
 * bytes → text. The order of evidence is BOM, then a charset the document
 * declares (`<meta charset>` / `http-equiv`), then valid UTF-8, then a
 * statistical detector. Every GB-family label is decoded as gb18030: it is a
 * superset of gb2312 and gbk, so a page that declares gb2312 but uses
 * characters outside it (𠮷, 㐀) still decodes.
 */
import chardet from 'chardet';
import type { Source } from '../schema.js';

export type EncodingSource = Source['encodingSource'];

export interface Decoded {
  text: string;
  encoding: string;
  encodingSource: EncodingSource;
  /** Count of bytes that could not be decoded and became U+FFFD. */
  replacements: number;
}

const GB_FAMILY = /^(?:gb2312|gbk|gb18030|gb_2312-80|csgb2312|x-gbk|cp936|ms936|windows-936|euc-cn|chinese|iso-ir-58|hz-gb-2312)$/;
const BIG5_FAMILY = /^(?:big5|big5-hkscs|cn-big5|csbig5|x-x-big5|cp950)$/;

/** Maps a declared or detected label to the decoder we trust for it, or null when unsupported. */
export function canonicalEncoding(label: string): string | null {
  const name = label.trim().toLowerCase();
  if (GB_FAMILY.test(name)) return 'gb18030';
  if (BIG5_FAMILY.test(name)) return 'big5';
  if (name === 'utf8') return 'utf-8';
  try {
    return new TextDecoder(name).encoding;
  } catch {
    return null;
  }
}

function sniffBom(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  if (bytes[0] === 0x84 && bytes[1] === 0x31 && bytes[2] === 0x95 && bytes[3] === 0x33) return { encoding: 'gb18030', length: 4 };
  return null;
}

// Only the head of a page may declare its charset; reading it as latin1 keeps
// byte offsets and never fails.
const DECLARATION_WINDOW = 4096;
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i;
const XML_ENCODING = /^\s*<\?xml\b[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/i;

export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, DECLARATION_WINDOW)).toString('latin1');
  const match = META_CHARSET.exec(head) ?? XML_ENCODING.exec(head);
  return match ? match[1]! : null;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function decodeWith(bytes: Uint8Array, encoding: string): { text: string; replacements: number } {
  const text = new TextDecoder(encoding).decode(bytes);
  let replacements = 0;
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) replacements++;
  return { text, replacements };
}

// Chinese reports are the domain: among the detector's guesses only the
// Chinese legacy encodings are plausible, and gb18030 is by far the most common.
function detectChinese(bytes: Uint8Array): string {
  for (const guess of chardet.analyse(bytes)) {
    const canonical = canonicalEncoding(guess.name);
    if (canonical === 'gb18030' || canonical === 'big5') return canonical;
  }
  return 'gb18030';
}

export function decode(bytes: Uint8Array): Decoded {
  const bom = sniffBom(bytes);
  if (bom) {
    return { ...decodeWith(bytes.subarray(bom.length), bom.encoding), encoding: bom.encoding, encodingSource: 'bom' };
  }
  const declaredLabel = declaredCharset(bytes);
  const declared = declaredLabel ? canonicalEncoding(declaredLabel) : null;
  const utf8 = isValidUtf8(bytes);
  // A declaration is trusted unless it claims UTF-8 for bytes that are not:
  // pages re-saved by a browser often keep a stale utf-8 meta tag.
  if (declared && !(declared === 'utf-8' && !utf8) && !declared.startsWith('utf-16')) {
    return { ...decodeWith(bytes, declared), encoding: declared, encodingSource: 'declared' };
  }
  if (utf8) return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', encodingSource: declared ? 'declared' : 'detected', replacements: 0 };
  const detected = detectChinese(bytes);
  return { ...decodeWith(bytes, detected), encoding: detected, encodingSource: 'detected' };
}
