/**
 * Clauses in news items of every genre (../shared/gold/GUIDELINES.md): features
 * and reaction pieces, tours, letters, plenums, press conferences, international
 * news. Each case is a short report through the public `extract`.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { clauses, said, speakers } from './said.js';

describe('features and reaction pieces: the clause ends before the reporter narrates', () => {
  it('ends a leader’s quote before 今年以来，…… and 眼下正……', () => {
    expect(clauses('央视网消息（新闻联播）：习近平总书记指出，要加快推进数字乡村建设。今年以来，各地加快推进数字乡村建设，农村信息基础设施不断完善。')).toEqual(
      [said('习近平', '指出', '要加快推进数字乡村建设。')],
    );
    expect(clauses('习近平总书记在回信中强调，希望同学们志存高远、脚踏实地。眼下正是农忙时节，年轻人正在田野上挥洒汗水。')).toEqual([
      said('习近平', '强调', '希望同学们志存高远、脚踏实地。'),
    ]);
  });

  it('ends before the speaker acts for others (他代表中共中央向大家表示衷心感谢) and before a group that says what it will do (委员们表示要……)', () => {
    expect(clauses('标题\n习近平指出，各民主党派中央建言献策，为中共中央科学决策提供了重要参考。他代表中共中央向大家表示衷心感谢。')).toEqual([
      said('习近平', '指出', '各民主党派中央建言献策，为中共中央科学决策提供了重要参考。'),
    ]);
    expect(clauses('标题\n习近平总书记指出，建设健康中国是一项系统工程，必须突出重点。委员们表示要在各自工作岗位上作出应有贡献。')).toEqual([
      said('习近平', '指出', '建设健康中国是一项系统工程，必须突出重点。'),
    ]);
  });

  it('ends before a sentence that speaks of the speaker (总书记的重要讲话……) or lets others speak (大家表示)', () => {
    expect(clauses('习近平总书记近日在南江省考察时强调，南江要走在前列。总书记的重要讲话在干部群众中引发热烈反响，大家表示，要牢记嘱托。')).toEqual([
      said('习近平', '强调', '南江要走在前列。'),
    ]);
    expect(clauses('习近平总书记强调，要办好民生实事。广大党员干部认为，总书记的嘱托让大家更加坚定了信心。')).toEqual([
      said('习近平', '强调', '要办好民生实事。'),
      said('广大党员干部', '认为', '总书记的嘱托让大家更加坚定了信心。'),
    ]);
  });

  it('tells a quotation from a quoted term, and the speaker’s title from another’s (“十五五”开局之年, 金正恩总书记)', () => {
    expect(clauses('习近平总书记强调，要把扩大内需战略同深化供给侧结构性改革有机结合起来。“十五五”开局之年，我国以扩大内需为战略基点。')).toEqual([
      said('习近平', '强调', '要把扩大内需战略同深化供给侧结构性改革有机结合起来。'),
    ]);
    expect(
      clauses('中共中央总书记、国家主席习近平同朝鲜劳动党总书记金正恩举行会谈。习近平指出，中朝是好邻居。金正恩总书记来华出席纪念活动，体现了朝方的坚定意志。'),
    ).toEqual([said('习近平', '指出', '中朝是好邻居。金正恩总书记来华出席纪念活动，体现了朝方的坚定意志。')]);
  });

  it('a pronoun’s clause in a feature quotes as the clause before it (……。他强调，……。2021年5月，党中央……)', () => {
    expect(clauses('习近平总书记指出，共同富裕是社会主义的本质要求。他强调，要进一步分好“蛋糕”。2021年5月，党中央赋予浙江重大使命。')).toEqual([
      said('习近平', '指出', '共同富裕是社会主义的本质要求。'),
      said('习近平', '强调', '要进一步分好“蛋糕”。'),
    ]);
  });

  it('ends before a programme notice (本节目还将在……同步上线)', () => {
    expect(clauses('巴西总统卢拉表示，巴中关系很重要。他希望借鉴中国发展的经验。本节目还将在央视新闻等新媒体平台同步上线。')).toEqual([
      said('卢拉', '希望', '借鉴中国发展的经验。'),
    ]);
  });

  it('keeps a quote going while it directs or speaks in the first person', () => {
    expect(clauses('习近平总书记强调，江苏有能力也有责任走在前。要完整准确全面贯彻新发展理念。今年，江苏加快建设现代化产业体系。')).toEqual([
      said('习近平', '强调', '江苏有能力也有责任走在前。要完整准确全面贯彻新发展理念。'),
    ]);
    expect(clauses('习近平总书记强调，我们的前途一片光明。团结就是力量，信心赛过黄金。我们要坚定信心，团结奋斗。')).toEqual([
      said('习近平', '强调', '我们的前途一片光明。团结就是力量，信心赛过黄金。我们要坚定信心，团结奋斗。'),
    ]);
  });

  it('keeps a quote going into a sentence that tells someone what they must do (……。一切国家机关……必须……)', () => {
    expect(
      clauses('习近平总书记指出，要充分发挥人大在密切同人民群众联系中的带头作用。一切国家机关和国家工作人员必须牢固树立人民公仆意识。\n大家表示，要认真学习。'),
    ).toEqual([said('习近平', '指出', '要充分发挥人大在密切同人民群众联系中的带头作用。一切国家机关和国家工作人员必须牢固树立人民公仆意识。')]);
  });

  it('keeps a subjectless sentence that says what is to be done or what matters (……。把……结合起来; ……。发挥好……; ……非常必要), up to the narration (review3 kind B)', () => {
    const ba =
      '民之所盼，政之所向。习近平总书记明确指出，要把增进民生福祉作为发展的根本目的。把就业优先同产业升级紧密结合起来，促进全体人民共同富裕。在习近平总书记的指引下，南江各地持续改善民生。';
    const [first] = extract(ba).clauses;
    expect(first).toMatchObject({
      speaker: '习近平',
      cue: '明确',
      text: '要把增进民生福祉作为发展的根本目的。把就业优先同产业升级紧密结合起来，促进全体人民共同富裕。',
    });
    expect(first!.span).toEqual([ba.indexOf('要把增进'), ba.indexOf('在习近平总书记的指引下')]);
    // Each report, and the one clause it gives: its speaker, cue and text.
    const cases: [string, string, string, string][] = [
      [
        '习近平总书记指出，青少年是祖国的未来。在各级学校开设思想政治理论课非常必要，是培养时代新人的重要保障。党的十八大以来，南江省推进思政课改革。',
        '习近平',
        '指出',
        '青少年是祖国的未来。在各级学校开设思想政治理论课非常必要，是培养时代新人的重要保障。',
      ],
      [
        '2023年召开的中央经济工作会议强调，要着力扩大国内需求。发挥好政府投资的带动放大效应，完善投融资机制。\n今年以来，南江开工重大项目120个。',
        '会议',
        '强调',
        '要着力扩大国内需求。发挥好政府投资的带动放大效应，完善投融资机制。',
      ],
      [
        '习近平总书记指出，中国式现代化，民生为大。党和政府的一切工作，都是为了老百姓过上更加幸福的生活。',
        '习近平',
        '指出',
        '中国式现代化，民生为大。党和政府的一切工作，都是为了老百姓过上更加幸福的生活。',
      ],
      [
        '习近平主席强调，服务业是国际经贸合作的重要领域。中国将坚持推进高水平对外开放，为各国合作提供新机遇。',
        '习近平',
        '强调',
        '服务业是国际经贸合作的重要领域。中国将坚持推进高水平对外开放，为各国合作提供新机遇。',
      ],
      [
        '习近平主席指出，要认真学习党的创新理论。军队领导干部特别是高级干部要带头严肃党内政治生活。',
        '习近平',
        '指出',
        '要认真学习党的创新理论。军队领导干部特别是高级干部要带头严肃党内政治生活。',
      ],
      // Others' thoughts are not the speaker's words, however they are said.
      ['习近平总书记强调，要秉持开放包容。大家深刻认识到，只有植根本国历史文化沃土，真理之树才能根深叶茂。', '习近平', '强调', '要秉持开放包容。'],
      // What the reporter says still ends it: figures, a comment opening with 这, what the words did.
      ['习近平总书记指出，青少年是祖国的未来。这一论述十分重要，为思政课建设指明了方向。', '习近平', '指出', '青少年是祖国的未来。'],
    ];
    for (const [input, speaker, cue, text] of cases) expect(clauses(input)).toEqual([said(speaker, cue, text)]);
  });

  it('keeps the words up to where the reporter speaks of them (……。亲切温暖的话语，……; ……。总书记的重要讲话……), not the reporter’s figures or couplet before that (review3 kind B)', () => {
    const text =
      '中央军委主席习近平10日以视频方式检查全军战备值班情况。\n习主席指出，过去的一年很不寻常。人民军队深入推进政治整训，有效应对各种风险挑战。全军官兵忠诚履职尽责，是完全过得硬、信得过的。亲切温暖的话语，饱含肯定勉励和期望重托。';
    const [words] = extract(text).clauses;
    expect(words).toMatchObject({ speaker: '习近平', cue: '指出' });
    expect(words!.span).toEqual([text.indexOf('过去的一年'), text.indexOf('亲切温暖的话语')]);
    expect(words!.text).toBe('过去的一年很不寻常。人民军队深入推进政治整训，有效应对各种风险挑战。全军官兵忠诚履职尽责，是完全过得硬、信得过的。');
    // Each report, and the text of the one clause it gives (习近平, 指出).
    const cases: [string, string][] = [
      [
        '习近平总书记指出，要汇聚向上向善力量。共同推进文明办网、文明用网。总书记的系列讲话为网络文明建设提供了科学指引。',
        '要汇聚向上向善力量。共同推进文明办网、文明用网。',
      ],
      ['习近平总书记指出，要全面推进强国建设。击鼓催征勇争先，奋楫扬帆正当时。习近平总书记的重要讲话激荡起奋勇拼搏的干劲。', '要全面推进强国建设。'],
      ['习近平总书记指出，要发展县域经济。今年一季度，南江进出口总值突破200亿元。总书记的重要指示，让商户们倍感振奋。', '要发展县域经济。'],
    ];
    for (const [input, text] of cases) expect(clauses(input)).toEqual([said('习近平', '指出', text)]);
  });

  it('ends a quote before a place or the country doing something (……。浙江杭州坚持科技创新，……), not before what someone ought to do (……。中美双方应……)', () => {
    expect(clauses('习近平总书记指出，科技创新是必由之路。浙江杭州坚持科技创新，经济社会发展活力奔涌。')).toEqual([
      said('习近平', '指出', '科技创新是必由之路。'),
    ]);
    expect(clauses('习近平主席指出，中美两国做伙伴、做朋友，是历史的启示。中美双方应从历史中汲取经验，守住和平共处的底线。')).toEqual([
      said('习近平', '指出', '中美两国做伙伴、做朋友，是历史的启示。中美双方应从历史中汲取经验，守住和平共处的底线。'),
    ]);
  });

  it('ends a feature’s quote before the speaker at another place (……；在陕西汉中，他嘱咐大家，……) and before what the words did (……，极大地鼓舞了……)', () => {
    expect(clauses('在宁夏，总书记要求，要大力加强绿色屏障建设，全力打好黄河“几字弯”攻坚战；在陕西汉中，他嘱咐大家，要努力建设生态城市。')).toEqual([
      said('总书记', '要求', '要大力加强绿色屏障建设，全力打好黄河“几字弯”攻坚战；'),
    ]);
    expect(clauses('习近平总书记在回信中希望同学们厚植爱农情怀，在乡村振兴的大舞台上建功立业，极大地鼓舞了广大农科学子。')).toEqual([
      said('习近平', '希望', '同学们厚植爱农情怀，在乡村振兴的大舞台上建功立业'),
    ]);
  });

  it('reads a named meeting or a qualified document as a quote too (党的二十届三中全会提出, 党的二十大报告提出)', () => {
    expect(speakers('党的二十届三中全会提出，要完善强农惠农富农支持制度。吉林省立足优势产业，加快建设现代化产业体系。')).toEqual(['会议/meeting/提出']);
    expect(clauses('党的二十大报告提出，加快建设交通强国。作为全国唯一没有平原的省份，贵州深入推动交通基础设施建设。')).toEqual([
      said('报告', '提出', '加快建设交通强国。'),
    ]);
  });

  it('ends a feature’s quote before what the speaker did besides or what the words did (，并就……作出部署; ，为……提供了行动指南)', () => {
    expect(clauses('习近平总书记指出，中国具有超大规模市场的需求优势，要激发有潜能的消费，并围绕培育新型消费等领域做出具体部署。')).toEqual([
      said('习近平', '指出', '中国具有超大规模市场的需求优势，要激发有潜能的消费'),
    ]);
    expect(clauses('习近平总书记强调，要培养担当民族复兴大任的时代新人，加快建设高质量教育体系，为教育强国建设提供了行动指南。')).toEqual([
      said('习近平', '强调', '要培养担当民族复兴大任的时代新人，加快建设高质量教育体系'),
    ]);
    expect(clauses('会议指出，全区经济运行稳中向好，为完成全年目标奠定了坚实基础。')).toEqual([
      said('会议', '指出', '全区经济运行稳中向好，为完成全年目标奠定了坚实基础。'),
    ]);
  });

  it('ends a body’s statement where another body goes to work (交通运输部要求……。文化和旅游部将……), not at a 格局 or a 举办', () => {
    expect(clauses('交通运输部要求各地切实保障交通物流网络畅通运行。文化和旅游部将强化旅游活动管理。')).toEqual([
      said('交通运输部', '要求', '各地切实保障交通物流网络畅通运行。'),
    ]);
    expect(clauses('文章指出，要坚持对外开放。国际经贸格局正在重塑，要以开放增进合作。')).toEqual([
      said('文章', '指出', '要坚持对外开放。国际经贸格局正在重塑，要以开放增进合作。'),
    ]);
  });

  it('ends before another source, after a connective too (此外，美国劳工部当天公布数据显示，……; 与此同时，……办公室……发表声明称)', () => {
    expect(clauses('报告指出，美国制造业面临需求低迷等挑战。此外，美国劳工部当天公布数据显示，新增就业人数远低于预期。')).toEqual([
      said('报告', '指出', '美国制造业面临需求低迷等挑战。'),
    ]);
  });

  it('keeps a meeting report’s statement whole (会议指出，……。今年以来，……)', () => {
    expect(clauses('会议指出，社会信用体系是市场经济的重要基础。今年以来，全区信用监管效能持续提升。')).toEqual([
      said('会议', '指出', '社会信用体系是市场经济的重要基础。今年以来，全区信用监管效能持续提升。'),
    ]);
  });

  it('takes a cue followed straight by a quotation, up to its closing mark (明确指出“……”，)', () => {
    expect(clauses('今年以来，中央城市工作会议明确指出“着力建设崇德向善的文明城市”，“十五五”规划建议提出“建设现代化人民城市”，各地积极探索。')).toEqual([
      said('会议', '明确', '“着力建设崇德向善的文明城市”'),
      said('规划建议', '提出', '“建设现代化人民城市”'),
    ]);
    expect(clauses('习近平总书记提出“绿水青山就是金山银山”的理念。')).toEqual([]);
  });

  it('keeps the mark that ends the sentence after such a quotation (提出“……”。由此，……)', () => {
    expect(clauses('发展路子怎么走？李明同志提出“要把调查研究作为基本功”。由此，全市开始了大调研。')).toEqual([
      said('李明', '提出', '“要把调查研究作为基本功”。'),
    ]);
    expect(clauses('王芳同志提出“要把调查研究作为基本功”！')).toEqual([said('王芳', '提出', '“要把调查研究作为基本功”！')]);
  });

  it('takes no clause from a cue whose quotation only names a concept (首次提出“新质生产力”，此后……), and keeps a quoted statement (提出“共抓大保护、不搞大开发”) (review3 kind M)', () => {
    expect(clauses('2023年9月，习近平总书记在南江考察时首次提出“新质生产力”，此后多次作出深刻阐述。')).toEqual([]);
    expect(clauses('今年的《政府工作报告》首次提出“投资于人”，并围绕民生作出部署。')).toEqual([]);
    expect(clauses('关于做好经济工作的认识，会议提出“五个必须”，大家一致认为这是深刻总结。').map((c) => c.text)).not.toContain('“五个必须”');
    const text = '走遍长江上中下游，他提出“共抓大保护、不搞大开发”，赋予长江经济带新的定位。';
    const [statement] = extract(`习近平总书记十分关心生态文明建设。${text}`).clauses;
    expect(statement).toMatchObject({ speaker: '习近平', cue: '提出', text: '“共抓大保护、不搞大开发”' });
    const offset = '习近平总书记十分关心生态文明建设。'.length;
    expect(statement!.span).toEqual([offset + text.indexOf('“'), offset + text.indexOf('”') + 1]);
  });
});

describe('tours: a bare title, the body’s opening sentence, a cue before a quotation', () => {
  it('names the person a bare title stands for (总书记 → 习近平, 习主席 → 习近平)', () => {
    expect(speakers('中共中央总书记、国家主席、中央军委主席习近平来到青溪村考察。总书记指出，要把乡村振兴的文章做好。习主席强调，要做好练兵备战。')).toEqual([
      '习近平/person/指出',
      '习近平/person/强调',
    ]);
  });

  it('reads the opening sentence with a date and a visit before the cue (习近平8日视察……时强调)', () => {
    expect(speakers('中共中央总书记、国家主席、中央军委主席习近平8日视察军委联合作战指挥中心时强调，全军要全部精力向打仗聚焦。')).toEqual([
      '习近平/person/强调',
    ]);
  });

  it('ends a leader’s words before the reporter describes the scene and its mood (……。活动现场气氛热烈，……)', () => {
    expect(clauses('李强来到社区同居民一起义务劳动。李强指出，要从小培养劳动习惯，让孩子们在劳动中成长。活动现场气氛热烈，一派欢乐景象。')).toEqual([
      said('李强', '指出', '要从小培养劳动习惯，让孩子们在劳动中成长。'),
    ]);
    expect(clauses('王伟来到植树点。王伟强调，要把这项工作扎实开展好。现场一派热火朝天的劳动景象，大家干劲十足。')).toEqual([
      said('王伟', '强调', '要把这项工作扎实开展好。'),
    ]);
  });

  it('takes 指出，“……” as a clause', () => {
    expect(clauses('习近平总书记来到产业园。总书记指出，“企业是科技创新的主体，要把创新搞上去”。')).toEqual([
      said('习近平', '指出', '“企业是科技创新的主体，要把创新搞上去”。'),
    ]);
  });
});

describe('tours and reports: the subject of the sentence speaks after its setting (24日上午，……; 针对……，……; ……当天，……)', () => {
  it('reads the subject after a day and a time, and after 针对……', () => {
    expect(speakers('中共中央总书记习近平来到辽宁考察。24日上午，习近平听取辽宁省委和省政府工作汇报，对辽宁各项工作给予肯定，希望辽宁勇于争先。')).toEqual([
      '习近平/person/希望',
    ]);
    expect(speakers('中共中央总书记习近平十分关心防汛工作。针对一些地方发生道路塌方等，习近平总书记第一时间作出重要指示，要求最大限度减少人员伤亡。')).toEqual([
      '习近平/person/要求',
    ]);
  });

  it('takes no one the time names as the subject (……吕特在希腊访问当天，大批希腊民众……，要求……)', () => {
    expect(clauses('26日，北约秘书长马克·吕特在希腊访问当天，大批希腊民众聚集在宪法广场，要求希腊退出北约。')).toEqual([]);
  });

  it('reads a country that acts, then demands (尼日尔宣布……，并要求……), not a people’s protest (美国多地民众举行抗议，要求……)', () => {
    expect(clauses('今年3月，尼日尔宣布撤销与美国的军事合作协议，并要求美国撤走在尼驻军。')).toEqual([said('尼日尔', '要求', '美国撤走在尼驻军。')]);
    expect(clauses('美国多地民众举行抗议，要求政府停火。双方代表团本周举行3次会晤，要求尽快达成停火协议。')).toEqual([]);
  });

  it('reads a body that assesses, then asks (……委员会日前研判，……，要求……)', () => {
    expect(clauses('国家防灾减灾救灾委员会日前研判，今冬明春我国雪灾风险较高，要求各地落实临灾预警叫应机制。')).toEqual([
      said('国家防灾减灾救灾委员会', '要求', '各地落实临灾预警叫应机制。'),
    ]);
  });

  it('reads a person who opens a later piece acting (……正在进行战斗值班，习近平询问……，要求……), not one spoken of', () => {
    expect(speakers('中共中央总书记习近平来到部队。值班分队正在进行战斗值班，习近平询问分队日常战备工作情况，要求他们枕戈待旦。')).toEqual([
      '习近平/person/要求',
    ]);
    expect(clauses('7日，民众举行抗议活动，谴责以色列总理内塔尼亚胡逃避责任，要求成立独立的调查委员会。')).toEqual([]);
  });

  it('takes no cue from 提出明确要求，…… (a noun put forward)', () => {
    expect(
      clauses('中共中央总书记习近平深入考察调研。东至长三角、西至新疆，习近平总书记足迹跨越大江南北，提出明确要求，推动中国经济坚定迈向高质量发展。'),
    ).toEqual([]);
  });

  it('ends a demand before what another party does the same day (……，并要求……。同一天，伊朗外交部……)', () => {
    expect(clauses('尼日尔宣布撤销军事合作协议，并要求美国撤走驻军。同一天，伊朗外交部发表声明，谴责美国。')).toEqual([
      said('尼日尔', '要求', '美国撤走驻军。'),
    ]);
  });

  it('reads an army by its country (以军今天（5月11日）要求……)', () => {
    expect(clauses('以军今天（5月11日）要求拉法更多地区居民撤离。')).toEqual([said('以军', '要求', '拉法更多地区居民撤离。')]);
    expect(clauses('全军要求加强战备。')).toEqual([]);
  });
});

describe('letters, plenums: a sentence opening with 希望, 一致认为, 要求 carries the speaker before on', () => {
  it('carries a body that directs on (……部署……工作。要求……), not one that holds a press conference', () => {
    expect(clauses('国务院安委办、应急管理部今天（4月1日）部署做好清明假期安全防范工作。要求各地区各部门落细公共安全领域管控措施。')).toEqual([
      said('国务院安委办、应急管理部', '要求', '各地区各部门落细公共安全领域管控措施。'),
    ]);
  });

  it('carries a person’s numbered proposals on (……提出五点建议：一是……。希望……), not another’s 倡议 cited (习近平主席提出全球治理倡议)', () => {
    expect(
      speakers('国家副主席韩正访问蒙古国。会见奥云额尔登时，韩正就中蒙关系发展提出五点建议：一是巩固政治互信。希望蒙方继续坚定奉行一个中国原则。'),
    ).toEqual(['韩正/person/希望']);
    expect(
      speakers(
        '国家副主席韩正访问科威特。韩正表示，中方愿同科方深化政治互信。习近平主席提出全球治理倡议，为改革完善全球治理体系指明方向。希望科威特发挥积极影响。',
      ),
    ).toEqual(['韩正/person/希望']);
  });

  it('makes 。希望…… a clause of the letter’s writer', () => {
    expect(clauses('习近平指出，文明因交流而多彩。希望与会嘉宾深化交流合作。')).toEqual([
      said('习近平', '指出', '文明因交流而多彩。'),
      said('习近平', '希望', '与会嘉宾深化交流合作。'),
    ]);
  });

  it('carries the person who addresses someone on (习近平总书记勉励大伙，……。希望……)', () => {
    expect(speakers('习近平总书记来到北极村。习近平总书记勉励大伙，北极村前景可期。希望广大干部群众共同努力。')).toEqual(['习近平/person/希望']);
  });

  it('carries a person on who goes on to say something in a later piece (……作出重要指示，指出……。希望……; ……赞赏……，表示……。希望……)', () => {
    expect(
      clauses(
        '中共中央总书记习近平作出重要指示。习近平总书记作出重要指示，指出残疾人是重要力量。希望广大残疾人积极追求人生梦想。总书记的重要指示，为残疾人事业发展指明了方向。',
      ),
    ).toEqual([said('习近平', '希望', '广大残疾人积极追求人生梦想。')]);
    expect(
      speakers('国务院总理李强会见英中贸易协会访华团。李强赞赏英中贸协作出的贡献，表示中英保持良好关系有利于双方。希望英中贸协传承弘扬“破冰”精神。'),
    ).toEqual(['李强/person/希望']);
  });

  it('goes on through what the leader did when the plenum directs after it (……。习近平总书记对……寄予殷切期望，提出明确要求。要……)', () => {
    expect(
      clauses(
        '全会认真学习习近平总书记重要讲话。一致认为，讲话是根本遵循。习近平总书记对纪检监察干部队伍寄予殷切期望，提出明确要求。要深入学习贯彻习近平总书记重要讲话精神。\n全会指出，要把学习贯彻党的二十大精神作为首要政治任务。',
      ),
    ).toEqual([
      said('会议', '认为', '讲话是根本遵循。习近平总书记对纪检监察干部队伍寄予殷切期望，提出明确要求。要深入学习贯彻习近平总书记重要讲话精神。'),
      said('会议', '指出', '要把学习贯彻党的二十大精神作为首要政治任务。'),
    ]);
  });

  it('carries the plenum on (全会充分肯定……。一致认为，……)', () => {
    expect(clauses('全会听取了工作报告。全会充分肯定省委常委会的工作。一致认为，一年来，全省发展取得新成效。')).toEqual([
      said('会议', '认为', '一年来，全省发展取得新成效。'),
    ]);
  });

  it('carries the one who spoke last, not someone the statement mentions (李强表示，……习近平主席同……会谈……。希望……)', () => {
    expect(
      speakers('国务院总理李强会见波兰总统。李强表示，中波友谊源远流长。习近平主席同总统先生举行会谈，为双边关系注入新动力。希望欧盟客观看待中国发展。'),
    ).toEqual(['李强/person/希望']);
  });

  it('gives 希望 to the one whose remarks cite a leader (韩正表示，……。习近平主席指出，……。希望……), not to the leader cited', () => {
    expect(
      clauses(
        '国家副主席韩正会见旧金山市市长布里德。\n韩正表示，习近平主席同拜登总统举行历史性会晤。习近平主席指出，中美关系的活力在地方。希望布里德市长此访进一步促进双方合作。',
      ),
    ).toEqual([said('习近平', '指出', '中美关系的活力在地方。'), said('韩正', '希望', '布里德市长此访进一步促进双方合作。')]);
    // The leader's clause is the sentence cited: the quoter's own words go on after it (中方愿同欧方一道……).
    expect(
      clauses(
        '国务院总理李强会见欧洲理事会主席米歇尔。\n李强表示，中欧关系保持稳定。习近平主席指出，中欧关系具有战略意义和世界影响。中方愿同欧方一道，落实中欧领导人会晤共识。希望欧盟公平对待中国企业。',
      ),
    ).toEqual([said('习近平', '指出', '中欧关系具有战略意义和世界影响。'), said('李强', '希望', '欧盟公平对待中国企业。')]);
    expect(
      speakers(
        '国家副主席韩正会见法国总统外事顾问博纳。\n韩正表示，国际体系正受到严峻挑战。习近平主席和马克龙总统5月通话时一致认为，中法要加强合作。中方愿同法方落实好两国元首重要共识。希望法方发挥建设性作用。',
      ),
    ).toContain('韩正/person/希望');
  });

  it('a text speaks as itself (贺词 → text, 贺词表示，……。希望……)', () => {
    expect(speakers('贺词指出，五年来，民建坚持正确方向。')).toEqual(['贺词/text/指出']);
    expect(speakers('李干杰代表中共中央致贺词。贺词表示，民进是一支重要力量。希望民进坚持正确方向。')).toEqual(['贺词/text/希望']);
  });

  it('takes no second clause from a cue inside a quoted statement (……强调：“……。希望……”)', () => {
    expect(clauses('习近平强调：“中国愿同各国一道，践行全球文明倡议。希望各方携手同行，共创美好未来。”')).toEqual([
      said('习近平', '强调', '“中国愿同各国一道，践行全球文明倡议。希望各方携手同行，共创美好未来。”'),
    ]);
  });
});

describe('press conferences and documents', () => {
  it('gives a sentence-opening 提出 to the document just published, not to 会议', () => {
    expect(
      speakers('国务院新闻办今天举行发布会。今天，工业和信息化部、财政部联合发布《电子信息产业稳增长行动方案》。提出，今明两年，增加值平均增速5%左右。'),
    ).toEqual(['《电子信息产业稳增长行动方案》/text/提出']);
  });

  it('gives no clause to a sentence-opening 要求 after a press conference', () => {
    expect(clauses('国务院新闻办公室今天举行新闻发布会，介绍防控措施有关情况。要求各地不得随意拦截货车。')).toEqual([]);
  });

  it('an organisation or delegate speaks as written (国家卫生健康委强调, 中国代表指出)', () => {
    expect(speakers('国家卫生健康委强调，优化调整措施不是放松防控。中国代表指出，有关国家应承担历史责任。')).toEqual([
      '国家卫生健康委/official/强调',
      '中国代表/official/指出',
    ]);
  });

  it('a document speaks by its kind (规定要求：, 季度经济展望报告认为, 请愿书指出)', () => {
    expect(speakers('规定要求：具有一定规模的食品生产企业要配备食品安全员。')).toEqual(['规定/text/要求']);
    expect(speakers('央行发布的季度经济展望报告认为，经济增长将保持稳定。')).toEqual(['报告/text/认为']);
    expect(speakers('请愿书指出，能源价格持续上涨已严重影响民众生活。')).toEqual(['请愿书/text/指出']);
  });
});

describe('international news: foreign leaders, rallies, talks', () => {
  it('reads foreign leaders as speakers, and 他 as the one named with a title (总理哈里斯曼……他强调)', () => {
    expect(speakers('美国总统拜登认为，美方愿意恢复对话。北岛国总理哈里斯曼7日表示，将加强区域合作。他强调，北岛国反对贸易保护主义。')).toEqual([
      '拜登/person/认为',
      '哈里斯曼/person/强调',
    ]);
  });

  it('gives no 会议 to rallies, protests and talks (举行集会，要求……; 举行3次会晤，要求……)', () => {
    expect(clauses('7日，以色列特拉维夫等地民众举行抗议活动，谴责政府逃避责任，要求成立独立的国家调查委员会。')).toEqual([]);
    expect(clauses('7日，数千名民众在首都举行集会，要求政府提高最低工资。')).toEqual([]);
    expect(clauses('双方代表团本周举行3次会晤，要求尽快达成停火协议。')).toEqual([]);
  });

  it('takes no clause from a cue inside what another verb introduces (呼吁……，要求其……; 表示，希望……)', () => {
    expect(clauses('联合国秘书长呼吁各方保持克制，要求其立即停火。')).toEqual([]);
    expect(clauses('国家主席习近平会见来访的总统。他的妈妈向媒体表示，希望孩子早日康复。')).toEqual([]);
  });

  it('takes no clause from a 但希望 inside what someone 称s (……称，……；……，但希望……), and gives it to no meeting', () => {
    expect(clauses('俄外长拉夫罗夫25日称，俄方多次与美方沟通；俄罗斯并不急于催促美国，但希望美方告知其磋商的结果；他还批评欧洲不断泄密。')).toEqual([]);
  });

  it('takes no clause from 应……要求, the reason for an act (应伊拉克总理苏达尼要求，……召开紧急会议), unlike 应急管理部要求', () => {
    expect(clauses('应伊拉克总理苏达尼要求，伊拉克国家行政联盟召开紧急会议。')).toEqual([]);
    expect(clauses('应急管理部要求各地加强值班值守。')).toEqual([said('应急管理部', '要求', '各地加强值班值守。')]);
  });

  it('takes no clause from a digest item’s sub-headline (西非两国总统要求法国撤军), only from its body', () => {
    const input = '央视网消息（新闻联播）：\n西非两国总统要求法国撤军\n科特迪瓦总统瓦塔拉近日表示，法国军队将撤出。他要求法国把基地交还给科特迪瓦军方。';
    expect(clauses(input)).toEqual([said('瓦塔拉', '要求', '法国把基地交还给科特迪瓦军方。')]);
  });

  it('reads countries together, a province or city, and a court by its short name as speakers (科特迪瓦和塞内加尔要求, 北京市要求, 最高法)', () => {
    expect(speakers('科特迪瓦和塞内加尔近日要求法国尽快撤军。')).toEqual(['科特迪瓦和塞内加尔/official/要求']);
    expect(clauses('北京市要求各级医疗机构春节期间确保医疗工作的连续性。在中日友好医院的呼吸科，不少住院患者已经康复出院。')).toEqual([
      said('北京市', '要求', '各级医疗机构春节期间确保医疗工作的连续性。'),
    ]);
    expect(clauses('最高法、司法部等四部门日前联合发布《法律援助法实施工作办法》，要求办案机关及时依法告知有关当事人。')).toEqual([
      said('最高法、司法部等四部门', '要求', '办案机关及时依法告知有关当事人。'),
    ]);
    expect(clauses('各省市要求加强管理。以色列和哈马斯要求对方停火。')).toEqual([]);
  });

  it('reads the bodies after a setting (不久前，……部署……，要求……)', () => {
    expect(clauses('不久前，金融监管总局、国家发展改革委部署建立支持小微企业融资协调工作机制，要求在区县层面建立工作专班。')).toEqual([
      said('金融监管总局、国家发展改革委', '要求', '在区县层面建立工作专班。'),
    ]);
  });

  it('reads more voices: 工作者, 有舆论, a professor, 国务委员长金正恩, the speech itself (发言指出), 党的二十大', () => {
    expect(speakers('广大教育工作者一致认为，总书记的论述高屋建瓴。')).toEqual(['广大教育工作者/official/认为']);
    expect(clauses('有舆论认为，土耳其签署该协议违反北约条款。对此，土耳其通信局7日称，该协议与北约条款并不冲突。')).toEqual([
      said('舆论', '认为', '土耳其签署该协议违反北约条款。'),
    ]);
    expect(speakers('据美国媒体报道，密歇根大学经济学和公共政策教授沃尔弗斯指出，美国政府对贸易运作方式存在根本性误解。')).toEqual(['沃尔弗斯/person/指出']);
    expect(speakers('朝鲜劳动党总书记、国务委员长金正恩在会上强调，要增加对敌打击手段。')).toEqual(['金正恩/person/强调']);
    expect(speakers('中国代表在发言中严厉谴责以色列袭击卡塔尔。发言指出，这一事件的发生同个别域外国家的政策密切相关。')).toEqual(['发言/text/指出']);
    expect(speakers('党的二十大提出，深入实施科教兴国战略。')).toEqual(['会议/meeting/提出']);
    expect(clauses('有人认为，这很重要。记者认为，这很重要。')).toEqual([]);
  });

  it('reads 与会者 as the group it names, not as 会议', () => {
    expect(speakers('央行公布的会议纪要显示，与会者认为，通胀压力可能持续较长时间。')).toEqual(['与会者/official/认为']);
  });
});

describe('where a statement ends', () => {
  it('stops at the next item of a digest (a sub-headline)', () => {
    const input =
      '央视网消息（新闻联播）：\n北岛国总理称将加强合作\n北岛国总理哈里斯曼7日表示，将加强合作。他强调，要反对贸易保护主义。\n加强各领域合作促进共同发展\n7日，两国签署合作文件。';
    expect(clauses(input)).toEqual([said('哈里斯曼', '强调', '要反对贸易保护主义。')]);
  });

  it('keeps a footer out of the clause (（……之家）, an ICP licence number)', () => {
    expect(clauses('区信用体系建设领导小组召开会议\n会议强调，要切实提升信用服务实体经济的能力。（信用青溪之家）\n京ICP备00000000号-1')).toEqual([
      said('会议', '强调', '要切实提升信用服务实体经济的能力。'),
    ]);
  });

  it('goes on into a paragraph that goes on quoting (“……\\n“……)', () => {
    expect(clauses('习近平强调：“我们要坚定信心。\n“要加强团结，共创未来。”\n会议结束。')).toEqual([
      said('习近平', '强调', '“我们要坚定信心。\n“要加强团结，共创未来。”'),
    ]);
  });

  it('ends a news item’s statement before the reporter dates the next event (4日，……; 18日—24日，……)', () => {
    expect(clauses('国际原子能机构5日发表声明。该机构总干事格罗西强调，核电站周边必须停止一切军事行动。4日，俄乌互相指责对方袭击核电站。')).toEqual([
      said('格罗西', '强调', '核电站周边必须停止一切军事行动。'),
    ]);
    expect(clauses('民航局要求各机场加大热点城市运力投放。18日—24日，北岛机场增加到东港机场等5条航线。')).toEqual([
      said('民航局', '要求', '各机场加大热点城市运力投放。'),
    ]);
  });

  it('keeps the setting a text or a named speaker gives what it directs next (批示指出：……。当前，……。各地区各部门要……)', () => {
    expect(clauses('李强作出重要批示。批示指出：今年是收官之年。当前，全国春管春耕工作陆续展开。各地区各部门要高度重视春季农业生产。')).toEqual([
      said('批示', '指出', '今年是收官之年。当前，全国春管春耕工作陆续展开。各地区各部门要高度重视春季农业生产。'),
    ]);
    expect(
      clauses(
        '世界经济论坛10日发布报告。报告认为，人工智能模型的不当使用是虚假信息激增的主要因素之一。对此，多国政府已开始采取措施予以应对。此外，极端天气被列为最严重全球风险。',
      ),
    ).toEqual([said('报告', '认为', '人工智能模型的不当使用是虚假信息激增的主要因素之一。')]);
  });

  it('ends a leader’s words before 目前有……, the reporter’s count', () => {
    expect(clauses('以总理内塔尼亚胡此前反复强调，以军将对拉法展开地面行动。目前有超过150万巴勒斯坦平民在拉法避难。')).toEqual([
      said('内塔尼亚胡', '强调', '以军将对拉法展开地面行动。'),
    ]);
  });

  it('ends before the reporter’s context: how often, a plan, a source, when a rule takes effect', () => {
    expect(clauses('民政部、财政部近日联合发出通知，提高补助标准，并要求各地结合实际，确保足额发放到位。这是国家连续第19次提高补助标准。')).toEqual([
      said('民政部、财政部', '要求', '各地结合实际，确保足额发放到位。'),
    ]);
    expect(clauses('设计者希望以此传递和平的理念。按计划，火种将于明年4月采集。')).toEqual([said('设计者', '希望', '以此传递和平的理念。')]);
    expect(clauses('总参谋长哈莱维要求部队制定继续作战的计划。据当地媒体今天报道，部队已开始大规模搜捕行动。')).toEqual([
      said('哈莱维', '要求', '部队制定继续作战的计划。'),
    ]);
    expect(clauses('国家网信办等四部门近日联合发布《生成内容标识办法》，要求服务提供者对生成内容添加标识。办法将于2025年9月1日起施行。')).toEqual([
      said('国家网信办等四部门', '要求', '服务提供者对生成内容添加标识。'),
    ]);
  });

  it('ends before another party acts on its own day or answers (……当天也会见了……; ……则予以否认), not at our own side’s act', () => {
    expect(
      clauses(
        '伊朗总统佩泽希齐扬17日会见沙特国防大臣时表示，伊朗已做好充分准备。他强调，伊朗和沙特可以协调解决地区问题。伊朗最高领袖哈梅内伊当天也会见了哈立德。',
      ),
    ).toEqual([said('佩泽希齐扬', '强调', '伊朗和沙特可以协调解决地区问题。')]);
    expect(clauses('俄方代表指出，美国有破坏管道的动机。美方代表则予以否认。')).toEqual([said('俄方代表', '指出', '美国有破坏管道的动机。')]);
    expect(clauses('外交部发言人指出，这一做法违背国际法。中方近日宣布对有关企业采取反制措施。')).toEqual([
      said('外交部发言人', '指出', '这一做法违背国际法。中方近日宣布对有关企业采取反制措施。'),
    ]);
  });

  it('ends an order that takes its object directly before what has been done since or someone else does (……。从昨天起，……; ……。截至……，……; ……。农业银行计划……)', () => {
    expect(clauses('民航局要求加大热点城市运力投放，做好后续春运保障。从昨天起，北岛机场增加到东港机场等5条航线。')).toEqual([
      said('民航局', '要求', '加大热点城市运力投放，做好后续春运保障。'),
    ]);
    expect(clauses('金融监管局要求各家金融机构建立受灾客户清单，进行精准帮扶。截至11日24时，农业银行已投放抗震救灾贷款8518万元。')).toEqual([
      said('金融监管局', '要求', '各家金融机构建立受灾客户清单，进行精准帮扶。'),
    ]);
    expect(clauses('国家金融监督管理总局还要求各家银行开辟“绿色通道”，确保“钱等粮”。农业银行计划在“三夏”期间投放涉农贷款超3000亿元。')).toEqual([
      said('国家金融监督管理总局', '要求', '各家银行开辟“绿色通道”，确保“钱等粮”。'),
    ]);
  });

  it('goes on with an order into what it asks besides (……。代表职工……，督促……。各级工会要……)', () => {
    const input =
      '全国总工会近日对职工防暑降温工作进行部署，要求各级工会督促用人单位预防中暑事件。代表职工和用人单位进行平等协商，督促用人单位按规定发放高温津贴。各级工会要重点帮助新就业形态劳动者。';
    expect(clauses(input)).toEqual([
      said(
        '全国总工会',
        '要求',
        '各级工会督促用人单位预防中暑事件。代表职工和用人单位进行平等协商，督促用人单位按规定发放高温津贴。各级工会要重点帮助新就业形态劳动者。',
      ),
    ]);
  });

  it('ends what a group said before what it did besides (大家还就……提出了意见建议)', () => {
    expect(clauses('座谈会上，专家学者先后发言。大家认为，我国经济运行展现出强大韧性。大家还就做好下半年经济工作提出了意见建议。')).toEqual([
      said('大家', '认为', '我国经济运行展现出强大韧性。'),
    ]);
  });

  it('goes on into items under a dash (……：\n——做共促团结的伙伴……), and through a quotation to its closing mark', () => {
    expect(
      clauses(
        '习近平强调，我们要充实中海关系战略内涵。\n——做共促团结的伙伴，不断夯实政治互信。\n——做共谋发展的伙伴，加强发展战略对接。\n习近平最后强调，中方愿同各方一道努力。',
      ),
    ).toEqual([
      said('习近平', '强调', '我们要充实中海关系战略内涵。\n——做共促团结的伙伴，不断夯实政治互信。\n——做共谋发展的伙伴，加强发展战略对接。'),
      said('习近平', '强调', '中方愿同各方一道努力。'),
    ]);
    expect(
      clauses('在企业考察时，总书记提出，“技术创新是企业的命根子。拥有核心技术，才能在竞争中立于不败之地”。\n当前，高技术领域成为国际竞争的前沿阵地。'),
    ).toEqual([said('总书记', '提出', '“技术创新是企业的命根子。拥有核心技术，才能在竞争中立于不败之地”。')]);
  });

  it('ends before others take their turn (……和联合国教科文组织助理总干事贾尼尼先后致辞。)', () => {
    expect(
      clauses(
        '丁薛祥强调，中国愿同非方一道拓展合作。一是共同推进教育合作。二是共同加强文化遗产保护。科特迪瓦副总统科内、毛里求斯副总统博塞仁和联合国教科文组织助理总干事贾尼尼先后致辞。',
      ),
    ).toEqual([said('丁薛祥', '强调', '中国愿同非方一道拓展合作。一是共同推进教育合作。二是共同加强文化遗产保护。')]);
  });

  it('goes through a chair’s review of the session to what follows from it (……。会议作出决定，……。要加快……), not into the narrative of a tour', () => {
    expect(
      clauses(
        '赵乐际指出，会议审查批准了中央预算调整方案。有关方面要管好用好每一笔资金。会议作出决定，授权国务院提前下达部分债务限额。要加快地方政府债券发行使用。\n闭幕会后，举行专题讲座。',
      ),
    ).toEqual([
      said(
        '赵乐际',
        '指出',
        '会议审查批准了中央预算调整方案。有关方面要管好用好每一笔资金。会议作出决定，授权国务院提前下达部分债务限额。要加快地方政府债券发行使用。',
      ),
    ]);
    expect(
      clauses(
        '国务院总理李强来到应急管理部。李强指出，要做好道路保通保畅工作。随后，李强听取重点行业领域安全防范工作情况的汇报。他强调，安全之弦务必时刻绷紧。',
      ),
    ).toEqual([said('李强', '指出', '要做好道路保通保畅工作。'), said('李强', '强调', '安全之弦务必时刻绷紧。')]);
  });

  it('ends a demand before the reporter’s figures and another party’s warning (……。英国9月消费者价格指数同比涨幅达10.1%。)', () => {
    expect(clauses('部分抗议者要求立即举行大选。英国9月消费者价格指数同比涨幅达10.1%。英格兰银行近日警告，英国经济将持续衰退。')).toEqual([
      said('部分抗议者', '要求', '立即举行大选。'),
    ]);
  });

  it('goes on with 他 of the comrade a speech commemorates (……邓小平同志是……。他对党……作出了突出贡献。), not with the speaker’s own acts', () => {
    expect(
      clauses('中共中央总书记习近平发表重要讲话。他强调，邓小平同志是卓越领导人。他对党、对人民作出了突出贡献，功勋彪炳史册。\n会议由赵乐际主持。'),
    ).toEqual([said('习近平', '强调', '邓小平同志是卓越领导人。他对党、对人民作出了突出贡献，功勋彪炳史册。')]);
  });

  it('ends an order before how it was met (……，但遭到拒绝。)', () => {
    expect(clauses('西班牙要求意大利取消边境管控，但遭到拒绝。')).toEqual([said('西班牙', '要求', '意大利取消边境管控')]);
  });

  it('ends an order before what the reporter foresees (……。未来将会有一批……)', () => {
    expect(clauses('国家医保局要求认定机构严格按照国家职业标准做好认定考核工作。未来将会有一批长期照护师持证上岗。')).toEqual([
      said('国家医保局', '要求', '认定机构严格按照国家职业标准做好认定考核工作。'),
    ]);
  });

  it('does not carry a speaker into a later paragraph where someone else speaks', () => {
    expect(speakers('世卫组织总干事谭德塞指出，要加强全球卫生合作。\n一名患儿在医院接受治疗。他的妈妈向媒体表示，希望孩子早日康复。')).toEqual([
      '谭德塞/person/指出',
    ]);
  });
});

describe('talks: the leader’s own first person goes on past another leader’s title (review3 kind J)', () => {
  it('keeps 不久前，我同通伦总书记…… in 习近平’s words: a bare title in his first person is another leader’s', () => {
    const text = '习近平指出，中老两党互派特使通报各自重大事项。不久前，我同通伦总书记互致信函，共同开启新篇章。';
    const [clause] = extract(text).clauses;
    expect(clause).toMatchObject({ speaker: '习近平', text: text.slice(6), span: [6, text.length] });
  });

  it('still ends before a sentence that speaks of the speaker by that title in the third person', () => {
    expect(clauses('中共中央总书记习近平会见外宾。习近平指出，双方要加强合作。总书记的讲话引起强烈反响。')).toEqual([
      said('习近平', '指出', '双方要加强合作。'),
    ]);
  });
});

describe('features: a speaker parted from the cue by a setting, and 政府工作报告 as a text (review2 kinds F and G)', () => {
  it('takes the person who opens the sentence for a cue after an occasion (……在今年全国两会期间，参加……审议时指出), and carries them on (强调，)', () => {
    const text =
      '标题\n习近平总书记在今年全国两会期间，参加江苏代表团审议时指出，科技创新和产业创新是发展新质生产力的基本路径。强调，抓产业创新要守牢实体经济这个根基。';
    expect(extract(text).clauses.map(({ speaker, cue, span }) => ({ speaker, cue, span }))).toEqual([
      { speaker: '习近平', cue: '指出', span: [29, 52] },
      { speaker: '习近平', cue: '强调', span: [55, 72] },
    ]);
  });

  it('takes a person in a setting for the subject of a later 要求 (习近平总书记在天津考察期间，走进……，要求……)', () => {
    expect(speakers('标题\n今年春节前夕，习近平总书记在天津考察期间，走进古文化街的老字号特色店铺，要求各地加强节日期间民生商品的产销保供。')).toEqual([
      '习近平/person/要求',
    ]);
  });

  it('reads 政府工作报告 as a text, not 工作报告 as 作报告 (今年政府工作报告提出，……)', () => {
    const text = '标题\n今年政府工作报告提出，要深化先进制造业和现代服务业融合发展试点。';
    expect(extract(text).clauses.map(({ speaker, speakerKind, span }) => ({ speaker, speakerKind, span }))).toEqual([
      { speaker: '政府工作报告', speakerKind: 'text', span: [11, 32] },
    ]);
  });
});

describe('international news: no clause for a wish or demand the reporter recounts (review2 and review3 kind C)', () => {
  it('takes no speaker 一方面 (美国一方面……，一方面又要求……) and no direct wish of some countries (其他国家希望能够……)', () => {
    expect(clauses('标题\n伊朗总统佩泽希齐扬5日表示，伊朗不会屈服。美国一方面对伊朗极限施压，一方面又要求伊朗在谈判中接受单方面的条件。')).toEqual([]);
    expect(clauses('标题\n英国《金融时报》报道说，中非合作成果显著。其他国家希望能够从合作中受益，帮助他们实现经济转型。')).toEqual([]);
  });

  it('still takes a party’s direct wish (布方希望同中方……)', () => {
    expect(speakers('标题\n布隆迪总统表示，布中友谊深厚。布方希望同中方加强合作。')).toEqual(['布方/official/希望']);
  });
});

describe('a body’s statement ends where the reporter shows the scene (review3 kind N)', () => {
  it('ends 农业农村部明确，…… before 眼下，贵州正……, and a bank’s before 截至2月末，……已……', () => {
    const text =
      '标题\n就在前不久，农业农村部明确，今年将全面实施乡村产业提升行动，拓宽农民增收致富渠道。眼下，贵州正着力打造区域公共品牌，土特产便可运往全国各地。';
    expect(extract(text).clauses.map(({ speaker, text: body, span }) => ({ speaker, body, span }))).toEqual([
      { speaker: '农业农村部', body: '今年将全面实施乡村产业提升行动，拓宽农民增收致富渠道。', span: [14, 41] },
    ]);
    expect(clauses('标题\n中国农业发展银行提出，对春耕备耕贷款实行优惠利率。截至2月末，农发行已累计发放储备化肥贷款102亿元。')).toEqual([
      said('中国农业发展银行', '提出', '对春耕备耕贷款实行优惠利率。'),
    ]);
  });

  it('goes on where the body itself says 如今 (中国代表指出，……。如今，……仍然遭受……)', () => {
    expect(clauses('标题\n中国代表指出，奴隶制是最恶劣的侵犯人权行为。如今，少数族裔仍然遭受着歧视。')).toEqual([
      said('中国代表', '指出', '奴隶制是最恶劣的侵犯人权行为。如今，少数族裔仍然遭受着歧视。'),
    ]);
  });
});

describe('international news: a statement ends where the reporter says the other party has not answered', () => {
  it('ends before ……还未对此作出回应 and ……暂未回应', () => {
    expect(clauses('标题\n毛伊县政府要求夏威夷电力公司就火灾造成的财产损失作出赔偿。夏威夷电力公司还未对此作出回应。')).toEqual([
      said('毛伊县政府', '要求', '夏威夷电力公司就火灾造成的财产损失作出赔偿。'),
    ]);
    expect(clauses('标题\n分析人士认为，退出欧佩克意味着阿联酋可以增产。欧佩克方面暂未对此作出回应。')).toEqual([
      said('分析人士', '认为', '退出欧佩克意味着阿联酋可以增产。'),
    ]);
  });
});

describe('tours and visits: a host or a bare title as the subject of a later 希望/要求 (review2 and review3 kind E)', () => {
  it('takes someone named without a title who hears or visits (彭丽媛听取了……介绍，希望……)', () => {
    const text = '标题\n彭丽媛听取了学校办学情况介绍，希望双方进一步加强教育交流合作，增进相互了解和友谊。';
    expect(extract(text).clauses.map(({ speaker, cue, span }) => ({ speaker, cue, span }))).toEqual([{ speaker: '彭丽媛', cue: '希望', span: [17, 41] }]);
  });

  it('takes a bare title that opens a later piece (春节将至，……，习主席高度重视，要求……)', () => {
    expect(
      speakers('标题\n中央军委主席习近平签署命令。春节将至，全军战备工作抓得怎么样，习主席高度重视，要求全军部队加强战备值班，保持规定戒备状态。'),
    ).toEqual(['习近平/person/要求']);
  });
});

describe('features: the quoted words end before what the reporter says they did (review3 kinds A and I)', () => {
  it("ends a quotation the statement is before the reporter's comment (“……”，为……提供了……) or chronology (“……”；2021年，……被写入……)", () => {
    expect(clauses('标题\n习近平总书记来到虹桥街道考察。他深刻指出，“人民民主是一种全过程的民主”，为新时代社会主义政治文明建设提供了科学指引。')).toEqual([
      said('习近平', '指出', '“人民民主是一种全过程的民主”'),
    ]);
    expect(clauses('标题\n习近平总书记强调，“发展全过程人民民主”；2021年，“发展全过程人民民主”被写入决议。')).toEqual([
      said('习近平', '强调', '“发展全过程人民民主”；'),
    ]);
  });

  it("ends a feature's quote of a meeting at ； before what was done since (……支撑；2023年，中央成立……)", () => {
    expect(clauses('标题\n党的二十大指出，教育、科技、人才是基础性、战略性支撑；2023年，中央成立科技委员会，重新组建科学技术部。')).toEqual([
      said('会议', '指出', '教育、科技、人才是基础性、战略性支撑；'),
    ]);
  });

  it('ends an order before what has been done since in the same sentence (……，法国已从……撤军; ……，截至今天12时，……)', () => {
    expect(clauses('标题\n多个非洲国家要求法国撤出驻军，法国已从马里、尼日尔等国撤军。')).toEqual([said('多个非洲国家', '要求', '法国撤出驻军')]);
    expect(clauses('标题\n国家金融监督管理总局要求保险业做好暴雨保险理赔服务工作，截至今天12时，保险机构累计接报案2.36万件。')).toEqual([
      said('国家金融监督管理总局', '要求', '保险业做好暴雨保险理赔服务工作'),
    ]);
  });

  it('ends an order before how it was met (……，引发巴方强烈不满。)', () => {
    expect(clauses('标题\n美国方面要求巴西停止对前总统博索纳罗的司法调查，引发巴方强烈不满。')).toEqual([
      said('美国方面', '要求', '巴西停止对前总统博索纳罗的司法调查'),
    ]);
  });

  it('ends a feature’s quote before what the words meant to someone (，这让……更加清晰) and what the speaker did (，对……作出战略部署。)', () => {
    expect(clauses('标题\n党的二十大报告指出，促进优质医疗资源扩容和区域均衡布局，这让王雅丽的努力方向更加清晰。')).toEqual([
      said('报告', '指出', '促进优质医疗资源扩容和区域均衡布局'),
    ]);
    expect(clauses('标题\n习近平总书记在全会上强调，深入推进党的自我革命，坚决打赢反腐败斗争攻坚战持久战，对纵深推进反腐败斗争作出战略部署。')).toEqual([
      said('习近平', '强调', '深入推进党的自我革命，坚决打赢反腐败斗争攻坚战持久战'),
    ]);
  });

  it('ends a feature’s quote before a sentence that takes the words as its aim (围绕这一目标，中央强化……)', () => {
    expect(
      clauses('标题\n“十四五”规划纲要中提出，要推动区域重大战略取得新的突破性进展。围绕这一目标，中央强化区域协调发展的顶层设计，专门成立了领导小组。'),
    ).toEqual([said('规划纲要', '提出', '要推动区域重大战略取得新的突破性进展。')]);
  });

  it('ends a text’s words before ，为……打开了新思路', () => {
    expect(clauses('标题\n党的二十大报告首次提出，要统筹职业教育协同创新，强化对现代化建设的支撑，为许玲的工作打开了新思路。')).toEqual([
      said('报告', '提出', '要统筹职业教育协同创新，强化对现代化建设的支撑'),
    ]);
  });

  it('ends a 号召 at the ； after which another remark is told by what it did (；用“……”，盛赞……)', () => {
    const text =
      '标题\n中共中央总书记习近平发表重要讲话。他以“路漫漫其修远兮”，号召全党不忘初心、牢记使命、接续奋斗；用“诚既勇兮又以武”，盛赞中国人民同仇敌忾、共赴国难。';
    expect(clauses(text)).toEqual([said('习近平', '号召', '全党不忘初心、牢记使命、接续奋斗；')]);
  });
});

describe('meetings: a round of speeches in one sentence (review5 kind S)', () => {
  it('ends a member’s words at the ； after which another member 表示s or 建议s, and takes the next cue as his own clause', () => {
    const text =
      '标题\n全国政协常委会举行全体会议。张华常委代表民革中央提出，要不断提高参政党履职能力水平；王明常委代表民盟中央表示，要积极推进文化强国建设；李强常委代表民建中央建议，形成全链条服务；赵刚常委代表台盟中央提出，扎实推动两岸融合发展。';
    expect(clauses(text)).toEqual([said('张华', '提出', '要不断提高参政党履职能力水平；'), said('赵刚', '提出', '扎实推动两岸融合发展。')]);
  });

  it('goes on through the speaker’s own 我们建议 and through 意见建议 after a ；', () => {
    const text = '标题\n会议指出，要广泛听取意见；我们建议，各地加快建立工作机制；意见建议要及时反馈。';
    expect(clauses(text)).toEqual([said('会议', '指出', '要广泛听取意见；我们建议，各地加快建立工作机制；意见建议要及时反馈。')]);
  });
});

describe('documents: a text that says what it provides carries its own items on (review3 kind K)', () => {
  it('gives a ；-carried 要求 to 《办法》 that 明确s the items before it, not to the bodies that published it', () => {
    const text =
      '标题\n市场监管总局和国家档案局近日联合制定出台《经营主体登记档案管理办法》，便利经营主体跨区域迁移。《办法》明确经营主体迁移时无需在迁出地重复提出申请；迁入地、迁出地登记机关要加强协同；要求持续优化迁移程序，提升服务效能。';
    expect(clauses(text)).toEqual([said('《办法》', '要求', '持续优化迁移程序，提升服务效能。')]);
  });
});

describe('international news: another source ends a statement (另据……报道)', () => {
  it('ends 塞西强调，…… before 另据伊朗媒体报道，……', () => {
    expect(
      clauses(
        '标题\n埃及总统塞西17日会见了到访的伊朗外交部长。据埃及总统府发表的声明，塞西强调，国际社会必须努力防止中东地区陷入全面战争。另据伊朗媒体报道，双方呼吁加强磋商与协调。',
      ),
    ).toEqual([said('塞西', '强调', '国际社会必须努力防止中东地区陷入全面战争。')]);
  });
});

/**
 * Round 6 of issue 14 item 3: review5's kinds B, N, Q, R, review6's N, U, V, W, Y, AA, AB, review7's AD, AG, and what a
 * reading of seed 19119 found. Each short report, and every clause it gives: speaker, cue, text and span.
 */
