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
  '进一步',
  '还特别',
  '特别',
  '同时',
  '再次',
  '最后',
  '首先',
  '此外',
  '另外',
  '随后',
  '接着',
  '一致',
  '反复',
  '郑重',
  '专门',
  '深刻',
  '着重',
  '重点',
  '充分',
  '明确',
  '鲜明',
  '还',
  '并',
  '也',
  '又',
  '均',
  '都',
  '则',
  '亦',
  '更',
  '先后',
  '分别',
  // Time words stand there too: 习近平总书记近日作出重要指示强调.
  '近日',
  '日前',
  '近期',
  '多次',
  '此前',
  '今天',
  '昨天',
  '当天',
  '曾',
  // And how often or how first (习近平总书记首次提出, 始终强调, 当时就指出, 俄方始终认为, 外资机构普遍认为).
  '首次',
  '始终',
  '一再',
  '一直',
  '屡次',
  '就',
  '早就',
  '普遍',
  '共同',
  '纷纷',
  '同样',
  '依然',
  '仍然',
  '仍',
  '同一天',
  '同日',
  '此前一天',
  '前一天',
  '当日',
  // Done already (加拿大总理卡尼已要求……, 双方早已同意……).
  '已',
  '已经',
  '早已',
];

/** The Party's general secretaries a bare 总书记 may stand for, the present one first. */
export const PARTY_LEADERS: readonly string[] = ['习近平', '胡锦涛', '江泽民'];

/**
 * Lead phrases: 在讲话中, 在主持会议时, 在总结讲话时, 在会上, 在听取汇报后; 发表重要讲话, 发表谈话, 作重要指示; and the 中
 * of a text or a meeting that speaks in it (二十条措施中明确要求, 党的二十大报告中指出, 中央经济工作会议中提出).
 */
const OCCASION = '(?:视察|考察|调研|出席|会见|会晤|会谈|主持|听取|检查|看望|慰问|参加|接见|同|与|接受|回答|致电|致信)[^，。；！？：\\n]{0,30}?(?:时|期间|之际)';
/** An occasion a phrase opens with, after a comma that parts it from the speaker (习近平总书记……，参加江苏代表团审议时指出). */
export const OCCASION_PHRASE = new RegExp(`^${OCCASION}$`);
export const LEAD_PHRASE = new RegExp(
  String.raw`(?:在[^，。；！？：\n]{0,30}?(?:时|中|上|后|期间|之际|之后|以后)|(?<=[\u4e00-\u9fff\d])${OCCASION}|(?:发表|(?<!工)作|作出|做)(?:了)?(?:重要|总结|书面)?(?:讲话|谈话|指示|批示|致辞|报告)(?:时|中|并|后)?|(?:出席|主持)[^，。；！？：\n]{0,30}?并(?:发表(?:重要)?)?讲话|讲话(?:时|中)|致辞(?:时|中)|(?<=(?:报告|纲要|规划|措施|方案|意见|决定|决议|通知|公报|会议|全会|》))中|\d{1,2}日|\d{1,2}月\d{1,2}日|[（(]\d{1,2}月\d{1,2}日[）)])$`,
);

/** Words before a speaker that make the cue a reported or noun use (按照会议要求, 根据……要求, 应伊拉克总理苏达尼要求). */
export const REPORTED_USE =
  /^(?:按照|根据|遵照|依照|依据|按|照|对照|落实|贯彻|结合|围绕|针对|对于|对|为了|为|把|将|向|从|就|以(?![总外防军方色国])|应(?![急用对当该邀])|关于|符合|达到|不符合|严格按照|认真落实|认真贯彻)/;

/** The meeting as speaker: 会议, 会上, 全会, ……工作会议, 与会同志. */
export const MEETING_SPEAKER = /(?:会议|会上|全会|常委会|常务会|座谈会|例会|大会|会议一致|党的[一二三四五六七八九十]+大)$/;

/** Unnamed officials keep the words that name them (发展改革委有关负责人). */
export const OFFICIAL_SPEAKER = /(?:有关负责人|负责人|负责同志|有关负责同志|新闻发言人|发言人|有关人士|相关负责人|与会同志|与会人员|与会代表|与会者|与会专家)$/;

/**
 * An organisation or a country's side speaks as written (国家卫生健康委强调, 外交部指出,
 * 中方认为, 布方希望); so does a delegate named by the body they represent (中国代表指出).
 */
export const ORGANISATION_SPEAKER =
  /^(?![^，。]*(?:部署|把握|推动|落实|贯彻|学习|推进|加强|实施|要|将|已|在|对|向|把|被))(?!广大|大家|干部|党员)[\u4e00-\u9fff、]{0,20}?(?:委员会|委|(?<!干)部|局|厅|署|办公室|办|法院|检察院|(?<=最高)[法检]|政府|中心|协会|联合会|联防联控机制|机制|大使馆|使馆|代表团|组织|理事会|议会|国会|(?<![结公])社|等[一二三四五六七八九十\d]*个?(?:部门|单位)|(?<![\u4e00-\u9fff])(?!地方|一方)[\u4e00-\u9fff]方|代表)$/;

