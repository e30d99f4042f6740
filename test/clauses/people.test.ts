/**
 * Who a pronoun or a bare title names: a person named earlier with a title, in
 * the same news item, never a piece of another word (issue 15: 江大 of 长江大保护,
 * 和群众 after 代表, 曾指出 after 总书记).
 */
import { describe, expect, it } from 'vitest';
import { nameAt, titledMentions } from '../../src/clauses/people.js';
import { extract } from '../../src/index.js';
import { defaultTopicEngine } from '../../src/topics/topic-engine.js';

const engine = defaultTopicEngine();
const tag = (text: string): readonly { word: string; tag: string }[] => engine.segmenter.tag(text);
const mentioned = (text: string): string[] => titledMentions(text, tag).map(({ title, name }) => `${title}:${name}`);
const spoken = (text: string): { speaker: string; pronoun?: unknown }[] =>
  extract(text).clauses.map(({ speaker, pronoun }) => (pronoun ? { speaker, pronoun } : { speaker }));

describe('names after and before titles', () => {
  it('reads the name a title introduces, as long as the text says it (张国清于19日, 刘国中8日, 蔡奇陪同)', () => {
    expect(mentioned('国务院副总理张国清于19日率工作组赶赴灾区。')).toEqual(['国务院副总理:张国清']);
    expect(mentioned('国务院副总理刘国中8日夜赶赴宜宾。')).toEqual(['国务院副总理:刘国中']);
    expect(mentioned('中央办公厅主任蔡奇陪同考察。')).toEqual(['主任:蔡奇']);
    expect(mentioned('市委书记赵立群立即作出批示。')).toEqual(['书记:赵立群']);
  });

  it('reads a run of transliteration as one foreign name even when it starts with a surname (罗斯巴赫, not 罗斯)', () => {
    expect(mentioned('联合国人居署执行主任罗斯巴赫独家专访')).toEqual([]);
    expect(mentioned('对联合国人居署执行主任罗斯巴赫的独家专访。')).toEqual(['主任:罗斯巴赫']);
  });

  it('reads foreign names as runs of transliteration, joined by · or - (马杜罗, 欧尔班, 巴沙尔·阿萨德)', () => {
    expect(mentioned('委内瑞拉总统马杜罗表示，反对干涉。')).toEqual(['总统:马杜罗']);
    expect(mentioned('匈牙利总理欧尔班7日表示，欧盟面临危险。')).toEqual(['总理:欧尔班']);
    expect(mentioned('叙利亚总统巴沙尔·阿萨德1日会见来访的外长。')).toEqual(['总统:巴沙尔·阿萨德']);
  });

  it('reads the name-first order and a chain of titles (习近平总书记, 中共中央总书记、国家主席习近平)', () => {
    expect(mentioned('，习近平总书记强调，要加强团结。')).toEqual(['总书记:习近平']);
    expect(mentioned('中共中央总书记、国家主席习近平出席。')).toEqual(['国家主席:习近平', '中共中央总书记:习近平']);
  });

  it('reads no fragment of another word as a name (江大, 和群众, 向世界, 曾来, 考察, 卓越, 伊朗)', () => {
    expect(mentioned('在宜昌，李强听取湖北省长江大保护情况汇报。')).toEqual([]);
    expect(mentioned('他同人大代表和群众亲切交流。')).toEqual([]);
    expect(mentioned('习近平总书记曾来到峒山村。')).toEqual(['总书记:习近平']);
    expect(mentioned('习近平总书记考察的第一站来到这里。')).toEqual(['总书记:习近平']);
    expect(mentioned('在习近平主席卓越领导下，两国关系不断发展。')).toEqual(['主席:习近平']);
    expect(mentioned('伊朗总统称准备好全面合作。')).toEqual([]);
    expect(nameAt('向世界展示', 0, tag)).toBeNull();
  });
});

describe('pronouns', () => {
  it('resolves 他 to the person the sentence before opens with, and says so', () => {
    expect(spoken('中共中央总书记、国家主席习近平在福建考察。习近平在讲话中回顾了胡耀邦同志的光辉一生。他指出，要学习他的崇高风范。')).toEqual([
      { speaker: '习近平', pronoun: { written: '他', resolved: true } },
    ]);
  });

  it('resolves 他 to the titled person named last, not to a word that holds a title (湖北省长江大保护)', () => {
    expect(spoken('国务院总理李强在湖北调研。在宜昌，李强听取湖北省长江大保护情况汇报。他强调，要尊重科学规律。')).toEqual([
      { speaker: '李强', pronoun: { written: '他', resolved: true } },
    ]);
  });

  it('leaves 他 unresolved when no titled person is named in the same news item, and says so', () => {
    expect(spoken('一名老人在街头散步。他指出，要加强社区服务。')).toEqual([{ speaker: '他', pronoun: { written: '他', resolved: false } }]);
    expect(spoken('央视网消息：\n北岛国总理称将加强合作\n北岛国总理哈里斯曼7日表示，将加强合作。\n南海国举行选举\n她强调，要尊重选举结果。')).toEqual([
      { speaker: '她', pronoun: { written: '她', resolved: false } },
    ]);
  });

  it('keeps the pronoun field off clauses whose cue phrase names no pronoun', () => {
    const [clause] = extract('区委书记张明华主持会议。会议指出，要压实防汛责任。').clauses;
    expect(clause).not.toHaveProperty('pronoun');
  });
});
