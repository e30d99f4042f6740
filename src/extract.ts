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
import { readDocx } from './decode/docx.js';
import { splitDirectives } from './directives/split-directives.js';
import { findTargets } from './directives/targets.js';
import { documentFormulations, findFormulations, formulationsIn, policyOccurrences } from './formulations/find-formulations.js';
import { findAgenda } from './meeting/agenda.js';
import { findCredits } from './meeting/credits.js';
import { findMeeting, leadSentence } from './meeting/find-meeting.js';
import { findDocumentDate } from './dates/document-date.js';
import { NO_HINTS } from './html/page-hints.js';
import { selectorProblem } from './html/selector.js';
import {
  documentSchema,
  SCHEMA_VERSION,
  type Clause,
  type DocumentDate,
  type Formulation,
  type PdxDocument,
  type Span,
  type TopicTag,
  type Warning,
} from './schema.js';
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

/**
 * Thrown by {@link extract} when it is called with an argument of the wrong
 * type (the input neither a string nor a Uint8Array, options not an object, a
 * selector or path that is not a string): a mistake in the calling code, not
 * bad input. Any string or bytes, and any selector string, give a document.
 */
export class PdxArgumentError extends TypeError {
  readonly code = 'INVALID_ARGUMENT';
  override readonly name = 'PdxArgumentError';
}

const describeValue = (value: unknown): string =>
  value === null
    ? 'null'
    : Array.isArray(value)
      ? 'an array'
      : typeof value === 'object'
        ? `an object (${Object.prototype.toString.call(value).slice(8, -1)})`
        : typeof value;

function checkArguments(input: unknown, options: unknown): void {
  if (typeof input !== 'string' && !(input instanceof Uint8Array)) {
    const hint = input instanceof ArrayBuffer ? ' (wrap an ArrayBuffer: new Uint8Array(buffer))' : '';
    throw new PdxArgumentError(`extract(input): input must be a string or a Uint8Array (a Buffer), not ${describeValue(input)}${hint}`);
  }
  if (options === undefined) return;
  if (options === null || typeof options !== 'object' || Array.isArray(options))
    throw new PdxArgumentError(`extract(input, options): options must be an object, not ${describeValue(options)}`);
  const { path, selector, topics } = options as Record<string, unknown>;
  for (const [name, value] of [
    ['path', path],
    ['selector', selector],
  ] as const) {
    if (value !== undefined && typeof value !== 'string')
      throw new PdxArgumentError(`extract(input, options): options.${name} must be a string, not ${describeValue(value)}`);
  }
  if (topics !== undefined && (topics === null || typeof topics !== 'object' || !('dictionary' in topics) || !('segmenter' in topics))) {
    throw new PdxArgumentError(
      `extract(input, options): options.topics must be a topic engine (createTopicEngine, defaultTopicEngine), not ${describeValue(topics)}`,
    );
  }
}

// Text has no NUL bytes; images and archives have many in their first kilobytes.
function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8000);
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  if (utf16) return false;
  return head.indexOf(0) >= 0;
}

// An OLE2 compound file: a Word 97–2003 .doc, or a password-protected .docx.
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function binaryMessage(bytes: Uint8Array): string {
  if (OLE2.every((byte, index) => bytes[index] === byte)) {
    return 'the input is an old Word .doc (or a password-protected Office file), which pdx does not read: save it as .docx without a password';
  }
  return 'the input contains NUL bytes: it is binary data (an image or archive?), not a text report';
}

/** bytes → text, or the fatal warning that says why there is none. */
type DecodeOutcome = (Decoded & { container?: 'docx' }) | { fatal: Warning; format: 'html' | 'text'; container?: 'docx' };

