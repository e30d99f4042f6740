import { describe, expect, it } from 'vitest';
import { DEFAULT_REWORD_THRESHOLD, diffDocuments, formatDiffText } from '../../src/corpus/diff-documents.js';
import { bigrams, diceSimilarity, matchKey } from '../../src/corpus/similarity.js';
import { makeDocument } from './make-document.js';

describe('diceSimilarity (character bigrams)', () => {
  it('is 1 for texts equal but for spaces and punctuation', () => {
    expect(diceSimilarity('要加强宣传引导。', '要加强 宣传引导')).toBe(1);
    expect(matchKey('“两个确立”，要坚持！')).toBe('两个确立要坚持');
  });

  it('counts shared adjacent character pairs: 2·shared / (pairs of A + pairs of B)', () => {
    // 6 pairs and 11 pairs, 5 shared (加强 强宣 宣传 传引 引导).
    expect(diceSimilarity('要加强宣传引导', '要进一步加强宣传引导工作')).toBeCloseTo(10 / 17, 10);
    expect(diceSimilarity('稳增长', '抓安全')).toBe(0);
  });

  it('counts a repeated pair as often as both texts have it', () => {
    expect([...bigrams('哈哈哈')]).toEqual([['哈哈', 2]]);
    expect(diceSimilarity('哈哈哈', '哈哈')).toBeCloseTo((2 * 1) / 3, 10);
  });

  it('compares one-character texts by the character', () => {
    expect(diceSimilarity('要', '要')).toBe(1);
    expect(diceSimilarity('要', '必')).toBe(0);
  });
});

const ECONOMY: [string, string] = ['economy', '经济发展与市场'];
const SAFETY: [string, string] = ['safety', '安全生产与应急管理'];
const EPIDEMIC: [string, string] = ['epidemic', '疫情防控'];

const before = makeDocument({
  path: 'a.html',
  title: '第101次会议',
  date: '2020-07-09',
  clauses: [
    {
      topics: [EPIDEMIC, SAFETY],
      directives: [
        { text: '要时刻保持警惕，毫不放松抓好常态化疫情防控' },
        { text: '要加强宣传引导' },
        { text: '要严格落实安全生产责任制' },
        { text: '要做好汛期各项准备工作' },
      ],
    },
  ],
  formulations: [{ text: '外防输入、内防反弹' }, { text: '四个意识' }],
});

const after = makeDocument({
  path: 'b.html',
  title: '第102次会议',
  date: '2020-07-16',
  clauses: [
    {
      topics: [SAFETY, ECONOMY],
      directives: [
        { text: '要严格落实安全生产责任制。' },
        { text: '要进一步加强宣传引导工作' },
        { text: '要时刻保持警惕，毫不放松抓好常态化疫情防控工作' },
        { text: '要全力稳住经济基本盘' },
      ],
    },
  ],
  formulations: [{ text: '四个意识' }, { text: '六稳六保' }],
});

