/**
 * Numbers as reports write them: Arabic digits (第102次), Chinese numerals
 * (第一百零二次, 第二十一次, 二〇二〇年) and full-width digits. Pure parsing,
 * shared by the meeting stage (sessions, dates) and the target stage.
 */

const DIGITS: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const MYRIADS: Readonly<Record<string, number>> = { 万: 10_000, 亿: 100_000_000 };

/** Characters a Chinese numeral is made of, for building patterns. */
export const CHINESE_NUMERAL_CHARS = '〇零一二两三四五六七八九十百千万亿';

/**
 * Full-width digits and number signs (１９．１％) as ASCII, one character for
 * one, so that offsets into the result are offsets into `text`.
 */
export function toHalfWidth(text: string): string {
  return text.replace(/[０-９．％／]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

/**
 * The value of `text`, or null when it is not a number. A run of bare digits
 * with no unit is read digit by digit (二〇二〇 → 2020), as years are written.
 */
export function parseChineseNumber(raw: string): number | null {
  const text = toHalfWidth(raw.trim());
  if (!text) return null;
  if (/^\d+$/.test(text)) return Number(text);
  if ([...text].every((ch) => ch in DIGITS)) return Number([...text].map((ch) => DIGITS[ch]).join(''));
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const ch of text) {
    if (ch in DIGITS) {
      digit = DIGITS[ch]!;
    } else if (ch in UNITS) {
      // 十 alone (十四) means one ten.
      section += (digit ?? 1) * UNITS[ch]!;
      digit = null;
    } else if (ch in MYRIADS) {
      total += (section + (digit ?? 0)) * MYRIADS[ch]!;
      section = 0;
      digit = null;
    } else {
      return null;
    }
  }
  return total + section + (digit ?? 0);
}
