/**
 * The pipeline: bytes → text → clauses → directives → topics → document,
 * with the meeting (body, date, people, agenda), its 提法 and credits read
 * beside the clauses.
 * One carrier of warnings runs through the stages; each stage is a pure
 * function of what the earlier ones produced. No I/O happens here.
 */
import { hash } from 'node:crypto';
import { findClauses } from './clauses/find-clauses.js';
import { decode, type Decoded } from './decode/decode.js';
import { splitDirectives } from './directives/split-directives.js';
import { findTargets } from './directives/targets.js';
import { findFormulations, formulationsIn } from './formulations/find-formulations.js';
import { findAgenda } from './meeting/agenda.js';
import { findCredits } from './meeting/credits.js';
import { findMeeting, leadSentence } from './meeting/find-meeting.js';
import { documentSchema, SCHEMA_VERSION, type Clause, type Formulation, type PdxDocument, type Span, type Warning } from './schema.js';
import { paragraphAt } from './text/text-model.js';
import { parseDocument, type ParsedDocument } from './text/parse-document.js';
import { looksTraditional, toSimplified } from './text/simplify.js';
import { findTermHits, scoreTopics } from './topics/tag-topics.js';
import { defaultTopicEngine, type TopicEngine } from './topics/topic-engine.js';
import { VERSION } from './version.js';
import { warning } from './warnings.js';

/** Options of {@link extract}: where the input came from, how to find the article on a saved page, and the topic engine to tag with. */
export interface ExtractOptions {
  /** The input's path as the user gave it; "-" for standard input. */
  path?: string;
  /** A CSS selector for the article body of a whole page, overriding the built-in rules. */
  selector?: string | undefined;
  /** The topic dictionaries to tag with; the built-in one when absent. */
  topics?: TopicEngine;
}

// Text has no NUL bytes; images and archives have many in their first kilobytes.
function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8000);
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  if (utf16) return false;
  return head.indexOf(0) >= 0;
}

function decodeStage(input: Uint8Array | string, warnings: Warning[]): Decoded & { bytes: Uint8Array } {
  if (typeof input === 'string') {
    return { text: input, encoding: 'utf-8', encodingSource: 'string', replacements: 0, declaredInstead: null, bytes: new TextEncoder().encode(input) };
  }
  const decoded = decode(input);
  if (decoded.declaredInstead) {
    warnings.push(warning('CHARSET_MISMATCH', `the document declares ${decoded.declaredInstead}, but its bytes are ${decoded.encoding}; they were read as ${decoded.encoding}`));
  }
  if (decoded.replacements > 0) {
    warnings.push(warning('DECODE_ERRORS', `${decoded.replacements} byte sequence(s) could not be decoded as ${decoded.encoding} and became U+FFFD`));
  }
  return { ...decoded, bytes: input };
}

// A whole page repeats its headline near the top of the body, after breadcrumbs.
const HEADLINE_SEARCH = 5;

function headlineSpans(parsed: ParsedDocument): Span[] {
  const { title } = parsed;
  if (!title) return [];
  return parsed.paragraphs.slice(0, HEADLINE_SEARCH).filter(([start, end]) => parsed.plainText.slice(start, end) === title);
}

