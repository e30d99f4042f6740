/** The meeting stage's parts: numerals, dates and their year, people, credits, agenda, and the meeting's name. */
import { describe, expect, it } from 'vitest';
import { findAgenda } from '../../src/meeting/agenda.js';
import { parseChineseNumber, toHalfWidth } from '../../src/language/chinese-number.js';
import { findCredits } from '../../src/meeting/credits.js';
import { findMeeting, isOrgan } from '../../src/meeting/find-meeting.js';
import { dateReference, datesIn } from '../../src/meeting/meeting-date.js';
import { findPeople } from '../../src/meeting/people.js';
import type { DocumentDate, Span } from '../../src/schema.js';

interface MeetingOptions {
  title?: string | null;
  documentDate?: DocumentDate | null;
  /** Offsets of the cues where the meeting speaks (会议强调). */
  meetingCues?: Span[];
}

function meetingOf(plainText: string, { title = null, documentDate = null, meetingCues = [] }: MeetingOptions = {}) {
  const paragraphs: Span[] = [];
  let start = 0;
  for (const line of plainText.split('\n')) {
    paragraphs.push([start, start + line.length]);
    start += line.length + 1;
  }
  return findMeeting({ plainText, paragraphs, skip: [], title, meetingCues, documentDate });
}

const cueAt = (text: string, cue: string): Span => {
  const at = text.indexOf(cue);
  return [at, at + cue.length];
};

describe('parseChineseNumber', () => {
  it('reads Arabic, full-width and Chinese numerals', () => {
    expect(parseChineseNumber('102')).toBe(102);
    expect(parseChineseNumber('１０２')).toBe(102);
    expect(parseChineseNumber('一百零二')).toBe(102);
    expect(parseChineseNumber('二十一')).toBe(21);
    expect(parseChineseNumber('十四')).toBe(14);
    expect(parseChineseNumber('两')).toBe(2);
    expect(parseChineseNumber('一千零五')).toBe(1005);
    expect(parseChineseNumber('三万五千')).toBe(35000);
    expect(parseChineseNumber('二〇二〇')).toBe(2020);
    expect(parseChineseNumber('第五')).toBeNull();
  });

  it('keeps offsets when it turns full-width digits half-width', () => {
    expect(toHalfWidth('９月２７日下降１９．１％')).toBe('9月27日下降19.1%');
  });
});

describe('datesIn', () => {
  const published = dateReference({ date: '2024-01-03', precision: 'day', source: 'path' }, '');

  it('reads written, month/day, day-only and relative dates with the time of day', () => {
    const text = '2019年2月25日上午，……7月16日晚，……26日，……今天下午，……昨天';
    const reference = dateReference({ date: '2020-07-27', precision: 'day', source: 'meta' }, '');
    expect(
      datesIn(text, 0, text.length, reference).map((d) => [d.date, text.slice(...d.span), d.timeSpan && text.slice(...d.timeSpan), d.yearInferred]),
    ).toEqual([
      ['2019-02-25', '2019年2月25日', '上午', false],
      ['2020-07-16', '7月16日', '晚', true],
      ['2020-07-26', '26日', null, true],
      ['2020-07-27', '今天', '下午', true],
      ['2020-07-26', '昨天', null, true],
    ]);
  });

  it('puts a month/day after the publication date in the year before', () => {
    expect(datesIn('12月30日', 0, 6, published)[0]!.date).toBe('2023-12-30');
    expect(datesIn('1月2日', 0, 4, published)[0]!.date).toBe('2024-01-02');
  });

  it('puts a day-only date after the publication day in the month before', () => {
    expect(datesIn('28日', 0, 3, published)[0]!.date).toBe('2023-12-28');
  });

  it('gives --MM-DD with no source, and nothing for 今天 or a day alone', () => {
    expect(datesIn('7月16日', 0, 5, null).map((d) => [d.date, d.precision, d.yearSource])).toEqual([['--07-16', 'month-day', null]]);
    expect(datesIn('今天，16日', 0, 6, null)).toEqual([]);
  });

  it("reads 日前 as the document's day and 前天 as two days before it", () => {
    expect(datesIn('日前；前天', 0, 5, published).map((d) => [d.date, d.yearSource])).toEqual([
      ['2024-01-03', 'path'],
      ['2024-01-01', 'path'],
    ]);
  });

  it('takes the year from the text when the document has no date, and only month and day from a dateline without a year', () => {
    const text = '会议总结回顾了2011年工作，明确了2012年工作任务，部署到2035年的目标。5月4日……';
    const fromText = dateReference(null, text);
    expect(fromText).toEqual({ year: 2012, month: null, day: null, source: 'text' });
    expect(datesIn('5月4日', 0, 4, fromText).map((d) => [d.date, d.yearInferred, d.yearSource])).toEqual([['2012-05-04', true, 'text']]);
    const dateline = dateReference({ date: '--04-18', precision: 'month-day', source: 'dated-line' }, '');
    expect(datesIn('今天；17日', 0, 6, dateline).map((d) => [d.date, d.precision])).toEqual([
      ['--04-18', 'month-day'],
      ['--04-17', 'month-day'],
    ]);
  });

  it('reads Chinese numerals, full-width digits and ranges, and skips impossible dates', () => {
    const text = '二〇二〇年七月十六日；９月２７日；２０１５年３月５日；12月15日至16日；2月30日';
    expect(datesIn(text, 0, text.length, published).map((d) => [d.date, text.slice(...d.span)])).toEqual([
      ['2020-07-16', '二〇二〇年七月十六日'],
      ['2023-09-27', '９月２７日'],
      ['2015-03-05', '２０１５年３月５日'],
      ['2023-12-15', '12月15日至16日'],
    ]);
  });
});

