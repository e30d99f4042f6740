import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { looksTraditional, toSimplified } from '../../src/text/simplify.js';
import { expectMeetingSpansConsistent } from '../meeting/meeting-spans.js';
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

  it('quotes every text it cuts as written, at the offsets it read, and keeps normalised values and grouping keys simplified', () => {
    const doc = extract(
      '國務院總理李強3月5日上午在京主持召開國務院常務會議，聽取關於糧食安全工作的匯報，審議通過《關於加強耕地保護的意見》。\n' +
        '會議強調，要紮實推進糧食安全工作，到2025年糧食產能達到1.4萬億斤。（記者 張華 劉強）',
    );
    const { meeting } = doc;
    expect(meeting).toMatchObject({ name: '國務院常務會議', body: '国务院', kind: '常务会议', dateText: '3月5日', timeOfDay: '上午', place: '京' });
    expect(meeting!.chair.map(({ name, titles }) => [name, titles])).toEqual([['李強', ['国务院总理']]]);
    expect(doc.agenda!.map(({ verb, object, text }) => [verb, object, text])).toEqual([
      ['聽取', '關於糧食安全工作的匯報', '聽取關於糧食安全工作的匯報'],
      ['審議通過', '《關於加強耕地保護的意見》', '審議通過《關於加強耕地保護的意見》'],
    ]);
    expect(doc.credits!.map(({ role, names }) => [role, names])).toEqual([['記者', ['張華', '劉強']]]);
    const [directive] = doc.clauses[0]!.directives;
    expect(directive!.text).toBe('要紮實推進糧食安全工作，到2025年糧食產能達到1.4萬億斤');
    expect(directive!.targets!.map((target) => target.text)).toEqual(['到2025年', '達到1.4萬億斤']);
    expectMeetingSpansConsistent(doc);
  });

  it('quotes a name that puts the body before the meeting from both places as written', () => {
    const doc = extract('中共中央政治局3月5日召開會議，審議《關於加強耕地保護的意見》。中共中央總書記習近平主持會議。\n會議強調，要紮實推進糧食安全工作。');
    expect(doc.meeting).toMatchObject({ name: '中共中央政治局會議', body: '中共中央政治局', kind: '政治局会议' });
    expect(doc.meeting!.chair.map((person) => person.name)).toEqual(['習近平']);
    expectMeetingSpansConsistent(doc);
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