/**
 * Groups and unnamed voices speak as written, by the word that names them (与会嘉宾, 国际人士,
 * 专家, 委员们, 各方, 美国媒体, 日本舆论, 两国元首, 袁海峰团队; 分析认为, 研究认为).
 */
export const GROUP_SPEAKER =
  /(?:人士|嘉宾|专家|学者|学家|大家|们|(?<=的|广大)同志|群众|干部|代表|委员|人员|元首|领导人|媒体|舆论|社会|团队|团体|机构|企业|工商界|各界|(?<![记读]|(?<!工)作)者|网民|网友|民众|人们|青年|青少年|师生|学生|党员|职工|官兵|居民|市民|村民|农民|古人|各方|双方|三方|多方|方面|分析|研究|调查|国家|政府|卫队|部队|军方|军队|集团|公司|银行|基金|基金会|智库|研究所|研究院|大学|学会|商会|联盟|总工会|工会|中央)$/;

/** Words between a voice and its cue that say how it spoke (中方代表发言指出, 专家研判认为, 美国媒体分析认为). */
export const MANNER = /(?:发文|撰文|发表文章|发表评论|发言|研判|分析)$/;

/** Words that make a phrase say what someone does, not who speaks (贯彻落实党中央决策部署, 响应国家号召, 还应群众要求). */
export const NOT_A_VOICE =
  /如果|假如|若|部署|把握|推动|落实|贯彻|学习|推进|加强|实施|要|将|已|在(?!场)|对|向|把|被|响应|根据|按照|依据|遵照|(?:^|还|并|也)应(?!急|用|对)/;

/**
 * A text named in 《》 speaks by that name, after the words that place it or before how and when it speaks (今年《政府工作报告》,
 * 《报告》例举事实, 德国《时代》周报网站近日刊文).
 */
export const NAMED_DOCUMENT = /《[^《》]{1,60}》(?=[^《》，。]{0,6}$|[^《》，。]{0,4}(?:近日|日前|今天|昨天|当天|此前)[^《》，。]{0,4}$)/;

/** Texts that speak by their name as written (中央一号文件, 路博迈基金的研报, a law: 法治宣传教育法, 新法). */
export const TEXT_AS_WRITTEN = /^(?![^，。]*(?:根据|按照|依据))[^，。]{1,30}?(?:文件|研报|(?<![看做方想说手写用立司执办宪兵魔语])法)$/;

/** A country's army by the country's short name (以军要求……, 俄军认为……). */
export const ARMY_SPEAKER = /^(?:以|美|俄|乌|英|法|德|日|韩|朝|叙|黎|伊|印|巴|土|沙|也|苏|泰|缅|菲|越)军$/;

/** A province, region or city that speaks for its government (北京市要求……, 福建省要求……); not 各省市, 全市. */
export const PLACE_SPEAKER = /^(?![各全本该])[\u4e00-\u9fff]{2,10}(?:省|市|自治区)$/;

/** The time a phrase opens with, which is no part of a speaker's name (今年《政府工作报告》). */
export const SETTING_WORDS = /^(?:今年|去年|近日|日前|此前|今天|昨天|当天)/;

// What a body or a text does before it speaks: a time, publishing, deploying (……近日印发通知，要求……).
const SUBJECT_ACTS =
  '(?:近日|日前|近期|今天|昨天|今年|\\d|联合|印发|发布|发出|下发|出台|制定|修订|部署|召开|举行|派出|对|就|在|于|持续|进一步|会同|向|针对|已|将|正|公布|通报|启动|开展|决定|宣布|总结|回顾|研判|会商|调度)';

/** How the name of a ministry, commission, bureau or office ends (not 格局, 全部, 举办, 部署, 签署, 大厅). */
export const BODY_END =
  '(?:委员会|(?<![党])委|(?<![干全内外局东西南北中头底])部|(?<![格布结大全当时败僵变])局|(?<![餐大客展])厅|(?<![部签])署|办公室|(?<![举主承创开兴操代])办)';

/** Bodies a sentence opens with, named in full up to their kind (……部, ……委, ……局, 等五部门): 中共中央办公厅、国务院办公厅印发……, 中共中央组织部近日……. */
export const BODY_AT_START = new RegExp(
  `^((?:[\\u4e00-\\u9fff]{1,14}?(?:${BODY_END}|法院|检察院|(?<=最高)[法检]|政府|中心|协会|联合会|联防联控机制|总工会|军委|中央|国务院|领导小组)[、和]?)+?(?:等[一二三四五六七八九十\\d]*(?:个)?(?:部门|单位|机构))?)(?<![、和])(?=${SUBJECT_ACTS})`,
);

