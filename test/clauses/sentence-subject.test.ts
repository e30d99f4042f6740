/** The speaker of a cue that names none: the subject of its sentence, or a voice carried on from a sentence before. */
import { describe, expect, it } from 'vitest';
import { carriedSpeaker, sentenceSubject } from '../../src/clauses/sentence-subject.js';
import { sentenceStartBefore } from '../../src/clauses/sentence-pieces.js';
import { contextAt } from './report.js';

/** The subject of the sentence of `text` whose cue verb is `verb`, as read from the pieces before it. */
function subjectOf(text: string, verb: string, inLead = false) {
  const context = contextAt(text, verb);
  const pieces = text.slice(sentenceStartBefore(text, context.position), context.position).split(/[，,：:]/);
  pieces.pop();
  const direct = !/[，,：:]/.test(text[context.position + 2] ?? '');
  return sentenceSubject(pieces, context, inLead, direct);
}

describe('the subject of a cue’s sentence', () => {
  it('is the meeting for a meeting’s own act (会议听取了……汇报，要求……)', () => {
    expect(subjectOf('会议听取了全区防汛工作汇报，要求，各部门要压实责任。', '要求')).toMatchObject({ speaker: '会议', kind: 'meeting' });
  });

  it('is no one when the meeting passes a regulation (会议通过《条例》，……要求 reports the regulation)', () => {
    expect(subjectOf('会议审议通过《条例》，要求，各部门要压实责任。', '要求')).toBeNull();
  });

  it('is the person who opens the sentence acting (戴源详细询问……，要求……)', () => {
    const text = '市委书记戴源详细询问了防汛物资储备情况，要求，各部门要压实责任。';
    expect(subjectOf(text, '要求')).toMatchObject({ speaker: '戴源', kind: 'person', named: '市委书记戴源' });
  });

  it('is a body that directs (全国总工会近日对……进行部署，要求……), not one that only meets (双方举行会晤，要求……)', () => {
    expect(subjectOf('全国总工会近日对职工疗休养工作进行部署，要求各级工会做好服务。', '要求')).toMatchObject({ speaker: '全国总工会', kind: 'official' });
    expect(subjectOf('双方代表团举行3次会晤，要求各方停火。', '要求')).toBeNull();
  });

  it('is no one when someone in the sentence says it (王颖建议，……，希望……)', () => {
    expect(subjectOf('王颖建议，要加大投入，希望补齐短板。', '希望')).toBeNull();
  });
});

describe('the speaker a sentence-opening cue carries on', () => {
  it('is whoever the sentence before opens speaking with (洛伦索表示，……。希望……)', () => {
    const text = '安哥拉总统洛伦索表示，安方愿同中方加强合作。希望双方深化务实合作。';
    const context = contextAt(text, '希望');
    expect(carriedSpeaker(text, context.position, null, context)).toEqual({ speaker: '洛伦索', kind: 'person' });
  });

  it('is the document just published (……印发《方案》。提出，……)', () => {
    const text = '国务院办公厅近日印发《行动方案》。提出，到2027年建成一批示范项目。';
    const context = contextAt(text, '提出');
    expect(carriedSpeaker(text, context.position, null, context)).toEqual({ speaker: '《行动方案》', kind: 'text' });
  });

  it('is no one after a sentence of narrative with no speaker', () => {
    const text = '当天，村里举行了丰收节活动。希望大家越过越好。';
    const context = contextAt(text, '希望');
    expect(carriedSpeaker(text, context.position, null, context)).toBeNull();
  });
});
