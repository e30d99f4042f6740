/**
 * Who chaired, spoke at and attended the meeting. A role verb (主持, 讲话,
 * 出席 …) follows a phrase of titles and names: 区委书记、防控工作领导小组组长于军
 * → 于军 with titles [区委书记, 防控工作领导小组组长]; in a list, names after a
 * titled one share its titles (副组长李克强、刘云山、张高丽). Statements
 * (clause bodies) are not narrative and are never read for people.
 */
import type { Person, Span } from '../schema.js';
import { NOT_NAMES, ORGANISATION_END, SURNAMES, TITLED_NAME } from '../clauses/lexicon.js';
import { BEFORE_ROLE, GROUP_AFTER_NAMES, ROLE_START, ROLE_VERBS, ROLE_WORD, TITLE_ANYWHERE, type PersonRole } from './lexicon.js';
import { inside } from '../language/patterns.js';

const HAN_NAME = /^[\u4e00-\u9fff]{2,4}$/;
// Piece boundaries inside a sentence; 、 separates titles and names within a piece.
const PIECE_END = /[，,：:；;。！？!?\n]/;
const GROUP_SEPARATOR = /[，,\s]/;
const MAX_PHRASE = 160;

/** A name with no title before it (于军 of 于军同志): a surname and at most three characters. */
function isBareName(text: string): boolean {
  return HAN_NAME.test(text) && text.length <= 3 && SURNAMES.has(text[0]!) && !NOT_NAMES.has(text) && !ORGANISATION_END.test(text);
}

/** A name a title introduces (区长于军, 总统马克龙): any length, no surname needed. */
function isNameAfterTitle(text: string): boolean {
  return HAN_NAME.test(text) && !NOT_NAMES.has(text) && !ORGANISATION_END.test(text);
}

/** The end of the last title in `part`, or -1. */
function lastTitleEnd(part: string): number {
  let end = -1;
  for (const match of part.matchAll(TITLE_ANYWHERE)) end = match.index + match[0].length;
  return end;
}

/** A bare name followed by nothing but titles (栗战书委员长), or null. */
function titleAfterName(part: string): { name: string; title: string } | null {
  for (const match of part.matchAll(TITLE_ANYWHERE)) {
    const name = part.slice(0, match.index);
    return match.index > 0 && isBareName(name) ? { name, title: part.slice(match.index) } : null;
  }
  return null;
}

/**
 * Persons of one group (no commas), or null when a part is neither a title
 * nor a name. A group of titles only (区委常委，……列席) names no one: [].
 */
function readGroup(text: string, start: number, end: number): Person[] | null {
  const persons: Person[] = [];
  let pending: string[] = [];
  let shared: string[] = [];
  let at = start;
  for (const part of text.slice(start, end).split('、')) {
    const partStart = at;
    at += part.length + 1;
    if (!part) return null;
    const titleEnd = lastTitleEnd(part);
    if (titleEnd === part.length) {
      // 栗战书委员长: a bare name with its title after it.
      const after = titleAfterName(part);
      if (after) {
        persons.push({ name: after.name, titles: [...pending, after.title], span: [partStart, partStart + after.name.length] });
        pending = [];
        continue;
      }
      pending.push(part);
      continue;
    }
    const name = titleEnd > 0 ? part.slice(titleEnd) : part;
    if (titleEnd > 0 ? !isNameAfterTitle(name) : !isBareName(name)) return null;
    const titles = titleEnd > 0 ? [...pending, part.slice(0, titleEnd)] : pending.length > 0 ? pending : shared;
    const nameStart = partStart + Math.max(titleEnd, 0);
    persons.push({ name, titles, span: [nameStart, nameStart + name.length] });
    shared = titles;
    pending = [];
  }
  return persons;
}

/** Trims what stands between the persons and the verb: dates, places, 等区领导. */
function phraseEnd(text: string, start: number, end: number): number {
  let phrase = text.slice(start, end);
  for (;;) {
    const next = phrase.replace(BEFORE_ROLE, '').replace(GROUP_AFTER_NAMES, '');
    if (next === phrase) return start + phrase.length;
    phrase = next;
  }
}

/**
 * The persons named right before `end`: the trailing comma groups of the
 * phrase that each read as titles and names (李强，……蔡奇，……丁薛祥出席).
 */
export function personsBefore(text: string, phraseStart: number, end: number): Person[] {
  const stop = phraseEnd(text, phraseStart, end);
  let from = phraseStart;
  // 会议由支部书记主持: the persons start after 由.
  const by = /^(?:会议|会)?由/.exec(text.slice(phraseStart, stop));
  if (by) from += by[0].length;
  const groups: Span[] = [];
  let groupStart = from;
  for (let i = from; i <= stop; i++) {
    if (i === stop || GROUP_SEPARATOR.test(text[i]!)) {
      if (i > groupStart) groups.push([groupStart, i]);
      groupStart = i + 1;
    }
  }
  const persons: Person[][] = [];
  for (let g = groups.length - 1; g >= 0; g--) {
    const read = readGroup(text, groups[g]![0], groups[g]![1]);
    if (!read) break;
    persons.unshift(read);
  }
  return persons.flat();
}

