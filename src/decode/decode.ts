/**
 * bytes → text. The order of evidence is BOM, then a charset the document
 * declares (`<meta charset>` / `http-equiv`), then valid UTF-8, then a
 * statistical detector. Every GB-family label is decoded as gb18030: it is a
 * superset of gb2312 and gbk, so a page that declares gb2312 but uses
 * characters outside it (𠮷, 㐀) still decodes.
 */
import { isUtf8 } from 'node:buffer';
import chardet from 'chardet';
import type { Source } from '../schema.js';

export type EncodingSource = Source['encodingSource'];

export interface Decoded {
  text: string;
  encoding: string;
  encodingSource: EncodingSource;
  /** Count of bytes that could not be decoded and became U+FFFD. */
  replacements: number;
  /** A charset the document declared but its bytes contradict, or null. */
  declaredInstead: string | null;
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

// Bytes that are UTF-8 but for a few broken sequences (a file cut mid-character,
// a stray byte) are read as UTF-8 with replacements; legacy Chinese encodings
// decoded as UTF-8 break on nearly every character instead.
const MAX_BROKEN_SHARE = 0.01;
const MIN_BROKEN_ALLOWED = 3;

function nearlyUtf8(bytes: Uint8Array): { text: string; replacements: number } | null {
  const attempt = decodeWith(bytes, 'utf-8');
  let nonAscii = 0;
  for (const char of attempt.text) if (char.charCodeAt(0) > 0x7f && char !== '\uFFFD') nonAscii++;
  return attempt.replacements <= Math.max(MIN_BROKEN_ALLOWED, nonAscii * MAX_BROKEN_SHARE) ? attempt : null;
}

// Only bytes above ASCII can tell UTF-8 from a legacy encoding.
function hasNonAscii(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (byte > 0x7f) return true;
  return false;
}

export function decode(bytes: Uint8Array): Decoded {
  const bom = sniffBom(bytes);
  if (bom) {
    return { ...decodeWith(bytes.subarray(bom.length), bom.encoding), encoding: bom.encoding, encodingSource: 'bom', declaredInstead: null };
  }
  const declaredLabel = declaredCharset(bytes);
  const declared = declaredLabel ? canonicalEncoding(declaredLabel) : null;
  // Validates without building a string: most inputs are UTF-8 and are decoded once, below.
  const utf8 = isUtf8(bytes);
  // Valid multi-byte UTF-8 does not happen by accident in GBK or Big5 text, so it
  // outweighs a declaration that says otherwise (a page re-saved as UTF-8 keeps its
  // old gb2312 meta tag); a declaration is trusted otherwise.
  if (utf8) {
    const mismatch = declared && declared !== 'utf-8' && hasNonAscii(bytes) ? declaredLabel : null;
    return {
      text: new TextDecoder('utf-8').decode(bytes),
      encoding: 'utf-8',
      encodingSource: declared && !mismatch ? 'declared' : 'detected',
      replacements: 0,
      declaredInstead: mismatch,
    };
  }
  if (declared && declared !== 'utf-8' && !declared.startsWith('utf-16')) {
    return { ...decodeWith(bytes, declared), encoding: declared, encodingSource: 'declared', declaredInstead: null };
  }
  const broken = nearlyUtf8(bytes);
  if (broken) return { ...broken, encoding: 'utf-8', encodingSource: 'detected', declaredInstead: null };
  const detected = detectChinese(bytes);
  return { ...decodeWith(bytes, detected), encoding: detected, encodingSource: 'detected', declaredInstead: declaredLabel };
}
