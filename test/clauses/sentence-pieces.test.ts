/** Sentences and their pieces as the clause grammar reads them. */
import { describe, expect, it } from 'vitest';
import { SAYS, sentenceStartBefore, setsTheScene, stripModifiers } from '../../src/clauses/sentence-pieces.js';

describe('where a cue’s sentence starts', () => {
  it('starts after the last 。！？； or line break before the position', () => {
    const text = '会议听取了汇报。会议指出，要压实责任；强调，要抓好落实。';
    expect(sentenceStartBefore(text, text.indexOf('指出'))).toBe(text.indexOf('会议指出'));
    expect(sentenceStartBefore(text, text.indexOf('强调'))).toBe(text.indexOf('强调'));
    expect(sentenceStartBefore('第一段\n张明华说', 7)).toBe(4);
  });

  it('looks back no further than 300 characters in a text without sentence ends', () => {
    const text = `${'好'.repeat(1000)}指出`;
    expect(sentenceStartBefore(text, 1000)).toBe(700);
  });
});

describe('pieces of a sentence', () => {
  it('strips adverbs and lead phrases before the cue verb, in any order (还在讲话中, 在讲话中还)', () => {
    expect(stripModifiers('张明华还在讲话中')).toBe('张明华');
    expect(stripModifiers('张明华在讲话中还')).toBe('张明华');
    expect(stripModifiers('会议一致')).toBe('会议');
  });

  it('knows a piece that only sets the scene: a date, a place, an occasion (近日, 在……实验室, 党的十八大以来)', () => {
    expect(setsTheScene('近日')).toBe(true);
    expect(setsTheScene('在深地科学与工程云龙湖实验室')).toBe(true);
    expect(setsTheScene('党的十八大以来')).toBe(true);
    expect(setsTheScene('张明华')).toBe(false);
  });

  it('knows a piece that says someone speaks (洛伦索表示, 他认为), not one that names what was said (所说, 的建议)', () => {
    expect(SAYS.test('洛伦索表示')).toBe(true);
    expect(SAYS.test('他认为')).toBe(true);
    expect(SAYS.test('正如总书记所说')).toBe(false);
    expect(SAYS.test('代表们的建议')).toBe(false);
  });
});
