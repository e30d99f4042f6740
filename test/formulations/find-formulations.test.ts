/** 提法: quoted slogans that are no titles or citations, numbered formulas quoted or not, every appearance counted. */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { documentFormulations, findFormulations, type FormulationOptions } from '../../src/formulations/find-formulations.js';

const formulations = (text: string, options?: FormulationOptions) => documentFormulations(text, findFormulations(text, options).occurrences);
const texts = (text: string, options?: FormulationOptions): string[] =>
  formulations(text, options).map((f) => `${f.text}/${f.kind}${f.quoted ? '/q' : ''}×${f.count}`);

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
    expect(texts('会议以“学先进转作风强执行，全面推动下半年任务目标落实”为主题，坚持“6个破除，6个着力，6个坚持”。')).toEqual([
      '6个破除，6个着力，6个坚持/quoted/q×1',
    ]);
  });

  it('does not take idioms, counts or reduplications for formulas', () => {
    expect(texts('举一反三改进工作，一心一意谋发展，这是一次十分重要的会议，一项一项抓落实，五花八门，一步一个脚印向前走，“十年磨一剑”。')).toEqual([]);
  });

  it('takes no name of a thing for a 提法: a holiday, an honour, a themed year, a ship, a weapon, a unit, a pipeline, a programme, an event', () => {
    const text =
      '“五一”假期，“九·一八”纪念日，授予“友谊勋章”和“时代楷模”称号，“中俄文化年”开幕，“雪龙2”号起航，“爱国者”防空系统，“卡桑旅”武装人员，“北溪”天然气管道，“北溪”管道遭破坏，“北溪”事件，“欢乐春节”活动，“读懂中国”国际会议，“77国集团和中国”。';
    expect(texts(text)).toEqual([]);
    // Named once as a thing, a quote is that thing also where no word follows it.
    expect(texts('分析人士指出，“北溪”管道被炸，美国是受益者。奥地利学者指出，炸毁“北溪”是恐怖袭击行为。')).toEqual([]);
    // Three numerals are a plan, not a holiday.
    expect(texts('编制“十五五”规划。')).toEqual(['十五五/numbered/q×1']);
  });

  it('takes no plain word for a 提法, and reads 一 with a measure word as no numbered formula', () => {
    const plainWord = (text: string): boolean => ['一把手', '停摆', '蛋糕', '一站式'].includes(text);
    expect(texts('落实“一把手”责任，政府“停摆”，把“蛋糕”做大，推行“一站式”服务，坚持“接诉即办”。', { plainWord })).toEqual(['接诉即办/quoted/q×1']);
    // Without the lexicon, 一把手 is at most a quoted term, never a numbered formula.
    expect(texts('落实“一把手”责任。')).toEqual(['一把手/quoted/q×1']);
  });

  it('gives each appearance a span into the text, longest formulation first', () => {
    const text = '落实“放管服”改革，深化“放管服”。';
    const found = findFormulations(text);
    expect(found.occurrences.map((o) => [o.text, o.span])).toEqual([
      ['放管服', [3, 6]],
      ['放管服', [13, 16]],
    ]);
    for (const o of found.occurrences) expect(text.slice(o.span[0], o.span[1])).toBe(o.text);
  });

  it('finds the same appearances in a text with a few candidates and in one with hundreds', () => {
    // A handful is searched one candidate at a time, hundreds in one pass over the text: same result.
    const slogan = (i: number): string => `第${String.fromCharCode(0x7532 + (i % 10))}号${String.fromCharCode(0x4e59 + Math.floor(i / 10))}区`;
    const paragraph = (count: number): string =>
      Array.from({ length: count }, (_, i) => `推进“${slogan(i)}”，落实“${slogan(i)}试点”，再抓${slogan(i)}试点。`).join('');
    for (const count of [3, 100]) {
      const text = paragraph(count);
      const found = findFormulations(text);
      const listed = documentFormulations(text, found.occurrences);
      expect(listed).toHaveLength(2 * count);
      // Each slogan: quoted once alone; its longer form wins where both could match (quoted, then unquoted).
      expect(listed.slice(0, 2).map((f) => [f.text, f.count])).toEqual([
        [slogan(0), 1],
        [`${slogan(0)}试点`, 2],
      ]);
      expect(found.occurrences).toHaveLength(3 * count);
      for (const o of found.occurrences) expect(text.slice(o.span[0], o.span[1])).toBe(o.text);
    }
  });
});

describe('formulations in the document', () => {
  it('lists them per document and per clause, each once in a clause', () => {
    const doc = extract('会议指出，要坚持“接诉即办”。\n会议强调，要增强“四个意识”，做好“接诉即办”工作，坚持“接诉即办”。');
    expect(doc.formulations!.map((f) => [f.text, f.count])).toEqual([
      ['接诉即办', 3],
      ['四个意识', 1],
    ]);
    expect(doc.clauses.map((c) => c.formulations!.map((f) => f.text))).toEqual([['接诉即办'], ['四个意识', '接诉即办']]);
  });

  it('counts them where policy speaks: in a clause, or anywhere in a report about a meeting', () => {
    const news = extract(
      '国际联播快讯\n以军称使用“梅卡瓦”坦克推进。“卡桑旅”称袭击以军。联合国秘书长表示，要推动“一个中国”共识。\n外交部发言人指出，中方坚持“一个中国”原则。',
      { path: 'a.md' },
    );
    expect(news.meeting).toBeNull();
    expect(news.formulations!.map((f) => [f.text, f.count])).toEqual([['一个中国', 1]]);
    const meeting = extract('区政府召开常务会议\n7月16日，区政府召开常务会议，研究“接诉即办”工作。\n会议指出，要坚持“七有”要求。', { path: 'a.txt' });
    expect(meeting.meeting).not.toBeNull();
    expect(meeting.formulations!.map((f) => f.text)).toEqual(['接诉即办', '七有']);
  });

  it("drops plain words of the segmenter's lexicon and keeps coined terms", () => {
    const doc = extract('会议指出，要压实“一把手”责任，防止工作“停摆”，把“蛋糕”做大，坚持“接诉即办”，落实“放管服”改革。');
    expect(doc.formulations!.map((f) => f.text)).toEqual(['接诉即办', '放管服']);
  });
});