describe('ends, speakers and missed clauses in meeting round-ups, notices, letters, press conferences and talks', () => {
  const cases: [string, string, { speaker: string; cue: string; text: string; span: [number, number] }[]][] = [
    [
      'an order ends where the reporter names the body acting (review5 kind N): 民航局要求……。为缓解……，民航局安排……',
      '标题\n民航局要求加大重点时段、热门航线运力储备和供给。为缓解海南地区春运返程航班紧张，民航局安排三家航空公司每天新增13班次进出三亚。',
      [{ speaker: '民航局', cue: '要求', text: '加大重点时段、热门航线运力储备和供给。', span: [5, 24] }],
    ],
    [
      '…… and 以方要求……。以方还提出……要求',
      '标题\n据以色列媒体报道，以方要求在伊朗问题上“行动自由”。以方还提出伊朗停止铀浓缩活动等要求。',
      [{ speaker: '以方', cue: '要求', text: '在伊朗问题上“行动自由”。', span: [13, 26] }],
    ],
    [
      'a notice’s 要求 ends before ……措施包括： and its list, although the paragraph opens with 进一步 (review5 kind Q)',
      '标题\n国务院联防联控机制发出《通知》，要求各地各部门要不折不扣把各项优化措施落实到位。\n进一步优化疫情防控措施包括：\n对密切接触者，将“7天集中隔离”调整为“5天集中隔离”。\n取消入境航班熔断机制。',
      [{ speaker: '国务院联防联控机制', cue: '要求', text: '各地各部门要不折不扣把各项优化措施落实到位。', span: [18, 40] }],
    ],
    [
      'a leader quoted inside another speaker’s words ends before 本届峰会以……为主题, as before 本次论坛 (review5 kind R)',
      '标题\n王沪宁会见代表。\n王沪宁表示，习近平总书记的重要讲话为两岸关系发展指明了方向。习近平总书记多次强调，中华文化是两岸同胞共同的精神财富。本届峰会以“血脉相连、文化相通”为主题，就是要彰显两岸同胞的使命担当。',
      [{ speaker: '习近平', cue: '强调', text: '中华文化是两岸同胞共同的精神财富。', span: [50, 67] }],
    ],
    [
      'a letter keeps 本次论坛为……提供了良好平台。 when the writer’s 希望…… follows in the paragraph (review5 kind B)',
      '标题\n李强向中俄商务论坛致贺信。李强指出，中方愿同俄方进一步扩大经贸往来。本次论坛为两国工商界交流合作提供了良好平台。希望两国企业家充分对接需求。',
      [
        { speaker: '李强', cue: '指出', text: '中方愿同俄方进一步扩大经贸往来。本次论坛为两国工商界交流合作提供了良好平台。', span: [18, 56] },
        { speaker: '李强', cue: '希望', text: '两国企业家充分对接需求。', span: [58, 70] },
      ],
    ],
    [
      '…… but still ends before 本次论坛 when no 希望 of the writer follows',
      '标题\n李强出席论坛。李强指出，中方愿同俄方进一步扩大经贸往来。本次论坛由两国政府共同主办。',
      [{ speaker: '李强', cue: '指出', text: '中方愿同俄方进一步扩大经贸往来。', span: [12, 28] }],
    ],
    [
      '他 after a speech is the one who gave it, named without a title (陈文清……讲话。他指出), not 习近平 named with titles before',
      '标题\n中共中央总书记、国家主席习近平28日会见全国公安工作会议代表。\n陈文清参加会见并在29日上午召开的全国公安工作会议上讲话。他指出，要坚持以新时代中国特色社会主义思想为指导。',
      [{ speaker: '陈文清', cue: '指出', text: '要坚持以新时代中国特色社会主义思想为指导。', span: [65, 86] }],
    ],
    [
      '…… and 李干杰主持会议并作总结讲话。他要求……',
      '标题\n国家主席习近平出席会议。\n李干杰主持会议并作总结讲话。他要求各地区各部门提高政治站位。',
      [{ speaker: '李干杰', cue: '要求', text: '各地区各部门提高政治站位。', span: [30, 43] }],
    ],
    [
      'a member’s words end at the sentence in which another member 建议s (……。刘明常委代表民革中央发言建议，……)',
      '标题\n全国政协常委会举行全体会议。张华常委发言提出，坚持和完善基本经济制度。刘明常委代表民革中央发言建议，深化司法体制改革。王刚常委代表民进中央发言提出，推进教育体制机制改革。',
      [
        { speaker: '张华', cue: '提出', text: '坚持和完善基本经济制度。', span: [23, 35] },
        { speaker: '王刚', cue: '提出', text: '推进教育体制机制改革。', span: [74, 85] },
      ],
    ],
    [
      '…… not at 意见和建议 named',
      '标题\n通知要求，各级党委要认真抓好《条例》的贯彻执行。各地区各部门在执行《条例》中的重要情况和建议，要及时报告党中央。',
      [
        {
          speaker: '通知',
          cue: '要求',
          text: '各级党委要认真抓好《条例》的贯彻执行。各地区各部门在执行《条例》中的重要情况和建议，要及时报告党中央。',
          span: [5, 56],
        },
      ],
    ],
    [
      'a standing committee member is named bare, however the segmenter cuts the name (黄润秋常委发言提出, 洪慧民常委代表民建中央发言提出)',
      '标题\n全国政协常委会举行全体会议。黄润秋常委发言提出，深化生态环境领域改革。洪慧民常委代表民建中央发言提出，强化企业科技创新主体地位。',
      [
        { speaker: '黄润秋', cue: '提出', text: '深化生态环境领域改革。', span: [24, 35] },
        { speaker: '洪慧民', cue: '提出', text: '强化企业科技创新主体地位。', span: [51, 64] },
      ],
    ],
    [
      '…… (张兴海常委提出), but not 省委常委',
      '标题\n全国政协常委会举行全体会议。张兴海常委提出，巩固壮大实体经济。省委常委提出，深化改革。',
      [
        { speaker: '张兴海', cue: '提出', text: '巩固壮大实体经济。', span: [22, 31] },
        { speaker: '省委常委', cue: '提出', text: '深化改革。', span: [38, 43] },
      ],
    ],
    [
      'a cue before statements quoted one after another takes them all (他强调“……”“……”, review6 kind Y)',
      '标题\n习近平总书记谋划绿色发展，他强调“绿色发展是高质量发展的底色”“把绿色发展理念贯穿于经济社会发展全过程各方面”。今年，绿色低碳市场机制持续完善。',
      [{ speaker: '习近平', cue: '强调', text: '“绿色发展是高质量发展的底色”“把绿色发展理念贯穿于经济社会发展全过程各方面”。', span: [16, 56] }],
    ],
    [
      'a statement ends before 《办法》明年1月1日起施行。 as before 办法将于……起施行 (review6 kind N)',
      '标题\n生态环境部今天发布《入河排污口监督管理办法》，明确，国家将对各类排污口的设置实行审批管理，建立入河排污口管理台账。《办法》明年1月1日起施行。',
      [{ speaker: '生态环境部', cue: '明确', text: '国家将对各类排污口的设置实行审批管理，建立入河排污口管理台账。', span: [26, 57] }],
    ],
    [
      'a paper named in 《》 speaks with its website and a time before how it speaks (德国《时代》周报网站近日刊文指出, review6 kind W), and its article goes on as news told',
      '标题\n德国《时代》周报网站近日刊文指出，在这场危机中，很明显是美国人在操控西方。他们提供了武器和情报，还试图左右政治谈判。',
      [{ speaker: '《时代》', cue: '指出', text: '在这场危机中，很明显是美国人在操控西方。他们提供了武器和情报，还试图左右政治谈判。', span: [17, 58] }],
    ],
    [
      'an order told in the reporter’s chain of verbs ends before ，深刻阐明了…… (review6 kind V)',
      '标题\n习近平总书记多次就民政工作发表重要讲话，深刻指出民政工作关系民生，明确要求各级民政部门要更好履行基本民生保障等职责，深刻阐明了事关民政事业发展的一系列重大问题。',
      [{ speaker: '习近平', cue: '要求', text: '各级民政部门要更好履行基本民生保障等职责', span: [37, 57] }],
    ],
    [
      '…… but a 指出 statement keeps what a report did (党的二十大报告明确概括了……，深刻揭示了……)',
      '标题\n习近平总书记在开班式上指出，党的二十大报告明确概括了中国式现代化的中国特色，深刻揭示了中国式现代化的科学内涵。',
      [{ speaker: '习近平', cue: '指出', text: '党的二十大报告明确概括了中国式现代化的中国特色，深刻揭示了中国式现代化的科学内涵。', span: [14, 55] }],
    ],
    [
      'bodies joined by 会同 issue the notice together (review6 kind AB)',
      '标题\n日前，农业农村部会同水利部、应急管理部联合下发通知，要求各地加强灾害风险预报预警。',
      [{ speaker: '农业农村部会同水利部、应急管理部', cue: '要求', text: '各地加强灾害风险预报预警。', span: [28, 41] }],
    ],
    [
      'a sentence-opening cue after an unnamed notice is issued carries the notice on (……印发通知，……。明确，……, review6 kind AA)',
      '标题\n国家医保局、财政部日前印发通知，在全国层面统一和完善基本医保基金预付制度。明确，预付金原则上预付1个月左右。',
      [{ speaker: '通知', cue: '明确', text: '预付金原则上预付1个月左右。', span: [40, 54] }],
    ],
    [
      'a dotted name after a title is read whole before 立即/当场 (review6 kind U)',
      '标题\n对此，德国环境部长施特菲·莱姆克立即当场反驳指出，这一“欢迎”只涉及废炉作业。',
      [{ speaker: '施特菲·莱姆克', cue: '指出', text: '这一“欢迎”只涉及废炉作业。', span: [25, 39] }],
    ],
    [
      '司长 is a title, so 她 is the department director who spoke, not the official of the paragraph before (review7 kind AD)',
      '标题\n国家疾控局副局长沈洪兵介绍，今后只有密切接触者需集中隔离。\n国家卫生健康委医疗应急司司长郭燕红介绍，二十条优化措施中，很重要一条就是加强医疗资源建设。她介绍，我国持续加强定点医院建设。要求定点医院要配足配齐救治的床位。',
      [{ speaker: '郭燕红', cue: '要求', text: '定点医院要配足配齐救治的床位。', span: [94, 109] }],
    ],
    [
      'a law named without 《》 speaks as written (法治宣传教育法提出, review7 kind AG)',
      '标题\n国务院新闻办公室今天举行新闻发布会。法治宣传教育法提出，国家实行公民终身法治教育制度。',
      [{ speaker: '法治宣传教育法', cue: '提出', text: '国家实行公民终身法治教育制度。', span: [28, 43] }],
    ],
    ['…… but no 做法 as a text', '标题\n这种做法认为，市场会自行调节。', []],
    [
      'a minister’s words end before 三国外长重申……, the others restating their stand (found reading seed 19119)',
      '标题\n巴基斯坦外交部长达尔12日同三国外长通话。达尔强调，相关各方应严格遵守停火承诺。三国外长重申支持通过外交途径推动局势缓和。',
      [{ speaker: '达尔', cue: '强调', text: '相关各方应严格遵守停火承诺。', span: [26, 40] }],
    ],
  ];

  it.each(cases)('%s', (_, report, expected) => {
    expect(extract(report).clauses.map(({ speaker, cue, text, span }) => ({ speaker, cue, text, span }))).toEqual(expected);
  });
});

