/**
 * Hand annotations of the meeting: every fixtures/<case>/meeting.json gives
 * the meeting (body, kind, session, joint meetings, date and where its year
 * came from, time, place, chair, speakers, attendees), the agenda, credits,
 * the document's 提法 in order of first appearance and the directives'
 * targets; the output must say exactly that, with spans that point at it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract, type PdxDocument } from '../../src/index.js';
import type { Person } from '../../src/schema.js';
import { fixtureCases } from '../support.js';
import { expectMeetingSpansConsistent } from './meeting-spans.js';

const people = (list: readonly Person[]): { name: string; titles: string[] }[] => list.map(({ name, titles }) => ({ name, titles }));

/** The fields a meeting.json annotates, without spans. */
type Annotation = ReturnType<typeof annotated>;

function annotated(doc: PdxDocument) {
  const { meeting } = doc;
  return {
    meeting: meeting && {
      name: meeting.name,
      body: meeting.body,
      kind: meeting.kind,
      session: meeting.session,
      sessionYear: meeting.sessionYear,
      joint: meeting.joint.map(({ name, body, kind, session, sessionYear }) => ({ name, body, kind, session, sessionYear })),
      date: meeting.date,
      datePrecision: meeting.datePrecision,
      dateText: meeting.dateText,
      yearInferred: meeting.yearInferred,
      yearSource: meeting.yearSource,
      timeOfDay: meeting.timeOfDay,
      place: meeting.place,
      chair: people(meeting.chair),
      speakers: people(meeting.speakers),
      attendees: people(meeting.attendees),
    },
    agenda: (doc.agenda ?? []).map(({ verb, object }) => ({ verb, object })),
    credits: (doc.credits ?? []).map(({ role, names }) => ({ role, names })),
    formulations: (doc.formulations ?? []).map((f) => f.text),
    targets: doc.clauses.flatMap((clause) => clause.directives.flatMap((directive) => (directive.targets ?? []).map(({ span: _span, ...target }) => target))),
  };
}

const cases = fixtureCases();
const annotatedCases = cases.filter((fixture) => existsSync(join(fixture.dir, 'meeting.json')));

describe('meeting.json annotations', () => {
  it('covers at least 12 reports', () => {
    expect(annotatedCases.length).toBeGreaterThanOrEqual(12);
  });

  it('together cover every field', () => {
    const all = annotatedCases.map((fixture) => JSON.parse(readFileSync(join(fixture.dir, 'meeting.json'), 'utf8')) as Annotation);
    const meetings = all.flatMap((annotation) => (annotation.meeting ? [annotation.meeting] : []));
    expect(
      all.some((annotation) => annotation.meeting === null),
      'a report with no meeting',
    ).toBe(true);
    for (const field of ['body', 'kind', 'session', 'sessionYear', 'date', 'timeOfDay', 'place'] as const) {
      expect(
        meetings.some((m) => m[field] !== null),
        field,
      ).toBe(true);
    }
    for (const field of ['joint', 'chair', 'speakers', 'attendees'] as const)
      expect(
        meetings.some((m) => m[field].length > 0),
        field,
      ).toBe(true);
    for (const source of ['meta', 'comment', 'dated-line', 'path'])
      expect(
        meetings.some((m) => m.yearSource === source),
        source,
      ).toBe(true);
    expect(
      meetings.some((m) => m.datePrecision === 'month-day'),
      'a date with no year',
    ).toBe(true);
    expect(
      meetings.some((m) => !m.yearInferred && m.datePrecision === 'day'),
      'a date with its year written',
    ).toBe(true);
    for (const field of ['agenda', 'credits', 'formulations', 'targets'] as const)
      expect(
        all.some((a) => a[field].length > 0),
        field,
      ).toBe(true);
  });

  for (const fixture of annotatedCases) {
    it(`${fixture.name}: the output agrees with meeting.json`, () => {
      const doc = extract(readFileSync(fixture.inputPath), { path: `${fixture.name}/${fixture.inputFile}` });
      expect(annotated(doc)).toEqual(JSON.parse(readFileSync(join(fixture.dir, 'meeting.json'), 'utf8')));
    });
  }

  for (const fixture of cases) {
    it(`${fixture.name}: meeting, agenda, credit, 提法 and target spans point at their text`, () => {
      expectMeetingSpansConsistent(extract(readFileSync(fixture.inputPath), { path: `${fixture.name}/${fixture.inputFile}` }));
    });
  }
});
