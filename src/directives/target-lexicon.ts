/**
 * The words of quantitative targets (达到60%, 提高10个百分点, 1400多亿元) and
 * deadlines (年内, 到2025年, 年底前). Kept as data: a new unit or time limit
 * is a new entry.
 */

import { alternation } from '../language/patterns.js';

/** Verbs written before a quantity, kept in the target's text. */
export const TARGET_VERBS = [
  '达到',
  '提高到',
  '提高',
  '提升到',
  '提升',
  '增长',
  '增加到',
  '增加',
  '降低到',
  '降低',
  '降至',
  '降到',
  '下降',
  '减少',
  '压减',
  '压缩',
  '缩短至',
  '缩短到',
  '缩短',
  '压缩至',
  '压缩到',
  '控制在',
  '保持在',
  '稳定在',
  '超过',
  '突破',
  '不低于',
  '不少于',
  '不超过',
  '高于',
  '低于',
  '新增',
  '扩大到',
  '扩大',
  '累计',
];
/** Words of approximation around a number: 约630亿元, 1400多亿元, 5%左右. */
const APPROX_BEFORE = ['约', '近', '超', '逾', '超过', '大约'];
const APPROX_AFTER = ['左右', '以上', '以下', '以内', '之内'];
/** Orders of magnitude between a number and its unit: 1.3万亿斤, 530多亿元. */
const MAGNITUDES = ['万亿', '千亿', '百亿', '亿', '千万', '百万', '万', '千'];
/** Units a quantity is counted in. */
export const UNITS = [
  '%',
  '个百分点',
  '百分点',
  '倍',
  '元',
  '美元',
  '斤',
  '公斤',
  '吨',
  '千瓦时',
  '千瓦',
  '亩',
  '公顷',
  '平方公里',
  '平方米',
  '公里',
  '千米',
  '立方米',
  '个工作日',
  '工作日',
  '小时',
  '分钟',
  '人次',
  '人',
  '户',
  '家',
  '项',
  '个',
  '所',
  '座',
  '辆',
  '台',
  '套',
  '张',
  '条',
  '批',
  '处',
  '类',
  '种',
  '件',
  '只',
  '头',
  '箱',
];

/**
 * [verb][approx]number[多/余][magnitude][多/余][unit][approx]: a number with
 * no unit and no magnitude is no quantity (years, dates and ordinals are not).
 */
export const QUANTITY = new RegExp(
  `(?:(${alternation(TARGET_VERBS)}))?(?:${alternation(APPROX_BEFORE)})?(?<![\\d.第])(\\d+(?:\\.\\d+)?(?:\\/\\d+)?)(?:多|余)?(${alternation(MAGNITUDES)})?(?:多|余)?(${alternation(UNITS)})?(?:${alternation(APPROX_AFTER)})?`,
  'g',
);

/** Time limits: 年内, 年底前, 到2025年底, 2025年前, 三年内, 6月底前, 到本世纪中叶. */
export const DEADLINE = new RegExp(
  [
    '到((?:19|20)\\d{2})年(?:底|末|前)?',
    '((?:19|20)\\d{2})年(?:底|年底|末)?(?:前|以前|之前)',
    '(?:今年)?年底前',
    '(?:今年)?年内',
    '本月底前',
    '(?:\\d{1,2}|[一二三四五六七八九十]{1,2})月底前',
    '(?:\\d{1,2}|[一二两三四五六七八九十]{1,2})(?:个月|年|周|日|天)(?:之|以)?内',
    '到本世纪中叶',
    '“?十[一二三四五六七八九]五”?(?:末|期间|时期)',
  ].join('|'),
  'g',
);