describe('cue phrases of texts and meetings, and words that only look like cues', () => {
  it('takes a text or a meeting that speaks in it (二十条措施中明确要求, 党的二十大报告中指出, 中央经济工作会议中提出)', () => {
    expect(clauses('二十条措施中明确要求，强化重点机构、重点人群保护。江西南昌为保障危重病人及时就医，开通了绿色通道。')).toEqual([
      said('措施', '明确', '强化重点机构、重点人群保护。'),
    ]);
    expect(clauses('党的二十大报告中指出，巩固拓展脱贫攻坚成果，增强脱贫地区内生发展动力。')).toEqual([
      said('报告', '指出', '巩固拓展脱贫攻坚成果，增强脱贫地区内生发展动力。'),
    ]);
    expect(clauses('2023年底召开的中央经济工作会议中提出，要“打造若干战略性新兴产业”。')).toEqual([said('会议', '提出', '要“打造若干战略性新兴产业”。')]);
  });

  it('takes no 要求 from 要 before an idiom that opens with 求 (要求同存异, 要求真务实)', () => {
    expect(clauses('习近平指出，我们要相互尊重。要求同存异、共迎挑战。要求真务实，注重实效。')).toEqual([
      said('习近平', '指出', '我们要相互尊重。要求同存异、共迎挑战。要求真务实，注重实效。'),
    ]);
  });
});