function decodeStage(input: Uint8Array | string, warnings: Warning[]): DecodeOutcome {
  if (typeof input === 'string') {
    return { text: input, encoding: 'utf-8', encodingSource: 'string', replacements: 0, declaredInstead: null };
  }
  const word = readDocx(input);
  if (word.kind === 'docx')
    return { text: word.html, encoding: 'utf-8', encodingSource: 'declared', replacements: 0, declaredInstead: null, container: 'docx' };
  if (word.kind === 'broken') return { fatal: warning('DOCX_ERROR', word.message), format: 'html', container: 'docx' };
  if (word.kind === 'other-archive') return { fatal: warning('BINARY_INPUT', `the input is ${word.message}`), format: 'text' };
  if (looksBinary(input)) return { fatal: warning('BINARY_INPUT', binaryMessage(input)), format: 'text' };
  const decoded = decode(input);
  if (decoded.declaredInstead) {
    warnings.push(
      warning(
        'CHARSET_MISMATCH',
        `the document declares ${decoded.declaredInstead}, but its bytes are ${decoded.encoding}; they were read as ${decoded.encoding}`,
      ),
    );
  }
  if (decoded.replacements > 0) {
    warnings.push(warning('DECODE_ERRORS', `${decoded.replacements} byte sequence(s) could not be decoded as ${decoded.encoding} and became U+FFFD`));
  }
  return decoded;
}

// A whole page repeats its headline near the top of the body, after breadcrumbs.
const HEADLINE_SEARCH = 5;

function headlineSpans(parsed: ParsedDocument): Span[] {
  const { title } = parsed;
  if (!title) return [];
  return parsed.paragraphs.slice(0, HEADLINE_SEARCH).filter(([start, end]) => parsed.plainText.slice(start, end) === title);
}

/**
 * For each directive, the topics with evidence inside it. Directives are in
 * reading order and never overlap: each evidence span is placed in its
 * directive by binary search, so a clause of thousands of directives and
 * hits is not searched once per directive.
 */
function topicsOfDirectives(directives: readonly { span: Span }[], topics: readonly TopicTag[]): Set<string>[] {
  const found = directives.map(() => new Set<string>());
  for (const tag of topics) {
    for (const { spans } of tag.evidence) {
      for (const [s, t] of spans) {
        // The last directive that starts at or before the evidence.
        let lo = 0;
        for (let hi = directives.length - 1; lo < hi; ) {
          const mid = (lo + hi + 1) >> 1;
          if (directives[mid]!.span[0] <= s) lo = mid;
          else hi = mid - 1;
        }
        const directive = directives[lo];
        if (directive && s >= directive.span[0] && t <= directive.span[1]) found[lo]!.add(tag.id);
      }
    }
  }
  return found;
}

