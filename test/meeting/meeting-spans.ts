/** Span checks for the meeting, agenda, credits, 提法 and targets of a document. */
import { expect } from 'vitest';
import { nameWithBody } from '../../src/meeting/find-meeting.js';
import type { MeetingRef, PdxDocument, Span } from '../../src/schema.js';
import { toSimplified } from '../../src/text/simplify.js';

export function expectMeetingSpansConsistent(doc: PdxDocument): void {
  const slice = ([start, end]: Span): string => doc.plainText.slice(start, end);
  // Grouping keys (body, kind, 提法) of a traditional report are simplified; quotations are not.
  const key = doc.source.script === 'traditional' ? (span: Span) => toSimplified(slice(span)) : slice;
  const ref = (meeting: MeetingRef): void => {
    // The name as written, with its body before it when the text names the body apart (中共中央政治局召开会议).
    const body = meeting.spans.body ? slice(meeting.spans.body) : null;
    expect([slice(meeting.span), nameWithBody(slice(meeting.span), body)]).toContain(meeting.name);
    if (meeting.spans.body) expect(key(meeting.spans.body)).toBe(meeting.body);
    if (meeting.spans.kind) expect(key(meeting.spans.kind)).toBe(meeting.kind);
    if (meeting.spans.session) expect(slice(meeting.spans.session)).toMatch(/第.+[次届]$|[一二三四五六七八九十]+[次中]$/);
  };
  const { meeting } = doc;
  if (meeting) {
    ref(meeting);
    meeting.joint.forEach(ref);
    if (meeting.body) expect(meeting.spans.body, 'a body is always read from the text').toBeDefined();
    if (meeting.spans.date) expect(slice(meeting.spans.date)).toBe(meeting.dateText);
    if (meeting.timeOfDay) expect(slice(meeting.spans.timeOfDay!)).toBe(meeting.timeOfDay);
    if (meeting.place) expect(slice(meeting.spans.place!)).toBe(meeting.place);
    for (const person of [...meeting.chair, ...meeting.speakers, ...meeting.attendees]) expect(slice(person.span)).toBe(person.name);
  }
  for (const item of doc.agenda ?? []) {
    expect(slice(item.span)).toBe(item.text);
    expect(item.text.startsWith(item.verb) || item.text.startsWith('对') || item.text.startsWith('就')).toBe(true);
    expect(item.text).toContain(item.object);
  }
  for (const credit of doc.credits ?? []) {
    expect(slice(credit.span).startsWith(credit.role)).toBe(true);
    expect(slice(credit.span).endsWith(credit.names.at(-1)!)).toBe(true);
  }
  for (const formulation of doc.formulations ?? []) {
    expect(formulation.spans).toHaveLength(formulation.count);
    for (const span of formulation.spans) expect(key(span)).toBe(formulation.text);
  }
  for (const clause of doc.clauses) {
    for (const formulation of clause.formulations ?? []) {
      expect(key(formulation.span)).toBe(formulation.text);
      expect(formulation.span[0]).toBeGreaterThanOrEqual(clause.span[0]);
      expect(formulation.span[1]).toBeLessThanOrEqual(clause.span[1]);
    }
    for (const directive of clause.directives) {
      for (const target of directive.targets ?? []) {
        expect(slice(target.span)).toBe(target.text);
        expect(target.span[0]).toBeGreaterThanOrEqual(directive.span[0]);
        expect(target.span[1]).toBeLessThanOrEqual(directive.span[1]);
      }
    }
  }
}