describe('features and documents: a text or plenum at work, then its cue after a comma', () => {
  it('takes the text or plenum a sentence opens with (《条例》首次……作出规定，强调，……; 党的二十届三中全会对……作出进一步部署，指出，……)', () => {
    expect(clauses('标题\n《条例》首次从党内法规的高度对巡视工作方针作出规定，强调，巡视工作是政治监督。')).toEqual([
      said('《条例》', '强调', '巡视工作是政治监督。'),
    ]);
    expect(
      clauses('标题\n“十五五”规划《建议》将坚持人民至上作为一项重要原则，指出，要加大保障和改善民生力度。今天（11月17日）的《权威访谈》进行解读。'),
    ).toEqual([said('《建议》', '指出', '要加大保障和改善民生力度。')]);
    expect(
      clauses('标题\n党的二十届三中全会对文化遗产保护工作作出进一步部署，指出，要推动文化遗产系统性保护。各地各部门多措并举，持续加大文物保护力度。'),
    ).toEqual([said('会议', '指出', '要推动文化遗产系统性保护。')]);
  });

  it('carries on the leader whose remarks a sentence before tells, after its setting (党的十八大以来，习近平总书记……作出……重要指示批示。强调，……)', () => {
    expect(
      speakers(
        '标题\n党的二十届三中全会对文化遗产保护工作作出进一步部署，指出，要推动文化遗产系统性保护。\n党的十八大以来，习近平总书记对文物保护工作作出一系列重要论述和重要指示批示。强调，坚持保护第一。',
      ),
    ).toEqual(['会议/meeting/指出', '习近平/person/强调']);
  });
});

