/**
 * Every kind of speaker ../shared/gold/GUIDELINES.md allows, in news items of every
 * genre: people (with what stands between them and the cue), pronouns, bare titles,
 * groups and unnamed voices, organisations and sides, texts. Each case is a short
 * report through the public `extract`.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { clauses, said, speakers } from './said.js';

describe('a body named by what it is (该机构, 该组织) is the body the item named', () => {
  it('reads 该机构 as the body of that kind named before, else as the body that opened a sentence before', () => {
    expect(speakers('国际原子能机构5日发表声明说，专家检查了核电站的部分区域。该机构希望下一步能对核电站3号和4号机组进行检查。')).toEqual([
      '国际原子能机构/official/希望',
    ]);
    expect(speakers('据阿拉比亚电视台30日报道，联合国世界粮食计划署当天表示，正在努力避免加沙地带出现饥荒。该机构强调，长期停火是唯一途径。')).toEqual([
      '联合国世界粮食计划署/official/强调',
    ]);
    expect(speakers('该组织认为，局势仍在恶化。')).toEqual(['该组织/official/认为']);
  });
});

describe('groups and unnamed voices keep the words that name them', () => {
  it('reads guests, experts, members, sides and the press as speakers (official)', () => {
    expect(
      speakers(
        '与会嘉宾认为，论坛为各方交流提供了平台。国际人士指出，单边主义损害全球经济。委员们认为，要完善科技成果评价机制。' +
          '两国元首认为，双方要加强战略沟通。日本舆论认为，核污染水排海危害海洋环境。袁海峰团队提出，可用新方法培育耐盐碱水稻。',
      ),
    ).toEqual([
      '与会嘉宾/official/认为',
      '国际人士/official/指出',
      '委员们/official/认为',
      '两国元首/official/认为',
      '日本舆论/official/认为',
      '袁海峰团队/official/提出',
    ]);
  });

  it('reads the young, students, Party members, soldiers and residents as the groups they name (广大青年认为, 官兵一致认为)', () => {
    expect(speakers('广大青年认为，这充分体现了百年大党的历史主动精神。边防官兵一致认为，重要讲话为建好边防部队指明了方向。')).toEqual([
      '广大青年/official/认为',
      '边防官兵/official/认为',
    ]);
  });

  it('reads economists, staff, critics and protesters as the groups they name (经济学家, 组成人员, 批评者, 抗议者)', () => {
    expect(
      speakers('经济学家认为，美元可能继续走弱。委员会组成人员一致认为，草案已经比较成熟。批评者指出，这些做法可能危害青少年。抗议者要求政府立即停火。'),
    ).toEqual(['经济学家/official/认为', '委员会组成人员/official/认为', '批评者/official/指出', '抗议者/official/要求']);
  });

  it('keeps how a voice spoke out of its name (专家研判认为 → 专家, 美国媒体分析认为 → 美国媒体), but 分析认为 is the analysis', () => {
    expect(speakers('专家研判认为，呼吸道疾病将交替流行。美国媒体分析认为，美国经济增速将放缓。分析认为，市场预期央行将持续加息。')).toEqual([
      '专家/official/认为',
      '美国媒体/official/认为',
      '分析/official/认为',
    ]);
  });

  it('reads an office named by its body and no name as the office (各中央巡视组组长指出)', () => {
    expect(clauses('各中央巡视组组长指出，巡视是党内监督的战略性制度安排。')).toEqual([said('各中央巡视组组长', '指出', '巡视是党内监督的战略性制度安排。')]);
  });

  it('makes a group’s own cue a clause that ends the leader’s before it (……。广大党员干部认为，……)', () => {
    expect(clauses('习近平总书记强调，要办好民生实事。广大干部群众认为，总书记的嘱托让大家更加坚定了信心。')).toEqual([
      said('习近平', '强调', '要办好民生实事。'),
      said('广大干部群众', '认为', '总书记的嘱托让大家更加坚定了信心。'),
    ]);
  });

  it('takes no clause from a cue inside what someone 建议s or a body 明确s (王颖建议，……，希望……; ……，明确：……，明确“……”)', () => {
    expect(clauses('今年两会，王颖建议，要加大对农村孩子艺术教育投入，希望通过改善办学条件补齐短板。')).toEqual([]);
    expect(speakers('民政部、财政部日前联合印发《意见》，明确：对遭遇突发变故的家庭实施“小额快救”，明确“办理时限一般不超过3天”。')).toEqual([
      '民政部、财政部/official/明确',
    ]);
    // 作出明确 is a noun's: the bodies that published the text still 要求.
    expect(speakers('最高人民法院、最高人民检察院、中国海警局今天联合发布《纪要》，该纪要围绕罪名适用等情形作出明确，要求依法从严惩处盗采海砂犯罪。')).toEqual([
      '最高人民法院、最高人民检察院、中国海警局/official/要求',
    ]);
  });

  it('takes no speaker from a phrase that says what someone does (贯彻……决策部署，响应国家号召，还应群众要求)', () => {
    expect(clauses('各地认真贯彻落实党中央决策部署，扎实推进各项工作。广大青年积极响应国家号召，奔赴西部。景区还应群众要求，增设了休息区。')).toEqual([]);
    expect(clauses('此次考察，习近平总书记对南江提出新要求：以科技创新引领产业振兴。')).toEqual([]);
  });
});

describe('sides, countries and bodies', () => {
  it('reads any country’s side and a country as speakers, with a direct object too (布方希望同中方……, 东帝汶希望……)', () => {
    expect(speakers('俄方认为，应通过对话解决分歧。法方希望，双方深化合作。布方希望同中方加强农业合作。东帝汶希望同中方加强合作。')).toEqual([
      '俄方/official/认为',
      '法方/official/希望',
      '布方/official/希望',
      '东帝汶/official/希望',
    ]);
  });

  it('reads ministries and bodies as speakers, and as the subject of a sentence that directs (……印发通知，要求……)', () => {
    expect(speakers('农业农村部要求，各地要抓好秋粮生产。驻南岛国大使馆指出，有关国家应停止干涉。')).toEqual([
      '农业农村部/official/要求',
      '驻南岛国大使馆/official/指出',
    ]);
    expect(clauses('近日，中共中央办公厅、国务院办公厅印发《方案》，并发出通知，要求各地区各部门结合实际认真贯彻落实。')).toEqual([
      said('中共中央办公厅、国务院办公厅', '要求', '各地区各部门结合实际认真贯彻落实。'),
    ]);
    expect(clauses('全国总工会近日对职工防暑降温工作进行部署，要求各级工会督促用人单位预防中暑。')).toEqual([
      said('全国总工会', '要求', '各级工会督促用人单位预防中暑。'),
    ]);
    expect(speakers('以习近平同志为核心的党中央明确提出，要走以人为本的新型城镇化道路。')).toEqual(['党中央/official/明确']);
    // The body in full, not a body whose name it starts with (中共中央|组织部), nor its act (市场监管总局|近日部署).
    expect(speakers('中共中央组织部近日下发通知，要求各级党组织开展走访慰问。\n市场监管总局近日部署开展安全检查，要求各地加强检查。')).toEqual([
      '中共中央组织部/official/要求',
      '市场监管总局/official/要求',
    ]);
  });
});

describe('texts', () => {
  it('speaks by the name in 《》 after what places it or before how it speaks (今年《政府工作报告》, 《19数字报》发文)', () => {
    expect(speakers('今年《政府工作报告》提出，要培育氢能等新增长点。尼加拉瓜官方媒体《19数字报》发文指出，中俄关系不断发展。')).toEqual([
      '《政府工作报告》/text/提出',
      '《19数字报》/text/指出',
    ]);
  });

  it('reads a notice, an instruction, a joint statement as texts, but not one someone passes on (传达……批示要求)', () => {
    expect(speakers('通报指出，这2起问题均发生在学习教育期间。批示指出，安全生产重于泰山。共同发言指出，儿童是人类的未来。')).toEqual([
      '通报/text/指出',
      '批示/text/指出',
      '共同发言/text/指出',
    ]);
    expect(clauses('会议传达习近平总书记重要指示精神和李强总理批示要求，研究部署下一步工作。')).toEqual([]);
  });

  it('reads reports, feedback and documents named as written (报道强调, 反馈指出, 中央一号文件, ……的研报)', () => {
    expect(
      speakers(
        '报道强调，小企业是就业的关键驱动力。\n反馈指出，被巡视单位存在薄弱环节。\n今年中央一号文件提出，要多渠道拓展食物来源。\n路博迈基金的研报认为，中国创新能力将带来更多机会。',
      ),
    ).toEqual(['报道/text/强调', '反馈/text/指出', '中央一号文件/text/提出', '路博迈基金的研报/text/认为']);
  });

  it('takes the speakers of a 从……到……再到…… list of documents (从2015年……会议首次提出“……”，到……报告提出“……”)', () => {
    expect(speakers('从2015年中央农村工作会议首次提出“树立大农业观念”，到党的二十大报告提出“构建多元化食物供给体系”，大食物观不断丰富。')).toEqual([
      '会议/meeting/提出',
      '报告/text/提出',
    ]);
  });

  it('takes no clause from a document cited inside someone’s statement (习近平指出，……。党的二十大报告强调，……)', () => {
    expect(clauses('习近平指出，学习贯彻党的创新理论，要理解把握其世界观和方法论。党的二十大报告强调，要坚持人民至上。对这6条，要认真领会。')).toEqual([
      said('习近平', '指出', '学习贯彻党的创新理论，要理解把握其世界观和方法论。党的二十大报告强调，要坚持人民至上。对这6条，要认真领会。'),
    ]);
    expect(speakers('他要求，“推动一体化发展取得新的重大突破”。“十五五”规划纲要提出，深入推进一体化发展。')).toEqual(['他/person/要求', '规划纲要/text/提出']);
  });
});

describe('people: what may stand between a name and the cue', () => {
  it('reads a time, an occasion, an adverb or an act before the cue (7日下午, 就……作出重要指示, 就, 首次, 对此表示感谢并)', () => {
    expect(
      speakers(
        '中共中央总书记、国家主席、中央军委主席习近平7日下午在出席解放军代表团全体会议时强调，要落实高质量发展要求。' +
          '习近平近日就推进新型工业化作出重要指示指出，实现新型工业化是关键任务。' +
          '习近平对此表示感谢并指出，地震发生后，我第一时间作出指示。',
      ),
    ).toEqual(['习近平/person/强调', '习近平/person/指出', '习近平/person/指出']);
    expect(clauses('2012年12月，习近平总书记在广东考察时就指出：“我们在生态环境方面欠账太多了。”')).toEqual([
      said('习近平', '指出', '“我们在生态环境方面欠账太多了。”'),
    ]);
    expect(clauses('18年前的今天，时任浙江省委书记的习近平同志首次提出“绿水青山就是金山银山”。')).toEqual([said('习近平', '提出', '“绿水青山就是金山银山”。')]);
  });

  it('takes the subject of the sentence when the phrase only sets the scene (……，在多个国际场合强调，……)', () => {
    expect(speakers('面对复杂严峻的世界经济形势，习近平总书记把握大势，在多个国际场合强调，中国将坚持扩大开放。')).toEqual(['习近平/person/强调']);
    expect(speakers('“十四五”时期，习近平总书记多次考察关心大科学装置的建设，明确指出，要科学规划布局重大科技基础设施。')).toEqual(['习近平/person/明确']);
    expect(speakers('党的十八大以来，习近平总书记创造性提出新战略，亲自指导推动能源革命，强调“能源的饭碗必须端在自己手里”，为发展提供了遵循。')).toEqual([
      '习近平/person/强调',
    ]);
  });

  it('reads the subject of a tour’s sentence after the place it sets (在……实验室，李强听取……介绍，希望……)', () => {
    expect(clauses('国务院总理李强来到江苏考察。在深地科学实验室，李强听取技术装备研发进展等介绍，希望大家把科技创新和产业需求有效结合。')).toEqual([
      said('李强', '希望', '大家把科技创新和产业需求有效结合。'),
    ]);
  });

  it('reads 以 of 以色列 and 以总理 as Israel, and time words before the cue (同一天, 此前一天, 同样)', () => {
    expect(speakers('以色列总理内塔尼亚胡要求国防军提交撤离计划。以方认为，该方案没有满足其要求。哈马斯高级成员祖赫里同一天指出，哈马斯愿意停火。')).toEqual([
      '内塔尼亚胡/person/要求',
      '以方/official/认为',
      '祖赫里/person/指出',
    ]);
    expect(speakers('法国总统马克龙表示欢迎。马克龙同样认为，政治解决危机需要兼顾各方关切。')).toEqual(['马克龙/person/认为']);
  });

  it('takes a bare title that opens the sentence as its subject (……总书记主持……会议，研究部署……，要求……)', () => {
    expect(
      speakers('西藏发生6.8级地震。\n习近平总书记作出重要指示。两天后，总书记主持中央政治局常委会会议，研究部署抗震救灾工作，要求把工作做得更细一些。'),
    ).toEqual(['习近平/person/要求']);
    expect(clauses('习近平总书记十分关心，提出要求，推动项目建设。')).toEqual([]);
  });

  it('reads foreign names: transliterations, names in full, names longer than four characters', () => {
    expect(speakers('卡塔尔首相兼外交大臣穆罕默德当天同对方通电话。穆罕默德强调，卡塔尔坚决拒绝侵犯主权的行为。')).toEqual(['穆罕默德/person/强调']);
    expect(speakers('会上，克莱门斯·菲斯特指出，关税政策损害出口。何塞·维加强调，他相信报道的内容是真实的。')).toEqual([
      '克莱门斯·菲斯特/person/指出',
      '何塞·维加/person/强调',
    ]);
    expect(speakers('美国彼得·彼得森基金会指出，联邦政府债务不断累积。')).toEqual(['美国彼得·彼得森基金会/official/指出']);
    expect(speakers('阿根廷总统费尔南德斯接受专访。费尔南德斯认为，两国合作潜力巨大。')).toEqual(['费尔南德斯/person/认为']);
    expect(speakers('叙利亚总统巴沙尔·阿萨德会见来访的总理。巴沙尔·阿萨德强调，两国应抓住机遇。')).toEqual(['巴沙尔·阿萨德/person/强调']);
  });

  it('reads a foreign name that ends as a section’s name does (副外长鲁登科, 副部长格鲁什科) and a foreign commander (总司令布尔汉, 司令基里洛夫)', () => {
    expect(speakers('俄罗斯副外长鲁登科在接受采访时表示，日本政权推行反俄政策。他指出，日本正在推动再军事化。')).toEqual(['鲁登科/person/指出']);
    expect(speakers('俄外交部副部长格鲁什科强调，俄方将采取报复措施。')).toEqual(['格鲁什科/person/强调']);
    expect(speakers('苏丹武装部队总司令布尔汉22日呼吁，双方应坐下来。他同时强调，军队将保护平民。')).toEqual(['布尔汉/person/强调']);
    expect(speakers('俄军防护部队司令基里洛夫指出，美国高等级生物实验室数量显著增加。')).toEqual(['基里洛夫/person/指出']);
  });

  it('reads a name after its title before a verb of diplomacy (召见, 接见, 重申, 否认), so the name alone or 他 speaks later', () => {
    expect(speakers('24日，比利时外交大臣普雷沃召见怀特。据比利时媒体报道，普雷沃指出，比利时司法的独立公正不受干预。')).toEqual(['普雷沃/person/指出']);
    expect(speakers('比利时外交大臣普雷沃召见怀特。他强调，比利时司法的独立公正不受干预。')).toEqual(['普雷沃/person/强调']);
    expect(speakers('外交大臣拉斯穆森否认有关报道。拉斯穆森认为，双方应通过对话解决分歧。')).toEqual(['拉斯穆森/person/认为']);
  });

  it('reads a name with its title after it (王明远常委提出, 普京总统强调) as the person', () => {
    expect(speakers('王明远常委代表民盟中央发言提出，深化基础教育改革。俄罗斯总统普京会见来访客人。普京总统强调，俄方坚持一个中国原则。')).toEqual([
      '王明远/person/提出',
      '普京/person/强调',
    ]);
  });

  it('names the person a surname and title stand for under another title (习近平总书记 …… 习主席强调), and keeps a bare title no one answers to', () => {
    expect(speakers('习近平总书记在大会上发表重要讲话。习主席强调，要全面推进政治建军。')).toEqual(['习近平/person/强调']);
    // 总书记 is the Party's general secretary the report names, under any title or none (GUIDELINES: 总书记 for 习近平).
    expect(speakers('以习近平同志为核心的党中央高度重视文化遗产保护。在云冈石窟考察时，总书记强调：“要始终把保护放在第一位。”')).toEqual([
      '习近平/person/强调',
    ]);
    expect(speakers('总书记强调，要始终把保护放在第一位。')).toEqual(['总书记/person/强调']);
  });

  it('reads 已 before the cue and 发表谈话 as how the speaker spoke (卡尼已要求, 发言人发表谈话指出)', () => {
    expect(speakers('加拿大总理卡尼已要求国防部重新审查购买战机的计划。')).toEqual(['卡尼/person/要求']);
    expect(speakers('驻港国家安全公署发言人发表谈话指出，制定条例是落实宪制责任的重大标志性工作。')).toEqual(['驻港国家安全公署发言人/official/指出']);
  });

  it('ends a quotation before the next cue’s sentence with its closing marks (……。”总书记特别强调，……)', () => {
    expect(clauses('习近平总书记指出：“我们始终都要崇尚劳动。”总书记特别强调，要不断提高技术技能水平。')).toEqual([
      said('习近平', '指出', '“我们始终都要崇尚劳动。”'),
      said('习近平', '强调', '要不断提高技术技能水平。'),
    ]);
  });
});

describe('cues inside someone else’s words', () => {
  it('takes no clause from a cue inside a statement another cue introduces: the speaker quotes it (李强指出，习近平总书记强调，……)', () => {
    expect(clauses('李强在听取讲座后指出，习近平总书记强调，高质量发展是首要任务。我们要深刻认识高质量发展的重要性。')).toEqual([
      said('李强', '指出', '习近平总书记强调，高质量发展是首要任务。我们要深刻认识高质量发展的重要性。'),
    ]);
    expect(speakers('习近平指出，中国共产党第二十次全国代表大会强调，中国坚持对外开放的基本国策。')).toEqual(['习近平/person/指出']);
    expect(speakers('俄罗斯外长拉夫罗夫强调，俄哈乌是邻国，考虑到季节性消费高峰，三方都希望天然气供应不会中断。')).toEqual(['拉夫罗夫/person/强调']);
  });

  it('makes a named person quoted inside what someone 表示s a clause of one sentence (李强表示，正如习近平主席指出，……)', () => {
    expect(clauses('国务院总理李强出席论坛开幕式。李强表示，正如习近平主席指出，这是一个充满挑战的时代。放眼全球，我们看到的是一幅复杂的景象。')).toEqual([
      said('习近平', '指出', '这是一个充满挑战的时代。'),
    ]);
    expect(clauses('李强表示，习近平主席今年4月在上海考察时强调，人工智能技术加速迭代；要加强政策支持。当前，全球智能化浪潮风起云涌。')).toEqual([
      said('习近平', '强调', '人工智能技术加速迭代；要加强政策支持。'),
    ]);
  });

  it('gives the sentence after it back to the one who 表示s (……习近平主席指出，……。希望日方…… → 李强)', () => {
    expect(speakers('国务院总理李强会见日本首相。李强表示，习近平主席指出，中日走和平共处之路符合两国人民利益。希望日方恪守中日四个政治文件原则。')).toEqual([
      '习近平/person/指出',
      '李强/person/希望',
    ]);
  });

  it('takes no clause from 所指出 (正如习近平主席所指出，……)', () => {
    expect(clauses('李强表示，本次年会以“重建信任”为主题。正如习近平主席所指出，世界进入新的动荡变革期。')).toEqual([]);
  });

  it('gives a paragraph that opens with 我们都认为 to the one whose remarks it is, and keeps 我和……一致认为 inside them', () => {
    expect(clauses('习近平强调，我和欧尔班总理一致认为，两国是好朋友。\n我们都认为，高水平政治互信为两国关系奠定了基础。')).toEqual([
      said('习近平', '强调', '我和欧尔班总理一致认为，两国是好朋友。'),
      said('习近平', '认为', '高水平政治互信为两国关系奠定了基础。'),
    ]);
  });
});

describe('pronouns', () => {
  it('resolves 他们 to the group that opens the sentence before (多国人士表示，……。他们认为 → 多国人士), and marks it unresolved where none does', () => {
    const resolved = extract('标题\n多国人士表示，习近平主席的重要讲话重申中国坚持走和平发展道路。他们认为，中国不断为世界和平注入信心。').clauses;
    expect(resolved.map(({ speaker, speakerKind, pronoun }) => ({ speaker, speakerKind, pronoun }))).toEqual([
      { speaker: '多国人士', speakerKind: 'official', pronoun: { written: '他们', resolved: true } },
    ]);
    expect(speakers('标题\n研讨会在柏林举行。与会者反对向乌克兰提供武器，要求通过对话解决问题。他们认为，德国应推动和谈。')).toEqual(['与会者/official/认为']);
    // A list of people who spoke is no group, nor is a party's centre before its chair's title (民革中央主席……).
    const unresolved = extract('标题\n民革中央主席郑建邦、民盟中央主席丁仲礼等作了发言。他们认为，要加强合作。').clauses;
    expect(unresolved.map(({ speaker, speakerKind, pronoun }) => ({ speaker, speakerKind, pronoun }))).toEqual([
      { speaker: '他们', speakerKind: 'official', pronoun: { written: '他们', resolved: false } },
    ]);
  });

  it('resolves 他 to the person who opens the last clause before it in its own sentence, before the sentences before', () => {
    expect(speakers('欧洲理事会主席科斯塔2日表示，美方的举措是重大错误。日本首相石破茂今天说，新关税政策令人遗憾，他要求阁僚进行彻底的分析调查。')).toEqual([
      '石破茂/person/要求',
    ]);
    expect(
      speakers(
        '俄罗斯总统普京与美国总统特朗普3日通电话。俄总统助理乌沙科夫当天表示，普京在通话中说，俄方将继续寻求政治解决，但他同时强调，俄罗斯不会放弃目标。',
      ),
    ).toEqual(['普京/person/强调']);
  });

  it('resolves 他 to the person a joint office names with its other title in parentheses (局长（主任）王建国)', () => {
    expect(speakers('全市应急管理工作会议召开。市应急管理局局长（主任）王建国出席会议并讲话。他强调，要压实安全生产责任。')).toEqual(['王建国/person/强调']);
  });

  it('resolves 他 to someone named without a title who opens the sentence before speaking (赫什……称，……。他认为)', () => {
    expect(speakers('俄罗斯总统普京表示同意报道的结论。赫什近日在接受媒体采访时称，他对此并不感到惊讶。他认为，美国此举是想要震慑对手。')).toEqual([
      '赫什/person/认为',
    ]);
  });

  it('resolves 他 to a titled person a sentence before opens with, though the title is in that sentence (……部长石泰峰……致词。他表示，……。希望……)', () => {
    expect(
      speakers(
        '习近平在贺信中强调，少年儿童是未来生力军。\n中共中央政治局委员、中央组织部部长石泰峰在会上宣读习近平的贺信并致词。他表示，要深入学习贯彻习近平总书记的重要论述。希望广大少先队员牢记教导。',
      ),
    ).toEqual(['习近平/person/强调', '石泰峰/person/希望']);
  });

  it('resolves 他 to the person a biography is about, named again and again without a title', () => {
    const biography =
      '南岭同志伟大的一生\n1926年，赵南岭出生于江苏一个知识分子家庭。赵南岭从小受到爱国主义思想的启蒙。\n1943年，赵南岭考入中央大学电机系。' +
      '抗日战争胜利后，赵南岭转到交通大学学习。\n赵南岭对发展道路问题作出深刻思考。他指出，发展是党执政兴国的第一要务。';
    const [clause] = extract(biography).clauses;
    expect(clause).toMatchObject({ speaker: '赵南岭', pronoun: { written: '他', resolved: true }, text: '发展是党执政兴国的第一要务。' });
  });
});

/** Each clause as speaker, text and body span. */
const spanned = (input: string) => extract(input).clauses.map(({ speaker, text, span }) => ({ speaker, text, span }));