/** A text a sentence opens with (报告总结……，提出……; 《意见》明确……). */
export const TEXT_AT_START = new RegExp(`^(报告|公报|决议|通知|意见|规划|方案|《[^《》]{1,60}》)(?=${SUBJECT_ACTS})`);

/** A text speaks as itself: 文章指出, 社论强调, 《工作方案》提出. */
export const TEXT_SPEAKER =
  /^(?:文章|社论|评论员文章|评论|决议|公报|通知|意见|报告|讲话|发言|贺信|贺电|贺词|致辞|白皮书|声明|倡议书|倡议|纲要|规划|方案|决定|条例|办法|规定|《[^》]{1,60}》)$/;

/**
 * A document named with what sets it apart speaks by its kind (党的二十大报告 → 报告,
 * “十五五”规划建议 → 规划建议, 季度经济展望报告 → 报告, ……印发通知 → 通知, 巡视反馈 → 反馈).
 */
export const DOCUMENT_SPEAKER =
  /(?:政府工作报告|规划建议|规划纲要|请愿书|白皮书|蓝皮书|倡议书|评论员文章|会议纪要|纪要|公报|报告|决议|声明|通知|意见|条例|规定|办法|方案|纲要|规划|决定|社论|贺信|贺电|贺词|回信|复信|嘉奖令|命令|通令|公告|通告|指南|宣言|宪章|联合声明|文章|党章|宪法|公约|细则|规则|措施|反馈|报道|谈话|通报|约谈|锐评|共同发言|批示|说明)$/;

export const PRONOUNS = /^(?:他|她)$/;
/** 他们认为: a group the item named before. */
export const GROUP_PRONOUNS = /^(?:他们|她们)$/;

/** Official titles that precede a name: 区委书记、区长于军 → 于军. Longest first. */
export const TITLES = [
  '中共中央总书记',
  '国家主席',
  '中央军委主席',
  '国务院总理',
  '国务院副总理',
  '国务委员',
  '全国人大常委会委员长',
  '全国政协主席',
  '总书记',
  '副书记',
  '书记',
  '副主席',
  '主席',
  '副总理',
  '总理',
  '委员长',
  '副委员长',
  '秘书长',
  '副秘书长',
  '部长',
  '副部长',
  '省长',
  '副省长',
  '市长',
  '副市长',
  '区长',
  '副区长',
  '县长',
  '副县长',
  '镇长',
  '乡长',
  '街道主任',
  '局长',
  '副局长',
  '司长',
  '副司长',
  '厅长',
  '副厅长',
  '处长',
  '科长',
  '组长',
  '副组长',
  '主任',
  '副主任',
  '委员',
  '常委',
  '院长',
  '副院长',
  '校长',
  '副校长',
  '厂长',
  '所长',
  '站长',
  '场长',
  '队长',
  '司令员',
  // Foreign commanders (武装部队总司令布尔汉, 防护部队司令基里洛夫).
  '总司令',
  '司令',
  '政委',
  '政治委员',
  '参谋长',
  '董事长',
  '总经理',
  '经理',
  '总裁',
  '检察长',
  '审计长',
  '行长',
  '署长',
  '总监',
  '会长',
  '理事长',
  '社长',
  '台长',
  '总编辑',
  '主编',
  '代表',
  '特使',
  '大使',
  '总统',
  '首相',
  '国王',
  '总督',
  '议长',
  '总干事',
  '国务委员长',
  '教授',
  '研究员',
  '专员',
  '巡视员',
  '调研员',
  '党组成员',
  '成员',
  '同志',
  // Foreign offices: 外长拉夫罗夫, 财长库基斯, 外交大臣拉斯穆森, 州长纽森, 领导人阿卜杜勒·马利克·胡塞.
  '外长',
  '财长',
  '防长',
  '大臣',
  '州长',
  '领导人',
  // Who speaks for an institute or a market (负责人瓦姆巴赫, 首席经济学家……, 分析师……).
  '负责人',
  '经济学家',
  '分析师',
  '领袖',
  '党首',
  '议员',
  '首席执行官',
  '执行秘书',
  '新闻秘书',
  '秘书',
  '发言人',
  '总指挥',
];

const TITLE_ALTERNATION = [...TITLES].sort((a, b) => b.length - a.length).join('|');
/** The last title in a speaker phrase ends where the name begins. */
export const LAST_TITLE = new RegExp(`(?:${TITLE_ALTERNATION})(?!.*(?:${TITLE_ALTERNATION}))`);

/** Every title, longest first. */
export const TITLE = new RegExp(`(?:${TITLE_ALTERNATION})`, 'g');

