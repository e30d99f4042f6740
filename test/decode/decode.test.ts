/**
 * bytes → text: BOM, declared charset, valid UTF-8, then detection. The legacy
 * encoded files in test/data/ were made with iconv (Node cannot encode GB18030
 * or Big5): e.g. `iconv -f utf-8 -t gb18030`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalEncoding, decode, declaredCharset } from '../../src/decode/decode.js';
import { extract } from '../../src/index.js';
import { DATA } from '../support.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const concat = (...parts: Uint8Array[]): Uint8Array => Uint8Array.from(parts.flatMap((part) => [...part]));
const SENTENCE = '会议指出，要加强防汛工作。';

describe('decode', () => {
  it('decodes UTF-8 without a BOM (detected)', () => {
    expect(decode(utf8(SENTENCE))).toEqual({ text: SENTENCE, encoding: 'utf-8', encodingSource: 'detected', replacements: 0, declaredInstead: null });
  });

  it('strips a UTF-8 BOM and says so', () => {
    const decoded = decode(concat(Uint8Array.of(0xef, 0xbb, 0xbf), utf8(SENTENCE)));
    expect(decoded).toEqual({ text: SENTENCE, encoding: 'utf-8', encodingSource: 'bom', replacements: 0, declaredInstead: null });
  });

  it('decodes UTF-16LE with a BOM', () => {
    const bytes = concat(Uint8Array.of(0xff, 0xfe), new Uint8Array(Buffer.from(SENTENCE, 'utf16le')));
    expect(decode(bytes)).toEqual({ text: SENTENCE, encoding: 'utf-16le', encodingSource: 'bom', replacements: 0, declaredInstead: null });
  });

  it('decodes UTF-16BE with a BOM', () => {
    const le = Buffer.from(SENTENCE, 'utf16le');
    const be = Buffer.from(le).swap16();
    expect(decode(concat(Uint8Array.of(0xfe, 0xff), new Uint8Array(be)))).toMatchObject({ text: SENTENCE, encoding: 'utf-16be', encodingSource: 'bom' });
  });

  it('decodes a page declaring gb2312 as gb18030, so 𠮷 (outside GB2312) survives', () => {
    const bytes = readFileSync(join(DATA, 'gb18030-declared-gb2312.html'));
    // The file really holds 𠮷 as its four-byte GB18030 sequence.
    expect(bytes.includes(Buffer.from([0x95, 0x34, 0xb2, 0x35]))).toBe(true);
    const decoded = decode(bytes);
    expect(decoded.encoding).toBe('gb18030');
    expect(decoded.encodingSource).toBe('declared');
    expect(decoded.replacements).toBe(0);
    expect(decoded.text).toContain('村党支部书记王𠮷主持会议。');
    expect(decoded.text).toContain('<title>吉祥村召开会议_示例网</title>');
  });

  it('decodes a Big5 page declared with <meta charset=big5>', () => {
    const decoded = decode(readFileSync(join(DATA, 'big5-declared.html')));
    expect(decoded.encoding).toBe('big5');
    expect(decoded.encodingSource).toBe('declared');
    expect(decoded.replacements).toBe(0);
    expect(decoded.text).toContain('<p>會議指出，要加強防汛工作，確保市民安全。</p>');
  });

  it('detects an undeclared GBK page as gb18030', () => {
    const decoded = decode(readFileSync(join(DATA, 'gbk-undeclared.html')));
    expect(decoded.encoding).toBe('gb18030');
    expect(decoded.encodingSource).toBe('detected');
    expect(decoded.replacements).toBe(0);
    expect(decoded.text).toContain('会议指出，当前全县安全生产形势总体平稳，');
  });

  it('ignores a stale utf-8 declaration on GBK bytes', () => {
    const gbk = readFileSync(join(DATA, 'gbk-undeclared.html'));
    const bytes = concat(utf8('<meta charset="utf-8">'), new Uint8Array(gbk));
    const decoded = decode(bytes);
    expect(decoded.encoding).toBe('gb18030');
    expect(decoded.encodingSource).toBe('detected');
    expect(decoded.text).toContain('会议要求，要压紧压实安全生产责任，');
  });

  it('trusts a utf-8 declaration on UTF-8 bytes', () => {
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body><p>${SENTENCE}</p></body></html>`;
    expect(decode(utf8(html))).toMatchObject({ text: html, encoding: 'utf-8', encodingSource: 'declared', replacements: 0 });
  });

  it('counts undecodable bytes as replacements', () => {
    // 0xFF is never valid in GB18030 as a lead byte.
    const decoded = decode(concat(utf8('<meta charset="gbk">'), Uint8Array.of(0xff)));
    expect(decoded.encoding).toBe('gb18030');
    expect(decoded.replacements).toBe(1);
    expect(decoded.text).toBe('<meta charset="gbk">\uFFFD');
  });
});

describe('declaredCharset and canonicalEncoding', () => {
  it('reads <meta charset> and http-equiv declarations', () => {
    expect(declaredCharset(utf8('<meta charset="gb2312">'))).toBe('gb2312');
    expect(declaredCharset(utf8("<meta charset='GBK' />"))).toBe('GBK');
    expect(declaredCharset(utf8('<meta http-equiv="Content-Type" content="text/html; charset=big5">'))).toBe('big5');
    expect(declaredCharset(utf8('<?xml version="1.0" encoding="GB18030"?><p>x</p>'))).toBe('GB18030');
    expect(declaredCharset(utf8('<p>no declaration</p>'))).toBeNull();
  });

  it('maps every GB-family label to gb18030 and Big5 labels to big5', () => {
    for (const label of ['gb2312', 'GBK', 'gb18030', 'cp936', 'x-gbk', 'euc-cn']) expect(canonicalEncoding(label)).toBe('gb18030');
    for (const label of ['big5', 'Big5-HKSCS', 'cp950']) expect(canonicalEncoding(label)).toBe('big5');
    expect(canonicalEncoding('utf8')).toBe('utf-8');
    expect(canonicalEncoding('no-such-charset')).toBeNull();
  });
});

describe('decoding through extract', () => {
  it('reports encoding and encodingSource in source', () => {
    const gb = extract(readFileSync(join(DATA, 'gb18030-declared-gb2312.html')), { path: 'gb.html' });
    expect(gb.source).toMatchObject({ encoding: 'gb18030', encodingSource: 'declared', format: 'html', bytes: 291 });
    expect(gb.title).toBe('吉祥村召开会议');
    expect(gb.plainText).toContain('王𠮷主持会议。');
    expect(gb.clauses.map(({ speaker, cue, text }) => ({ speaker, cue, text }))).toEqual([
      { speaker: '会议', cue: '强调', text: '要做好春季防火工作，确保村民生命财产安全，切实维护农村社会稳定和谐。' },
    ]);

    const undeclared = extract(readFileSync(join(DATA, 'gbk-undeclared.html')));
    expect(undeclared.source).toMatchObject({ encoding: 'gb18030', encodingSource: 'detected' });
    expect(undeclared.clauses.map((c) => `${c.speaker}${c.cue}`)).toEqual(['会议指出', '会议要求']);

    expect(extract('会议指出，要加强防汛工作。').source).toMatchObject({ encoding: 'utf-8', encodingSource: 'string', format: 'text' });
    expect(extract(utf8('会议指出，要加强防汛工作。')).source).toMatchObject({ encoding: 'utf-8', encodingSource: 'detected' });
  });

  it('warns about undecodable bytes with DECODE_ERRORS', () => {
    const doc = extract(concat(utf8('<meta charset="gbk"><p>会议指出，要加强防汛工作。'), Uint8Array.of(0xff), utf8('</p>')));
    expect(doc.warnings.map((w) => w.code)).toContain('DECODE_ERRORS');
  });

  it('treats bytes with NUL as binary input, not text', () => {
    const doc = extract(Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x0d));
    expect(doc.warnings.map((w) => w.code)).toEqual(['BINARY_INPUT']);
    expect(doc.clauses).toEqual([]);
    expect(doc.plainText).toBe('');
  });

  it('reports empty and white-space input as EMPTY_INPUT', () => {
    expect(extract(new Uint8Array()).warnings.map((w) => w.code)).toEqual(['EMPTY_INPUT']);
    expect(extract(utf8(' \n\u3000\n')).warnings.map((w) => w.code)).toEqual(['EMPTY_INPUT']);
  });
});

describe('decode: declarations the bytes contradict', () => {
  it('reads UTF-8 bytes under a gbk declaration as UTF-8 and names the declaration', () => {
    const html = '<meta charset="gbk"><p>会议指出，要加强防控。</p>';
    expect(decode(new TextEncoder().encode(html))).toEqual({
      text: html,
      encoding: 'utf-8',
      encodingSource: 'detected',
      replacements: 0,
      declaredInstead: 'gbk',
    });
  });

  it('reads UTF-8 cut in the middle of a character as UTF-8 with one replacement', () => {
    const bytes = new TextEncoder().encode('会议指出，要加强防控工作。');
    const decoded = decode(bytes.subarray(0, bytes.length - 1));
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.replacements).toBe(1);
    expect(decoded.text).toBe('会议指出，要加强防控工作\uFFFD');
  });
});