describe('names the grammar read short or not at all (issue 14: review2 kind H and its speaker errors)', () => {
  it('reads a foreign name after 负责人 and a Japanese name the segmenter knows whole (瓦姆巴赫, 鸠山由纪夫), and 他 who 再次发文指出', () => {
    expect(spanned('欧洲经济研究中心负责人瓦姆巴赫指出，德国经济可能会陷入轻度衰退。')).toEqual([
      { speaker: '瓦姆巴赫', text: '德国经济可能会陷入轻度衰退。', span: [18, 32] },
    ]);
    expect(spanned('日本前首相鸠山由纪夫近日发文指出，高市的言论使日中关系急剧恶化。他在24日再次发文指出，中国对此提出批评是理所当然的。')).toEqual([
      { speaker: '鸠山由纪夫', text: '高市的言论使日中关系急剧恶化。', span: [17, 32] },
      { speaker: '鸠山由纪夫', text: '中国对此提出批评是理所当然的。', span: [44, 59] },
    ]);
  });

  it('takes no idiom the segmenter tags as a name for one (总书记念兹在兹 → 习近平)', () => {
    expect(speakers('中共中央总书记习近平来到青海湖。总书记念兹在兹，他强调，要倍加珍惜。')).toEqual(['习近平/person/强调']);
  });

  it('reads a four-character name the report says again so (乔进双梅), and a dotted name in full (路易斯·库埃洛)', () => {
    expect(
      spanned(
        '来自四川的全国人大代表乔进双梅，带动群众增收。作为全国人大代表，乔进双梅曾提出将非遗保护与乡村振兴相结合的建议，希望通过专业化培训，传承保护彝族刺绣。乔进双梅还前往云南调研。',
      ),
    ).toEqual([{ speaker: '乔进双梅', text: '通过专业化培训，传承保护彝族刺绣。', span: [58, 75] }]);
    expect(spanned('智利共产党众议员路易斯·库埃洛说，美国应当道歉。他要求美国对智利作出赔偿。')).toEqual([
      { speaker: '路易斯·库埃洛', text: '美国对智利作出赔偿。', span: [27, 37] },
    ]);
  });

  it('reads a dotted name before its title whole (穆铁礼甫·哈斯木常委 → 穆铁礼甫·哈斯木), not a dotted name running on after a title (总统易卜拉欣·莱希通电话)', () => {
    expect(speakers('全国政协常委会举行全体会议。穆铁礼甫·哈斯木常委提出，要铸牢中华民族共同体意识。')).toEqual(['穆铁礼甫·哈斯木/person/提出']);
    expect(speakers('叙利亚总统巴沙尔同伊朗总统易卜拉欣·莱希通电话强调，将继续保持两国的协调和沟通。')).toEqual([]);
  });

  it('takes 他 with how or when he spoke (他立即要求), not 他 whose cue word is a noun (他重申谈判要求, 他按照党中央部署)', () => {
    expect(speakers('国务院总理李强来到村里。他立即要求金融部门及时完善涉农金融服务。')).toEqual(['李强/person/要求']);
    expect(speakers('哈马斯领导人哈尼亚当天发表讲话。他重申谈判要求：永久停火、以方撤军。')).toEqual([]);
    expect(speakers('国务院总理朱镕基主持会议。他按照党中央部署，推进政府机构改革。')).toEqual([]);
  });
});

describe('a thought named after its author is no speaker', () => {
  it('takes no clause from 习近平文化思想……正式提出，…… (the thought is put forward), but keeps 习近平……对宣传思想文化工作作出重要指示指出', () => {
    expect(
      speakers(
        '标题\n中共中央总书记习近平强调，要做好中华文明起源的研究。\n2023年10月，习近平文化思想在全国宣传思想文化工作会议上正式提出，这是推进马克思主义文化理论创新发展的思想结晶。',
      ),
    ).toEqual(['习近平/person/强调']);
    expect(speakers('标题\n习近平总书记近日对宣传思想文化工作作出重要指示指出，要坚定文化自信。')).toEqual(['习近平/person/指出']);
  });
});