/** Title followed by a name and then something a person does: 市长曹路宝分别…, 区委书记于军主持… (the meeting's people). */
export const TITLED_NAME = new RegExp(
  `(?:${TITLE_ALTERNATION})([\\u4e00-\\u9fff]{2,3}?)(?=[，、。；：\\s（(\\d]|今天|昨天|近日|日前|主持|出席|参加|在|来到|前往|指出|强调|要求|认为|提出|表示|说|代表|先后|分别|一行|等|同志|会见|作|深入|调研|检查|考察|率|带队|还|并|也|同|与|和|对|就|向|到|为|主|赴|召集|听取|宣布|致|发表)`,
  'g',
);

/**
 * What follows a name: punctuation, a date, a title, or something a person does
 * (市长曹路宝分别…, 区委书记于军主持…, 总统马杜罗表示…, 副总理张国清于19日…).
 */
export const NAME_END = new RegExp(
  `^(?:[，,、。；;：:！？\\s（(“\\d０-９]|${TITLE_ALTERNATION}|的|今天|昨天|近日|日前|当天|当日|同日|此前|随后|首先|主持|出席|参加|在|于|来到|前往|抵达|指出|强调|要求|认为|提出|明确|号召|希望|部署|指示|表示|说|称|宣布|介绍|代表|先后|分别|一行|立即|当场|随即|等|会见|会晤|会谈|召见|接见|会面|通话|重申|否认|承认|证实|声称|宣称|通电话|作|做|深入|调研|检查|考察|视察|率|带队|还|并|也|又|已|曾|将|则|同|与|和|对|就|向|到|为|主|赴|召集|听取|宣读|致|发表|签署|警告|呼吁|谴责|敦促|透露|批评|指责|回应|坦言|看望|慰问|走访|察看|了解|陪同|讲话|发言|接受|回答|夫人|先生|阁下|一起|亲切|专程|再次|多次|几次|前|近期|举行|访问|访华|出访|结束|离开)`,
);

/**
 * Characters of transliterated foreign names (马杜罗, 欧尔班, 泽连斯基, 内塔尼亚胡):
 * a foreign name is a run of them, where a Chinese name starts with a surname.
 */
export const TRANSLITERATION = new Set(
  '易罕朔济茂思洪边祖文卜京夫娃娜丝汀莉娅蒂芙妮黛涅楠廷策赞居喀堪阔昆柳缪乃派热茹若魏侯汗久留阿埃艾爱安昂奥敖巴拜班邦鲍贝本比彼毕庇宾波伯勃博布查达戴黛丹道得德登邓迪蒂丁东都杜敦多厄恩尔法凡范菲费芬丰冯佛弗伏福富盖甘冈高戈哥格根贡古瓜圭哈海亥汉豪赫黑亨胡华怀霍吉基及季加迦贾简杰捷金津卡开凯坎康柯科克肯库夸奎拉腊莱赖兰朗劳乐勒雷蕾黎里理丽利莉利连廉林琳列铃隆卢鲁陆路露伦罗洛吕律马玛迈麦曼芒梅美门蒙孟米密缅敏明摩莫墨默姆木穆拿纳娜奈南瑙内妮尼宁纽努诺欧帕潘庞培佩彭皮珀普齐奇契恰乔切钦琴琼丘屈萨塞赛桑瑟森沙莎山善尚绍舍申圣施什史舒斯松苏索塔泰坦汤唐特滕提图托瓦万旺威韦维温翁沃乌伍武西希锡席夏肖谢辛休雅亚延扬耶伊依因英尤约扎詹泽增佐兹茨哲通'.split(
    '',
  ),
);

/** The most common Chinese surnames; a name with no title must start with one. */
export const SURNAMES = new Set(
  '王李张刘陈杨黄洪赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝蔡习栗傅阎谌帅揭郜蔺荆冼楼阙储逄邰晁庹'.split(
    '',
  ),
);

/**
 * Countries and regions in the news, which the segmenter often takes for names
 * (索马里/nr, 汤加/nr) and which stand before titles (索马里总统马哈茂德).
 */
