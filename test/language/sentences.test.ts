/** Where sentences end, as every stage reads them. */
import { describe, expect, it } from 'vitest';
import { SENTENCE_END, STATEMENT_END } from '../../src/language/sentences.js';

describe('sentence ends', () => {
  it('ends a sentence at 。！？ (full-width or plain) and a line break, not at ；，：', () => {
    expect([...'。！？!?\n'].every((mark) => SENTENCE_END.test(mark))).toBe(true);
    expect([...'；;，,：:、'].some((mark) => SENTENCE_END.test(mark))).toBe(false);
  });

  it('ends a statement also at ；, the mark that joins statements into one sentence', () => {
    expect([...'。！？!?\n；;'].every((mark) => STATEMENT_END.test(mark))).toBe(true);
    expect([...'，,：:、'].some((mark) => STATEMENT_END.test(mark))).toBe(false);
  });
});
