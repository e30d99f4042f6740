/** The seed report's meeting, people, credit and 提法 (issue 7's acceptance list). */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { readFixture } from '../support.js';

describe('seed report: the meeting', () => {
  const doc = extract(readFixture('seed'), { path: 'seed/input.txt' });
  const meeting = doc.meeting!;
  const at = ([start, end]: readonly [number, number]): string => doc.plainText.slice(start, end);

  it('names the body, its kind and session 102', () => {
    expect(meeting.name).toBe('区新冠肺炎疫情防控工作领导小组第102次会议');
    expect(meeting.body).toBe('区新冠肺炎疫情防控工作领导小组');
    expect(at(meeting.spans.body!)).toBe('区新冠肺炎疫情防控工作领导小组');
    expect(meeting.kind).toBe('领导小组会议');
    expect(meeting.session).toBe(102);
    expect(at(meeting.spans.session!)).toBe('第102次');
  });

  it('lists the joint 14th 联席会议 of 区生活垃圾分类工作 with its own fields', () => {
    expect(meeting.joint).toEqual([
      {
        name: '区生活垃圾分类工作第14次联席会议',
        // A topic, not an organ: 区生活垃圾分类工作 holds no meeting, the 联席会议 is the mechanism.
        body: null,
        kind: '联席会议',
        session: 14,
        sessionYear: null,
        span: meeting.joint[0]!.span,
        spans: meeting.joint[0]!.spans,
      },
    ]);
    expect(at(meeting.joint[0]!.span)).toBe('区生活垃圾分类工作第14次联席会议');
    expect(at(meeting.joint[0]!.spans.kind!)).toBe('联席会议');
  });

  it('dates it 7-16, evening, with no year known from anywhere', () => {
    expect(meeting.date).toBe('--07-16');
    expect(meeting.datePrecision).toBe('month-day');
    expect(meeting.dateText).toBe('7月16日');
    expect(meeting.yearInferred).toBe(false);
    expect(meeting.yearSource).toBeNull();
    expect(meeting.timeOfDay).toBe('晚');
    expect(at(meeting.spans.timeOfDay!)).toBe('晚');
    expect(meeting.place).toBeNull();
  });

  it('takes the year from the page when there is one (a dated path)', () => {
    const dated = extract(readFixture('seed'), { path: 'archive/2020/07/17/haidian.html' }).meeting!;
    expect(dated.date).toBe('2020-07-16');
    expect(dated.datePrecision).toBe('day');
    expect(dated.yearInferred).toBe(true);
    expect(dated.yearSource).toBe('path');
  });

  it('has 于军 as chair with his two titles, and 曾劲 as attendee', () => {
    expect(meeting.chair.map(({ name, titles }) => ({ name, titles }))).toEqual([{ name: '于军', titles: ['区委书记', '防控工作领导小组组长'] }]);
    expect(at(meeting.chair[0]!.span)).toBe('于军');
    expect(meeting.attendees.map((p) => p.name)).toEqual(['曾劲']);
    expect(meeting.attendees[0]!.titles).toEqual(['区委副书记', '区长', '防控工作领导小组组长']);
    expect(meeting.speakers).toEqual([]);
  });

  it('credits the reporter 唐炜', () => {
    expect(doc.credits).toEqual([{ role: '记者', names: ['唐炜'], span: doc.credits![0]!.span }]);
    expect(at(doc.credits![0]!.span)).toBe('记者 唐炜');
  });

  it('reads the agenda of the lead sentence', () => {
    expect(doc.agenda!.map(({ verb, object }) => [verb, object])).toEqual([
      ['传达贯彻', '北京新冠肺炎疫情防控工作领导小组会议精神'],
      ['安排部署', '全区疫情防控、垃圾分类等重点工作'],
    ]);
  });

  it('finds the 提法, the enumeration 外防输入、内防反弹 kept whole', () => {
    const texts = doc.formulations!.map((f) => f.text);
    for (const formulation of ['外防输入、内防反弹', '两桶一袋', '接诉即办', '七有', '五性', '两新两高', '三城一区', '四个中心']) {
      expect(texts, formulation).toContain(formulation);
    }
    expect(texts).not.toContain('外防输入');
    const byText = new Map(doc.formulations!.map((f) => [f.text, f]));
    expect(byText.get('接诉即办')).toMatchObject({ kind: 'quoted', quoted: true, count: 2 });
    for (const numbered of ['两桶一袋', '七有', '五性', '两新两高', '三城一区', '四个中心']) expect(byText.get(numbered)!.kind, numbered).toBe('numbered');
    for (const f of doc.formulations!) for (const span of f.spans) expect(at(span)).toBe(f.text);
  });

  it('puts each 提法 in its clause', () => {
    expect(doc.clauses[0]!.formulations!.map((f) => f.text)).toEqual(['外防输入、内防反弹']);
    expect(doc.clauses[6]!.formulations!.map((f) => f.text)).toEqual(['两新两高', '三城一区', '四个中心']);
    // Each 提法 once per clause; “一把手” is a plain word, not a 提法.
    expect(doc.clauses[5]!.formulations!.map((f) => f.text)).toEqual(['接诉即办', '施工队长', '七有', '五性']);
  });
});
