import { describe, expect, it } from 'vitest';
import { segmenterOver, TAG_MEMO_LIMIT, TAG_MEMO_MAX_LENGTH, type JiebaCalls } from '../../src/topics/segmenter.js';

/** jieba's calls faked: every tagging asked of it is counted by text. */
function countingCalls(): JiebaCalls & { asked: Map<string, number> } {
  const asked = new Map<string, number>();
  return {
    asked,
    cutLengths: (text) => [...text].map(() => 1),
    tag: (text) => {
      asked.set(text, (asked.get(text) ?? 0) + 1);
      return [{ word: text, tag: 'nr' }];
    },
  };
}

describe('segmenterOver: tagging remembered', () => {
  it('asks jieba once for a short string tagged again, and gives the same words', () => {
    const calls = countingCalls();
    const segmenter = segmenterOver(calls);
    expect(segmenter.tag('国家主席习近平')).toEqual([{ word: '国家主席习近平', tag: 'nr' }]);
    expect(segmenter.tag('国家主席习近平')).toEqual([{ word: '国家主席习近平', tag: 'nr' }]);
    expect(calls.asked.get('国家主席习近平')).toBe(1);
  });

  it('asks jieba every time for a string longer than the remembered ones', () => {
    const calls = countingCalls();
    const segmenter = segmenterOver(calls);
    const long = '习'.repeat(TAG_MEMO_MAX_LENGTH + 1);
    segmenter.tag(long);
    segmenter.tag(long);
    expect(calls.asked.get(long)).toBe(2);
  });

  it('keeps the most recently used answers and forgets the least recently used when full', () => {
    const calls = countingCalls();
    const segmenter = segmenterOver(calls);
    segmenter.tag('习近平');
    segmenter.tag('李强');
    // As many other strings as it keeps, 习近平 used again half-way: 李强 is then the least recent.
    for (let i = 0; i < TAG_MEMO_LIMIT - 1; i++) {
      segmenter.tag(`词${i}`);
      if (i === TAG_MEMO_LIMIT / 2) segmenter.tag('习近平');
    }
    segmenter.tag('习近平');
    segmenter.tag('李强');
    expect(calls.asked.get('习近平')).toBe(1);
    expect(calls.asked.get('李强')).toBe(2);
  });
});
