/**
 * The words the meeting stage reads: meeting kinds, the bodies that convene
 * meetings, the verbs that convene, chair, address and attend them, credit
 * roles and procedure verbs. Kept as data so that a new form is a new entry.
 */
import { TITLES } from '../clauses/lexicon.js';
import { alternation } from '../language/patterns.js';

/** Kinds of meeting an organ holds (常务会议, 全会, 主任会议): the name before them is its body. */
const ORGAN_KINDS = [
  '会议',
  '常务会议',
  '常委会会议',
  '常委会议',
  '常委会',
  '全体会议',
  '全会',
  '扩大会议',
  '联席会议',
  '办公会议',
  '办公会',
  '主任会议',
  '主席会议',
  '委员长会议',
  '务虚会',
  '务虚会议',
  '集体学习',
  '中心组学习',
] as const;

/**
 * Kinds that name a topic, not a body (全市地质环境工作会议, 纪念……大会):
 * the name prefix is the body only when it ends like an organisation.
 */
const TOPICAL_KIND_LIST = [
  '工作会议',
  '专题会议',
  '电视电话会议',
  '视频会议',
  '视频会',
  '学习会议',
  '学习会',
  '座谈会',
  '推进会',
  '动员会',
  '动员会议',
  '部署会',
  '部署会议',
  '调度会',
  '例会',
  '总结会',
  '总结会议',
  '交流会',
  '现场会',
  '培训会',
  '报告会',
  '汇报会',
  '研讨会',
  '协调会',
  '分析会',
  '碰头会',
  '协商会',
  '大会',
  '代表大会',
  '特别会议',
  '峰会',
  '论坛',
  '年会',
  '圆桌会',
  '圆桌会议',
  '对话会',
  '公开会',
] as const;
export const TOPICAL_KINDS: ReadonlySet<string> = new Set(TOPICAL_KIND_LIST);

/**
 * What a meeting's name ends in. The bare 会议 is refined from the body
 * (政治局 → 政治局会议); the others are the kind as written.
 */
export const MEETING_KINDS = [...ORGAN_KINDS, ...TOPICAL_KIND_LIST];

export const MEETING_KIND_PATTERN = new RegExp(alternation(MEETING_KINDS), 'g');

/**
 * After these a kind word is no meeting's name: 会议精神, 会议室, 会议上, 大会堂.
 * (会议强调 may still close a name: 3月6日召开的全县安全生产工作会议强调.)
 */
export const NOT_A_MEETING_AFTER = /^(?:精神|室|厅|堂|纪要|期间|要求|的|和|与|及|、|以来|结束|召开前|代表|晤|见|谈|员|场|馆|址|徽|标|务|计|长|议)/;

