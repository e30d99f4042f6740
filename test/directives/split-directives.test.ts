/** Clause → single directives: split at 。；and before a new modal head, each with its modality. */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const directives = (input: string): [string | null, number, string][] =>
  extract(input).clauses.flatMap((clause) => clause.directives.map((d): [string | null, number, string] => [d.modality, d.strength, d.text]));

describe('directives', () => {
  it('splits at 。；and before 必须/坚持/确保/鼓励/倡导 heads, with modality and strength', () => {
    expect(
      directives('会议强调，要加强隐患排查，必须守住安全底线；坚持人民至上，确保安全度汛。鼓励企业参与应急救援，倡导绿色低碳生活方式。当前防汛形势严峻复杂。'),
    ).toEqual([
      ['要', 3, '要加强隐患排查'],
      ['必须', 4, '必须守住安全底线'],
      ['坚持', 2, '坚持人民至上'],
      ['确保', 2, '确保安全度汛'],
      ['鼓励', 1, '鼓励企业参与应急救援'],
      ['倡导', 1, '倡导绿色低碳生活方式'],
      // No modal word: the 强调 of the clause is its force.
      [null, 3, '当前防汛形势严峻复杂'],
    ]);
  });

  it('gives a directive with no modal word the force of a 要求 or 强调 clause, and none under 指出', () => {
    expect(directives('会议要求，各区县做好防汛准备，加强值班值守。')).toEqual([[null, 3, '各区县做好防汛准备，加强值班值守']]);
    expect(directives('会议指出，各区县做好了防汛准备。')).toEqual([[null, 0, '各区县做好了防汛准备']]);
  });

  it('reads the head after a short subject (各街道要, 各部门必须)', () => {
    expect(directives('会议指出，各街道要落实属地责任，各部门必须密切配合。')).toEqual([
      ['要', 3, '各街道要落实属地责任'],
      ['必须', 4, '各部门必须密切配合'],
    ]);
  });

  it('keeps a sentence with no new head whole', () => {
    expect(directives('会议指出，要深入推进垃圾分类，提高垃圾分类水平。')).toEqual([['要', 3, '要深入推进垃圾分类，提高垃圾分类水平']]);
  });

  it('reads 不得 as 必须 and 要求 as no head', () => {
    expect(directives('会议强调，要严禁违规审批，不得层层加码。')).toEqual([
      ['要', 3, '要严禁违规审批'],
      ['必须', 4, '不得层层加码'],
    ]);
    expect(directives('会议指出，上级要求已经明确。')).toEqual([[null, 0, '上级要求已经明确']]);
  });

  it('reads the head after a numbering (一是要……)', () => {
    expect(directives('会议强调：一是要压实责任；二是必须加强排查。')).toEqual([
      ['要', 3, '一是要压实责任'],
      ['必须', 4, '二是必须加强排查'],
    ]);
  });

  it('gives every directive a span inside its clause that points at its text', () => {
    const doc = extract('会议强调，要加强隐患排查，必须守住安全底线；坚持人民至上。');
    const [clause] = doc.clauses;
    expect(clause!.directives.map((d) => d.span)).toEqual([
      [5, 12],
      [13, 21],
      [22, 28],
    ]);
    for (const d of clause!.directives) {
      expect(doc.plainText.slice(d.span[0], d.span[1])).toBe(d.text);
      expect(d.span[0]).toBeGreaterThanOrEqual(clause!.span[0]);
      expect(d.span[1]).toBeLessThanOrEqual(clause!.span[1]);
    }
  });
});
