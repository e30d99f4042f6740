/** The seed report, the one every user tries first (`npm start`). */
import { describe, expect, it } from 'vitest';
import { extract, MODALITIES } from '../src/index.js';
import { readFixture } from './support.js';

describe('seed report', () => {
  const doc = extract(readFixture('seed'), { path: 'seed/input.txt' });

  it('has the headline line as title', () => {
    expect(doc.title).toBe('区新冠肺炎疫情防控工作领导小组召开第102次会议');
  });

  it('reads the HTML fragment in a .txt file as UTF-8 HTML', () => {
    expect(doc.source).toMatchObject({ path: 'seed/input.txt', bytes: 6058, encoding: 'utf-8', format: 'html' });
    expect(doc.warnings).toEqual([]);
  });

  it('gives exactly 7 clauses, all spoken by 会议, with the cues in reading order', () => {
    expect(doc.clauses.map((c) => c.cue)).toEqual(['指出', '强调', '指出', '强调', '指出', '强调', '要求']);
    expect(doc.clauses.map((c) => c.speaker)).toEqual(Array(7).fill('会议'));
    expect(doc.clauses.map((c) => c.speakerKind)).toEqual(Array(7).fill('meeting'));
    expect(doc.clauses.map((c) => c.cuePhrase)).toEqual(['会议指出', '会议强调', '会议指出', '会议强调', '会议指出', '会议强调', '会议要求']);
    expect(doc.clauses.map((c) => c.index)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('does not make a clause of the agenda paragraph (会议精神, 根据……要求, 安排部署)', () => {
    expect(doc.clauses[0]!.text.startsWith('当前防控形势进一步趋稳向好，')).toBe(true);
    expect(doc.clauses[0]!.paragraph).toBe(1);
  });

  it('ends the last clause before the reporter credit', () => {
    const last = doc.clauses[6]!;
    expect(last.text.startsWith('海淀要全力统筹推进疫情防控和经济社会发展工作，')).toBe(true);
    expect(last.text.endsWith('全年经济社会发展各项目标任务。')).toBe(true);
    expect(last.text).not.toContain('记者');
    expect(last.text).not.toContain('唐炜');
    expect(doc.plainText.endsWith('（记者 唐炜）')).toBe(true);
  });

  it('tags clause 0 with epidemic, with evidence pointing at the terms', () => {
    const clause = doc.clauses[0]!;
    expect(clause.topics.map((t) => t.id)).toContain('epidemic');
    const epidemic = clause.topics.find((t) => t.id === 'epidemic')!;
    expect(epidemic.label).toBe('疫情防控');
    expect(epidemic.evidence.length).toBeGreaterThan(0);
    for (const evidence of epidemic.evidence) {
      expect(evidence.spans).toHaveLength(evidence.count);
      for (const [start, end] of evidence.spans) {
        expect(doc.plainText.slice(start, end)).toBe(evidence.term);
        expect(start).toBeGreaterThanOrEqual(clause.span[0]);
        expect(end).toBeLessThanOrEqual(clause.span[1]);
      }
    }
  });

  it('gives every directive a modality from the allowed set (or null) and a matching strength', () => {
    const strength: Record<string, number> = { 必须: 4, 要: 3, 坚持: 2, 确保: 2, 力争: 1, 鼓励: 1, 倡导: 1 };
    const allowed: (string | null)[] = [...MODALITIES, null];
    const all = doc.clauses.flatMap((c) => c.directives);
    expect(all.length).toBeGreaterThan(20);
    for (const directive of all) {
      expect(allowed).toContain(directive.modality);
      expect(directive.strength).toBe(directive.modality ? strength[directive.modality] : 0);
    }
    expect(doc.clauses[0]!.directives.map((d) => [d.modality, d.text])).toEqual([
      [null, '当前防控形势进一步趋稳向好'],
      ['要', '但要看到境外疫情大流行还在加速，我们自身仍面临着疫情反弹的风险'],
      ['要', '要时刻保持警惕'],
      ['坚持', '坚持“外防输入、内防反弹”，毫不放松抓实抓细各项防控措施，巩固来之不易的防控成果，统筹推进经济社会发展'],
    ]);
  });
});