/** What may follow a name that a verb before it announces (出席……论坛并致辞): the name ends there, it is no part of a longer one (……论坛午餐会). */
export const NAME_END = /^(?:$|[，,。；;：:！？!?、\s（(]|并|和|暨|上|时|期间|闭幕|开幕|，|的?(?:开幕式|闭幕式|全体会议))/;

/** After a meeting's name in the same piece, these make it the time of something else: ……峰会之际, ……会议期间. */
export const DURING = /之际|期间|前夕|之时|间隙/;

/** Names that count or point at meetings instead of naming one: 多场交流会议, 本次会议, 一系列重要会议. */
export const NOT_A_NAME = /^(?:[一二两三四五六七八九十]+个|为期|多场|多次|一系列|系列|若干|各类|各种|一些|有关|相关|本次|这次|此次|该|上述|以及)/;

/** After these a meeting's name stands for the meeting it is part of: ……论坛开幕式, ……会议闭幕会上. */
export const CEREMONY_AFTER = /^(?:开幕式|闭幕式|开幕会|闭幕会|全体会议)/;

/**
 * How the name of an organ ends: 领导小组, 委员会, 政治局, 国务院, 党组,
 * 调查组, ……机制, ……公司, 内阁, 安理会, ……组织. A body that ends otherwise
 * is a fragment of a sentence (紧急 of 紧急会议, 一次十分重要的, 三中), not an organ.
 */
export const BODY_END =
  /(?:领导小组|小组|委员会|常委会|政治局|国务院|政府|党组|党委|党工委|工委|中心组|调查组|工作组|指导组|检查组|督导组|指挥部|机制|办公室|常委|主席团|代表团|局|厅|部|委|院|办|署|所|站|队|公司|集团|支部|林场|中心|协会|学会|联合会|商会|政协|人大|工会|镇|乡|街道|社区|内阁|议会|国会|联合国|安理会|理事会|(?<!全[国省市县区])组织|联盟|共同体|论坛|集团|学社|同盟|民建|民进|农工党|致公党|台盟)$/;

/** Endings that name a place as much as an organ: before a topical kind they are the place (乌镇峰会), not who meets. */
export const PLACE_END = /(?:镇|乡|街道|社区)$/;

/** Organs named without such an ending. */
export const KNOWN_BODIES: ReadonlySet<string> = new Set([
  '中共中央',
  '党中央',
  '中央军委',
  '全国人大',
  '全国政协',
  '国务院',
  '中央纪委',
  '国家监委',
  '世贸组织',
  '东盟',
  '欧盟',
  '非盟',
  '北约',
  '金砖国家',
]);

/** Where a body written before its kind is no organ but part of a sentence: a date, a count, a demonstrative, a title, a verb. */
export const NOT_A_BODY =
  /[、及]|^(?:\d|第|[一二两三四五六七八九十]+个|[这此该每一几各]|本[次届]|两[个次]|首[日次届场批轮]|今年|去年|明年|建议)|[《》“”「」]|题目|祝贺|从|举行|举办|召开|开幕|闭幕|关于|围绕|系列|以及|期间|之际|为期|抗议|示威/;

/** The bare 会议 of a body gets the body's kind: 中共中央政治局召开会议 → 政治局会议. */
export const KIND_BY_BODY: ReadonlyArray<readonly [RegExp, string]> = [
  [/政治局常务委员会$|政治局常委会$/, '政治局常委会会议'],
  [/政治局$/, '政治局会议'],
  [/常务委员会$|常委会$/, '常委会会议'],
  [/领导小组$/, '领导小组会议'],
  [/委员会$/, '委员会会议'],
  [/党组$/, '党组会议'],
  [/国务院$/, '国务院会议'],
];

/** A kind that names its body's type, so that a chair's title can name the body (……领导小组组长 → ……领导小组). */
export const BODY_TYPE_OF_KIND: Readonly<Record<string, string>> = {
  领导小组会议: '领导小组',
  委员会会议: '委员会',
  常委会会议: '常委会',
  党组会议: '党组',
};

/** Verbs that convene a meeting, before its name (……召开……会议, 3月6日召开的……会议) or after it (……会议召开). */
export const CONVENE_BEFORE = /(?:(?:主持召开|组织召开|共同主持|召开|举行|举办|主持|召集|开展|出席|参加|列席)了?|(?:召开|举行)的)$/;
export const CONVENE_AFTER =
  /^(?:，?[于在][^，。；：\n]{0,24}?|(?:[\d０-９]{1,2}月)?[\d０-９]{1,2}日(?:(?:至|到|—|-)(?:[\d０-９]{1,2}月)?[\d０-９]{1,2}日)?|(?:今天|今日|昨天|昨日|日前|近日)(?:[（(][^（）()]{1,12}[）)])?|上午|下午|晚上|晚|凌晨|隆重|正式|成功|顺利|圆满完成各项议程，|暨[^，。；：\n]{1,30}?|以视频(?:会议)?(?:形式|方式)|以电视电话(?:会议)?(?:形式|方式)){0,4}(?:召开|举行|开幕|闭幕|举办|揭幕)/;
/** A speech at the meeting, after its name: 在……会议上发表重要讲话, 在……峰会发表视频致辞, 在……会议上强调. */
export const SPEECH_AT = /^(?:上|开幕式上|闭幕式上|开幕会上|闭幕会上|全体会议上)?(?:发表|作|致辞|讲话|强调|指出|表示|宣布|宣读)/;
/** A speech sent to the meeting: 向……峰会作视频致辞 (a letter, 向……致贺信, is no speech at it). */
export const SPEECH_TO = /^(?:作|发表)(?:了)?(?:视频|书面)?(?:致辞|讲话|演讲|主旨讲话)/;
/** Words that make a convening verb future or hypothetical: 将于……召开, 决定召开, 建议……举行. */
export const NOT_YET = /(?:(?:将|将于|即将|拟|拟于|定于|决定|建议|提请|准备|筹备|计划|预计|关于|同意)[^，。；]{0,30}|为)$/;

/** Verbs a meeting's name never reaches back over (主持召开|中央……会议, 出席|……会议, 建议|……会议于……召开); 组织 is no such verb alone (全国组织部长会议, 上海合作组织). */
export const VERB_BEFORE_NAME = /(?:召开|举行|举办|主持|开展|出席|参加|列席|召集|参会|建议|决定|同意|批准)[了的]?$/;
/** What a meeting does right after its name, which makes a modifier (……召开的……会议) an announcement: 审议通过了, 强调. */
export const MEETING_ACTS = /^[，,]?(?:会议)?(?:审议|听取|研究|传达|学习|决定|通过|强调|指出|要求|部署|认为|提出)/;

/** A session, counted in a term or in a year: 第102次, 第一百零二次, 2023年第5次. */
export const SESSION = /(?:(?<year>(?:19|20|１９|２０)[\d０-９]{2}|[〇零一二三四五六七八九]{4})年)?第(?<count>[\d０-９〇零一二两三四五六七八九十百千]+)次/g;
/** The edition of an event, which counts it as a session does a meeting: 第七届峰会, 第三届……论坛. */
export const EDITION = /第(?<count>[\d０-９〇零一二两三四五六七八九十百千]+)届/g;

/** The role that follows a body in a title: ……工作领导小组组长 → ……工作领导小组. */
export const ROLE_SUFFIX = /(?:副)?(?:组长|主任|主席|书记|委员|成员|召集人)$/;

/** The subject before a convening verb: an organisation, or a person who chairs. */
export const SUBJECT_ADVERBS = /(?:专门|再次|集中|隆重|联合|共同|近日|日前|今天|昨天|今日|昨日|当天)$/;

/** A qualifier between a name and its kind: 全体（扩大）会议, 党委中心组（扩大）学习会议. */
export const KIND_QUALIFIER = /[（(][^（）()]{1,6}[）)]$/;
/** The part of a kind a qualifier splits off: 全体（扩大）会议 is a 全体会议. */
export const KIND_STEM = /(?:全体|常务)$/;

/** A term designation before a body: 二十届中共中央政治局 → 中共中央政治局. */
export const TERM_PREFIX = /^(?:第?[一二三四五六七八九十]+届|新一届|本届)/;
/** A term designation left after a body: 全国政协十四届 (of 全国政协十四届二次会议) → 全国政协. */
export const TERM_SUFFIX = /第?[一二三四五六七八九十]+届$/;
/** A session counted without 第 after a term: 十四届全国人大二次会议, 二十届中央纪委三次全会. */
export const SESSION_IN_TERM = /(?<=届[^届]{0,20})([一二三四五六七八九十]+)次$/;
/** A plenary session of a Central Committee, counted in its term: 二十届三中全会 → 3. */
export const PLENUM_OF_TERM = /([一二三四五六七八九十]+)中$/;

/**
 * Headlines of reports about no meeting, whatever meeting they name: articles,
 * schedules (将出席, 明天将直播), journeys (抵达, 回到北京), commentaries and
 * editorials, digests, reactions (引发热烈反响), press conferences.
 */
export const REPORT_GENRES =
  /文章|(?<![举召即])将(?:出席|举行|召开|主持|于|赴|访|直播|在|参加|举办|同|与|对)|即将|明天|明日|抵达|离京|启程|回到北京|社论|评论员|快评|短评|时评|述评|评论|专论|观察|答记者问|专访|访谈|快讯|简讯|速览|要闻|反响|评价|热议|点赞|鼓舞|人士[：:]|发布会|记者会|吹风会|见面会|通气会|通道/;
/** Headlines of talks, tours and column features: about no meeting unless they name one that is held (考察……并主持召开座谈会). */
export const REPORT_GENRES_UNLESS_NAMED = /会谈|会见|会晤|通电话|通话|考察|调研|视察|检查|看望|慰问|访问|^【/;
/**
 * Headlines of letters: about the letter when it comes first (习近平致信祝贺……论坛开幕),
 * about the meeting when the meeting does (……大会召开 王沪宁致信祝贺).
 */
export const LETTER = /贺信|贺电|致信|复信|回信|贺词|唁电|慰问信|慰问电|致电|祝贺/;
/** A lead that gives reactions to a meeting held before, not the meeting: 参加会议的同志们一致表示, 广大干部群众表示. */
export const REACTION_LEAD = /(?:(?:参加会议的|与会)(?:同志|代表|人员|委员)|干部群众|各界人士|国际人士|专家学者|驻外使节)[^，。；]{0,6}(?:表示|认为)/;

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
  [
    /^(?:发表(?:了)?(?:重要|书面|视频)?讲话|作(?:了)?(?:重要|总结|动员|工作|专题辅导|辅导|专题)?(?:讲话|报告)|讲话|致辞)(?!精神|稿|的|和|要求|内容|全文|摘要)/,
    'speaker',
  ],
];
/** Where a role verb may start (工作报告 is a noun, not 作报告). */
export const ROLE_START = /主持|出席|列席|参加|发表|(?<!工)作了?(?:重要|总结|动员|工作|专题辅导|辅导|专题)?(?:讲话|报告)|讲话|致辞/g;
/** A role verb later in the same piece also gives that role: ……主持会议并讲话. */
export const ROLE_WORD = /主持|出席|列席|参加|讲话|致辞|(?<!工)作(?:了)?(?:工作|专题辅导|辅导|专题)?报告/g;

