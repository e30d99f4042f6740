/** 提法: quoted slogans that are no titles or citations, numbered formulas quoted or not, every appearance counted. */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { findFormulations } from '../../src/formulations/find-formulations.js';

const texts = (text: string): string[] => findFormulations(text).formulations.map((f) => `${f.text}/${f.kind}${f.quoted ? '/q' : ''}×${f.count}`);

describe('findFormulations', () => {
  it('keeps a quoted enumeration whole and counts its unquoted appearances too', () => {
    expect(texts('坚持“外防输入、内防反弹”，……坚持外防输入、内防反弹防控策略。')).toEqual(['外防输入、内防反弹/quoted/q×2']);
  });

  it('reads numbered formulas quoted or not: 四个意识, 两个大局, 两新两高, 七有', () => {
    expect(texts('增强“四个意识”，统筹两个大局，深化落实“两新两高”战略，聚焦“七有”要求，推进三城一区建设。')).toEqual([
      '四个意识/numbered/q×1',
      '两个大局/numbered×1',
      '两新两高/numbered/q×1',
      '七有/numbered/q×1',
      '三城一区/numbered×1',
    ]);
  });

  it('skips titles, quotes inside 《》, citations and quoted speech', () => {
    const text = '印发“关于加强社区治理的意见”。《关于推进“一件事一次办”改革的方案》。“事机一失应难再，时乎时乎不我待！”他说：“好办法”。写着“救命啊”的纸团。';
    expect(texts(text)).toEqual([]);
  });

  it('skips a quoted sentence whose parts are long', () => {
    expect(texts('会议以“学先进转作风强执行，全面推动下半年任务目标落实”为主题，坚持“6个破除，6个着力，6个坚持”。')).toEqual(['6个破除，6个着力，6个坚持/quoted/q×1']);
  });

  it('does not take idioms, counts or reduplications for formulas', () => {
    expect(texts('举一反三改进工作，一心一意谋发展，这是一次十分重要的会议，一项一项抓落实，五花八门。')).toEqual([]);
  });

  it('gives each appearance a span into the text, longest formulation first', () => {
    const text = '落实“放管服”改革，深化“放管服”。';
    const found = findFormulations(text);
    expect(found.occurrences.map((o) => [o.text, o.span])).toEqual([['放管服', [3, 6]], ['放管服', [13, 16]]]);
    for (const o of found.occurrences) expect(text.slice(o.span[0], o.span[1])).toBe(o.text);
  });

  it('finds the same appearances in a text with a few candidates and in one with hundreds', () => {
    // A handful is searched one candidate at a time, hundreds in one pass over the text: same result.
    const slogan = (i: number): string => `第${String.fromCharCode(0x7532 + (i % 10))}号${String.fromCharCode(0x4e59 + Math.floor(i / 10))}区`;
    const paragraph = (count: number): string => Array.from({ length: count }, (_, i) => `推进“${slogan(i)}”，落实“${slogan(i)}试点”，再抓${slogan(i)}试点。`).join('');
    for (const count of [3, 100]) {
      const text = paragraph(count);
      const found = findFormulations(text);
      expect(found.formulations).toHaveLength(2 * count);
      // Each slogan: quoted once alone; its longer form wins where both could match (quoted, then unquoted).
      expect(found.formulations.slice(0, 2).map((f) => [f.text, f.count])).toEqual([[slogan(0), 1], [`${slogan(0)}试点`, 2]]);
      expect(found.occurrences).toHaveLength(3 * count);
      for (const o of found.occurrences) expect(text.slice(o.span[0], o.span[1])).toBe(o.text);
    }
  });
});

describe('formulations in the document', () => {
  it('lists them per document and per clause', () => {
    const doc = extract('会议指出，要坚持“接诉即办”。\n会议强调，要增强“四个意识”，做好“接诉即办”工作。');
    expect(doc.formulations!.map((f) => [f.text, f.count])).toEqual([['接诉即办', 2], ['四个意识', 1]]);
    expect(doc.clauses.map((c) => c.formulations!.map((f) => f.text))).toEqual([['接诉即办'], ['四个意识', '接诉即办']]);
  });
});
