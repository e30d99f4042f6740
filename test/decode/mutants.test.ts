/**
 * One stray byte never garbles a document (issue 13, point 7), in CI time: a
 * seeded sample of real article bodies (valid UTF-8, at least 1 KB, from
 * ../shared/bench/xwlb-2024) with 1, 16 and 64 random non-NUL bytes put in
 * must still be read as UTF-8 (at least 99 % of each), while real legacy pages
 * — test/data/, the encoding fixtures, and ../shared/corpus reports written in
 * GBK and Big5, whole and short, declared and not — are still read as what
 * they are. `node scripts/decode-mutants.mjs` measures 300 bodies and GB18030 too.
 */
import { isUtf8 } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Converter } from 'opencc-js/cn2t';
import { decode } from '../../src/decode/decode.js';
import { extract } from '../../src/index.js';
import { insertStrayBytes, legacyEncoder, MIN_BODY_BYTES, MIN_UTF8_SHARE, STRAY_COUNTS } from '../../scripts/decode-checks.mjs';
import { random, sample } from '../../scripts/robustness-checks.mjs';
import { DATA, FIXTURES, sharedFiles } from '../support.js';

const SAMPLE = 60;
const SEED = 0x5eed_0007;

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('UTF-8 bodies with stray bytes', () => {
  const next = random(SEED);
  const isBody = (bytes: Uint8Array): boolean => bytes.length >= MIN_BODY_BYTES && isUtf8(bytes);
  const bodies = sample(
    sharedFiles('bench/xwlb-2024').filter((file) => isBody(readFileSync(file))),
    SAMPLE,
    next,
  ).map((file) => readFileSync(file));

  it.each(STRAY_COUNTS)('are read as UTF-8 with %i stray byte(s)', (count) => {
    const misread = bodies.map((bytes) => decode(insertStrayBytes(bytes, count, next))).filter((decoded) => decoded.encoding !== 'utf-8');
    expect(bodies).toHaveLength(SAMPLE);
    expect((SAMPLE - misread.length) / SAMPLE, `read as ${misread.map((decoded) => decoded.encoding).join(', ')}`).toBeGreaterThanOrEqual(MIN_UTF8_SHARE);
  });

  it('keep their text, with U+FFFD where a byte is broken, and say so in the warnings', () => {
    // Three bytes that are no UTF-8 in a page that declares gbk: 0xB5 0xE5 after 加强, 0xFF after 防汛.
    const broken = Uint8Array.from([
      ...utf8('<meta charset="gbk"><p>会议指出，要加强'),
      0xb5,
      0xe5,
      ...utf8('防汛'),
      0xff,
      ...utf8('工作，确保人民群众生命财产安全。</p>'),
    ]);
    const decoded = decode(broken);
    expect(decoded).toMatchObject({ encoding: 'utf-8', encodingSource: 'detected', declaredInstead: 'gbk', replacements: 3 });
    expect(decoded.text).toBe('<meta charset="gbk"><p>会议指出，要加强\uFFFD\uFFFD防汛\uFFFD工作，确保人民群众生命财产安全。</p>');
    const doc = extract(broken);
    expect(doc.clauses.map((clause) => clause.text)).toEqual(['要加强\uFFFD\uFFFD防汛\uFFFD工作，确保人民群众生命财产安全。']);
    expect(doc.warnings.map((warning) => [warning.code, warning.message])).toEqual([
      ['CHARSET_MISMATCH', 'the document declares gbk, but its bytes are utf-8; they were read as utf-8'],
      ['DECODE_ERRORS', '3 byte sequence(s) could not be decoded as utf-8 and became U+FFFD'],
    ]);
  });
});

describe('legacy pages', () => {
  const gbk = legacyEncoder('gbk');
  const toTraditional = Converter({ from: 'cn', to: 'tw' });
  const big5 = (text: string): Uint8Array => legacyEncoder('big5')(toTraditional(text));

  it('in test/data/ and the encoding fixtures are read as what they are', () => {
    const pages: [string, string][] = [
      [join(DATA, 'gbk-undeclared.html'), 'gb18030'],
      [join(DATA, 'gb18030-declared-gb2312.html'), 'gb18030'],
      [join(DATA, 'big5-declared.html'), 'big5'],
      [join(FIXTURES, 'encoding-gbk-declared', 'input.html'), 'gb18030'],
      [join(FIXTURES, 'encoding-gbk-undeclared', 'input.html'), 'gb18030'],
      [join(FIXTURES, 'encoding-gb18030-labelled-gb2312', 'input.html'), 'gb18030'],
      [join(FIXTURES, 'encoding-big5-traditional', 'input.html'), 'big5'],
    ];
    expect(pages.map(([file]) => decode(readFileSync(file)).encoding)).toEqual(pages.map(([, encoding]) => encoding));
  });

  it('written from corpus reports in GBK and Big5, whole and short, declared and not, are read as what they are', () => {
    const misread: string[] = [];
    let pages = 0;
    for (const file of sharedFiles('corpus')) {
      const text = readFileSync(file, 'utf8').replace(/<meta\b[^>]*charset[^>]*>/gi, '');
      const opening = extract(readFileSync(file)).plainText.replace(/\s+/g, '');
      for (const [write, charset, encoding] of [
        [gbk, 'gbk', 'gb18030'],
        [big5, 'big5', 'big5'],
      ] as const) {
        for (const page of [text, `<p>${opening.slice(0, 12)}</p>`, `<p>${opening.slice(0, 40)}</p>`]) {
          for (const declared of [`<meta charset="${charset}">${page}`, page]) {
            pages++;
            const read = decode(write(declared));
            if (read.encoding !== encoding) misread.push(`${file} in ${charset}: read as ${read.encoding}: ${read.text.slice(0, 60)}`);
          }
        }
      }
    }
    expect(pages).toBeGreaterThan(1000);
    expect(misread).toEqual([]);
  });

  it('declared GBK keeps a text that happens to be well-formed UTF-8 (指示 is two UTF-8 sequences in GBK)', () => {
    const bytes = gbk('<meta charset="gbk"><p>指示</p>');
    expect(Buffer.from(bytes).toString('utf8')).not.toContain('指示');
    expect(decode(bytes)).toMatchObject({ text: '<meta charset="gbk"><p>指示</p>', encoding: 'gb18030', encodingSource: 'declared', replacements: 0 });
  });
});
