/** Who the words before a cue verb name: a person, the meeting, a body, a text, or no one. */
import { describe, expect, it } from 'vitest';
import { parseSpeakerPhrase } from '../../src/clauses/speaker-phrase.js';
import { contextAt } from './report.js';

/** The speaker the phrase `phrase` names when it stands before the cue verb of `text`. */
const speakerOf = (text: string, phrase: string, verb = '强调') => parseSpeakerPhrase(phrase, contextAt(text, verb));

describe('a speaker phrase', () => {
  it('names a titled person by name alone (区委书记、区长张明华 → 张明华; 张锡勇副局长 → 张锡勇)', () => {
    expect(speakerOf('区委书记、区长张明华强调，要压实责任。', '区委书记、区长张明华')).toEqual({ speaker: '张明华', kind: 'person' });
    expect(speakerOf('张锡勇副局长强调，要压实责任。', '张锡勇副局长')).toEqual({ speaker: '张锡勇', kind: 'person' });
  });

  it('names the meeting by a setting or its name (会上, 中央经济工作会议), and no one by a bare conjunction (但)', () => {
    expect(speakerOf('会上强调，要压实责任。', '会上')).toEqual({ speaker: '会议', kind: 'meeting' });
    expect(speakerOf('中央经济工作会议强调，要稳中求进。', '中央经济工作会议')).toEqual({ speaker: '会议', kind: 'meeting' });
    expect(speakerOf('但强调，要压实责任。', '但')).toBeNull();
  });

  it('names a text and a country (《方案》, 东帝汶)', () => {
    expect(speakerOf('《方案》强调，要压实责任。', '《方案》')).toEqual({ speaker: '《方案》', kind: 'text' });
    expect(speakerOf('东帝汶强调，支持一个中国原则。', '东帝汶')).toEqual({ speaker: '东帝汶', kind: 'official' });
  });

  it('names no one in a phrase that says what someone does (贯彻落实党中央决策部署) or passes a text on (会议传达学习了……批示)', () => {
    expect(speakerOf('各地贯彻落实党中央决策部署强调，要抓好落实。', '各地贯彻落实党中央决策部署')).toBeNull();
    expect(speakerOf('会议传达学习了李强总理批示强调，要抓好落实。', '会议传达学习了李强总理批示')).toBeNull();
  });

  it('resolves 他 to the titled person the sentence before opens with', () => {
    const text = '国务院总理李强主持召开常务会议。他强调，要压实责任。';
    expect(speakerOf(text, '他')).toEqual({ speaker: '李强', kind: 'person', pronoun: { written: '他', resolved: true } });
  });

  it('keeps a bare title that names no one in the report as written, a person still (总书记)', () => {
    expect(speakerOf('总书记强调，要压实责任。', '总书记')).toEqual({ speaker: '总书记', kind: 'person' });
  });
});