describe('international news and plenums: a foreign name after its description, a group of comrades', () => {
  it('takes a foreign name in full after the words that describe its bearer (美国能源专家迈克尔·韦伯认为; ……高级顾问布鲁斯·艾尔沃德近期指出)', () => {
    expect(clauses('标题\n美国能源专家迈克尔·韦伯认为，这次冬季风暴暴露了美国能源供应系统的脆弱性。')).toEqual([
      said('迈克尔·韦伯', '认为', '这次冬季风暴暴露了美国能源供应系统的脆弱性。'),
    ]);
    expect(clauses('标题\n世卫组织总干事高级顾问布鲁斯·艾尔沃德近期指出，疫情其实依旧存在。')).toEqual([said('布鲁斯·艾尔沃德', '指出', '疫情其实依旧存在。')]);
  });

  it('takes comrades named by where they serve as a group (中央政治局的同志一致认为, 宣传思想文化战线的广大同志一致认为)', () => {
    expect(speakers('标题\n中央政治局的同志一致认为，党中央集中统一领导是做好一切工作的根本保证。')).toEqual(['中央政治局的同志/official/认为']);
    expect(speakers('标题\n宣传思想文化战线的广大同志一致认为，宣传思想文化工作取得历史性成就。')).toEqual(['宣传思想文化战线的广大同志/official/认为']);
  });
});

