/**
 * The words the cue grammar is made of (DESIGN.md, gold/GUIDELINES.md):
 * `[会上，][speaker][lead phrase][adverbs][cue verb][，：:]`.
 * Kept as data so that a change to the grammar is a change to a list.
 */
import { CUES, type Cue } from '../schema.js';

export const CUE_VERBS: readonly Cue[] = CUES;

/** Cue verbs that may take their object directly, with no punctuation (会议要求各地区……). */
export const DIRECT_OBJECT_CUES: ReadonlySet<Cue> = new Set<Cue>(['要求', '号召', '希望']);

export const CUE_PATTERN = new RegExp(CUE_VERBS.join('|'), 'g');

/** Punctuation that introduces the statement after a cue verb. */
export const CUE_PUNCTUATION = new Set(['，', ',', '：', ':']);

/** Adverbs between speaker and verb (会议还强调, 习近平同时指出, 会议一致认为). */
export const ADVERBS = [
  '进一步', '还特别', '特别', '同时', '再次', '最后', '首先', '此外', '另外', '随后', '接着', '一致', '反复', '郑重', '专门',
  '深刻', '着重', '重点', '充分', '明确', '鲜明', '还', '并', '也', '又', '均', '都', '则', '亦', '更', '先后', '分别',
  // Time words stand there too: 习近平总书记近日作出重要指示强调.
  '近日', '日前', '近期', '多次', '此前', '今天', '昨天', '当天', '曾',
];

/** Lead phrases: 在讲话中, 在主持会议时, 在总结讲话时, 在会上, 在听取汇报后; 发表重要讲话, 作重要指示. */
export const LEAD_PHRASE = /(?:在[^，。；！？：\n]{0,30}?(?:时|中|上|后|期间|之际|之后|以后)|(?:发表|作|作出|做)(?:了)?(?:重要|总结)?(?:讲话|指示|批示|致辞|报告)(?:时|中|并|后)?|(?:出席|主持)(?:会议|活动)?并讲话|讲话(?:时|中)|致辞(?:时|中))$/;

/** Words before a speaker that make the cue a reported or noun use (按照会议要求, 根据……要求). */
export const REPORTED_USE = /^(?:按照|根据|遵照|依照|依据|按|照|对照|落实|贯彻|结合|围绕|针对|对于|对|为了|为|把|将|向|从|就|以|关于|符合|达到|不符合|严格按照|认真落实|认真贯彻)/;

/** The meeting as speaker: 会议, 会上, 全会, ……工作会议, 与会同志. */
export const MEETING_SPEAKER = /(?:会议|会上|全会|常委会|常务会|座谈会|例会|大会|会议一致|与会同志|与会人员|与会代表|与会者)$/;

/** Unnamed officials keep the words that name them (发展改革委有关负责人). */
export const OFFICIAL_SPEAKER = /(?:有关负责人|负责人|负责同志|有关负责同志|新闻发言人|发言人|有关人士|相关负责人)$/;

/** A text speaks as itself: 文章指出, 社论强调, 《工作方案》提出. */
export const TEXT_SPEAKER = /^(?:文章|社论|评论员文章|评论|决议|公报|通知|意见|报告|讲话|贺信|贺电|致辞|白皮书|声明|倡议书|倡议|纲要|规划|方案|决定|条例|办法|《[^》]{1,60}》)$/;

export const PRONOUNS = /^(?:他|她)$/;