export const COUNTRIES = new Set(
  `阿富汗 阿尔巴尼亚 阿尔及利亚 安道尔 安哥拉 安提瓜和巴布达 阿根廷 亚美尼亚 澳大利亚 奥地利 阿塞拜疆 巴哈马 巴林 孟加拉国 巴巴多斯 白俄罗斯 比利时 伯利兹 贝宁 不丹
  玻利维亚 波黑 博茨瓦纳 巴西 文莱 保加利亚 布基纳法索 布隆迪 柬埔寨 喀麦隆 加拿大 佛得角 中非 乍得 智利 哥伦比亚 科摩罗 刚果 哥斯达黎加 科特迪瓦 克罗地亚 古巴
  塞浦路斯 捷克 丹麦 吉布提 多米尼克 多米尼加 厄瓜多尔 埃及 萨尔瓦多 赤道几内亚 厄立特里亚 爱沙尼亚 埃塞俄比亚 斐济 芬兰 法国 加蓬 冈比亚 格鲁吉亚 德国 加纳 希腊
  格林纳达 危地马拉 几内亚 几内亚比绍 圭亚那 海地 洪都拉斯 匈牙利 冰岛 印度 印度尼西亚 印尼 伊朗 伊拉克 爱尔兰 以色列 意大利 牙买加 日本 约旦 哈萨克斯坦 肯尼亚
  基里巴斯 科威特 吉尔吉斯斯坦 老挝 拉脱维亚 黎巴嫩 莱索托 利比里亚 利比亚 列支敦士登 立陶宛 卢森堡 马达加斯加 马拉维 马来西亚 马尔代夫 马里 马耳他 马绍尔群岛
  毛里塔尼亚 毛里求斯 墨西哥 密克罗尼西亚 摩尔多瓦 摩纳哥 蒙古 蒙古国 黑山 摩洛哥 莫桑比克 缅甸 纳米比亚 瑙鲁 尼泊尔 荷兰 新西兰 尼加拉瓜 尼日尔 尼日利亚 朝鲜
  北马其顿 挪威 阿曼 巴基斯坦 帕劳 巴勒斯坦 巴拿马 巴布亚新几内亚 巴拉圭 秘鲁 菲律宾 波兰 葡萄牙 卡塔尔 罗马尼亚 俄罗斯 卢旺达 萨摩亚 圣马力诺 沙特 沙特阿拉伯
  塞内加尔 塞尔维亚 塞舌尔 塞拉利昂 新加坡 斯洛伐克 斯洛文尼亚 所罗门群岛 索马里 南非 韩国 南苏丹 西班牙 斯里兰卡 苏丹 苏里南 瑞典 瑞士 叙利亚 塔吉克斯坦 坦桑尼亚
  泰国 东帝汶 多哥 汤加 特立尼达和多巴哥 突尼斯 土耳其 土库曼斯坦 图瓦卢 乌干达 乌克兰 阿联酋 英国 美国 乌拉圭 乌兹别克斯坦 瓦努阿图 委内瑞拉 越南 也门 赞比亚
  津巴布韦 欧盟 北约 东盟 非盟 阿盟 联合国 内蒙古 西藏 新疆 宁夏 广西 香港 澳门 台湾 加沙 约旦河西岸 克里米亚 库尔德 巴黎 伦敦 莫斯科 华盛顿 纽约 东京 柏林`.split(
    /\s+/,
  ),
);

/** Organisations and places end in these characters; a person's name does not. */
export const ORGANISATION_END = /[委府局厅部院会议办处组区市县省镇乡村所站室科司署社台团校级方]$/;

/** Two- or three-character words that look like names but are not people. */
export const NOT_NAMES = new Set([
  '方向',
  '方面',
  '方式',
  '方案',
  '方法',
  '王国',
  '高度',
  '高质量',
  '高水平',
  '金融',
  '金额',
  '文化',
  '文件',
  '文明',
  '文章',
  '万家',
  '时间',
  '时代',
  '时期',
  '安全',
  '安排',
  '全面',
  '全国',
  '全体',
  '全市',
  '全区',
  '全省',
  '全县',
  '全局',
  '全党',
  '全会',
  '明确',
  '明年',
  '常委',
  '常态',
  '常务',
  '史上',
  '关键',
  '关于',
  '关系',
  '关注',
  '任务',
  '任何',
  '严格',
  '党员',
  '党组',
  '党委',
  '华为',
  '宁波',
  '江苏',
  '江西',
  '湖北',
  '湖南',
  '黄河',
  '长江',
  '石油',
  '周边',
  '周年',
  '向前',
  '向好',
  '应急',
  '应对',
  '司法',
  '车辆',
  '路径',
  '华人',
  '成效',
  '成果',
  '成员',
  '成为',
  '程序',
  '龙头',
  '齐心',
  '包括',
  '包容',
  '连续',
  '简政',
  '宫殿',
  '和平',
  '和谐',
  '师生',
  '商务',
  '项目',
  '管理',
  '管控',
  '武汉',
  '林业',
  '林场',
  '马上',
  '于是',
  '于此',
  '许多',
  '伍佰',
  '毛泽东',
  '孙中山',
  '邓小平',
  '曾经',
  '周密',
  '周到',
  '高明',
  '方正',
  '严明',
  '严密',
  '齐全',
  '安定',
  '温和',
  '常规',
  '万一',
  '于是',
  '何况',
  '单位',
  '大家',
  '我们',
  '他们',
  '她们',
  '各地',
  '各级',
  '有关',
  '同志们',
  '群众',
  '专家',
  '学者',
  '代表',
  '委员',
  '领导',
  '干部',
  // Common words the segmenter takes for names (卓越/nr, 顾问/nr).
  '卓越',
  '顾问',
  '亲自',
  '始终',
  '十分',
  '深情',
  '殷切',
  '多次',
  '一直',
  '党的',
  '党和',
  '华夏',
  '万众',
]);

