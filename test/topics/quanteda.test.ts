/**
 * quanteda-style dictionaries load as they are: fixtures/dictionaries/cap-style.yaml
 * (three levels of categories, globs) tags the seed report exactly as below. Such
 * a file sets no threshold, so a single counted match tags its category.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTopicEngine, extract, loadDictionaries } from '../../src/index.js';
import { FIXTURES, readFixture } from '../support.js';

const path = join(FIXTURES, 'dictionaries', 'cap-style.yaml');

function capStyleEngine() {
  const result = loadDictionaries([{ path, text: readFileSync(path, 'utf8') }], 'replace');
  if (!result.ok) throw new Error(result.problems.map((problem) => problem.message).join('\n'));
  return createTopicEngine(result.files);
}

describe('cap-style.yaml, a quanteda-style dictionary', () => {
  const engine = capStyleEngine();

  it('makes a topic of every category: ids from the key path, the key as label, categories with subcategories as parents', () => {
    const topicRows = [...engine.dictionary.topics.values()].map((topic) => [topic.id, topic.label, topic.parent, topic.terms]);
    expect(topicRows).toEqual([
      ['macroeconomics', 'Macroeconomics', null, 0],
      ['macroeconomics.经济运行', '经济运行', 'macroeconomics', 3],
      ['macroeconomics.扩大内需', '扩大内需', 'macroeconomics', 4],
      ['health', 'Health', null, 0],
      ['health.公共卫生', '公共卫生', 'health', 0],
      ['health.公共卫生.疫情防控', '疫情防控', 'health.公共卫生', 4],
      ['health.公共卫生.爱国卫生', '爱国卫生', 'health.公共卫生', 3],
      ['health.医疗服务', '医疗服务', 'health', 4],
      ['environment', 'Environment', null, 0],
      ['environment.垃圾治理', '垃圾治理', 'environment', 0],
      ['environment.垃圾治理.垃圾分类', '垃圾分类', 'environment.垃圾治理', 6],
      ['environment.垃圾治理.源头减量', '源头减量', 'environment.垃圾治理', 4],
      ['environment.生态环境', '生态环境', 'environment', 2],
      ['science_technology', 'Science & Technology', null, 5],
      ['government_operations', 'Government Operations', null, 0],
      ['government_operations.接诉即办', '接诉即办', 'government_operations', 4],
    ]);
  });

  it('tags the seed report with the categories on every counted match, as quanteda counts them, globs matching whole words (餐饮* → 餐饮业, 承诺* → 承诺书)', () => {
    const doc = extract(readFixture('seed'), { path: 'seed/input.txt', topics: engine });
    const tags = doc.clauses.map((clause) => clause.topics.map(({ id, evidence }) => ({ id, evidence: evidence.map(({ term, spans }) => [term, spans]) })));
    expect(tags).toEqual([
      [
        {
          id: 'health.公共卫生.疫情防控',
          evidence: [
            [
              '防控',
              [
                [195, 197],
                [271, 273],
                [283, 285],
              ],
            ],
            [
              '疫情',
              [
                [213, 215],
                [231, 233],
              ],
            ],
            ['外防输入', [[250, 254]]],
          ],
        },
        { id: 'macroeconomics.经济运行', evidence: [['经济社会发展', [[292, 298]]]] },
      ],
      [
        {
          id: 'macroeconomics.扩大内需',
          evidence: [
            [
              '复工复产',
              [
                [416, 420],
                [440, 444],
              ],
            ],
            ['拉动内需', [[484, 488]]],
            ['促进消费', [[489, 493]]],
            ['餐饮业', [[498, 501]]],
          ],
        },
        {
          id: 'health.医疗服务',
          evidence: [
            ['医疗机构', [[349, 353]]],
            ['诊疗', [[353, 355]]],
            ['院感防控', [[372, 376]]],
            ['医务人员', [[404, 408]]],
          ],
        },
        {
          id: 'health.公共卫生.疫情防控',
          evidence: [
            [
              '防控',
              [
                [313, 315],
                [420, 422],
              ],
            ],
            ['疫情', [[429, 431]]],
            ['防疫', [[476, 478]]],
          ],
        },
        {
          id: 'health.公共卫生.爱国卫生',
          evidence: [
            [
              '消杀',
              [
                [318, 320],
                [469, 471],
              ],
            ],
            ['健康生活方式', [[339, 345]]],
          ],
        },
      ],
      [{ id: 'health.公共卫生.疫情防控', evidence: [['防疫', [[574, 576]]]] }],
      [
        {
          id: 'health.公共卫生.爱国卫生',
          evidence: [
            ['爱国卫生运动', [[728, 734]]],
            ['消杀', [[759, 761]]],
          ],
        },
        {
          id: 'health.公共卫生.疫情防控',
          evidence: [
            ['疫情', [[741, 743]]],
            ['防控', [[743, 745]]],
          ],
        },
        { id: 'environment.垃圾治理.垃圾分类', evidence: [['垃圾分类', [[762, 766]]]] },
        { id: 'environment.生态环境', evidence: [['环境整治', [[752, 756]]]] },
      ],
      [
        {
          id: 'environment.垃圾治理.垃圾分类',
          evidence: [
            [
              '垃圾分类',
              [
                [833, 837],
                [917, 921],
                [958, 962],
                [1059, 1063],
                [1098, 1102],
              ],
            ],
            ['承诺书', [[962, 965]]],
            ['两桶一袋', [[969, 973]]],
            ['设桶', [[998, 1000]]],
            ['看桶', [[1005, 1007]]],
            ['运桶', [[1012, 1014]]],
          ],
        },
        {
          id: 'environment.垃圾治理.源头减量',
          evidence: [
            ['源头减量', [[1129, 1133]]],
            ['限塑令', [[1140, 1143]]],
            ['减量化', [[1163, 1166]]],
            ['光盘行动', [[1180, 1184]]],
          ],
        },
        {
          id: 'health.公共卫生.疫情防控',
          evidence: [
            ['疫情', [[906, 908]]],
            ['防控', [[908, 910]]],
          ],
        },
        { id: 'environment.生态环境', evidence: [['生活环境', [[843, 847]]]] },
        { id: 'health.公共卫生.爱国卫生', evidence: [['爱国卫生运动', [[1036, 1042]]]] },
      ],
      [
        {
          id: 'government_operations.接诉即办',
          evidence: [
            [
              '接诉即办',
              [
                [1249, 1253],
                [1313, 1317],
              ],
            ],
            ['解决率', [[1264, 1267]]],
            ['首接责任制', [[1271, 1276]]],
            ['群众诉求', [[1278, 1282]]],
          ],
        },
      ],
      [
        {
          id: 'science_technology',
          evidence: [
            [
              '中关村',
              [
                [1487, 1490],
                [1541, 1544],
              ],
            ],
            [
              '科学城',
              [
                [1490, 1493],
                [1544, 1547],
              ],
            ],
            ['科技创新', [[1496, 1500]]],
            ['原始创新', [[1504, 1508]]],
            ['自主创新', [[1512, 1516]]],
          ],
        },
        {
          id: 'macroeconomics.经济运行',
          evidence: [
            [
              '经济社会发展',
              [
                [1441, 1447],
                [1629, 1635],
              ],
            ],
            ['高质量发展', [[1533, 1538]]],
            ['目标任务', [[1637, 1641]]],
          ],
        },
        {
          id: 'health.公共卫生.疫情防控',
          evidence: [
            ['疫情', [[1436, 1438]]],
            ['防控', [[1438, 1440]]],
          ],
        },
      ],
    ]);
    for (const clause of doc.clauses) {
      for (const topic of clause.topics)
        for (const { term, spans } of topic.evidence) for (const [start, end] of spans) expect(doc.plainText.slice(start, end)).toBe(term);
    }
  });
});