/** Official titles that precede a name: 区委书记、区长于军 → 于军. Longest first. */
export const TITLES = [
  '中共中央总书记', '国家主席', '中央军委主席', '国务院总理', '国务院副总理', '国务委员', '全国人大常委会委员长', '全国政协主席',
  '总书记', '副书记', '书记', '副主席', '主席', '副总理', '总理', '委员长', '副委员长', '秘书长', '副秘书长', '部长', '副部长',
  '省长', '副省长', '市长', '副市长', '区长', '副区长', '县长', '副县长', '镇长', '乡长', '街道主任', '局长', '副局长',
  '厅长', '副厅长', '处长', '科长', '组长', '副组长', '主任', '副主任', '委员', '常委', '院长', '副院长', '校长', '副校长',
  '厂长', '所长', '站长', '场长', '队长', '司令员', '政委', '政治委员', '参谋长', '董事长', '总经理', '经理', '总裁',
  '检察长', '审计长', '行长', '署长', '总监', '会长', '理事长', '社长', '台长', '总编辑', '主编', '代表', '特使', '大使',
  '总统', '首相', '国王', '总督', '议长', '总干事', '专员', '巡视员', '调研员', '党组成员', '同志',
];

const TITLE_ALTERNATION = [...TITLES].sort((a, b) => b.length - a.length).join('|');
/** The last title in a speaker phrase ends where the name begins. */
export const LAST_TITLE = new RegExp(`(?:${TITLE_ALTERNATION})(?!.*(?:${TITLE_ALTERNATION}))`);

/** Title followed by a name and then something a person does: 市长曹路宝分别…, 区委书记于军主持…. */
export const TITLED_NAME = new RegExp(
  `(?:${TITLE_ALTERNATION})([\\u4e00-\\u9fff]{2,3}?)(?=[，、。；：\\s（(\\d]|今天|昨天|近日|日前|主持|出席|参加|在|来到|前往|指出|强调|要求|认为|提出|表示|说|代表|先后|分别|一行|等|同志|会见|作|深入|调研|检查|考察|率|带队|还|并|也|同|与|和|对|就|向|到|为|主|赴|召集|听取|宣布|致|发表)`,
  'g',
);

/** Just after a title, where a name may begin. */
export const AFTER_TITLE = new RegExp(`(?:${TITLE_ALTERNATION})(?=[\\u4e00-\\u9fff]{2})`, 'g');

/** The most common Chinese surnames; a name with no title must start with one. */
export const SURNAMES = new Set(
  ('王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝蔡习栗')
    .split(''),
);

/** Organisations and places end in these characters; a person's name does not. */
export const ORGANISATION_END = /[委府局厅部院会议办处组区市县省镇乡村所站室科司署社台团校级方]$/;

/** Two- or three-character words that look like names but are not people. */
export const NOT_NAMES = new Set([
  '方向', '方面', '方式', '方案', '方法', '王国', '高度', '高质量', '高水平', '金融', '金额', '文化', '文件', '文明', '文章', '万家',
  '时间', '时代', '时期', '安全', '安排', '全面', '全国', '全体', '全市', '全区', '全省', '全县', '全局', '全党', '全会', '明确', '明年',
  '常委', '常态', '常务', '史上', '关键', '关于', '关系', '关注', '任务', '任何', '严格', '党员', '党组', '党委', '华为', '宁波', '江苏',
  '江西', '湖北', '湖南', '黄河', '长江', '石油', '周边', '周年', '向前', '向好', '应急', '应对', '司法', '车辆', '路径', '华人',
  '成效', '成果', '成员', '成为', '程序', '龙头', '齐心', '包括', '包容', '连续', '简政', '宫殿', '和平', '和谐', '师生', '商务',
  '项目', '管理', '管控', '武汉', '林业', '林场', '马上', '于是', '于此', '许多', '伍佰', '毛泽东', '孙中山', '邓小平', '曾经',
  '周密', '周到', '高明', '方正', '严明', '严密', '齐全', '安定', '温和', '常规', '万一', '于是', '何况',
  '单位', '大家', '我们', '他们', '她们', '各地', '各级', '有关', '同志们', '群众', '专家', '学者', '代表', '委员', '领导', '干部',
]);