/** Verbs of procedure: agenda items, not directives (听取, 审议, 通过 …). */
export const PROCEDURE_VERBS =
  /^(?:听取|审议|通过(?=了|《)|研究(?!表明|显示)|传达|学习(?=了|贯彻|传达)|决定|讨论|通报|审定|部署了|确定|印发|宣读|观看|签订|签署|表决|选举)/;

/** A numbered item (一是, 第一, （一）, 1.): once a clause has opened a list, its items may run over several paragraphs. */
export const LIST_ITEM =
  /^(?:[一二三四五六七八九十]+是|其[一二三四五六七八九十]|第[一二三四五六七八九十]+(?![一二三四五六七八九十届次个条批年季期项名位部章节款轮])[，,、是]?|[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|\d+[.、．])/;

/** A paragraph that carries a statement on: a numbered item, an item under a dash (——我们共同宣布……), or a new directive head. */
export const ENUMERATION_START =
  /^(?:——(?!—)|[一二三四五六七八九十]+是|其[一二三四五六七八九十]|第[一二三四五六七八九十]+(?![一二三四五六七八九十届次个条批年季期项名位部章节款轮])[，,、是]?|[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|\d+[.、．]|同时|此外|另外|最后|总之)/;

/** A paragraph that opens with a verb of action and no subject carries the directives on (努力把……, 加快……). */
export const DIRECTIVE_VERB_START =
  /^(?:更好|更加|加大|全力|努力|加快|推动|推进|加强|坚持|深化|扎实|切实|全面|着力|大力|积极|进一步|不断|持续|统筹|强化|完善|健全|提高|提升|做好|抓好|严格|坚决|防止|防范|注重|突出|围绕|聚焦|牢牢|始终|认真)/;

/**
 * Someone else takes the floor with a verb that is no cue, or another source: 与会同志们表示，…… / 这位负责人说，…… /
 * ……公布数据显示，…… / 鲁登科警告，…… / 选前民调显示，…… / 中央气象台预计，……
 */
export const ANOTHER_VOICE =
  /^(?![你您])[^，。；！？]{1,40}?(?:表示|(?<![来所是如就])说|介绍|称|谈到|坦言|回忆说|感慨|(?<![重的正大])警告|(?<![我们方])预计|(?:数据|调查|民调|统计)显示)[，：:]/;

/** Groups who speak in reaction pieces and features: 广大党员干部, 大家, 与会代表, 专家学者. */
export const GROUP_SUBJECT = /广大|大家|与会|干部群众|群众|专家|学者|人们|各界|网友|业内人士|市民|村民|职工|师生|官兵|党员干部|代表委员/;

/**
 * The reporter and the programme speak: 来看总台记者的专访, 记者了解到, 《权威访谈》今天播出, 本节目还将在……同步上线;
 * the programme turns to its viewers (系列报道《逐梦新程》，今天（12月3日）我们来关注……; 今天（8月10日）的《感知生态之变》，
 * 让我们一起来看……; 下面，就让我们来感知……; 跟随我们的记者一起去看一看).
 */
export const REPORTER =
  /系列报道《|(?:跟随|跟着)[^，。；]{0,6}记者|一起去看(?:一)?看|一起来看看|今天（\d{1,2}月\d{1,2}日）(?:的)?《|(?:让)?我们(?:一起)?(?:来|去)(?:看|关注|感知|走进|感受|了解)|本节目|节目还将|同步上线|敬请关注|来看[^，。；]{0,16}(?:记者|报道|专访|发现)|(?:总台|本台)?记者(?:了解到|获悉|从[^，。]{1,16}获悉|采访|走访|看到|发现|注意到)|《[^》]{1,30}》(?:栏目)?[^，。]{0,12}(?:播出|推出)|(?:专题片|纪录片|系列片|节目)《[^》]{1,30}》[^。；]{0,30}?播出/;

/** Someone else takes the floor inside a sentence: ……引发强烈反响，大家表示，…… */
export const GROUP_VOICE = /[，,][^，。；！？“”]{1,24}?(?:表示|(?<![所来是如就])说)[，,：:]/;

/**
 * A sentence of the reporter's own narration opens with its own time or place
 * (今年以来，……; 眼下，……; 当前，各地……; 截至……，; 目前有超过150万……; 近一段时间，……), or dates what
 * happened to the day (2016年8月19日，……召开), as a speaker's words seldom do.
 */
export const NARRATION_OPENER =
  /^(?:(?:眼下|如今|目前|当下)(?=正)|\d{4}年\d{1,2}月\d{1,2}日|近一段时间|一段时间以来|今年以来|去年以来|近年来|近些年来|一年来|多年来|这些年来|如今|眼下|新年开年|开年以来|放眼[^，,]{0,12}|截至[^，,]{0,20}|据[^，,]{0,12}|最新数据显示|数据显示|不久前|近日|日前|对此|(?:当前|目前)(?=[，,](?:我国|各地|全国|多地|各级|各省)))(?:[，,]|(?=正))|^(?:目前|当前|眼下)(?=有|已有|仍有|尚有|共有)/;

/**
 * …… or with a year, a month or a place, which a document's targets (2025年，……) and a
 * speech's settings may also open with: narration after a person's words, not a text's.
 */
export const NARRATION_SETTING =
  /^(?:今年|去年|\d{4}年(?:以来)?|[一二三四五六七八九十\d]{1,2}月(?:份|以来)?|“十[一二三四五六七八九]五”(?:期间|以来)|此前|在[^，,。；“”]{2,12}(?<![中上下里时前后间]))[，,]/;

/** A named meeting or plenum whose decisions the reporter recounts: 党的二十届三中全会对……作出系统部署。 */
export const MEETING_RECOUNTED = /^(?:党的)?[^，。；“”]{2,16}?(?:全会|会议|大会)(?=对|把|将|在|提出|强调|指出|明确|作出|审议|通过|部署)/;

/**
 * A focus, then the country or its places at work: 聚焦特殊群体，我国基本民生保障安全网越织越牢; 围绕国家长远发展和安全急需，
 * 我国加强……布局; 聚焦有效益的投资，一系列重大举措落地生效. The reporter's narration, unless what follows directs (……，各地要……).
 */
export const FOCUS_NARRATED = /^(?:聚焦|围绕|着眼|立足)[^，,。；;“”]{1,20}[，,](?:我国|一系列|一批|各地|全国|多地|各级|当地)/;

/** …… and a later piece that sets the reporter's time and subject: 以“数实融合”为主线，今年国家将…… */
export const NARRATION_PIECE = /[，,](?:今年|明年|近年来|如今|目前|当前)(?:以来)?[，,]?(?:我国|国家|各地|全国|多地)/;

/** The speaker's name inside the name of a thought is no mention of the speaker (习近平新时代中国特色社会主义思想). */
export const SPEAKERS_THOUGHT = /习近平[^，。；、“”]{0,12}?思想/g;

/** A site or account name in parentheses closing the body: （中国青年之家）. */
export const TRAILING_FOOTER = /\s*[（(][^（）()]{1,20}(?:之家|网|公众号|客户端|融媒体中心|日报|晚报|新闻)[）)]\s*$/;

/** Where a statement ends and narrative resumes: attendance, procedure, a dated new item (credits: language/credits.ts). */
export const NEWS_ITEM_START = /^(?:央视网消息|新华社|本报讯|人民网|中新社|中新网|(?:另|又)?据.{1,12}(?:报道|消息)|【[^】]{1,20}】)/;
export const MEETING_NARRATIVE =
  /^(?:(?:根据|按照|依据)(?:本次)?会议|(?:该|此次|这次|本次|本届)(?:会议|会|活动|论坛|峰会)|会议(?:还|并|也|同时|一致)?(?!(?:指出|强调|要求|认为|提出|明确|号召|希望|部署|指示)[，,：:])|会上(?![，,])|(?:会|会议|会谈|会见|会晤|座谈|调研|检查|活动)(?:前|后|期间|结束后)|当晚|当天|与会(?!同志|人员|代表|者)|随后|当天|同日|次日|此前|日前|\d{1,2}月\d{1,2}日|[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)/;
/**
 * The scene of the event and its mood, which the reporter describes (植树现场气氛热烈，……; 现场一派……景象), or the
 * season it sets (初冬的白洋淀碧波荡漾。; 隆冬时节，……暖意融融; 盛夏时节，……).
 */
export const SCENE_MOOD =
  /^[^，。；“”]{0,8}现场(?=[^。；]{0,8}(?:气氛|一派|掌声|欢声))|^(?:初|早|仲|暮|晚|深|盛|隆|寒)(?:春|夏|秋|冬)(?:的|时节|季节|之际|[，,])/;
/** A day of the month opening a sentence (4日，……; 18日—24日，……; 当地时间5日……): the reporter dates an event. */
export const DAY_OPENER = /^(?:当地时间)?\d{1,2}日(?:[—\-－至到]\d{1,2}日)?(?:[，,]|上午|下午|晚|早|凌晨|夜|起)/;

/**
 * The reporter's own context for what was said: how often it happened (这是……连续第20年……), a plan
 * (按计划，), a source (据统计，; 根据德国零售业协会预测，), when a rule takes effect (办法将于……起施行, 《办法》明年1月1日起施行).
 */
export const REPORTERS_CONTEXT =
  /^(?:这(?:也)?是[^，。；]{0,24}?(?:第[一二三四五六七八九十\d]+|首次)|按(?:照)?计划[，,]|(?:据|根据)[^，。；]{0,30}?(?:报道|消息|统计|监测|测算|预测|数据|介绍|了解)|[^，。；]{1,16}(?:将于[^，。；]{2,20}?(?:起)?|[^，。；]{2,16}?起)(?:正式)?(?:施行|实施|生效)。?$)/;

/**
 * Another party acts at a time of its own or answers (伊朗最高领袖哈梅内伊当天也会见了哈立德; 美国近日宣布……; 美国防部官员此前已承认……;
 * 委内瑞拉政府对此予以谴责; 美方代表则予以否认; 夏威夷电力公司还未对此作出回应); not the speaker's side (中方近日宣布……).
 */
export const ANOTHER_ACTS =
  /^(?![^，。；]*?(?:我|中方|中国))[^，。；“”]{2,24}?(?:(?:今天|昨天|近日|日前|当天|当日|同日|此前|随后|\d{1,2}日)(?:也|还|又|则|已|再次|随即)?(?:宣布|发表|发布|会见|会晤|举行|召开|签署|启动|派出|抵达|访问|表示|称|谴责|批评|指责|否认|承认|证实|回应|决定|对[^，。；]{1,30}?表示)|(?:对此|随即|则|也|还)(?:予以|表示)?(?:谴责|否认|反驳|驳斥)|(?:还|尚|暂|目前)?(?:未|没有)(?:对此)?(?:作出|做出)?(?:回应|置评|表态))/;

/** What a group of speakers did besides (大家还就……提出意见建议; 大家围绕今年政府工作提出意见建议) or agreed (双方同意……). */
export const GROUP_REMARKS =
  /^(?:(?:大家|代表们|委员们|与会[^，。；]{0,8}?)(?:还|也|并|纷纷)?(?:就|围绕)[^。；]{1,40}?(?:提出|发表|交流|建言)|(?:双方|两国元首|两国领导人|各方)[^，。；]{0,4}同意)/;

export const ATTENDANCE =
  /(?:出席|列席)(?:了)?(?:会议|活动|仪式|大会|座谈会)|(?:先后|分别|也|还)(?:致辞|发言|讲话|作主旨演讲)[。；]?$|参加(?:了)?(?:上述)?(?:会议|活动|座谈会|调研|会见|会谈|会晤|仪式)|人参加|(?:\d+|[一二三四五六七八九十百千]+)余?(?:人|名[^，。；]{0,6})(?:参会|与会)[。；]?$|陪同|主持(?:了)?(?:会议|座谈会)[。；]?$/;

/**
 * Others who take the floor or attend, told as an event closing the sentence (其他台胞代表也作了发言。;
 * 多位外国专家代表发言。; 国务委员吴政隆作交流发言。; ……负责同志等参加。): the statement before it has ended.
 */
export const OTHERS_TAKE_THE_FLOOR =
  /^[^，。；“”要应须]{2,40}?(?:(?:作|做)了?(?:大会|交流|主旨|书面|视频)?发言|(?:代表|专家|委员|人士|同志)(?:们)?(?:先后|分别|也|还)?发言|等参加)[。；]?$/;

/**
 * A sentence announcing the meeting: ……主持召开……会议 / ……召开……常委会. A meeting is named as
 * one: rallies, protests and talks (举行集会, 举行抗议, 举行会晤) and press conferences hold no meeting.
 */
export const MEETING_NOUN =
  /(?:会议|全会|例会|座谈会|大会|(?:常务|常委|党组|党委|党工委|支委|办公|推进|调度|部署|动员|联席|专题|务虚|恳谈|汇报|协调|碰头|现场|分析|总结|表彰|培训|交流|观摩|讲评|述职|评议|研讨|论证|工作|视频|电视电话)会)/;
export const MEETING_LEAD = new RegExp(`(?:召开|举行|主持|召集|组织召开)[^。；！？]*?${MEETING_NOUN.source}`);

/** Page furniture after the body: a licence number, a link back to the original, a copyright line. */
export const FOOTER_LINE =
  /^(?:\[查看原文\]|[^。]{0,40}ICP(?:备|证)|[^。]{0,40}公网安备|[^。]{0,20}版权所有|copyright|©|(?:主办|承办|协办)(?:单位)?[：:]|技术支持[：:]|(?:联系|服务)电话[：:])/i;

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