describe('findMeeting: the name', () => {
  it('parses a Chinese session number and a year-counted session', () => {
    expect(meetingOf('区委常委会召开第一百零二次会议。')).toMatchObject({
      name: '区委常委会第一百零二次会议',
      body: '区委常委会',
      kind: '常委会会议',
      session: 102,
    });
    expect(meetingOf('区政府召开2023年第5次常务会议。')).toMatchObject({ body: '区政府', kind: '常务会议', session: 5, sessionYear: 2023 });
    expect(meetingOf('区政府召开２０２３年第５次常务会议。')).toMatchObject({ session: 5, sessionYear: 2023 });
  });

  it('counts a session written without 第 after a term, a plenum and the edition of an event', () => {
    expect(meetingOf('全国政协十四届二次会议3月4日在京开幕。')).toMatchObject({ body: '全国政协', session: 2 });
    expect(meetingOf('习近平在二十届中央纪委三次全会上发表重要讲话。')).toMatchObject({ body: '中央纪委', kind: '全会', session: 3 });
    expect(meetingOf('1月24日，拉美和加勒比国家共同体第七届峰会在布宜诺斯艾利斯举行。')).toMatchObject({
      body: '拉美和加勒比国家共同体',
      kind: '峰会',
      session: 7,
    });
    // 第二十届 is the term of an organ, not a session of its meeting.
    expect(meetingOf('中国共产党第二十届中央委员会全体会议在北京举行。')).toMatchObject({ body: '中国共产党第二十届中央委员会', session: null });
  });

  it("names a bare 会议 after its body, and gives it its body's kind", () => {
    expect(meetingOf('二十届中共中央政治局10月25日召开会议，研究部署学习宣传贯彻工作。')).toMatchObject({
      name: '中共中央政治局会议',
      body: '中共中央政治局',
      kind: '政治局会议',
    });
    expect(meetingOf('中共中央政治局常务委员会1月9日全天召开会议。')).toMatchObject({
      body: '中共中央政治局常务委员会',
      kind: '政治局常委会会议',
      timeOfDay: '全天',
    });
    // The body's last words start the written name: they are said once.
    expect(meetingOf('国务院副总理、国家粮食安全工作领导小组组长刘国中主持召开领导小组会议。')).toMatchObject({
      name: '国家粮食安全工作领导小组会议',
      body: '国家粮食安全工作领导小组',
    });
  });

  it('lists joint meetings only where a kind ends before 暨', () => {
    const joint = meetingOf('7月16日晚，区防控工作领导小组第102次会议暨区垃圾分类工作第14次联席会议召开。')!;
    expect(joint.joint.map((m) => [m.name, m.body, m.kind, m.session])).toEqual([['区垃圾分类工作第14次联席会议', null, '联席会议', 14]]);
    const single = meetingOf('全国春季农业生产暨防灾减灾救灾工作会议3月18日在河南召开。')!;
    expect(single).toMatchObject({ name: '全国春季农业生产暨防灾减灾救灾工作会议', joint: [], place: '河南', body: null });
  });

  it('takes the convener as body, and a topic alone as none', () => {
    expect(meetingOf('国务院16日召开贯彻实施《旅游法》电视电话会议。')).toMatchObject({ body: '国务院', kind: '电视电话会议' });
    expect(meetingOf('5月4日，全市地质环境工作会议在市局召开。')).toMatchObject({ body: null, kind: '工作会议', place: '市局' });
    // A session convenes its body's plenary; a list of names in the name is kept whole.
    expect(meetingOf('全国政协十四届二次会议7日举行第二次全体会议。')).toMatchObject({ body: '全国政协', kind: '全体会议', session: 2 });
    expect(meetingOf('李强23日主持召开专家、企业家和教科文卫体等领域代表座谈会。')).toMatchObject({ name: '专家、企业家和教科文卫体等领域代表座谈会' });
  });

  it('is no meeting where a kind word is used otherwise', () => {
    expect(meetingOf('会议精神要传达到基层。会议室已布置好。习近平同芬兰总统举行视频会晤。')).toBeNull();
  });
});

