/**
 * The words the meeting stage reads: meeting kinds, the bodies that convene
 * meetings, the verbs that convene, chair, address and attend them, credit
 * roles and procedure verbs. Kept as data so that a new form is a new entry.
 */
import { TITLES } from '../clauses/lexicon.js';
import { alternation } from './patterns.js';


/**
 * What a meeting's name ends in. The bare 会议 is refined from the body
 * (政治局 → 政治局会议); the others are the kind as written.
 */
export const MEETING_KINDS = [
  '会议', '常务会议', '常委会会议', '常委会议', '常委会', '全体会议', '全会', '扩大会议', '联席会议', '工作会议', '专题会议',
  '电视电话会议', '视频会议', '视频会', '办公会议', '办公会', '主任会议', '主席会议', '务虚会', '务虚会议', '学习会议', '学习会',
  '集体学习', '中心组学习', '座谈会', '推进会', '动员会', '动员会议', '部署会', '部署会议', '调度会', '例会', '总结会', '总结会议',
  '交流会', '现场会', '培训会', '报告会', '汇报会', '研讨会', '协调会', '分析会', '通气会', '发布会', '碰头会', '大会',
] as const;

export const MEETING_KIND_PATTERN = new RegExp(alternation(MEETING_KINDS), 'g');

/**
 * After these a kind word is no meeting's name: 会议精神, 会议室, 会议上, 大会堂.
 * (会议强调 may still close a name: 3月6日召开的全县安全生产工作会议强调.)
 */
export const NOT_A_MEETING_AFTER = /^(?:精神|室|厅|堂|上|中|纪要|期间|要求|的|和|与|及|、|以来|结束|召开前|开幕式|闭幕式)/;

/**
 * Kinds that name a topic, not a body (全市地质环境工作会议, 纪念……大会):
 * their name prefix is the body only when it ends like an organisation.
 */
export const TOPICAL_KINDS: ReadonlySet<string> = new Set([
  '工作会议', '专题会议', '电视电话会议', '视频会议', '视频会', '座谈会', '推进会', '动员会', '动员会议', '部署会', '部署会议', '调度会',
  '例会', '总结会', '总结会议', '交流会', '现场会', '培训会', '报告会', '汇报会', '研讨会', '协调会', '分析会', '通气会', '发布会',
  '碰头会', '大会', '学习会议', '学习会',
]);

/** How a body's name ends: 领导小组, 委员会, 政治局, 国务院, 党组, 调查组, ……机制, ……公司. */
export const BODY_END = /(?:领导小组|小组|委员会|常委会|政治局|国务院|政府|党组|党委|党工委|工委|中心组|调查组|工作组|指导组|指挥部|机制|办公室|常委|局|厅|部|委|院|办|署|所|站|队|公司|集团|支部|林场|中心|协会|学会|联合会|商会|政协|人大|镇|乡|街道|社区)$/;

/** The bare 会议 of a body gets the body's kind: 中共中央政治局召开会议 → 政治局会议. */
export const KIND_BY_BODY: ReadonlyArray<readonly [RegExp, string]> = [
  [/政治局常务委员会$|政治局常委会$/, '政治局常委会会议'],
  [/政治局$/, '政治局会议'],
  [/常务委员会$|常委会$/, '常委会'],
  [/领导小组$/, '领导小组会议'],
  [/委员会$/, '委员会会议'],
  [/党组$/, '党组会议'],
  [/国务院$/, '国务院会议'],
];

/** A kind that names its body's type, so that a chair's title can name the body (……领导小组组长 → ……领导小组). */
export const BODY_TYPE_OF_KIND: Readonly<Record<string, string>> = {
  领导小组会议: '领导小组',
  委员会会议: '委员会',
  常委会: '常委会',
  党组会议: '党组',
};

/** Verbs that convene a meeting, before its name (……召开……会议, 3月6日召开的……会议) or after it (……会议召开). */
export const CONVENE_BEFORE = /(?:(?:主持召开|组织召开|召开|举行|主持|召集|开展)了?|(?:召开|举行)的)$/;
export const CONVENE_AFTER = /^(?:[于在][^，。；：\n]{0,16}?|\d{1,2}月\d{1,2}日|\d{1,2}日|上午|下午|晚上|晚|隆重|正式|以视频(?:会议)?(?:形式|方式)|以电视电话(?:会议)?(?:形式|方式)){0,4}(?:召开|举行|开幕)/;

/** Verbs a meeting's name never reaches back over (主持召开|中央……会议, 出席|……会议). */
export const VERB_BEFORE_NAME = /(?:召开|举行|主持|组织|开展|出席|参加|列席|召集|参会)[了的]?$/;

/** A session, counted in a term or in a year: 第102次, 第一百零二次, 2023年第5次. */
export const SESSION = /(?:((?:19|20)\d{2}|[〇零一二三四五六七八九]{4})年)?第([\d〇零一二两三四五六七八九十百千]+)次/g;

/** The role that follows a body in a title: ……工作领导小组组长 → ……工作领导小组. */
export const ROLE_SUFFIX = /(?:副)?(?:组长|主任|主席|书记|委员|成员|召集人)$/;

/** The subject before a convening verb: an organisation, or a person who chairs. */
export const SUBJECT_ADVERBS = /(?:组织|专门|再次|集中|隆重|联合|共同|近日|日前|今天|昨天|今日|昨日|当天)$/;

