/** The meeting stage's parts: numerals, dates and their year, people, credits, agenda, and the meeting's name. */
import { describe, expect, it } from 'vitest';
import { findAgenda } from '../../src/meeting/agenda.js';
import { parseChineseNumber, toHalfWidth } from '../../src/meeting/chinese-number.js';
import { findCredits } from '../../src/meeting/credits.js';
import { findMeeting } from '../../src/meeting/find-meeting.js';
import { datesIn, sourceDate, type DateHints } from '../../src/meeting/meeting-date.js';
import { findPeople } from '../../src/meeting/people.js';
import type { Span } from '../../src/schema.js';

const hints = (over: Partial<DateHints> = {}): DateHints => ({ meta: {}, raw: '', path: '', plainText: '', paragraphs: [], ...over });

function meetingOf(plainText: string, over: Partial<DateHints> = {}) {
  const paragraphs: Span[] = [];
  let start = 0;
  for (const line of plainText.split('\n')) {
    paragraphs.push([start, start + line.length]);
    start += line.length + 1;
  }
  return findMeeting({ ...hints(over), plainText, paragraphs, skip: [] });
}

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

describe('sourceDate', () => {
  it('prefers page meta, then an archive comment, then a dated line, then the path', () => {
    const all = hints({
      meta: { PubDate: '2023-08-22 17:30' },
      raw: '<!-- title: x ; releaseDate: 2019-06-29 --><span>2017-08-10</span> <span>来源：办公厅</span>',
      path: 'xwlb_20240312_03.md',
    });
    expect(sourceDate(all)).toEqual({ year: 2023, month: 8, day: 22, source: 'meta' });
    expect(sourceDate({ ...all, meta: {} })).toEqual({ year: 2019, month: 6, day: 29, source: 'comment' });
    expect(sourceDate({ ...all, meta: {}, raw: '<span>2017-08-10</span> <span>来源：办公厅</span>' })).toEqual({ year: 2017, month: 8, day: 10, source: 'dated-line' });
    expect(sourceDate(hints({ path: 'xwlb_20240312_03.md' }))).toEqual({ year: 2024, month: 3, day: 12, source: 'path' });
    expect(sourceDate(hints({ meta: { 'article:published_time': '2019-09-09T16:19:28+08:00' } }))).toMatchObject({ year: 2019, source: 'meta' });
    expect(sourceDate(hints({ path: 'reports/20241399_01.md' }))).toBeNull();
  });

  it('reads a dated line among the first paragraphs of the body', () => {
    const plainText = '标题\n发布时间：2020-07-17 10:00\n正文，……';
    expect(sourceDate(hints({ plainText, paragraphs: [[0, 2], [3, 24], [25, 30]] }))).toMatchObject({ year: 2020, month: 7, day: 17, source: 'dated-line' });
  });
});

describe('datesIn', () => {
  const published = { year: 2024, month: 1, day: 3, source: 'path' as const };

  it('reads written, month/day, day-only and relative dates with the time of day', () => {
    const text = '2019年2月25日上午，……7月16日晚，……26日，……今天下午，……昨天';
    expect(datesIn(text, 0, text.length, { year: 2020, month: 7, day: 27, source: 'meta' }).map((d) => [d.date, d.text, d.timeOfDay, d.yearInferred])).toEqual([
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

  it('reads Chinese numerals, full-width digits and ranges, and skips impossible dates', () => {
    const text = '二〇二〇年七月十六日；９月２７日；12月15日至16日；2月30日';
    expect(datesIn(text, 0, text.length, published).map((d) => [d.date, d.text])).toEqual([
      ['2020-07-16', '二〇二〇年七月十六日'],
      ['2023-09-27', '９月２７日'],
      ['2023-12-15', '12月15日至16日'],
    ]);
  });
});

describe('findMeeting: the name', () => {
  it('parses a Chinese session number and a year-counted session', () => {
    expect(meetingOf('区委常委会召开第一百零二次会议。')).toMatchObject({ name: '第一百零二次会议', body: '区委常委会', kind: '常委会', session: 102 });
    expect(meetingOf('区政府召开2023年第5次常务会议。')).toMatchObject({ body: '区政府', kind: '常务会议', session: 5, sessionYear: 2023 });
  });

  it('gives a bare 会议 its body\'s kind', () => {
    expect(meetingOf('二十届中共中央政治局10月25日召开会议，研究部署学习宣传贯彻工作。')).toMatchObject({ name: '会议', body: '中共中央政治局', kind: '政治局会议' });
    expect(meetingOf('中共中央政治局常务委员会1月9日全天召开会议。')).toMatchObject({ body: '中共中央政治局常务委员会', kind: '政治局常委会会议', timeOfDay: '全天' });
  });

  it('lists joint meetings only where a kind ends before 暨', () => {
    const joint = meetingOf('7月16日晚，区防控工作领导小组第102次会议暨区垃圾分类工作第14次联席会议召开。')!;
    expect(joint.joint.map((m) => [m.name, m.body, m.kind, m.session])).toEqual([['区垃圾分类工作第14次联席会议', '区垃圾分类工作', '联席会议', 14]]);
    const single = meetingOf('全国春季农业生产暨防灾减灾救灾工作会议3月18日在河南召开。')!;
    expect(single).toMatchObject({ name: '全国春季农业生产暨防灾减灾救灾工作会议', joint: [], place: '河南', body: null });
  });

  it('takes the convener as body, and a topic alone as none', () => {
    expect(meetingOf('国务院16日召开贯彻实施《旅游法》电视电话会议。')).toMatchObject({ body: '国务院', kind: '电视电话会议' });
    expect(meetingOf('5月4日，全市地质环境工作会议在市局召开。')).toMatchObject({ body: null, kind: '工作会议', place: '市局' });
  });

  it('is no meeting where a kind word is used otherwise', () => {
    expect(meetingOf('会议精神要传达到基层。出席论坛第十届部长级会议开幕式。')).toBeNull();
  });
});

describe('findPeople', () => {
  const people = (text: string) => findPeople({ plainText: text, skip: [] });
  const names = (list: { name: string; titles: string[] }[]) => list.map((p) => `${p.titles.join('、')}|${p.name}`);

  it('splits titles on 、 and lets later names share a titled name\'s titles', () => {
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

  it('reads the lead sentence\'s items with no subject, keeping 《》 lists whole', () => {
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
