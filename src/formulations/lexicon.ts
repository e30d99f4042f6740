/**
 * What makes a 提法 (formulation): quotes around a slogan, and the shapes of
 * numbered formulas (两新两高, 四个中心, 七有). Kept as data: a formula the
 * shapes miss is an entry in KNOWN_FORMULAS, an idiom they catch is an entry
 * in IDIOMS.
 */
import { alternation } from '../language/patterns.js';

/** Quote pairs that mark a slogan. */
export const QUOTES: Readonly<Record<string, string>> = { '“': '”', '「': '」' };

/** Longest slogan kept; longer quotes are citations. */
export const MAX_FORMULATION = 40;

/** A quote holding a sentence is a citation, not a slogan. */
export const SENTENCE_PUNCTUATION = /[。！？!?；;：:\n]/;

/** A slogan's parts (外防输入、内防反弹) are short; a longer part is a quoted sentence. */
export const PART_SEPARATOR = /[、，,]/;
export const MAX_PART = 12;

/** A quote that is a document's title: “关于……的意见”, “……实施方案”. */
export const DOCUMENT_TITLE = /^关于|(?:意见|方案|规划纲要|纲要|条例|通知|办法|决定|规定|细则|报告|公报|决议|白皮书|实施方案)$/;

/**
 * Names of things, not policy language: a holiday written in numerals (五一,
 * 九·一八; 十四五 has three, and is a plan), an honour (友谊勋章, 时代楷模), a themed year (中俄文化年), an
 * organisation (77国集团).
 */
export const NAME_OF_A_THING =
  /^[一二三四五六七八九十]{2}$|^[一二三四五六七八九十]+[·・.][一二三四五六七八九十]+$|(?:勋章|奖章|奖状|称号|楷模|标兵)$|(?:交流|文化|友好|旅游|合作|创新|人文|体育|青年)年$|\d+国集团|(?:组织|联盟|协会|学会|委员会)$/;

/**
 * What a quote is the name of, when the word after it says so: a ship or craft
 * (“雪龙2”号), a weapon or unit (“爱国者”防空系统, “卡桑旅”), a pipeline or
 * what befell it (“北溪”天然气管道, “北溪”事件), a programme, festival or event
 * (“欢乐春节”活动, “读懂中国”国际会议), an honour.
 */
export const NAMED_BY =
  /^(?:号|舰|艇|型|级|导弹|火箭|防空|系统|管道|管线|天然气|输气|事件|坦克|战机|战斗机|无人机|卫星|飞船|旅|营|部队|武装|组织|节目|栏目|专栏|系列|晚会|节|展|大赛|赛事|联赛|杯|勋章|奖章|奖|称号|国际会议|会议|论坛|大会|峰会|博览会|研讨会|活动|品牌|音乐会|演出|纪录片|电视剧|电影|丛书|图书)/;

/** Quoted speech or writing, not a slogan: 他说：“……”, 写着“……”. */
export const SPEECH_BEFORE = /(?:说|道|称|问|喊|写着|写道|表示|回答)[：:，,]?$/;

const NUMERAL = '[一二两三四五六七八九十]';
/** Measure words: 一次十分, 一项一项 count things, they are no formula. */
export const MEASURE_WORDS = /[次个项件种年月日天分份批条位名些点步层级倍成期届轮季周号米]/;
const NOT_NUMERAL = '[^\\d〇零一二两三四五六七八九十百千万亿第、，。；：\\s“”「」《》]';
/** 两新两高, 三城一区, 两桶一袋, 六稳六保: numeral + word, twice. */
const PAIRED = `${NUMERAL}${NOT_NUMERAL}${NUMERAL}${NOT_NUMERAL}`;
/** Heads of 个-formulas: 四个意识, 两个维护, 三个务必, 四个中心. */
export const FORMULA_HEADS = [
  '意识',
  '自信',
  '维护',
  '确立',
  '全面',
  '中心',
  '务必',
  '大局',
  '服务',
  '结合',
  '代表',
  '明确',
  '坚持',
  '统筹',
  '革命',
  '必由之路',
  '毫不动摇',
  '不摘',
  '着力',
  '破除',
  '转变',
  '优先',
  '敬畏',
  '放心',
  '面向',
  '一百年',
  '没有变',
];
const COUNTED = `${NUMERAL}{1,2}个(?:${alternation(FORMULA_HEADS)})`;
/** How a 个-formula starts: 四个…, 两个…. */
export const COUNTED_START = new RegExp(`^${NUMERAL}{1,2}个`);

/** Numbered formulas found anywhere, quoted or not. */
export const NUMBERED_ANYWHERE = new RegExp(`(?<![\\d〇零一二两三四五六七八九十百千万亿第])(?:${COUNTED}|${PAIRED})(?![\\u4e00-\\u9fff]?${NUMERAL})`, 'g');

/** 一 and a measure word (一把手, 一站式, 一对一, 一盘棋) count one thing: a plain word, no formula. */
export const ONE_OF_A_KIND = /^一[把盘站对揽张条份本套批次个项件种家场片点步门条线]/;

/** A quoted text shaped like a numbered formula: 七有, 五性, 十四五, 155651, 一带一路, 四个中心. */
export const NUMBERED_SHAPE = new RegExp(`^(?:${NUMERAL}+个?[\\u4e00-\\u9fff]{1,4}(?:${NUMERAL}+[\\u4e00-\\u9fff]{1,2})*|\\d+)$`);

/** Numbered formulas the shapes do not catch, found unquoted too. */
export const KNOWN_FORMULAS = ['两不愁三保障', '三去一降一补', '五位一体', '七有', '五性', '四风', '三农', '六稳', '六保'];

/** Idioms that have the paired shape, or overlap a match of it (举一反三改进), but are no formulas. */
export const IDIOMS = new Set([
  '一心一意',
  '一模一样',
  '一点一滴',
  '一草一木',
  '一言一行',
  '一朝一夕',
  '一针一线',
  '一砖一瓦',
  '一举一动',
  '一丝一毫',
  '一生一世',
  '三番五次',
  '三心二意',
  '四面八方',
  '七上八下',
  '五湖四海',
  '三天两头',
  '一年一度',
  '七嘴八舌',
  '四通八达',
  '五颜六色',
  '九死一生',
  '一干二净',
  '一清二楚',
  '三言两语',
  '三令五申',
  '一唱一和',
  '一问一答',
  '一来一去',
  '一进一出',
  '一上一下',
  '一前一后',
  '一张一弛',
  '一增一减',
  '举一反三',
  '五花八门',
  '三五成群',
  '一波三折',
  '一石二鸟',
  '一日三餐',
  '十拿九稳',
  '四平八稳',
  '三长两短',
  '一年四季',
  '一日千里',
  '一年一次',
  '一月一次',
  '一周一次',
  '一天一次',
  '一人一档',
  '一户一档',
  '一步一个脚印',
  '一步一步',
  '十年磨一剑',
]);
