/**
 * bytes → text. The order of evidence is BOM, then a charset the document
 * declares (`<meta charset>` / `http-equiv`), weighed against how much of the
 * whole input is well-formed UTF-8, then which of GBK and Big5 the bytes read
 * as. Every GB-family label is decoded as gb18030: it is a superset of gb2312
 * and gbk, so a page that declares gb2312 but uses characters outside it (𠮷,
 * 㐀) still decodes.
 */
import { isUtf8 } from 'node:buffer';
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

/**
 * Chinese reports are the domain: the legacy encodings to tell apart are GBK
 * (read as gb18030) and Big5. Each puts the characters a text uses most in one
 * block — GB2312's first level (leads B0–D7, trails A1–FE), Big5's 常用字
 * (A440–C67E) — and a text read in the wrong encoding lands there only by
 * chance. The encoding whose block holds more of the two-byte characters wins,
 * gb18030 on a tie; this holds for a page of a dozen characters, where a
 * general detector (chardet) took one in seven GBK pages for Big5.
 */
function detectChinese(bytes: Uint8Array): string {
  let gbFrequent = 0;
  let big5Frequent = 0;
  for (let i = 0; i < bytes.length - 1; ) {
    const lead = bytes[i]!;
    if (lead < 0x81) {
      i++;
      continue;
    }
    const trail = bytes[i + 1]!;
    if (lead >= 0xb0 && lead <= 0xd7 && trail >= 0xa1 && trail <= 0xfe) gbFrequent++;
    const code = (lead << 8) | trail;
    if (code >= 0xa440 && code <= 0xc67e && ((trail >= 0x40 && trail <= 0x7e) || (trail >= 0xa1 && trail <= 0xfe))) big5Frequent++;
    i += 2;
  }
  return big5Frequent > gbFrequent ? 'big5' : 'gb18030';
}

/** How much of the input's non-ASCII bytes are well-formed UTF-8. */
interface Utf8Evidence {
  /** Bytes above 0x7F. */
  nonAscii: number;
  /** Of them, the bytes inside well-formed multi-byte sequences. */
  inSequences: number;
  /** How many well-formed multi-byte sequences. */
  sequences: number;
}

/** Reads the input once as UTF-8 (the well-formed sequences of Unicode's table 3-7), counting what fits. */
function utf8Evidence(bytes: Uint8Array): Utf8Evidence {
  let nonAscii = 0;
  let inSequences = 0;
  let sequences = 0;
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    // The continuation bytes a lead byte takes, and the range of the first (E0, ED, F0, F4 narrow it).
    let length = 0;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) length = 1;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 2;
      if (lead === 0xe0) low = 0xa0;
      if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 3;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f;
    }
    let wellFormed = length > 0;
    for (let k = 1; wellFormed && k <= length; k++) {
      const byte = bytes[i + k];
      wellFormed = byte !== undefined && byte >= (k === 1 ? low : 0x80) && byte <= (k === 1 ? high : 0xbf);
    }
    if (wellFormed) {
      nonAscii += length + 1;
      inSequences += length + 1;
      sequences++;
      i += length + 1;
    } else {
      nonAscii++;
      i++;
    }
  }
  return { nonAscii, inSequences, sequences };
}

// Well-formed UTF-8 is rare by accident in GBK or Big5: in real reports at most
// about 45 % of the non-ASCII bytes fall inside a sequence (70 % in about one
// text of a dozen characters out of 700), while a UTF-8 body of a kilobyte keeps
// over 85 % after 64 stray bytes. Input at this share or above is UTF-8 with
// some broken bytes (a saved or truncated page), read with U+FFFD.
const UTF8_SHARE = 0.7;
// A declared legacy charset gives way only to overwhelming evidence: also this
// many sequences, since one to four GBK characters are well-formed UTF-8 now and
// then (one in seven single characters is), and a short page is no evidence.
const SEQUENCES_AGAINST_DECLARATION = 8;

/** Whether the evidence says UTF-8, against a legacy declaration or with none. */
function readsAsUtf8(evidence: Utf8Evidence, legacyDeclared: boolean): boolean {
  if (evidence.nonAscii === 0) return true;
  if (evidence.inSequences < UTF8_SHARE * evidence.nonAscii) return false;
  return !legacyDeclared || evidence.sequences >= SEQUENCES_AGAINST_DECLARATION;
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
  const legacy = declared !== null && declared !== 'utf-8' && !declared.startsWith('utf-16');
  // Validates without building a string: most inputs are UTF-8 and are decoded once, below.
  const utf8 = isUtf8(bytes);
  // Well-formed UTF-8 does not happen by accident in GBK or Big5 text, so enough of
  // it outweighs a declaration that says otherwise (a page re-saved as UTF-8 keeps its
  // old gb2312 meta tag), and a few broken bytes do not turn a UTF-8 page into
  // another encoding; a declaration is trusted otherwise. Valid UTF-8 with no
  // legacy declaration needs no weighing (most inputs).
  const evidence = utf8 && !legacy ? null : utf8Evidence(bytes);
  if (!evidence || readsAsUtf8(evidence, legacy)) {
    const mismatch = declared && declared !== 'utf-8' && (evidence ? evidence.nonAscii > 0 : hasNonAscii(bytes)) ? declaredLabel : null;
    // U+FFFD written in valid UTF-8 is text, not a decoding error.
    const read = utf8 ? { text: new TextDecoder('utf-8').decode(bytes), replacements: 0 } : decodeWith(bytes, 'utf-8');
    return { ...read, encoding: 'utf-8', encodingSource: declared && !mismatch ? 'declared' : 'detected', declaredInstead: mismatch };
  }
  if (legacy) return { ...decodeWith(bytes, declared), encoding: declared, encodingSource: 'declared', declaredInstead: null };
  const detected = detectChinese(bytes);
  return { ...decodeWith(bytes, detected), encoding: detected, encodingSource: 'detected', declaredInstead: declaredLabel };
}