/** What stands between a person and the role verb: a date, a time, a place, a manner. */
export const BEFORE_ROLE =
  /(?:在(?:会上|会议上|[^，。；在]{0,16}?)|召集|[\d０-９]{1,2}月[\d０-９]{1,2}日|[\d０-９]{1,2}日|今天|昨天|今日|昨日|当天|上午|下午|晚上|晚|全天|分别|先后|一同|共同|亲自|也|还|并|专程)$/;
/** A group named after the persons: 曾劲等区领导 → 曾劲. */
export const GROUP_AFTER_NAMES = /等[^、，]{0,8}$/;

/** Procedure verbs of an agenda item, longest first (审议通过《……》, 听取……汇报, 研究……, 传达学习……). */
export const AGENDA_VERBS = [
  '审议通过',
  '讨论通过',
  '审议并原则通过',
  '讨论并原则通过',
  '原则通过',
  '审议并同意印发',
  '审议',
  '讨论',
  '审定',
  '通过',
  '听取',
  '研究部署',
  '分析研究',
  '研究明确',
  '研究',
  '传达学习贯彻',
  '传达学习',
  '传达贯彻',
  '传达',
  '学习贯彻',
  '学习领会',
  '学习',
  '安排部署',
  '部署',
  '决定',
  '确定',
  '通报',
  '宣读',
  '观看',
] as const;
export const AGENDA_VERB_PATTERN = new RegExp(`^(?:${alternation(AGENDA_VERBS)})(?:了)?`);
/** The subject of an agenda item, which the item leaves out: 会议还研究了……, 会上，学习了……. */
export const AGENDA_SUBJECT = /^(?:会议|会上|会议上|全会|与会人员|与会同志)?(?:还|并|也|同时|首先|随后|先后|集中|认真|原文|重点|深入|共同)?/;
/** Not an agenda item although it opens with such a verb: 研究表明, 通过……渠道, 学习型. */
export const NOT_AGENDA =
  /^(?:研究(?:表明|显示|发现|人员|院|所|中心|机构)|通过(?!了?《|[^，。；]{0,40}(?:草案|条例|方案|规划|纲要|办法|报告|文件|决定|决议)[）)]?$)|学习(?:型|强国|宣传|教育)|决定性|确定性|部署(?:要求|安排)?[，。；]|观看(?:了)?人数)/;