describe('diffDocuments', () => {
  it('reports topics gained and lost, directives unchanged, reworded, new and dropped, 提法 new and dropped', () => {
    const diff = diffDocuments(before, after);
    expect(diff.a).toEqual({ path: 'a.html', title: '第101次会议', date: '2020-07-09' });
    expect(diff.b).toEqual({ path: 'b.html', title: '第102次会议', date: '2020-07-16' });
    expect(diff.threshold).toBe(DEFAULT_REWORD_THRESHOLD);
    expect(diff.topics).toEqual({
      gained: [{ id: 'economy', label: '经济发展与市场', clauses: 1 }],
      lost: [{ id: 'epidemic', label: '疫情防控', clauses: 1 }],
      kept: ['safety'],
    });
    expect(diff.directives.unchanged).toBe(1);
    expect(diff.directives.reworded.map((item) => [item.before.text, item.after.text, item.similarity])).toEqual([
      ['要加强宣传引导', '要进一步加强宣传引导工作', 0.588],
      ['要时刻保持警惕，毫不放松抓好常态化疫情防控', '要时刻保持警惕，毫不放松抓好常态化疫情防控工作', 0.95],
    ]);
    expect(diff.directives.new.map((item) => item.text)).toEqual(['要全力稳住经济基本盘']);
    expect(diff.directives.dropped.map((item) => item.text)).toEqual(['要做好汛期各项准备工作']);
    expect(diff.directives.new[0]).toEqual({ text: '要全力稳住经济基本盘', speaker: '会议', modality: '要', topics: [] });
    expect(diff.formulations).toEqual({ new: ['六稳六保'], dropped: ['外防输入、内防反弹'], kept: ['四个意识'] });
  });

  it('pairs the most similar first, each directive once', () => {
    const a = makeDocument({ clauses: [{ directives: [{ text: '要加强宣传引导' }] }] });
    const b = makeDocument({ clauses: [{ directives: [{ text: '要加强宣传引导工作' }, { text: '要进一步加强宣传引导工作' }] }] });
    const diff = diffDocuments(a, b);
    expect(diff.directives.reworded.map((item) => item.after.text)).toEqual(['要加强宣传引导工作']);
    expect(diff.directives.new.map((item) => item.text)).toEqual(['要进一步加强宣传引导工作']);
    expect(diff.directives.dropped).toEqual([]);
  });

  it('pairs equal directives as unchanged before any rewording, repeated ones as often as both have them', () => {
    const a = makeDocument({ clauses: [{ directives: [{ text: '要抓落实' }, { text: '要抓落实' }, { text: '要抓好落实工作' }] }] });
    const b = makeDocument({ clauses: [{ directives: [{ text: '要抓落实' }, { text: '要抓好落实工作' }] }] });
    const diff = diffDocuments(a, b);
    expect(diff.directives.unchanged).toBe(2);
    expect(diff.directives.reworded).toEqual([]);
    expect(diff.directives.dropped.map((item) => item.text)).toEqual(['要抓落实']);
  });

  it('counts a pair below the threshold as dropped and new; a lower threshold rewords it', () => {
    const a = makeDocument({ clauses: [{ directives: [{ text: '要加强宣传引导' }] }] });
    const b = makeDocument({ clauses: [{ directives: [{ text: '要进一步加强宣传引导工作' }] }] });
    expect(diffDocuments(a, b, 0.6).directives).toMatchObject({
      reworded: [],
      new: [{ text: '要进一步加强宣传引导工作' }],
      dropped: [{ text: '要加强宣传引导' }],
    });
    expect(diffDocuments(a, b, 0.58).directives.reworded).toHaveLength(1);
  });

  it('formats the diff for reading', () => {
    expect(formatDiffText(diffDocuments(before, after))).toBe(
      [
        'A  a.html — 第101次会议 (2020-07-09)',
        'B  b.html — 第102次会议 (2020-07-16)',
        '',
        'Topics gained (1): economy 经济发展与市场 (1 clause)',
        'Topics lost (1): epidemic 疫情防控 (1 clause)',
        'Topics in both: 1',
        '',
        'Directives: 1 unchanged, 2 reworded, 1 new, 1 dropped (reworded: character-bigram Dice similarity ≥ 0.5)',
        '',
        'Reworded:',
        '  ~ 0.588',
        '    - 要加强宣传引导',
        '    + 要进一步加强宣传引导工作',
        '  ~ 0.950',
        '    - 要时刻保持警惕，毫不放松抓好常态化疫情防控',
        '    + 要时刻保持警惕，毫不放松抓好常态化疫情防控工作',
        '',
        'New:',
        '  + [会议] 要全力稳住经济基本盘',
        '',
        'Dropped:',
        '  - [会议] 要做好汛期各项准备工作',
        '',
        '提法 new (1): 六稳六保',
        '提法 dropped (1): 外防输入、内防反弹',
        '提法 in both: 1',
        '',
      ].join('\n'),
    );
  });
});
