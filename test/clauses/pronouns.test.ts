/** Who 他/她, a bare title and 该机构 stand for: someone the news item named before. */
import { describe, expect, it } from 'vitest';
import { bodyReferredTo, resolvePronoun, titleAtStart } from '../../src/clauses/pronouns.js';
import { contextAt } from './report.js';

describe('pronouns', () => {
  it('takes the person who opens the last piece before the pronoun in its sentence (日本首相石破茂说，……，他要求)', () => {
    const text = '日本首相石破茂说，日本将继续推进改革，他要求各方加强合作。';
    expect(resolvePronoun(contextAt(text, '他要求'), '他')).toEqual({ speaker: '石破茂', kind: 'person', pronoun: { written: '他', resolved: true } });
  });

  it('takes the titled person a sentence before opens with (习近平在讲话中回顾了……。他指出)', () => {
    const text = '国家主席习近平在讲话中回顾了两国友好交往的历史。他指出，双方要加强合作。';
    expect(resolvePronoun(contextAt(text, '他指出'), '他').speaker).toBe('习近平');
  });

  it('stays as written, unresolved, when the item names no one', () => {
    expect(resolvePronoun(contextAt('当天下午，他指出，要加强合作。', '他指出'), '他')).toEqual({
      speaker: '他',
      kind: 'person',
      pronoun: { written: '他', resolved: false },
    });
  });
});

describe('bare titles and bodies named by their kind', () => {
  it('takes a bare title for the person the report names with it (总书记 → 习近平)', () => {
    const text = '中共中央总书记习近平来到村里。总书记强调，要抓好落实。';
    expect(titleAtStart('总书记强调', contextAt(text, '总书记强调'))).toBe('习近平');
    expect(titleAtStart('总书记强调', contextAt('总书记强调，要抓好落实。', '总书记强调'))).toBeNull();
  });

  it('takes 该机构 for the body of that kind the item named before (国际原子能机构5日发表声明说，……。该机构希望)', () => {
    const text = '国际原子能机构5日发表声明说，核设施未受损。该机构希望各方保持克制。';
    expect(bodyReferredTo(contextAt(text, '该机构希望'), '机构')).toBe('国际原子能机构');
  });
});