describe('the clause ends before the reporter narrates in the same paragraph (clauses9)', () => {
  it('ends before others who take the floor or attend (……。其他代表也作了发言。; ……。多位专家代表发言。; ……负责同志等参加。)', () => {
    expect(clauses('标题\n王明希望，两地青年加强交流合作，共同创造美好未来。其他青年代表也作了发言。')).toEqual([
      said('王明', '希望', '两地青年加强交流合作，共同创造美好未来。'),
    ]);
    expect(clauses('标题\n李华希望，各位专家多提宝贵意见。多位外国专家代表发言。')).toEqual([said('李华', '希望', '各位专家多提宝贵意见。')]);
    expect(clauses('标题\n李强指出，一是要有更强的责任心。二是要有更强的执行力。\n省政府有关部门负责同志等参加。')).toEqual([
      said('李强', '指出', '一是要有更强的责任心。二是要有更强的执行力。'),
    ]);
    // What the speaker tells others to do at a forum goes on (……。要在会上积极发言。).
    expect(clauses('标题\n王明强调，要开好这次座谈会。各位代表要踊跃发言。')).toEqual([said('王明', '强调', '要开好这次座谈会。各位代表要踊跃发言。')]);
  });

  it('ends before narration dated to the day or set in a recent stretch of time (……。2016年8月19日，……召开; ……。近一段时间，……)', () => {
    expect(clauses('标题\n《规划》明确，要推动重点产业提质升级。近一段时间，各地密集出台政策，助推传统产业转型。')).toEqual([
      said('《规划》', '明确', '要推动重点产业提质升级。'),
    ]);
    expect(clauses('标题\n市公安局号召全市民警向她学习。2023年7月2日，她突发疾病不幸去世。')).toEqual([said('市公安局', '号召', '全市民警向她学习。')]);
  });

  it('ends before the reporter tells what the speaker did besides, as 他/她 (他代表党中央，向……表示祝贺; 他祝孩子们……; ，他表示……; ；他还否认了……)', () => {
    expect(clauses('标题\n习近平指出，南江各族人民迈上了新征程。他代表党中央，向南江各族干部群众表示热烈祝贺！')).toEqual([
      said('习近平', '指出', '南江各族人民迈上了新征程。'),
    ]);
    expect(clauses('标题\n李强希望同学们全面发展。他祝孩子们学有所成、健康成长。')).toEqual([said('李强', '希望', '同学们全面发展。')]);
    expect(clauses('标题\n秘书长塔哈要求该国军人立即释放总统，他表示该组织全力支持恢复地区和平。')).toEqual([said('塔哈', '要求', '该国军人立即释放总统')]);
    expect(clauses('标题\n外长阿卜杜拉强调，海峡相关安排应由两国协商决定；他还否认了正在与美国谈判的说法。')).toEqual([
      said('阿卜杜拉', '强调', '海峡相关安排应由两国协商决定；'),
    ]);
  });

  it('ends before the programme turns to its viewers, with the narration that leads to it (……。党的十八大以来，……。今天（8月10日）的《……》，让我们一起来看……)', () => {
    expect(
      clauses('习近平总书记指出，要坚持山水林田湖草沙一体化保护。党的十八大以来，我国推出生态修复工程。今天（8月17日）的《看生态》，让我们一起来看这场变化。'),
    ).toEqual([said('习近平', '指出', '要坚持山水林田湖草沙一体化保护。')]);
    expect(clauses('党的二十大报告指出，必须站在人与自然和谐共生的高度谋划发展。系列报道《新程》，今天我们来关注生态文明建设。')).toEqual([
      said('报告', '指出', '必须站在人与自然和谐共生的高度谋划发展。'),
    ]);
    expect(clauses('习近平总书记指出，党中央时刻记挂着受灾群众。这个春节，乡亲们过得怎么样？跟随我们的记者一起去看一看。')).toEqual([
      said('习近平', '指出', '党中央时刻记挂着受灾群众。'),
    ]);
  });

  it('ends before what the speaker did besides, closing the sentence (，并针对……作出具体部署。; ；并对……作出总体要求。), not before a plan that goes on', () => {
    expect(clauses('标题\n王明多次强调，要适度超前建设新型基础设施，并针对各个领域作出具体部署。')).toEqual([
      said('王明', '强调', '要适度超前建设新型基础设施'),
    ]);
    expect(clauses('标题\n李华指出，全市中心任务是推进现代化建设；并对推进城乡融合作出总体要求。')).toEqual([
      said('李华', '指出', '全市中心任务是推进现代化建设；'),
    ]);
    expect(clauses('标题\n王明指出，我们宣布建立伙伴关系，并对两国合作作出新的规划和部署，双方要抓紧落实。')).toEqual([
      said('王明', '指出', '我们宣布建立伙伴关系，并对两国合作作出新的规划和部署，双方要抓紧落实。'),
    ]);
  });

  it('ends before a focus and the country at work (聚焦……，我国……; 围绕……，我国加强……), in the paragraph or the next, not before 围绕……，各地要……', () => {
    expect(clauses('标题\n李强强调，要积极扩大国内需求。\n聚焦有效益的投资，一系列重大举措落地生效。')).toEqual([said('李强', '强调', '要积极扩大国内需求。')]);
    expect(clauses('习近平总书记指出，根子是基础理论研究跟不上。围绕国家长远发展，我国加强体系化布局，持续加大投入。')).toEqual([
      said('习近平', '指出', '根子是基础理论研究跟不上。'),
    ]);
    expect(clauses('标题\n王明强调，要积极扩大国内需求。\n围绕有效益的投资，各地要抓紧推进重大项目。')).toEqual([
      said('王明', '强调', '要积极扩大国内需求。\n围绕有效益的投资，各地要抓紧推进重大项目。'),
    ]);
  });

  it('ends before another source in international news (……。鲁登科警告，……; ……。选前民调显示，……; ……。同一天，据……媒体报道，……), not at a warning named (……的严重警告，)', () => {
    expect(clauses('标题\n外长拉夫罗夫指出，俄方注意到日方持续提高防卫开支。副外长鲁登科警告，俄方将采取反制措施。')).toEqual([
      said('拉夫罗夫', '指出', '俄方注意到日方持续提高防卫开支。'),
    ]);
    expect(clauses('标题\n当地媒体认为，选民关注的议题包括经济问题。选前民调显示，两位候选人支持率接近。')).toEqual([
      said('当地媒体', '认为', '选民关注的议题包括经济问题。'),
    ]);
    expect(clauses('标题\n主席穆萨强调，西共体仍在寻求和平接触。同一天，据当地媒体报道，邻国已经部署了军机。')).toEqual([
      said('穆萨', '强调', '西共体仍在寻求和平接触。'),
    ]);
    expect(clauses('标题\n文章指出，解放军在台岛周边开展演习。这是对外部势力干涉挑衅的严重警告，也是正当必要之举。')).toEqual([
      said('文章', '指出', '解放军在台岛周边开展演习。这是对外部势力干涉挑衅的严重警告，也是正当必要之举。'),
    ]);
  });

  it('reads a directive verb that only qualifies the reporter’s subject as narration (……。不断焕新升级的“中国服务”，正为……)', () => {
    expect(clauses('习近平总书记指出，要创新提升服务贸易。作为服务贸易大国，我国服务贸易加速发展。不断焕新升级的“中国服务”，正为经济注入新动能。')).toEqual([
      said('习近平', '指出', '要创新提升服务贸易。'),
    ]);
  });

  it('ends before another party that admits or confirms at a time of its own (……。美国防部官员此前已承认，……)', () => {
    expect(clauses('标题\n报道指出，战争是推动债务上升的因素之一。国防部官员此前已承认，军事行动花费远高于此前披露水平。')).toEqual([
      said('报道', '指出', '战争是推动债务上升的因素之一。'),
    ]);
  });
});