describe('findMeeting: the body is an organ', () => {
  // Words before a kind that are no organ, as the 2024 bench had them: the meeting stays, its body is null or the organ.
  it.each([
    ['联合国安理会13日举行紧急会议。', '联合国安理会'],
    ['全国宣传部长会议1月3日在京召开。', null],
    ['俄联邦安全会议25日召开。', null],
    ['中共中央、全国人大9月14日举行庆祝大会。', null],
    ['丁薛祥10日主持中新双边合作机制会议。', '中新双边合作机制'],
    ['世贸组织17日举行首日会议。', '世贸组织'],
  ])('%s', (text, body) => {
    expect(meetingOf(text)).toMatchObject({ body });
  });

  it('rejects fragments of a sentence and keeps organs', () => {
    for (const fragment of [
      '紧急',
      '一次十分重要的',
      '三中',
      '全国宣传部长',
      '首日',
      '题目是《共同谱写',
      '中共中央、全国人大',
      '四个双边合作机制',
      '为期五天的2026中关村论坛',
      '全国组织',
    ]) {
      expect(isOrgan(fragment), fragment).toBe(false);
    }
    for (const organ of [
      '国务院',
      '中共中央政治局',
      '全国人大常委会',
      '全国政协',
      '首都规划建设委员会',
      '联合国安理会',
      '中央层面整治形式主义为基层减负专项工作机制',
      '上海合作组织',
    ]) {
      expect(isOrgan(organ), organ).toBe(true);
    }
  });
});