function buildClauses(parsed: ParsedDocument, engine: TopicEngine, headlines: readonly Span[], formulations: readonly Formulation[]): Clause[] {
  const found = findClauses({
    plainText: parsed.plainText,
    headlines,
    tag: (text) => engine.segmenter.tag(text),
  });
  if (found.length === 0) return [];
  const text = parsed.plainText;
  // Only clause text is tagged, so only clause text is cut into words (a clause
  // edge is a word edge anyway); narrative between clauses is never segmented.
  const boundaries: number[] = [];
  for (const { span } of found) {
    for (const offset of engine.segmenter.boundaries(text.slice(span[0], span[1]))) boundaries.push(span[0] + offset);
  }
  return found.map((clause, index) => {
    const hits = findTermHits(text, boundaries, clause.span, engine.dictionary);
    const topics = scoreTopics(hits, engine.dictionary, clause.span[1] - clause.span[0]);
    const directives = splitDirectives(text, clause.span).map((directive) => ({
      ...directive,
      topics: topics
        .filter((tag) => tag.evidence.some((e) => e.spans.some(([s, t]) => s >= directive.span[0] && t <= directive.span[1])))
        .map((tag) => tag.id),
      targets: findTargets(text, directive.span),
    }));
    return {
      index,
      speaker: clause.speaker,
      speakerKind: clause.speakerKind,
      cue: clause.cue,
      cuePhrase: clause.cuePhrase,
      cueSpan: clause.cueSpan,
      text: text.slice(clause.span[0], clause.span[1]),
      span: clause.span,
      paragraph: paragraphAt(parsed.paragraphs, clause.span[0]),
      directives,
      topics,
      formulations: formulationsIn(formulations, clause.span),
    };
  });
}

/**
 * The meeting, its agenda and the credits: narrative around the clauses, never
 * inside them. A cue phrase still tells who chaired (习近平在主持会议时强调),
 * but is no agenda item (会议部署，…… is a clause).
 */
function readMeeting(parsed: ParsedDocument, raw: string, path: string, clauses: readonly Clause[], headlines: readonly Span[]): Pick<PdxDocument, 'meeting' | 'agenda' | 'credits'> {
  const skip = [...headlines, ...clauses.map((clause) => clause.span)];
  const meeting = findMeeting({ plainText: parsed.plainText, paragraphs: parsed.paragraphs, meta: parsed.meta, raw, path, skip });
  const agendaSkip = [...skip, ...clauses.map((clause) => clause.cueSpan)];
  const subjects = meeting?.body ? [meeting.body] : [];
  return {
    meeting,
    agenda: meeting ? findAgenda({ plainText: parsed.plainText, skip: agendaSkip, subjects, lead: leadSentence(parsed.plainText, meeting) }) : [],
    credits: findCredits(parsed.plainText),
  };
}

/**
 * A report in traditional characters is read in simplified characters (the
 * grammar, names and dictionaries are simplified), offset for offset. The
 * document then quotes the original wherever a string was cut verbatim from
 * the text at a span its object names (`span`, `cueSpan`, a `spans` map or
 * list): the string is cut again from the original. Normalised values (an ISO
 * date, an enum such as a modality) are no quotations and stay as they are.
 */
const QUOTED_INSIDE = new Set(['verb', 'object']); // parts of an agenda item's span
const DICTIONARY_KEYS = new Set(['term', 'id', 'label']); // evidence names the dictionary's term, not the text

function isSpan(value: unknown): value is Span {
  return Array.isArray(value) && value.length === 2 && typeof value[0] === 'number' && typeof value[1] === 'number';
}

function quoteOriginal<T>(value: T, original: string, reading: string): T {
  if (Array.isArray(value)) return value.map((item) => quoteOriginal(item, original, reading)) as T;
  if (value === null || typeof value !== 'object') return value;
  const record = { ...(value as Record<string, unknown>) };
  const spans: Span[] = [];
  for (const [key, field] of Object.entries(record)) {
    if (isSpan(field)) spans.push(field);
    else if (key === 'spans' && Array.isArray(field)) spans.push(...field.filter(isSpan).slice(0, 1));
    else if (key === 'spans' && field && typeof field === 'object') spans.push(...Object.values(field).filter(isSpan));
    if (typeof field === 'object') record[key] = quoteOriginal(field, original, reading);
  }
  for (const [key, field] of Object.entries(record)) {
    if (typeof field !== 'string' || !field || DICTIONARY_KEYS.has(key)) continue;
    for (const [start, end] of spans) {
      const at = QUOTED_INSIDE.has(key) ? reading.slice(start, end).indexOf(field) : reading.slice(start, end) === field ? 0 : -1;
      if (at >= 0) {
        record[key] = original.slice(start + at, start + at + field.length);
        break;
      }
    }
  }
  return record as T;
}

