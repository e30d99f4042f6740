import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { looksTraditional, toSimplified } from '../../src/text/simplify.js';
import { FIXTURES } from '../support.js';

describe('traditional characters', () => {
  it('tells traditional text from simplified text', () => {
    expect(looksTraditional('會議指出，要強調堅持黨的領導。')).toBe(true);
    expect(looksTraditional('会议指出，要强调坚持党的领导。')).toBe(false);
    expect(looksTraditional('會議')).toBe(false);
  });

  it('converts offset for offset', () => {
    const text = '會議強調，要紮實推進藏糧於地、藏糧於技。';
    const simplified = toSimplified(text);
    expect(simplified).toBe('会议强调，要扎实推进藏粮于地、藏粮于技。');
    expect(simplified.length).toBe(text.length);
  });

  it('reads a traditional report with the simplified grammar and quotes it as written', () => {
    const doc = extract('國務院召開常務會議。\n會議強調，要紮實推進糧食安全工作，確保糧食產能穩步提升。');
    expect(doc.source.script).toBe('traditional');
    expect(doc.clauses).toHaveLength(1);
    const [clause] = doc.clauses;
    expect(clause!.speaker).toBe('会议');
    expect(clause!.cue).toBe('强调');
    expect(clause!.cuePhrase).toBe('會議強調');
    expect(clause!.text).toBe('要紮實推進糧食安全工作，確保糧食產能穩步提升。');
    expect(clause!.topics.map((topic) => topic.id)).toContain('agriculture');
  });

  it('finds in a Big5 traditional transcoding of a real report the clauses of its simplified original', () => {
    // original-simplified.md is ../shared/corpus/xwlb_20240312_03.md; input.html is it in traditional characters, in Big5.
    const simplified = extract(readFileSync(join(FIXTURES, 'encoding-big5-traditional', 'original-simplified.md')));
    const traditional = extract(readFileSync(join(FIXTURES, 'encoding-big5-traditional', 'input.html')));
    expect(traditional.source.encoding).toBe('big5');
    const shape = (doc: typeof simplified) => doc.clauses.map((c) => [c.speaker, c.cue, c.text.length, c.topics.map((t) => t.id)]);
    expect(simplified.clauses).toHaveLength(5);
    expect(shape(traditional)).toEqual(shape(simplified));
  });
});