export interface PeopleInput {
  plainText: string;
  /** Spans not to read (clause bodies, the headline). */
  skip: readonly Span[];
}

export interface People {
  chair: Person[];
  speakers: Person[];
  attendees: Person[];
}

// Sticky: tried at each start of a sentence's first piece.
const TITLED_NAME_HERE = new RegExp(TITLED_NAME.source, 'y');

/**
 * The person a sentence opens with (国务院总理李克强30日到……考察，主持召开座谈会),
 * who is the subject of a role verb that opens a later piece of it.
 */
function sentenceSubject(text: string, verbAt: number): Person[] {
  let start = verbAt;
  while (start > 0 && !/[。！？!?\n：:]/.test(text[start - 1]!)) start--;
  const firstPiece = text.slice(start, verbAt).split(/[，,；;]/)[0]!;
  const pattern = TITLED_NAME_HERE;
  for (let at = 0; at < firstPiece.length; at++) {
    pattern.lastIndex = at;
    const match = pattern.exec(firstPiece);
    if (!match) continue;
    const persons = personsBefore(text, start, start + at + match[0].length);
    return persons.length > 0 && persons[0]!.span[0] - start <= at + match[0].length ? persons : [];
  }
  return [];
}

// Words that may open a piece whose subject is the sentence's: ……考察，并主持召开座谈会.
const CARRIED_SUBJECT = /^(?:并|还|又|随后|同时|期间|其间)*$/;

function roleAt(text: string, position: number): PersonRole | null {
  const rest = text.slice(position, position + 16);
  for (const [pattern, role] of ROLE_VERBS) if (pattern.test(rest)) return role;
  return null;
}

/** Chair, speakers and attendees in reading order, each name once per role. */
export function findPeople({ plainText: text, skip }: PeopleInput): People {
  const people: People = { chair: [], speakers: [], attendees: [] };
  const listOf: Record<PersonRole, Person[]> = { chair: people.chair, speaker: people.speakers, attendee: people.attendees };
  // The names in each list, so that a text naming thousands of people is not searched once per name.
  const namesOf: Record<PersonRole, Set<string>> = { chair: new Set(), speaker: new Set(), attendee: new Set() };
  let pieceStart = 0;
  // The start of the phrase a role verb reads its persons from: the sentence, across commas.
  let phraseStart = 0;
  for (let i = 0; i <= text.length; i++) {
    const ch = text[i];
    if (i < text.length && !PIECE_END.test(ch!)) continue;
    const pieceEnd = i;
    let verbAt = -1;
    let role: PersonRole | null = null;
    const piece = text.slice(pieceStart, pieceEnd);
    for (const match of piece.matchAll(ROLE_START)) {
      const at = pieceStart + match.index;
      if (inside(skip, at)) break;
      role = roleAt(text, at);
      if (role) {
        verbAt = at;
        break;
      }
    }
    if (role && verbAt >= 0) {
      // A name list is short: cut a long run of commas to its end (a cut first group reads as no one).
      const named = personsBefore(text, Math.max(phraseStart, verbAt - MAX_PHRASE), verbAt);
      const persons =
        named.length > 0 || !CARRIED_SUBJECT.test(text.slice(pieceStart, verbAt)) || pieceStart === 0 || !/[，,]/.test(text[pieceStart - 1]!)
          ? named
          : sentenceSubject(text, verbAt);
      if (persons.length > 0) {
        // Later verbs in the piece give the same persons more roles: 主持会议并讲话, 出席会议并讲话.
        const roles = new Set<PersonRole>([role]);
        for (const match of text.slice(verbAt + 2, pieceEnd).matchAll(ROLE_WORD)) {
          const more = roleAt(text, verbAt + 2 + match.index);
          if (more) roles.add(more);
        }
        for (const each of roles) {
          for (const person of persons) {
            if (namesOf[each].has(person.name)) continue;
            namesOf[each].add(person.name);
            listOf[each].push(person);
          }
        }
      }
    }
    pieceStart = pieceEnd + 1;
    // Commas keep a phrase open (a list of titled names); a verb or a sentence end closes it.
    if (role || ch === undefined || !/[，,]/.test(ch)) phraseStart = pieceStart;
  }
  // 习近平在主持会议时强调 … 习近平发表了重要讲话: a name met bare takes the titles it has elsewhere.
  const titlesOf = new Map<string, string[]>();
  for (const person of [...people.chair, ...people.speakers, ...people.attendees]) {
    if (person.titles.length > 0 && !titlesOf.has(person.name)) titlesOf.set(person.name, person.titles);
  }
  for (const list of [people.chair, people.speakers, people.attendees]) {
    list.forEach((person, i) => {
      const titles = person.titles.length === 0 ? titlesOf.get(person.name) : undefined;
      if (titles) list[i] = { ...person, titles };
    });
  }
  return people;
}