describe('where a statement goes on and where the reporter takes over: time set, occasion spoken of, season, a bare title on a tour', () => {
  it('carries a statement into a paragraph that sets its time and then directs (新时代新征程，全党……要……), not into the reporter’s 越是……越要', () => {
    expect(
      clauses('标题\n王建国强调，历史不能忘记。我们要坚定信心。\n新时代新征程，全党全国各族人民要更加紧密地团结起来，勇毅前行。\n120名青少年代表宣读宣言。'),
    ).toEqual([said('王建国', '强调', '历史不能忘记。我们要坚定信心。\n新时代新征程，全党全国各族人民要更加紧密地团结起来，勇毅前行。')]);
    expect(clauses('标题\n会议指出，一年来，各项工作取得新进展。\n2025年，要深入贯彻全会精神，不断开创工作新局面。')).toEqual([
      said('会议', '指出', '一年来，各项工作取得新进展。\n2025年，要深入贯彻全会精神，不断开创工作新局面。'),
    ]);
    expect(clauses('标题\n国内形势挑战重重，习近平总书记统揽全局，明确提出，疫情要防住、经济要稳住。\n越是困难时刻，越要坚定信心。')).toEqual([
      said('习近平', '明确', '疫情要防住、经济要稳住。'),
    ]);
    expect(clauses('标题\n报告指出，全球面临饥饿的人口增加了1.22亿人。\n中方代表发言，呼吁国际社会要将粮食安全置于优先位置。')).toEqual([
      said('报告', '指出', '全球面临饥饿的人口增加了1.22亿人。'),
    ]);
  });

  it('keeps a leader’s words about this occasion when the leader’s first person follows (……。此次峰会成果将惠及……。中方愿……)', () => {
    expect(
      clauses('标题\n习近平指出，合作是中国外交的重要基石。此次峰会成果将惠及非洲所有国家。中方愿同各方共同落实好峰会成果。\n习近平强调，双方要加强合作。'),
    ).toEqual([
      said('习近平', '指出', '合作是中国外交的重要基石。此次峰会成果将惠及非洲所有国家。中方愿同各方共同落实好峰会成果。'),
      said('习近平', '强调', '双方要加强合作。'),
    ]);
    expect(clauses('标题\n李强指出，合作是重要基石。此次论坛由中国国际贸易促进委员会主办。')).toEqual([said('李强', '指出', '合作是重要基石。')]);
    expect(
      clauses('标题\n习近平强调，合作组织的责任更加重大。这次峰会肩负着凝聚各方共识的重要使命。相信峰会一定能够圆满成功。\n宴会后，习近平观看文艺演出。'),
    ).toEqual([said('习近平', '强调', '合作组织的责任更加重大。这次峰会肩负着凝聚各方共识的重要使命。相信峰会一定能够圆满成功。')]);
  });

  it('keeps a task that opens with a verb of procedure inside a numbered item (第四，……。研究制定……意见，……), not the agenda after the statement', () => {
    expect(
      clauses(
        '标题\n全会提出，做好今年工作，要坚持稳中求进。\n第一，强化政治监督。推动加强党的创新理论武装。\n第二，强化执纪执法为民，深化集中整治。研究制定常态化开展整治工作意见，形成长效机制。\n全会号召，全国纪检监察干部要勇担使命。',
      ),
    ).toEqual([
      said(
        '会议',
        '提出',
        '做好今年工作，要坚持稳中求进。\n第一，强化政治监督。推动加强党的创新理论武装。\n第二，强化执纪执法为民，深化集中整治。研究制定常态化开展整治工作意见，形成长效机制。',
      ),
      said('会议', '号召', '全国纪检监察干部要勇担使命。'),
    ]);
    expect(clauses('标题\n会议指出，要做好安全生产工作。会议研究了其他事项。')).toEqual([said('会议', '指出', '要做好安全生产工作。')]);
  });

  it('ends a statement before the season the reporter sets (……。初冬的白洋淀碧波荡漾。; ……。隆冬时节，……)', () => {
    expect(clauses('标题\n李强指出，产业集聚是城市发展的基础。要为新区发展注入新动能。初冬的白洋淀碧波荡漾。李强来到这里察看水质。')).toEqual([
      said('李强', '指出', '产业集聚是城市发展的基础。要为新区发展注入新动能。'),
    ]);
  });

  it('reads a bare title that opens a tour’s sentence as its subject (总书记还来到村民家中，仔细询问……，希望……)', () => {
    expect(
      clauses(
        '标题\n今年11月，习近平总书记走进养老服务驿站，要求当地抓住重点。总书记还来到村民家中，仔细询问生产、就业等情况，希望大家继续奋斗，创造幸福美好生活。',
      ),
    ).toEqual([said('习近平', '要求', '当地抓住重点。'), said('习近平', '希望', '大家继续奋斗，创造幸福美好生活。')]);
  });
});

