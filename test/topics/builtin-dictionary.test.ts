/**
 * The built-in dictionary is used as it ships, unparsed: it must be exactly
 * what the dictionary schema makes of it. It is generated from the hand
 * dictionary calibration/builtin-prior.json by scripts/calibrate-topics.mjs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinDictionary, createTopicEngine, dictionaryFileSchema, explainTopics, loadDictionaries } from '../../src/index.js';
import { ROOT } from '../support.js';

const PATH = join(ROOT, 'src', 'topics', 'builtin-dictionary.json');
const PRIOR = join(ROOT, 'calibration', 'builtin-prior.json');

type Term = string | { term: string; weight?: number; exclude?: string[]; exact?: boolean };
const context = (term: Term): string => JSON.stringify(typeof term === 'string' ? { term } : { term: term.term, exclude: term.exclude, exact: term.exact });
const engine = createTopicEngine([builtinDictionary()]);
const tagged = (text: string): string[] =>
  explainTopics(text, engine)
    .topics.filter((topic) => topic.tagged)
    .map((topic) => topic.id);

describe('built-in dictionary', () => {
  it('passes the dictionary schema unchanged', () => {
    const data: unknown = JSON.parse(readFileSync(PATH, 'utf8'));
    expect(dictionaryFileSchema.parse(data)).toEqual(data);
    expect(builtinDictionary()).toEqual(data);
  });

  it('passes the checks a user dictionary gets (ids, parents, terms)', () => {
    const result = loadDictionaries([{ path: 'builtin-dictionary.json', text: readFileSync(PATH, 'utf8') }], 'replace');
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('keeps the decision rule its calibration chose: a threshold that one light term does not reach, and a relative floor', () => {
    const dictionary = builtinDictionary();
    expect(dictionary.threshold).toBeGreaterThan(0);
    expect(dictionary.relativeFloor).toBeGreaterThan(0);
  });

  it('reads an item of a list and an addressee as passing mentions, the same words standing alone as what a clause is about', () => {
    expect(tagged('要在经贸、人工智能、数字经济等领域加强合作')).toEqual(['foreign']);
    expect(tagged('要加快发展人工智能，推动人工智能技术攻关')).toEqual(['science_tech']);
    expect(tagged('各级党委和政府要统筹各类资源，推动养老服务扩容提质')).not.toContain('party_building');
    expect(tagged('各级党委要履行全面从严治党主体责任')).toContain('party_building');
  });

  // Each row: a clause whose word names a topic in passing (what a task serves or what is at
  // stake, a shared past, a figure of speech), then the same word saying what a clause is about.
  it.each([
    ['economy', '各级人大要依法履职，更好助力经济社会发展', '要统筹推进经济社会发展'],
    ['economy', '安全生产事关经济社会发展大局', '要统筹推进经济社会发展'],
    ['epidemic', '新冠肺炎疫情发生以来，两国守望相助', '要抓好新冠肺炎疫情防控'],
    ['publicity', '中方愿同各方一道，为世界注入更多稳定性和正能量', '要弘扬正能量，唱响主旋律'],
  ])('reads %s in passing where it is no topic: %s, and tags it in %s', (topic, passing, substantive) => {
    expect(tagged(passing)).not.toContain(topic);
    expect(tagged(substantive)).toContain(topic);
  });

  // The segmenter keeps every term whole, so a term of one topic inside a longer term of another
  // (新质生产力 in 发展新质生产力, economy) never stands on word boundaries of its own: the longer
  // term is a term of both topics where its coded uses carry both, as is any term of one topic whose
  // coded uses carry a second (since 2.4.0: 枫桥经验 of stability is governance's too).
  it.each([
    ['science_tech', '要因地制宜发展新质生产力', '发展新质生产力'],
    ['economy', '要深入实施工业互联网创新发展战略', '工业互联网'],
    ['environment', '要保障国家能源安全', '能源安全'],
    ['stability', '要深入学习贯彻习近平法治思想', '习近平法治思想'],
    ['foreign', '要深化文明交流互鉴', '文明交流互鉴'],
    ['foreign', '推动中美经贸关系健康发展', '经贸关系'],
    ['governance', '坚持和发展新时代“枫桥经验”', '枫桥经验'],
    ['stability', '要规范行政执法', '行政执法'],
    ['transport', '有效降低全社会物流成本', '物流成本'],
    ['reform', '完善市场经济基础制度', '市场经济基础制度'],
    ['political_study', '坚决维护党中央权威和集中统一领导', '党中央权威'],
    ['education', '要统筹推进教育科技人才体制机制一体改革', '教育科技人才'],
    ['transport', '要加快建设西部陆海新通道', '西部陆海新通道'],
  ])('counts %s in %s through the longer term %s that another topic has too', (topic, text, term) => {
    const fired = explainTopics(text, engine).topics.find((candidate) => candidate.id === topic);
    const hit = fired?.terms.find((candidate) => candidate.rule === term);
    expect(hit?.spans).toEqual([[text.indexOf(term), text.indexOf(term) + term.length]]);
  });

  it('tags science and technology where new productive forces are to be developed', () => {
    expect(tagged('要因地制宜发展新质生产力')).toEqual(['science_tech', 'economy']);
  });

  // Words that name a weak topic's matter in reports of any year, found where the coded clauses
  // carried the topic and the dictionary had no word for it, or only another topic's (2.4.0): each
  // clause was tagged otherwise before.
  it.each([
    ['要认真做好今年建议提案办理工作', ['governance']],
    ['奋力开创新时代社会工作新局面', ['governance']],
    ['要着力加强事中事后监管', ['governance']],
    ['实行正确监督、有效监督、依法监督', ['stability']],
    ['不断完善中国特色社会主义法律体系', ['stability']],
    ['推动“三下乡”活动不断向深度和广度拓展', ['publicity']],
    ['深入实施文明乡风建设工程', ['publicity']],
    ['千方百计保障受灾群众基本生活', ['safety', 'welfare']],
    ['推动国有资本向重要行业和关键领域集中', ['reform']],
    ['巩固和完善农村基本经营制度', ['reform', 'agriculture']],
    ['继续发挥新型政策性金融工具作用', ['finance']],
    ['牢牢守住不发生系统性风险底线', ['finance']],
    ['加快建设新型电网', ['economy']],
    ['要丰富群众精神文化生活', ['publicity']],
    ['坚持和发展新时代“枫桥经验”', ['stability', 'governance']],
    ['要规范行政执法', ['governance', 'stability']],
    ['有效降低全社会物流成本', ['economy', 'transport']],
    ['完善市场经济基础制度', ['reform', 'economy']],
    ['坚决维护党中央权威和集中统一领导', ['party_building', 'political_study']],
    ['要统筹推进教育科技人才体制机制一体改革', ['reform', 'education']],
    ['要加快建设西部陆海新通道', ['transport', 'foreign']],
  ])('tags %s as %j', (text, topics) => {
    expect(tagged(text)).toEqual(topics);
  });

  it('holds the terms of the hand dictionary, with their exclude words, less those calibration dropped, and nothing else', () => {
    const prior = dictionaryFileSchema.parse(JSON.parse(readFileSync(PRIOR, 'utf8')));
    expect(builtinDictionary().topics.map((topic) => topic.id)).toEqual(prior.topics.map((topic) => topic.id));
    for (const topic of builtinDictionary().topics) {
      const hand = new Set((prior.topics.find((t) => t.id === topic.id)!.terms ?? []).map(context));
      expect((topic.terms ?? []).map(context).filter((term) => !hand.has(term))).toEqual([]);
    }
  });
});
