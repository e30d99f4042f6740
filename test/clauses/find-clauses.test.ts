/**
 * Clauses: one per cue expression, `[会上，][speaker][lead phrase][adverbs][cue verb][，：:]`,
 * as ../shared/gold/GUIDELINES.md applies it. Each case is a one- or two-sentence
 * report through the public `extract`, checked as the whole list of clauses.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { clauses, said } from './said.js';

describe('cue forms', () => {
  it('会议指出，', () => {
    expect(clauses('会议指出，当前防汛形势严峻复杂。')).toEqual([said('会议', '指出', '当前防汛形势严峻复杂。')]);
  });

  it('会议一致认为 (adverb 一致, cue 认为)', () => {
    expect(clauses('会议一致认为，过去一年全区经济运行稳中向好。')).toEqual([said('会议', '认为', '过去一年全区经济运行稳中向好。')]);
  });

  it('会上还指出 with no person named → 会议', () => {
    expect(clauses('会上还指出，要加强值班值守，严格执行24小时值班制度。')).toEqual([said('会议', '指出', '要加强值班值守，严格执行24小时值班制度。')]);
  });

  it('会上，<person>强调 → the person', () => {
    expect(clauses('会上，张明华强调，要压实防汛责任。')).toEqual([said('张明华', '强调', '要压实防汛责任。')]);
  });

  it('a named meeting speaks as 会议 (中央经济工作会议强调, ……召开的……工作会议强调)', () => {
    expect(clauses('中央经济工作会议强调，要坚持稳中求进工作总基调。')).toEqual([said('会议', '强调', '要坚持稳中求进工作总基调。')]);
    expect(clauses('3月6日召开的全县安全生产工作会议强调，要坚决遏制重特大事故发生。')).toEqual([said('会议', '强调', '要坚决遏制重特大事故发生。')]);
  });

  it('会议要求/号召/希望 take their object directly', () => {
    expect(clauses('会议要求各地区各部门切实扛起防汛救灾政治责任。')).toEqual([said('会议', '要求', '各地区各部门切实扛起防汛救灾政治责任。')]);
    expect(clauses('会议号召全区广大党员干部群众团结一心、奋发有为。')).toEqual([said('会议', '号召', '全区广大党员干部群众团结一心、奋发有为。')]);
    expect(clauses('会议希望全区广大干部群众再接再厉。')).toEqual([said('会议', '希望', '全区广大干部群众再接再厉。')]);
  });

  it('a titled person is named without titles (区委书记、区长张明华 → 张明华)', () => {
    expect(clauses('区委书记、区长张明华强调，各街道、各部门要把防汛工作摆在突出位置。')).toEqual([
      said('张明华', '强调', '各街道、各部门要把防汛工作摆在突出位置。'),
    ]);
    expect(clauses('中共中央总书记、国家主席、中央军委主席习近平在主持会议时强调，要坚持两个毫不动摇。')).toEqual([
      said('习近平', '强调', '要坚持两个毫不动摇。'),
    ]);
  });

  it('keeps the lead phrase out of the speaker (在主持会议时, 在讲话中)', () => {
    expect(clauses('张明华在主持会议时强调，要压紧压实防汛责任。')).toEqual([said('张明华', '强调', '要压紧压实防汛责任。')]);
    expect(clauses('张明华在讲话中指出，要压紧压实防汛责任。')).toEqual([said('张明华', '指出', '要压紧压实防汛责任。')]);
  });

  it('keeps adverbs out of the speaker (还, 同时, 进一步)', () => {
    expect(clauses('会议还强调，要做好值班值守。')).toEqual([said('会议', '强调', '要做好值班值守。')]);
    expect(clauses('张明华同时要求，要做好物资储备。')).toEqual([said('张明华', '要求', '要做好物资储备。')]);
    expect(clauses('会议进一步明确，各街道要落实属地责任。')).toEqual([said('会议', '明确', '各街道要落实属地责任。')]);
  });

  it('keeps the cue phrase as written, with its span', () => {
    const doc = extract('区委书记、区长张明华在讲话中还强调，要压紧压实防汛责任。');
    const [clause] = doc.clauses;
    expect(clause!.cuePhrase).toBe('区委书记、区长张明华在讲话中还强调');
    expect(clause!.cueSpan).toEqual([0, 17]);
    expect(clause!.span).toEqual([18, 28]);
    expect(clause!.speakerKind).toBe('person');
  });

  it('resolves 他 to the person named before, in the same paragraph and across a paragraph', () => {
    expect(clauses('区委书记张明华主持会议并讲话。他指出，要压紧压实防汛责任。')).toEqual([said('张明华', '指出', '要压紧压实防汛责任。')]);
    expect(clauses('区委书记张明华主持会议并讲话。\n他还要求，各街道要在强降雨来临前果断转移危险区域群众。')).toEqual([
      said('张明华', '要求', '各街道要在强降雨来临前果断转移危险区域群众。'),
    ]);
  });

  it('a pronoun statement after a meeting statement starts a clause of its own', () => {
    expect(clauses('区委书记张明华主持会议。会议指出，要压实责任。\n他强调，要加强排查。')).toEqual([
      said('会议', '指出', '要压实责任。'),
      said('张明华', '强调', '要加强排查。'),
    ]);
  });

  it('an unnamed official keeps the words that name them (有关负责人)', () => {
    const doc = extract('市发展改革委有关负责人指出，要持续优化营商环境。');
    expect(doc.clauses.map(({ speaker, speakerKind, cue, text }) => ({ speaker, speakerKind, cue, text }))).toEqual([
      { speaker: '市发展改革委有关负责人', speakerKind: 'official', cue: '指出', text: '要持续优化营商环境。' },
    ]);
  });

  it('a text speaks as itself (文章指出, 社论号召, 《工作方案》提出)', () => {
    expect(clauses('文章指出，实干是最好的担当。')).toEqual([said('文章', '指出', '实干是最好的担当。')]);
    expect(clauses('社论号召，全党全国各族人民要更加紧密地团结起来。')).toEqual([said('社论', '号召', '全党全国各族人民要更加紧密地团结起来。')]);
    expect(clauses('《工作方案》提出，到2025年全面建成营商环境示范区。')).toEqual([said('《工作方案》', '提出', '到2025年全面建成营商环境示范区。')]);
    expect(extract('《工作方案》提出，到2025年全面建成营商环境示范区。').clauses[0]!.speakerKind).toBe('text');
  });

  it('a compound takes its first verb (强调指出 → 强调, 指出并强调 → 指出), phrase kept', () => {
    const doc = extract('刘建军强调指出，要坚决守住安全底线。');
    expect(doc.clauses.map(({ speaker, cue, cuePhrase, text }) => ({ speaker, cue, cuePhrase, text }))).toEqual([
      { speaker: '刘建军', cue: '强调', cuePhrase: '刘建军强调指出', text: '要坚决守住安全底线。' },
    ]);
    expect(clauses('陈志远在会上指出并强调，要坚决守住安全底线。')).toEqual([said('陈志远', '指出', '要坚决守住安全底线。')]);
  });

  it('a cue in the lead sentence speaks for 会议 and ends at the next ；', () => {
    expect(clauses('7月1日，省长李明主持召开省政府常务会议，听取全省防汛工作汇报，要求各地区各部门压实防汛责任；审议通过《防汛条例（草案）》。')).toEqual([
      said('会议', '要求', '各地区各部门压实防汛责任；'),
    ]);
  });

  it('a sentence opening with the cue carries the announced meeting on (……汇报。强调，……)', () => {
    expect(clauses('6月12日下午，区委书记、区长张明华主持召开全区防汛工作专题会议，听取区水务局关于汛前准备工作情况的汇报。强调，要加强隐患排查。')).toEqual([
      said('会议', '强调', '要加强隐患排查。'),
    ]);
    expect(clauses('7月1日，区防汛指挥部召开防汛工作会议，听取区水务局的汇报。要求全区上下加强隐患排查。')).toEqual([
      said('会议', '要求', '全区上下加强隐患排查。'),
    ]);
  });

  it('a sentence opening with the cue carries 会议 on when the sentence before has 会议 as its subject', () => {
    expect(clauses('会议听取了区水务局关于防汛准备工作的汇报。强调，要加强隐患排查。')).toEqual([said('会议', '强调', '要加强隐患排查。')]);
    expect(clauses('会议听取了区水务局的汇报。要求全区上下加强隐患排查。')).toEqual([said('会议', '要求', '全区上下加强隐患排查。')]);
  });

  it('two cues in one paragraph make two clauses, each up to the next', () => {
    expect(clauses('会议指出，当前防汛形势严峻。会议强调，要压实责任。')).toEqual([
      said('会议', '指出', '当前防汛形势严峻。'),
      said('会议', '强调', '要压实责任。'),
    ]);
  });
});

describe('not cues', () => {
  const none = (input: string): void => {
    const doc = extract(input);
    expect(doc.clauses).toEqual([]);
    expect(doc.warnings.map((w) => w.code)).toEqual(['NO_CUES']);
  };

  it('会议精神 (a noun)', () => none('会议传达学习了全市防汛会议精神，研究了防汛工作。'));
  it('根据……要求', () => none('根据市委关于防汛工作的要求，全区开展隐患排查。'));
  it('按照会议要求，', () => none('按照会议要求，各街道迅速行动起来。'));
  it('会议强调的 (a reported use)', () => none('各街道要落实好会议强调的各项措施。'));
  it('提出了更高要求，', () => none('新形势对防汛工作提出了更高要求，各部门积极应对。'));
  it('强调要…… with nothing between verb and object', () => none('会议强调要坚定不移推进全面从严治党。'));
  it('指出要…… after a comma', () => none('市长作出批示，指出要全力搜救被困人员。'));
  it('《方案》要求进一步…… (a text takes no direct object)', () => none('《方案》要求进一步优化审批流程。'));
  it('研究部署…… in the lead sentence (procedure, not a directive)', () => none('7月1日，区长李明主持召开区政府常务会议，研究部署防汛工作。'));
  it('a sentence-initial 强调， with no meeting or speaker before it', () => none('全区上下要加强隐患排查。强调，要压实责任。'));

  it('会议强调的 inside a clause does not split it', () => {
    expect(clauses('会议指出，各街道要落实好会议强调的各项措施，确保安全度汛。')).toEqual([
      said('会议', '指出', '各街道要落实好会议强调的各项措施，确保安全度汛。'),
    ]);
  });
});

describe('where a clause ends', () => {
  it('keeps a trailing credit （记者 李文） out of the clause', () => {
    const doc = extract('会议指出，要加强防汛工作，确保安全度汛。（记者 李文）');
    expect(clauses('会议指出，要加强防汛工作，确保安全度汛。（记者 李文）')).toEqual([said('会议', '指出', '要加强防汛工作，确保安全度汛。')]);
    expect(doc.plainText.endsWith('（记者 李文）')).toBe(true);
  });

  it('stops at an attendance paragraph', () => {
    expect(clauses('会议强调，要压紧压实防汛责任，确保安全度汛。\n区领导王强、李丽等参加会议。')).toEqual([
      said('会议', '强调', '要压紧压实防汛责任，确保安全度汛。'),
    ]);
  });

  it('stops at a paragraph of other narrative (a dated news item, 央视网消息)', () => {
    expect(clauses('会议强调，要压紧压实防汛责任。\n近日，区水务局开展了防汛演练。')).toEqual([said('会议', '强调', '要压紧压实防汛责任。')]);
    expect(clauses('会议强调，要压紧压实防汛责任。\n央视网消息：全国多地迎来降雨。')).toEqual([said('会议', '强调', '要压紧压实防汛责任。')]);
  });

  it('keeps a following paragraph that carries the statement on, and stops at narrative', () => {
    expect(clauses('会议强调，要压紧压实防汛责任。\n要加强隐患排查，确保安全度汛。\n据统计，今年全区降雨量偏多。')).toEqual([
      said('会议', '强调', '要压紧压实防汛责任。\n要加强隐患排查，确保安全度汛。'),
    ]);
  });

  it('keeps numbered items (一是……二是……) inside the clause', () => {
    expect(clauses('会议强调，要做好三方面工作：一是压实责任；二是加强排查。\n区领导王强参加会议。')).toEqual([
      said('会议', '强调', '要做好三方面工作：一是压实责任；二是加强排查。'),
    ]);
  });

  it('keeps numbered paragraphs announced by ： inside the clause, up to a procedure paragraph', () => {
    expect(clauses('区政府召开常务会议。\n会议强调，要扎实推进城市更新工作：\n1.坚持规划引领。\n2.坚持民生优先。\n会议还审议通过了其他事项。')).toEqual([
      said('会议', '强调', '要扎实推进城市更新工作：\n1.坚持规划引领。\n2.坚持民生优先。'),
    ]);
  });
});