/** A qualifier between a name and its kind: 全体（扩大）会议, 党委中心组（扩大）学习会议. */
export const KIND_QUALIFIER = /[（(][^（）()]{1,6}[）)]$/;
/** The part of a kind a qualifier splits off: 全体（扩大）会议 is a 全体会议. */
export const KIND_STEM = /(?:全体|常务)$/;

/** A term designation before a body: 二十届中共中央政治局 → 中共中央政治局. */
export const TERM_PREFIX = /^[一二三四五六七八九十]+届/;

/** Where the meeting was held: 在京召开, 在贵州遵义举行. */
export const PLACE = /在([^，。；：、\s在]{1,16}?)(?:隆重|正式|盛大)?(?:主持召开|召开|举行|开幕)/;

/** Times of day after a date: 7月16日晚, 2月23日下午. */
export const TIMES_OF_DAY = ['上午', '下午', '晚上', '晚间', '晚', '凌晨', '早上', '中午', '傍晚', '全天'] as const;

/** Titles before a name (TITLES of the cue grammar, and the memberships reports add: 领导小组成员丁薛祥). */
export const PERSON_TITLES: readonly string[] = [...TITLES, '成员', '负责同志', '负责人', '联络员', '组员', '教授', '副教授', '研究员', '院士', '专家'];
/** The last title inside a phrase (its end is where the name begins). */
export const TITLE_ANYWHERE = new RegExp(alternation(PERSON_TITLES), 'g');

/** Roles of people at the meeting, by the verb that names them. */
export type PersonRole = 'chair' | 'speaker' | 'attendee';
export const ROLE_VERBS: ReadonlyArray<readonly [RegExp, PersonRole]> = [
  [/^主持(?=召开|会议|学习|并|[，。；]|$|[^人词])/, 'chair'],
  [/^(?:出席|列席)(?!了?[^，。；]{0,12}的)/, 'attendee'],
  [/^参加(?=会议|了会议|上述|活动|会晤|会见|会谈|座谈|学习|大会|[，。；]|$)/, 'attendee'],
  [/^(?:发表(?:了)?(?:重要|书面|视频)?讲话|作(?:了)?(?:重要|总结|动员|工作|专题辅导|辅导|专题)?(?:讲话|报告)|讲话|致辞)(?!精神|稿|的|和|要求|内容|全文|摘要)/, 'speaker'],
];
/** Where a role verb may start (工作报告 is a noun, not 作报告). */
export const ROLE_START = /主持|出席|列席|参加|发表|(?<!工)作了?(?:重要|总结|动员|工作|专题辅导|辅导|专题)?(?:讲话|报告)|讲话|致辞/g;
/** A role verb later in the same piece also gives that role: ……主持会议并讲话. */
export const ROLE_WORD = /主持|出席|列席|参加|讲话|致辞|(?<!工)作(?:了)?(?:工作|专题辅导|辅导|专题)?报告/g;

/** What stands between a person and the role verb: a date, a time, a place, a manner. */
export const BEFORE_ROLE = /(?:在(?:会上|会议上|[^，。；在]{0,16}?)|\d{1,2}月\d{1,2}日|\d{1,2}日|今天|昨天|今日|昨日|当天|上午|下午|晚上|晚|全天|分别|先后|一同|共同|亲自|也|还|并|专程)$/;
/** A group named after the persons: 曾劲等区领导 → 曾劲. */
export const GROUP_AFTER_NAMES = /等[^、，]{0,8}$/;

/** Credit roles (记者, 通讯员, 责任编辑): metadata, not text. */
export const CREDIT_ROLES = ['记者', '实习记者', '通讯员', '责任编辑', '责编', '编辑', '审核', '审读', '审 读', '校对', '摄影', '撰稿', '实习生'] as const;
export const CREDIT_ROLE_PATTERN = new RegExp(`(?:${alternation(CREDIT_ROLES)})`, 'g');
export const CREDIT_ROLE_START = new RegExp(`^(?:${alternation(CREDIT_ROLES)})`);

/** Procedure verbs of an agenda item, longest first (审议通过《……》, 听取……汇报, 研究……, 传达学习……). */
export const AGENDA_VERBS = [
  '审议通过', '讨论通过', '审议并原则通过', '讨论并原则通过', '原则通过', '审议并同意印发', '审议', '讨论', '审定', '通过',
  '听取', '研究部署', '分析研究', '研究明确', '研究', '传达学习贯彻', '传达学习', '传达贯彻', '传达', '学习贯彻', '学习领会', '学习',
  '安排部署', '部署', '决定', '确定', '通报', '宣读', '观看',
] as const;
export const AGENDA_VERB_PATTERN = new RegExp(`^(?:${alternation(AGENDA_VERBS)})(?:了)?`);
/** The subject of an agenda item, which the item leaves out: 会议还研究了……, 会上，学习了……. */
export const AGENDA_SUBJECT = /^(?:会议|会上|会议上|全会|与会人员|与会同志)?(?:还|并|也|同时|首先|随后|先后|集中|认真|原文|重点|深入|共同)?/;
/** Not an agenda item although it opens with such a verb: 研究表明, 通过……渠道, 学习型. */
export const NOT_AGENDA = /^(?:研究(?:表明|显示|发现|人员|院|所|中心|机构)|通过(?!了?《|[^，。；]{0,40}(?:草案|条例|方案|规划|纲要|办法|报告|文件|决定|决议)[）)]?$)|学习(?:型|强国|宣传|教育)|决定性|确定性|部署(?:要求|安排)?[，。；]|观看(?:了)?人数)/;