/**
 * What two annotators who never saw pdx's output agreed on, on 300 random items of xwlb-2022-2026 (probe15–17), and pdx
 * missed or ended elsewhere. Each short report, and every clause it gives.
 */
describe('clauses independent annotators agree on: bodies, agencies, foreign names, the first person', () => {
  it('reads a body that acts after what it acts for (为……，农业农村部已下发通知，要求……), without the time before its name', () => {
    expect(clauses('标题\n为有效应对台风影响，做好农业防灾减灾，农业农村部已下发通知，要求各级农业农村部门组织农户抢收已成熟中稻，确保颗粒归仓。')).toEqual([
      said('农业农村部', '要求', '各级农业农村部门组织农户抢收已成熟中稻，确保颗粒归仓。'),
    ]);
    expect(speakers('标题\n入夏以来高温频发。日前国家卫生健康委、国家疾控局印发通知，要求加强高温天气下的劳动保护。')).toEqual([
      '国家卫生健康委、国家疾控局/official/要求',
    ]);
  });

  it('reads a leading group as a body (中央党的建设工作领导小组印发通知，要求……) and a note as directing (……照会……，要求……)', () => {
    expect(speakers('标题\n近日，中央党的建设工作领导小组印发通知，要求各地区各部门注重实效。')).toEqual(['中央党的建设工作领导小组/official/要求']);
    expect(clauses('标题\n据俄罗斯媒体报道，俄罗斯外交部7日照会美国驻俄大使馆，要求美方停止干涉俄内政。')).toEqual([
      said('俄罗斯外交部', '要求', '美方停止干涉俄内政。'),
    ]);
  });

  it('lets a country the segmenter takes for an adverb speak (约旦方面强调), and a news agency (共同社认为)', () => {
    expect(speakers('标题\n约旦1日宣布召回驻以色列大使。约旦方面强调，只有以色列停止进攻，大使才会返回。')).toEqual(['约旦方面/official/强调']);
    expect(clauses('标题\n日本央行20日宣布调整政策。共同社认为，日本央行此举是“事实上的加息”。报道说，此举意在纠正日元贬值。')).toEqual([
      said('共同社', '认为', '日本央行此举是“事实上的加息”。'),
    ]);
  });

  it('reads a transliterated name with 通 after its title, and carries its 表示 on to a sentence opening with 希望', () => {
    expect(
      clauses(
        '标题\n习近平同老挝人民革命党中央总书记、国家主席通伦举行会谈。\n通伦感谢中方长期以来提供的宝贵支持，表示老中传统友谊历久弥新。希望两国相关部门加强交流。',
      ),
    ).toEqual([said('通伦', '希望', '两国相关部门加强交流。')]);
    expect(speakers('标题\n吉尔吉斯斯坦前总统奥通巴耶娃指出，构建人类命运共同体理念是重要遵循。')).toEqual(['奥通巴耶娃/person/指出']);
  });

  it('ends a body’s order before another source forecasts (……。中央气象台预计，……)', () => {
    expect(clauses('标题\n国家卫生健康委发出通知，要求做好防暑降温工作。中央气象台预计，北方地区高温将明显缓解。')).toEqual([
      said('国家卫生健康委', '要求', '做好防暑降温工作。'),
    ]);
  });

  it('gives a sentence of a leader’s remarks that opens with 我们一致认为， its own clause, not 我对大家提出三点希望： nor 我希望 + its object', () => {
    expect(clauses('标题\n习近平指出，很高兴再次对法国进行国事访问。我同马克龙总统举行了富有成果的会谈。我们一致认为，中法关系具有珍贵历史。')).toEqual([
      said('习近平', '指出', '很高兴再次对法国进行国事访问。我同马克龙总统举行了富有成果的会谈。'),
      said('习近平', '认为', '中法关系具有珍贵历史。'),
    ]);
    expect(clauses('标题\n习近平强调，青年是推动社会发展进步的有生力量。我对大家提出三点希望：一是希望你们守望相助。')).toEqual([
      said('习近平', '强调', '青年是推动社会发展进步的有生力量。我对大家提出三点希望：一是希望你们守望相助。'),
    ]);
    expect(clauses('标题\n习近平指出，我很高兴对法国进行国事访问。我希望通过这次访问，巩固两国传统友谊。')).toEqual([
      said('习近平', '指出', '我很高兴对法国进行国事访问。我希望通过这次访问，巩固两国传统友谊。'),
    ]);
  });
});

describe('where a statement ends, as independent annotators put it', () => {
  it('ends a member’s proposal at the ； before the next member’s remark, however the member was named', () => {
    expect(clauses('标题\n会上，王强常委提出，要坚持高质量发展；穆铁礼甫·哈斯木常委提出，不断巩固发展民族团结；吴良好常委表示，要坚定制度自信。')).toEqual([
      said('王强', '提出', '要坚持高质量发展；'),
      said('穆铁礼甫·哈斯木', '提出', '不断巩固发展民族团结；'),
    ]);
  });

  it('ends before the count of those who attended (……等代表共约200余人与会。)', () => {
    expect(clauses('标题\n研讨会在北京举行。\n与会中外嘉宾认为，各国要携手推动构建人类命运共同体。来自国外政界、国际组织等代表共约200余人与会。')).toEqual([
      said('与会中外嘉宾', '认为', '各国要携手推动构建人类命运共同体。'),
    ]);
  });

  it('goes on through the setting of what those addressed are told next (……。当前，全国……，各地区各有关部门要……)', () => {
    expect(
      clauses('标题\n李强作出批示。批示指出：农田建设是重要举措。当前，全国大部分地区进入冬春农田建设关键时期，各地区各有关部门要抓紧修复水毁农田设施。'),
    ).toEqual([said('批示', '指出', '农田建设是重要举措。当前，全国大部分地区进入冬春农田建设关键时期，各地区各有关部门要抓紧修复水毁农田设施。')]);
  });

  it('goes on through a leader’s paragraphs that speak as 我们 or take up the next matter (关于巴以冲突，……)', () => {
    expect(
      clauses(
        '标题\n习近平同马克龙共同会见记者。\n习近平指出，中法关系具有珍贵历史。\n我们决定做好以下几方面工作。\n一是巩固双边关系战略稳定。\n关于巴以冲突，国际社会必须有所作为。\n会见结束后，两国元首共进晚餐。',
      ),
    ).toEqual([
      said('习近平', '指出', '中法关系具有珍贵历史。\n我们决定做好以下几方面工作。\n一是巩固双边关系战略稳定。\n关于巴以冲突，国际社会必须有所作为。'),
    ]);
  });
});

describe('international news: delegates and bodies by when they spoke', () => {
  it('reads 中国代表在安理会表决后发言指出 and 税务总局、金融监管总局日前联合要求 as the delegate and the bodies', () => {
    expect(speakers('标题\n中国代表在安理会表决后发言指出，中方支持一切致力于和平的努力。')).toEqual(['中国代表/official/指出']);
    expect(speakers('标题\n税务总局、金融监管总局日前联合要求，税务部门与银行建立合作机制。')).toEqual(['税务总局、金融监管总局/official/要求']);
  });
});

describe('the reporter after a statement: a further remark told by what it did, a programme that airs', () => {
  it('ends an order before 俄方还警告…… and a cited statement before 专题片《……》今晚……播出', () => {
    expect(clauses('标题\n俄罗斯外交部7日照会美国驻俄大使馆，要求美方停止干涉俄内政。俄方还警告美方外交人员不要试图从事破坏性活动。')).toEqual([
      said('俄罗斯外交部', '要求', '美方停止干涉俄内政。'),
    ]);
    expect(
      clauses(
        '标题\n党的二十大强调，反腐败是最彻底的自我革命。四集电视专题片《永远吹冲锋号》今晚在总台央视综合频道播出第四集。通过典型案例，讲述我们党坚持系统施治。',
      ),
    ).toEqual([said('会议', '强调', '反腐败是最彻底的自我革命。')]);
  });
});

describe('talks: a side or a country inside a leader’s remarks speaks through the leader (as dev.jsonl codes it)', () => {
  it('keeps 中方希望…… in the leader’s clause, and takes no clause from 俄方希望…… or 阿根廷希望…… inside what a leader 表示s', () => {
    expect(clauses('标题\n李克强指出，中柬互为近邻，传统友谊深厚。中方希望通过此访同柬方共叙团结友好。')).toEqual([
      said('李克强', '指出', '中柬互为近邻，传统友谊深厚。中方希望通过此访同柬方共叙团结友好。'),
    ]);
    expect(clauses('标题\n俄罗斯总统普京表示，俄中关系是大国关系的典范。俄方希望同中方进一步深化合作。')).toEqual([]);
    expect(clauses('标题\n阿根廷总统米莱表示，阿中传统友谊深厚。阿根廷希望成为中国可靠和稳定的合作伙伴。')).toEqual([]);
  });
});

describe('features: a carried 希望 quotes as the leader’s clause before it; the leader on another occasion; a text by a longer name', () => {
  it('ends 希望…… before the reporter speaks of the words (殷殷嘱托，让……), and a statement before 在广西考察时，他……', () => {
    expect(
      clauses(
        '标题\n习近平总书记高度重视长城。在给石峡村乡亲们的回信中总书记强调：保护好长城是我们共同的责任。希望大家守护好长城。殷殷嘱托，让长城沿线干部群众深感使命在肩。',
      ),
    ).toEqual([said('习近平', '强调', '保护好长城是我们共同的责任。'), said('习近平', '希望', '大家守护好长城。')]);
    expect(clauses('标题\n习近平总书记强调，要推动货物贸易优化升级。在广西考察时，他重点听取了西部陆海新通道建设汇报。')).toEqual([
      said('习近平', '强调', '要推动货物贸易优化升级。'),
    ]);
  });

  it('ends a text’s statement where the reporter names it at length (发言指出，……。共同发言提出……), and reads 信中指出 as the letter', () => {
    expect(clauses('标题\n中国代表作共同发言。发言指出，残疾妇女是人类大家庭中平等成员。共同发言提出三项主张。')).toEqual([
      said('发言', '指出', '残疾妇女是人类大家庭中平等成员。'),
    ]);
    expect(speakers('标题\n巴西外交部致信美国政府。信中指出，美国的做法将对两国经济造成冲击。')).toEqual(['信/text/指出']);
  });
});

describe('a cue phrase that only says how someone spoke', () => {
  it('leaves the speaker to the sentence’s subject (习近平主席洞察世界大势，……，进一步高屋建瓴地指出，……)', () => {
    expect(speakers('标题\n习近平主席洞察世界大势，把握时代潮流，进一步高屋建瓴地指出，全球南方国家共同迈向现代化是一件大事。')).toEqual([
      '习近平/person/指出',
    ]);
  });
});
