/** Quantitative targets and deadlines of directives, as structured values. */
import { describe, expect, it } from 'vitest';
import { findTargets } from '../../src/directives/targets.js';
import { extract } from '../../src/index.js';

const targets = (text: string) => findTargets(text, [0, text.length]).map(({ span: _span, ...target }) => target);

describe('findTargets', () => {
  it('reads quantities with their verb, number and unit', () => {
    expect(targets('覆盖率达到60%，提高10个百分点，安排1400多亿元，规模约630亿元，产量稳定在1.3万亿斤以上，再压减1/3')).toEqual([
      { kind: 'target', text: '达到60%', value: 60, unit: '%' },
      { kind: 'target', text: '提高10个百分点', value: 10, unit: '个百分点' },
      { kind: 'target', text: '1400多亿元', value: 1400, unit: '亿元' },
      { kind: 'target', text: '约630亿元', value: 630, unit: '亿元' },
      { kind: 'target', text: '稳定在1.3万亿斤以上', value: 1.3, unit: '万亿斤' },
      { kind: 'target', text: '压减1/3', value: 1 / 3 },
    ]);
  });

  it('reads deadlines, with the year when it is written', () => {
    expect(targets('年内完成，到2025年实现，2027年底前建成，今年年底前上线，6月底前完工，三年内见效，到本世纪中叶建成')).toEqual([
      { kind: 'deadline', text: '年内' },
      { kind: 'deadline', text: '到2025年', year: 2025 },
      { kind: 'deadline', text: '2027年底前', year: 2027 },
      { kind: 'deadline', text: '今年年底前' },
      { kind: 'deadline', text: '6月底前' },
      { kind: 'deadline', text: '三年内' },
      { kind: 'deadline', text: '到本世纪中叶' },
    ]);
  });

  it('takes no years, dates, ordinals or bare numbers for quantities', () => {
    expect(targets('2023年7月16日召开第102次会议，较2023年，5G网络')).toEqual([]);
  });

  it('reads full-width digits and keeps the text as written', () => {
    const text = '能耗下降１９．１％';
    expect(findTargets(text, [0, text.length])).toEqual([{ kind: 'target', text: '下降１９．１％', span: [2, 9], value: 19.1, unit: '%' }]);
  });
});

describe('targets on directives', () => {
  it('attaches each target to the directive it is in', () => {
    const doc = extract('会议要求，要在6月底前完成除险加固任务，监测预警覆盖率达到95%。要加强宣传引导。');
    expect(doc.clauses[0]!.directives.map((d) => (d.targets ?? []).map((t) => t.text))).toEqual([['6月底前', '达到95%'], []]);
  });
});