describe('findMeeting: the meeting of the report', () => {
  const publishedOn = (date: string): DocumentDate => ({ date, precision: 'day', source: 'url' });

  it('is the one the headline names, found in the body', () => {
    const text = '中共中央政治局4月30日召开会议，决定召开二十届三中全会。中共中央总书记习近平主持会议。';
    expect(meetingOf(text, { title: '中共中央政治局召开会议 决定召开二十届三中全会', documentDate: publishedOn('2024-04-30') })).toMatchObject({
      name: '中共中央政治局会议',
      date: '2024-04-30',
    });
  });

  it('is the plenum of a communiqué', () => {
    const text = '中国共产党第二十届中央委员会第三次全体会议，于2024年7月15日至18日在北京举行。';
    expect(meetingOf(text, { title: '中国共产党第二十届中央委员会第三次全体会议公报' })).toMatchObject({ kind: '全体会议', session: 3, date: '2024-07-15' });
  });

  it('is none for a meeting only scheduled, mentioned or studied', () => {
    expect(meetingOf('全国政协主席会议建议全国政协十四届三次会议于2025年3月4日在北京召开。', { documentDate: publishedOn('2024-12-25') })).toBeNull();
    expect(meetingOf('会议决定，十四届全国人大常委会第八次会议2月26日至27日在北京举行。', { documentDate: publishedOn('2024-02-07') })).toBeNull();
    expect(meetingOf('各地认真学习贯彻党的二十届三中全会精神。', { title: '【学习贯彻党的二十届三中全会精神】凝心聚力抓落实' })).toBeNull();
    // A feature that looks back on a meeting held long before the item.
    expect(
      meetingOf('2014年10月15日，习近平主持召开文艺工作座谈会并发表重要讲话。', { title: '以文化人 以文育人', documentDate: publishedOn('2024-10-15') }),
    ).toBeNull();
  });

  it('is none for talks, tours, letters, editorials, digests, press conferences and reactions', () => {
    const lead = '十四届全国人大二次会议5日上午在北京人民大会堂开幕。';
    const documentDate = publishedOn('2024-03-05');
    expect(meetingOf(lead, { title: '十四届全国人大二次会议在京开幕', documentDate })).toMatchObject({ body: '全国人大', session: 2 });
    expect(meetingOf(lead, { title: '大会开幕', documentDate })).toMatchObject({ body: '全国人大', session: 2 });
    for (const title of [
      '习近平同安哥拉总统会谈',
      '李希在河北调研',
      '习近平向第37届非洲联盟峰会致贺电',
      '人民日报社论：热烈祝贺十四届全国人大二次会议开幕',
      '国内联播快讯',
      '十四届全国人大二次会议举行记者会',
      '习近平总书记在企业和专家座谈会上的重要讲话引发热烈反响',
      '李强将出席第九次中日韩领导人会议',
      '【两会特写】代表委员话发展',
    ]) {
      expect(meetingOf(lead, { title, documentDate }), title).toBeNull();
    }
    const reaction = '12月15日至16日，中央经济工作会议在北京举行。参加会议的同志们一致表示，要把思想和行动统一到党中央决策部署上来。';
    expect(meetingOf(reaction, { title: '勠力同心 勇毅前行', documentDate: publishedOn('2022-12-17') })).toBeNull();
  });

  it('is the meeting a tour or a letter headline names as held', () => {
    const tour = '国务院总理李克强30日到人民银行考察，主持召开座谈会。';
    expect(meetingOf(tour, { title: '李克强考察人民银行并主持召开座谈会', documentDate: publishedOn('2023-01-31') })).toMatchObject({
      kind: '座谈会',
      date: '2023-01-30',
    });
    expect(meetingOf(tour, { title: '李克强考察人民银行', documentDate: publishedOn('2023-01-31') })).toBeNull();
    const letter = '2024两岸企业家峰会年会9日在南京召开。王沪宁致信祝贺。';
    expect(meetingOf(letter, { title: '2024两岸企业家峰会年会召开 王沪宁致信祝贺', documentDate: publishedOn('2024-12-09') })).toMatchObject({ kind: '年会' });
    expect(meetingOf(letter, { title: '王沪宁致信祝贺2024两岸企业家峰会年会召开', documentDate: publishedOn('2024-12-09') })).toBeNull();
  });

  it('is one that opens a lead paragraph and is then heard, when the headline names none', () => {
    const text = '1月24日，江西省新余市发生火灾。国务院成立调查组。\n1月26日下午，国务院调查组在新余召开第一次全体会议。\n会议强调，要尽快查明事故原因。';
    const found = meetingOf(text, { title: '国务院成立火灾事故调查组', documentDate: publishedOn('2024-01-26'), meetingCues: [cueAt(text, '会议强调')] });
    expect(found).toMatchObject({ name: '国务院调查组第一次全体会议', body: '国务院调查组', session: 1, date: '2024-01-26' });
    expect(meetingOf(text, { title: '国务院成立火灾事故调查组', documentDate: publishedOn('2024-01-26') })).toBeNull();
  });

  it('is an attended summit or forum, and a speech at or to one', () => {
    expect(meetingOf('国务院总理李强出席在老挝万象举行的第27次中国—东盟（10+1）领导人会议。')).toMatchObject({ session: 27, kind: '会议' });
    expect(meetingOf('9月24日，国家主席习近平在联合国气候变化峰会发表视频致辞。')).toMatchObject({ name: '联合国气候变化峰会', kind: '峰会' });
    expect(meetingOf('1月24日，拉共体第七届峰会在阿根廷举行。国家主席习近平向峰会作视频致辞。')).toMatchObject({ kind: '峰会', session: 7 });
    // The ones who attend and are met, a broadcast timed by a summit: not the report's meeting.
    expect(meetingOf('丁薛祥会见出席全球共享发展行动论坛第二届高级别会议的外方代表。')).toBeNull();
    expect(meetingOf('在习近平主席出席上海合作组织成员国元首理事会第二十四次会议之际，节目在哈萨克斯坦开播。')).toBeNull();
  });
});

