/**
 * Traditional → simplified characters, for matching only. Cue words, names
 * and dictionary terms are written in simplified characters; a report in
 * traditional characters (會議指出, 強調) is converted before matching, and
 * every span still points into the original text, because the conversion
 * keeps the text's length (a conversion that would not is done per character).
 */
import { createRequire } from 'node:module';

// Frequent characters that exist only in traditional writing, with their simplified forms.
const TRADITIONAL = '會議說們這個為來對時國發實經過關與區開員資應導黨領務產製進還邊強調堅業農護環醫衛災險檢預貫徹組織幹傳統網絡數據積極參總書記習';
const SIMPLIFIED = '会议说们这个为来对时国发实经过关与区开员资应导党领务产制进还边强调坚业农护环医卫灾险检预贯彻组织干传统网络数据积极参总书记习';
// Every character above is in the Basic Multilingual Plane: one table lookup per UTF-16 unit.
const TRADITIONAL_ONLY = 1;
const SIMPLIFIED_FORM = 2;
const KIND = new Uint8Array(0x10000);
for (const char of SIMPLIFIED) KIND[char.charCodeAt(0)] = SIMPLIFIED_FORM;
for (const char of TRADITIONAL) KIND[char.charCodeAt(0)] = TRADITIONAL_ONLY;

// Enough traditional-only characters, and more of them than of their simplified forms.
const MIN_TRADITIONAL = 3;

export function looksTraditional(text: string): boolean {
  // One pass with a table: every report passes here, nearly all of them simplified.
  let traditional = 0;
  let simplified = 0;
  for (let i = 0; i < text.length; i++) {
    const kind = KIND[text.charCodeAt(i)];
    if (kind === TRADITIONAL_ONLY) traditional++;
    else if (kind === SIMPLIFIED_FORM) simplified++;
  }
  return traditional >= MIN_TRADITIONAL && traditional > simplified;
}

type Convert = (text: string) => string;
let converter: Convert | null = null;

// opencc-js and its dictionaries load only when a traditional report is met.
function openccConverter(): Convert {
  if (!converter) {
    const opencc = createRequire(import.meta.url)('opencc-js/t2cn') as { Converter(options: { from: string; to: string }): Convert };
    converter = opencc.Converter({ from: 'hk', to: 'cn' });
  }
  return converter;
}

/** `text` in simplified characters, with the same length and offsets. */
export function toSimplified(text: string): string {
  const convert = openccConverter();
  const whole = convert(text);
  if (whole.length === text.length) return whole;
  let out = '';
  for (const char of text) {
    const one = convert(char);
    out += one.length === char.length ? one : char;
  }
  return out;
}