/** Verbs of procedure: agenda items, not directives (听取, 审议, 通过 …). */
export const PROCEDURE_VERBS = /^(?:听取|审议|通过(?=了|《)|研究(?!表明|显示)|传达|学习(?=了|贯彻|传达)|决定|讨论|通报|审定|部署了|确定|印发|宣读|观看|签订|签署|表决|选举)/;

/** A paragraph that carries a statement on: a numbered item or a new directive head. */
export const ENUMERATION_START = /^(?:[一二三四五六七八九十]+是|其[一二三四五六七八九十]|第[一二三四五六七八九十]+[，,、是]?|[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|\d+[.、．]|同时|此外|另外|最后|总之)/;

/** A paragraph that opens with a verb of action and no subject carries the directives on (努力把……, 加快……). */
export const DIRECTIVE_VERB_START = /^(?:努力|加快|推动|推进|加强|坚持|深化|扎实|切实|全面|着力|大力|积极|进一步|不断|持续|统筹|强化|完善|健全|提高|提升|做好|抓好|严格|坚决|防止|防范|注重|突出|围绕|聚焦|牢牢|始终|认真)/;

/** Someone else takes the floor with a verb that is no cue: 与会同志们表示，…… / 这位负责人说，…… */
export const ANOTHER_VOICE = /^[^，。；！？]{1,24}?(?:表示|说|介绍|称|谈到|坦言|回忆说|感慨)[，：:]/;

/** Where a statement ends and narrative resumes: credits, attendance, procedure, a dated new item. */
export const CREDIT_LINE = /^[（(]?\s*(?:记者|通讯员|责任编辑|编辑|来源|供稿|审核|审校|校对|摄影|图片|图文|文图|撰稿|作者|文\/|文字)\s*[：:\s]/;
export const TRAILING_CREDIT = /\s*[（(]\s*(?:记者|通讯员|编辑|责任编辑|来源|供稿|撰稿|作者|文\/|文字|摄影)[^（）()]{0,40}[）)]\s*$/;
export const NEWS_ITEM_START = /^(?:央视网消息|新华社|本报讯|人民网|中新社|中新网|据.{1,12}(?:报道|消息)|【[^】]{1,20}】)/;
export const MEETING_NARRATIVE = /^(?:会议(?:还|并|也|同时|一致)?(?!(?:指出|强调|要求|认为|提出|明确|号召|希望|部署|指示)[，,：:])|会上(?![，,])|(?:会|会议|会谈|会见|会晤|座谈|调研|检查|活动)(?:前|后|期间|结束后)|当晚|当天|与会(?!同志|人员|代表|者)|随后|当天|同日|次日|此前|日前|\d{1,2}月\d{1,2}日|[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)/;
export const ATTENDANCE = /(?:出席|列席)(?:了)?(?:会议|活动|仪式|大会|座谈会)|参加(?:了)?(?:上述)?(?:会议|活动|座谈会|调研|会见|会谈|会晤|仪式)|人参加|陪同|主持(?:了)?(?:会议|座谈会)[。；]?$/;

/** A sentence announcing the meeting: ……主持召开……会议 / ……召开……会议. */
export const MEETING_LEAD = /(?:召开|举行|主持|召集|组织召开)[^。；！？]*?(?:会议|会|全会|例会|座谈会|议)/;

/** Modal heads of directives, strongest first (必须 > 要 > 坚持/确保 > 力争 > 鼓励/倡导). */
export const MODALITY_WORDS: ReadonlyArray<readonly [RegExp, '必须' | '要' | '坚持' | '确保' | '力争' | '鼓励' | '倡导']> = [
  [/^(?:必须|务必|严禁|禁止|不得|决不|绝不|坚决)/, '必须'],
  [/^(?:要|应当|应该|应|需要|需)(?![求素点害闻])/, '要'],
  [/^坚持/, '坚持'],
  [/^确保/, '确保'],
  [/^力争/, '力争'],
  [/^(?:鼓励|支持|引导)/, '鼓励'],
  [/^倡导/, '倡导'],
];