describe('findPeople', () => {
  const people = (text: string) => findPeople({ plainText: text, skip: [] });
  const names = (list: { name: string; titles: string[] }[]) => list.map((p) => `${p.titles.join('、')}|${p.name}`);

  it("splits titles on 、 and lets later names share a titled name's titles", () => {
    const found = people('中共中央政治局常委、中央全面深化改革领导小组副组长李克强、刘云山、张高丽出席会议。');
    expect(names(found.attendees)).toEqual([
      '中共中央政治局常委、中央全面深化改革领导小组副组长|李克强',
      '中共中央政治局常委、中央全面深化改革领导小组副组长|刘云山',
      '中共中央政治局常委、中央全面深化改革领导小组副组长|张高丽',
    ]);
  });

  it('reads persons across commas, drops groups with no name and what stands before the verb', () => {
    const found = people('区人大常委会主任赵立群，区政协主席周文斌，区委常委，区政府副区长列席会议。区委副书记、区长曾劲等区领导在视频会主会场出席会议。');
    expect(names(found.attendees)).toEqual(['区人大常委会主任|赵立群', '区政协主席|周文斌', '区委副书记、区长|曾劲']);
  });

  it('gives one person several roles (主持会议并讲话, 出席会议并讲话) and reads 由……主持', () => {
    const found = people('区委书记张明华主持会议并讲话。县长孙立伟出席会议并讲话，会议由副县长郭海涛主持。');
    expect(names(found.chair)).toEqual(['区委书记|张明华', '副县长|郭海涛']);
    expect(names(found.speakers)).toEqual(['区委书记|张明华', '县长|孙立伟']);
    expect(names(found.attendees)).toEqual(['县长|孙立伟']);
  });

  it('is not fooled by nouns: 重要讲话精神, 工作报告, 参加会议的同志', () => {
    const found = people('深入贯彻习近平总书记重要讲话精神。听取中央书记处工作报告。参加会议的同志们一致表示，要……');
    expect(found).toEqual({ chair: [], speakers: [], attendees: [] });
  });

  it('does not read statements (skipped spans)', () => {
    const text = '会议指出，区长张明华出席会议。';
    expect(findPeople({ plainText: text, skip: [[5, text.length]] }).attendees).toEqual([]);
  });
});

describe('findCredits', () => {
  it('reads bracketed, line and headed credits, names without CMS codes', () => {
    const text = '……目标任务。（记者 唐炜 通讯员 李明、王芳）\n责任编辑：罗崇纬_NB12082\n责编：黄忆南 PN269\n华龙网记者从公安分局了解到';
    expect(findCredits(text).map(({ role, names }) => [role, names])).toEqual([
      ['记者', ['唐炜']],
      ['通讯员', ['李明', '王芳']],
      ['责任编辑', ['罗崇纬']],
      ['责编', ['黄忆南']],
    ]);
  });
});

describe('findAgenda', () => {
  const agenda = (text: string, lead: Span = [0, 0], subjects: string[] = []) =>
    findAgenda({ plainText: text, skip: [], subjects, lead }).map(({ verb, object }) => `${verb}|${object}`);

  it("reads the lead sentence's items with no subject, keeping 《》 lists whole", () => {
    const text = '中共中央政治局12月29日召开会议，听取中央纪委工作汇报，研究部署明年工作；审议通过《关于A的意见》、《关于B，C的意见》。';
    expect(agenda(text, [0, text.length])).toEqual(['听取|中央纪委工作汇报', '研究部署|明年工作', '审议通过|《关于A的意见》、《关于B，C的意见》']);
  });

  it('needs a subject elsewhere, and chains items after it', () => {
    const text = '会上，学习了张局长的讲话，观看了新闻视频。确定保护区域，建立档案。中共中央政治局听取了情况报告。会议还研究了其他事项。';
    expect(agenda(text, [0, 0], ['中共中央政治局'])).toEqual(['学习|张局长的讲话', '观看|新闻视频', '听取|情况报告', '研究|其他事项']);
  });

  it('reads 对……进行安排部署, 会议决定，…… and extends 听取 over listed reports', () => {
    const text = '会议对全区疫情防控等重点工作进行安排部署。会议决定，将草案提请审议。会议听取了甲部门汇报、乙部门汇报，丙市关于试点情况汇报。';
    expect(agenda(text)).toEqual(['安排部署|全区疫情防控等重点工作', '决定|将草案提请审议', '听取|甲部门汇报、乙部门汇报，丙市关于试点情况汇报']);
  });

  it('is no agenda item where the verb is used otherwise (研究表明, 通过……渠道)', () => {
    expect(agenda('会议研究表明，形势向好。会议通过多种渠道征求意见。')).toEqual([]);
  });
});