function buildClauses(
  parsed: ParsedDocument,
  written: string,
  engine: TopicEngine,
  headlines: readonly Span[],
  formulations: readonly Formulation[],
): Clause[] {
  const found = findClauses({
    plainText: parsed.plainText,
    headlines,
    tag: (text) => (engine.language ?? engine.segmenter).tag(text),
  });
  if (found.length === 0) return [];
  const text = parsed.plainText;
  const quote = (span: Span): string => written.slice(span[0], span[1]);
  // Only clause text is tagged, so only clause text is cut into words (a clause
  // edge is a word edge anyway); narrative between clauses is never segmented.
  const boundaries: number[] = [];
  for (const { span } of found) {
    for (const offset of engine.segmenter.boundaries(text.slice(span[0], span[1]))) boundaries.push(span[0] + offset);
  }
  return found.map((clause, index) => {
    const hits = findTermHits(text, boundaries, clause.span, engine.dictionary);
    const topics = scoreTopics(hits, engine.dictionary, clause.span[1] - clause.span[0]);
    const split = splitDirectives(text, clause.span, clause.cue);
    const directiveTopics = topicsOfDirectives(split, topics);
    const directives = split.map((directive, d) => ({
      ...directive,
      text: quote(directive.span),
      topics: topics.filter((tag) => directiveTopics[d]!.has(tag.id)).map((tag) => tag.id),
      targets: findTargets(text, directive.span).map((target) => ({ ...target, text: quote(target.span) })),
    }));
    return {
      index,
      speaker: clause.speaker,
      speakerKind: clause.speakerKind,
      ...(clause.pronoun ? { pronoun: clause.pronoun } : {}),
      cue: clause.cue,
      cuePhrase: quote(clause.cueSpan),
      cueSpan: clause.cueSpan,
      text: quote(clause.span),
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
function readMeeting(
  parsed: ParsedDocument,
  written: string,
  documentDate: DocumentDate | null,
  clauses: readonly Clause[],
  headlines: readonly Span[],
): Pick<PdxDocument, 'meeting' | 'agenda' | 'credits'> {
  const skip = [...headlines, ...clauses.map((clause) => clause.span)];
  const meetingCues = clauses.filter((clause) => clause.speakerKind === 'meeting').map((clause) => clause.cueSpan);
  const meeting = findMeeting({ plainText: parsed.plainText, written, paragraphs: parsed.paragraphs, skip, title: parsed.title, meetingCues, documentDate });
  const agendaSkip = [...skip, ...clauses.map((clause) => clause.cueSpan)];
  const subjects = meeting?.body ? [meeting.body] : [];
  return {
    meeting,
    agenda: meeting ? findAgenda({ plainText: parsed.plainText, written, skip: agendaSkip, subjects, lead: leadSentence(parsed.plainText, meeting) }) : [],
    credits: findCredits(parsed.plainText, written),
  };
}

// jieba's tags of general words; a word it does not know (x), an abbreviation (j), a proper or place
// name (nz, ns) or a topic term (no tag) may be a coined formulation.
const GENERAL_WORD_TAGS = new Set(['n', 'nr', 'v', 'vn', 'vd', 'a', 'ad', 'an', 'd', 'l', 'i', 'm', 'b', 'q', 't', 'f', 'r', 's', 'z']);

const IDIOM_TAGS = new Set(['i']);

/** Whether `text` is one word of the segmenter's lexicon with one of `tags` (蛋糕 n, 停摆 v, 一心一意 i). */
function wordTagged(engine: TopicEngine, text: string, tags: ReadonlySet<string>): boolean {
  const words = (engine.language ?? engine.segmenter).tag(text);
  return words.length === 1 && tags.has(words[0]!.tag);
}

/** What every document made with `engine`'s dictionaries says in its `generator` field (pdx batch compares it to resume). */
export function generatorOf(engine: TopicEngine): PdxDocument['generator'] {
  return { name: 'policy-directives', version: VERSION, dictionaries: engine.dictionary.refs };
}

/**
 * Extracts the directives of one report. `input` is the raw bytes of a file
 * (any encoding; HTML fragment, whole page, plain text, or a Word .docx, told
 * by its content) or an already decoded string. Never throws on bad input:
 * problems are `warnings`, and a fatal one (EMPTY_INPUT, BINARY_INPUT,
 * DOCX_ERROR, NO_TEXT) leaves the document empty; an invalid selector is a
 * warning too. Only an argument of the wrong type throws, a
 * {@link PdxArgumentError}. The result is validated against the schema-v1
 * contract before it is returned.
 */
export function extract(input: Uint8Array | string, options: ExtractOptions = {}): PdxDocument {
  return documentSchema.parse(extractUnchecked(input, options));
}

/**
 * {@link extract} without the final check against the schema, for `pdx batch`,
 * where checking what this code built cost a tenth of the CPU time: the
 * document is built with the schema's fields in the schema's order, so that it
 * serialises exactly as the checked one does (the tests check every document of
 * the corpus and random inputs for that; `pdx batch --validate` checks each).
 */
export function extractUnchecked(input: Uint8Array | string, options: ExtractOptions = {}): PdxDocument {
  checkArguments(input, options);
  const engine = options.topics ?? defaultTopicEngine();
  const warnings: Warning[] = [];
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  const source = {
    path: options.path ?? '-',
    sha256: hash('sha256', bytes, 'hex'),
    bytes: bytes.length,
  };
  const empty = (format: 'html' | 'text', encoding: string, encodingSource: PdxDocument['source']['encodingSource'], container?: 'docx'): PdxDocument => ({
    schemaVersion: SCHEMA_VERSION,
    generator: generatorOf(engine),
    source: { ...source, encoding, encodingSource, format, ...(container ? { container } : {}) },
    title: null,
    plainText: '',
    paragraphs: [],
    clauses: [],
    documentDate: findDocumentDate({ hints: NO_HINTS, plainText: '', paragraphs: [], path: source.path }),
    meeting: null,
    agenda: [],
    formulations: [],
    credits: [],
    warnings,
  });

  const decoded = decodeStage(input, warnings);
  if ('fatal' in decoded) {
    warnings.push(decoded.fatal);
    return empty(decoded.format, 'binary', 'detected', decoded.container);
  }
  const { container } = decoded;
  if (!decoded.text.trim()) {
    const what = container ? 'the Word document holds no text' : bytes.length === 0 ? 'the input is empty (0 bytes)' : 'the input holds only white space';
    warnings.push(warning('EMPTY_INPUT', what));
    return empty(container ? 'html' : 'text', decoded.encoding, decoded.encodingSource, container);
  }
  const invalidSelector = options.selector ? selectorProblem(options.selector) : null;
  if (invalidSelector)
    warnings.push(
      warning('SELECTOR_INVALID', `the selector ${JSON.stringify(options.selector)} is not valid CSS (${invalidSelector}); the built-in body rules were used`),
    );
  const parsed = parseDocument(decoded.text, { selector: invalidSelector ? undefined : options.selector });
  if (parsed.selectorMissed)
    warnings.push(warning('SELECTOR_NO_MATCH', `the selector ${JSON.stringify(options.selector)} matched nothing; the built-in body rules were used`));
  const sourceRead = {
    ...source,
    encoding: decoded.encoding,
    encodingSource: decoded.encodingSource,
    format: parsed.format,
    ...(container ? { container } : {}),
  };
  if (!parsed.plainText) {
    // A headline with nothing under it (a news item published as video only) is still a document.
    warnings.push(
      parsed.title
        ? warning('NO_BODY', 'the input has a headline but no body text: the document has a title and no clauses')
        : warning('NO_TEXT', 'no readable text was found in the input'),
    );
    // A page with no body text may still say when it was published (a 查看原文 link, meta).
    const documentDate = findDocumentDate({ hints: parsed.hints, plainText: '', paragraphs: [], path: source.path });
    return { ...empty(parsed.format, decoded.encoding, decoded.encodingSource, container), source: sourceRead, title: parsed.title, documentDate };
  }
  const headlines = headlineSpans(parsed);
  // A report in traditional characters is read in simplified characters (the grammar, names and
  // dictionaries are simplified), offset for offset; each stage quotes what it cuts from the text as
  // written at the offsets it read it at. Normalised values (a date, a modality, a speaker's bare name)
  // and the keys a corpus is grouped by (a meeting's body and kind, a person's titles, a 提法, a topic
  // term) stay as read, so that 常務會議 and 常务会议 count as one.
  const traditional = looksTraditional(parsed.plainText);
  const written = parsed.plainText;
  const reading: ParsedDocument = traditional
    ? { ...parsed, plainText: toSimplified(parsed.plainText), title: parsed.title === null ? null : toSimplified(parsed.title) }
    : parsed;
  const documentDate = findDocumentDate({ hints: parsed.hints, plainText: reading.plainText, paragraphs: parsed.paragraphs, path: source.path });
  const found = findFormulations(reading.plainText, {
    plainWord: (text) => wordTagged(engine, text, GENERAL_WORD_TAGS),
    idiom: (text) => wordTagged(engine, text, IDIOM_TAGS),
  });
  const clauses = buildClauses(reading, written, engine, headlines, found.occurrences);
  if (clauses.length === 0) warnings.push(warning('NO_CUES', 'no 会议指出/强调/要求 cue found: the document has no clauses'));
  const { meeting, agenda, credits } = readMeeting(reading, written, documentDate, clauses, headlines);
  const counted = policyOccurrences(
    found.occurrences,
    meeting !== null,
    clauses.map((clause) => clause.span),
  );
  return {
    schemaVersion: SCHEMA_VERSION,
    generator: generatorOf(engine),
    source: { ...sourceRead, script: traditional ? 'traditional' : 'simplified' },
    title: parsed.title,
    plainText: parsed.plainText,
    paragraphs: parsed.paragraphs,
    clauses,
    documentDate,
    meeting,
    agenda,
    formulations: documentFormulations(reading.plainText, counted),
    credits,
    warnings,
  } satisfies PdxDocument;
}