/**
 * Extracts the directives of one report. `input` is the raw bytes of a file
 * (any encoding; HTML fragment, whole page, or plain text) or an already
 * decoded string. Never throws on bad input: problems are `warnings`, and a
 * fatal one (EMPTY_INPUT, BINARY_INPUT, NO_TEXT) leaves the document empty.
 * The result is validated against the schema-v1 contract before it is returned.
 */
export function extract(input: Uint8Array | string, options: ExtractOptions = {}): PdxDocument {
  const engine = options.topics ?? defaultTopicEngine();
  const warnings: Warning[] = [];
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  const source = {
    path: options.path ?? '-',
    sha256: hash('sha256', bytes, 'hex'),
    bytes: bytes.length,
  };
  const empty = (format: 'html' | 'text', encoding: string, encodingSource: PdxDocument['source']['encodingSource']): PdxDocument => ({
    schemaVersion: SCHEMA_VERSION,
    generator: { name: 'policy-directives', version: VERSION, dictionaries: engine.dictionary.refs },
    source: { ...source, encoding, encodingSource, format },
    title: null,
    plainText: '',
    paragraphs: [],
    clauses: [],
    meeting: null,
    agenda: [],
    formulations: [],
    credits: [],
    warnings,
  });

  if (typeof input !== 'string' && looksBinary(input)) {
    warnings.push(warning('BINARY_INPUT', 'the input contains NUL bytes: it is binary data (an image or archive?), not a text report'));
    return documentSchema.parse(empty('text', 'binary', 'detected'));
  }
  const decoded = decodeStage(input, warnings);
  if (!decoded.text.trim()) {
    warnings.push(warning('EMPTY_INPUT', bytes.length === 0 ? 'the input is empty (0 bytes)' : 'the input holds only white space'));
    return documentSchema.parse(empty('text', decoded.encoding, decoded.encodingSource));
  }
  const parsed = parseDocument(decoded.text, { selector: options.selector });
  if (parsed.selectorMissed) warnings.push(warning('SELECTOR_NO_MATCH', `the selector ${JSON.stringify(options.selector)} matched nothing; the built-in body rules were used`));
  if (!parsed.plainText) {
    warnings.push(warning('NO_TEXT', 'no readable text was found in the input'));
    return documentSchema.parse({ ...empty(parsed.format, decoded.encoding, decoded.encodingSource), title: parsed.title });
  }
  const headlines = headlineSpans(parsed);
  const traditional = looksTraditional(parsed.plainText);
  const reading: ParsedDocument = traditional ? { ...parsed, plainText: toSimplified(parsed.plainText) } : parsed;
  const found = findFormulations(reading.plainText);
  const clauses = buildClauses(reading, engine, headlines, found.occurrences);
  if (clauses.length === 0) warnings.push(warning('NO_CUES', 'no 会议指出/强调/要求 cue found: the document has no clauses'));
  const read = {
    clauses,
    ...readMeeting(reading, decoded.text, source.path, clauses, headlines),
    formulations: found.formulations,
  };
  return documentSchema.parse({
    schemaVersion: SCHEMA_VERSION,
    generator: { name: 'policy-directives', version: VERSION, dictionaries: engine.dictionary.refs },
    source: { ...source, encoding: decoded.encoding, encodingSource: decoded.encodingSource, format: parsed.format, script: traditional ? 'traditional' : 'simplified' },
    title: parsed.title,
    plainText: parsed.plainText,
    paragraphs: parsed.paragraphs,
    ...(traditional ? quoteOriginal(read, parsed.plainText, reading.plainText) : read),
    warnings,
  } satisfies PdxDocument);
}
