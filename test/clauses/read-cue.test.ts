/** One cue expression read around its verb: whether it is a cue, where its statement starts, who speaks. */
import { describe, expect, it } from 'vitest';
import { quotesWords, readCue } from '../../src/clauses/read-cue.js';
import { cueSummary, reportOf } from './report.js';

/** The cue expression around the first `verb` of `text`, with no cue before it. */
const cueAt = (text: string, verb: string) => {
  const cue = readCue(reportOf(text), text.indexOf(verb), null);
  return cue && cueSummary(cue);
};

describe('reading a cue expression', () => {
  it('reads the speaker, the verb and where the statement starts (区长张明华强调，……)', () => {
    const text = '会上，区长张明华强调，要压实防汛责任。';
    expect(cueAt(text, '强调')).toEqual({ speaker: '张明华', kind: 'person', cue: '强调', phraseStart: 3, verbStart: 8, bodyStart: 11 });
  });

  it('takes a compound’s first verb and its statement after the last (强调指出，)', () => {
    expect(cueAt('会议强调指出，要压实防汛责任。', '强调')).toEqual({
      speaker: '会议',
      kind: 'meeting',
      cue: '强调',
      phraseStart: 0,
      verbStart: 2,
      bodyStart: 7,
    });
  });

  it('reads an order that takes its object directly (会议要求各地……)', () => {
    expect(cueAt('会议要求各地区切实扛起防汛责任。', '要求')).toEqual({
      speaker: '会议',
      kind: 'meeting',
      cue: '要求',
      phraseStart: 0,
      verbStart: 2,
      bodyStart: 4,
    });
  });

  it('reads no cue in a noun (作出重要指示, 提出要求, 部署要求) or inside a quoted statement', () => {
    expect(cueAt('习近平作出重要指示，要求抓好落实。', '指示')).toBeNull();
    expect(cueAt('会议提出要求，各地抓好落实。', '提出')).toBeNull();
    expect(cueAt('张明华说：“会议强调，要抓好落实。”', '强调')).toBeNull();
  });

  it('reads no cue in a headline', () => {
    const text = '会议强调要抓好落实\n会议听取了汇报。';
    expect(readCue({ ...reportOf(text), headlines: [[0, 9]] }, 2, null)).toBeNull();
  });
});

describe('how a clause quotes someone', () => {
  it('tells a feature’s quote (习近平总书记强调) from an event report’s (国务院总理李强强调) and the meeting’s own (会议)', () => {
    const person = readCue(reportOf('习近平总书记强调，要抓好落实。'), 6, null)!;
    expect(quotesWords(person, '习近平总书记')).toBe('feature');
    expect(quotesWords(person, '国务院总理李强')).toBe('narration');
    expect(quotesWords(person, '习近平')).toBeNull();
    const meeting = readCue(reportOf('会议强调，要抓好落实。'), 2, null)!;
    expect(quotesWords(meeting, '会议')).toBeNull();
    expect(quotesWords(meeting, '党的二十届三中全会')).toBe('feature');
  });
});
