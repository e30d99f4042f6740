/**
 * Topic dictionaries as validated data. The built-in dictionary and a user's
 * own share one format and one zod schema (the built-in one is checked by the
 * test suite rather than on every run), are normalised, and fingerprinted (sha256 of the normalised content) so that every output
 * can say which coding produced its tags.
 *
 * The schema's messages are the "what is wrong; how to fix it" part of a
 * problem report: load-dictionaries.ts puts the subject and the line before them.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { DictionaryRef } from '../schema.js';
import { PrefixIndex } from '../language/prefix-index.js';

/** A trailing `*` makes a term a prefix glob, as in quanteda (`econom*`). */
export const GLOB = '*';

export const isGlob = (term: string): boolean => term.endsWith(GLOB);

/**
 * Lower-case letters of any script (so 环境 is an id), digits and _, with dots
 * for subtopics: a subtopic's id is its parent's id, a dot and a name.
 */
const TOPIC_ID_PATTERN = /^[\p{Ll}\p{Lo}\p{N}_]+(?:\.[\p{Ll}\p{Lo}\p{N}_]+)*$/u;

/** The id a free-form name (a quanteda category key) becomes: lower case, other characters folded into _. */
export function toTopicId(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{Ll}\p{Lo}\p{N}]+/gu, '_')
    .replace(/^_+|_+$/g, '');
}

/** A subtopic's parent: given, or implied by its dotted id. */
export function parentOf(topic: { id: string; parent?: string | undefined }): string | null {
  if (topic.parent !== undefined) return topic.parent;
  const dot = topic.id.lastIndexOf('.');
  return dot > 0 ? topic.id.slice(0, dot) : null;
}

function termProblem(term: string): string | null {
  if (term === '') return 'is empty; write the word, or remove the entry';
  if (term === GLOB) return 'is a glob with no prefix and would match every word; write a prefix before "*" (环保*)';
  const star = term.indexOf(GLOB);
  if (star >= 0 && star < term.length - 1) {
    return `has "*" inside it, but a glob takes "*" only at its end; write "${term.replaceAll(GLOB, '')}${GLOB}", or remove the "*"`;
  }
  if (!/[\p{L}\p{N}]/u.test(term)) return 'is only punctuation; write a word with letters or digits, or remove it';
  return null;
}

/** A value in words, for problem messages: `the number 7`, `a list`. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (typeof value === 'string') return `the text ${JSON.stringify(value)}`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return String(value);
  return Array.isArray(value) ? 'a list' : 'a mapping';
}

export interface TermOptions {
  term: string;
  /** Above 0, at most 10; 1 when absent. */
  weight?: number;
  /** Words that, overlapping or touching the term, keep it from counting. */
  exclude?: string[];
  /** Match the raw text, without the word-boundary check. */
  exact?: boolean;
}

type Term = string | TermOptions;

/** The keys of a term written as a mapping. */
export const TERM_KEYS = ['term', 'weight', 'exclude', 'exact'] as const;

type Issue = z.core.$ZodRawIssue;
type Path = (string | number)[];

export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function wordIssue(value: unknown, path: Path, rules: (word: string) => string | null): Issue | string {
  if (typeof value !== 'string') return { code: 'invalid_type', expected: 'string', input: value, path };
  const word = value.trim();
  const problem = rules(word);
  return problem ? { code: 'custom', message: problem, input: value, path } : word;
}

// Exclude words are context that must stand around a term as written: a glob there would be a guess.
const excludeProblem = (word: string): string | null =>
  word.includes(GLOB) ? 'cannot be a glob: exclude words match as written; write the whole word' : termProblem(word);

function termOptions(item: Record<string, unknown>, path: Path, issues: Issue[]): TermOptions {
  const unknown = Object.keys(item).filter((key) => !(TERM_KEYS as readonly string[]).includes(key));
  if (unknown.length > 0) issues.push({ code: 'unrecognized_keys', keys: unknown, input: item, path });
  const text = wordIssue(item['term'], [...path, 'term'], termProblem);
  const term: TermOptions = { term: typeof text === 'string' ? text : '' };
  if (typeof text !== 'string') issues.push(text);
  const { weight, exclude, exact } = item;
  if (weight !== undefined) {
    if (typeof weight !== 'number') issues.push({ code: 'invalid_type', expected: 'number', input: weight, path: [...path, 'weight'] });
    else if (!(weight > 0 && weight <= 10))
      issues.push({
        code: 'custom',
        message: 'is out of range; use a number above 0 and at most 10 (1 is the default)',
        input: weight,
        path: [...path, 'weight'],
      });
    else term.weight = weight;
  }
  if (exclude !== undefined) {
    if (!Array.isArray(exclude)) issues.push({ code: 'invalid_type', expected: 'array', input: exclude, path: [...path, 'exclude'] });
    else {
      term.exclude = exclude.map((value: unknown, index) => {
        const word = wordIssue(value, [...path, 'exclude', index], excludeProblem);
        if (typeof word === 'string') return word;
        issues.push(word);
        return '';
      });
    }
  }
  if (exact !== undefined) {
    if (typeof exact !== 'boolean') issues.push({ code: 'invalid_type', expected: 'boolean', input: exact, path: [...path, 'exact'] });
    else if (exact && isGlob(term.term)) {
      issues.push({
        code: 'custom',
        message: 'cannot be true for a glob, which matches whole words; remove "exact", or the "*"',
        input: exact,
        path: [...path, 'exact'],
      });
    } else term.exact = exact;
  }
  return term;
}

/**
 * A term is text, or a mapping with term, weight, exclude and exact. Terms
 * are checked here, by hand, rather than by a zod schema per term: that costs
 * a 5,000-term dictionary 60 ms and more on a cold start
 * (scripts/bench-dictionary.mjs), most of its budget. The issues are those
 * zod would give, so problem reports read the same.
 */
const termListSchema = z.unknown().transform((items, context) => {
  if (!Array.isArray(items)) {
    context.issues.push({ code: 'invalid_type', expected: 'array', input: items });
    return z.NEVER;
  }
  return items.map((item: unknown, index): Term => {
    if (isRecord(item)) return termOptions(item, [index], context.issues);
    if (typeof item !== 'string') {
      context.issues.push({
        code: 'custom',
        message: `must be text, or a mapping with term (and weight, exclude, exact), not ${describeValue(item)}`,
        input: item,
        path: [index],
      });
      return '';
    }
    const term = wordIssue(item, [index], termProblem);
    if (typeof term === 'string') return term;
    context.issues.push(term);
    return '';
  });
});

/**
 * The summed weight at which a topic is tagged. Absent, it is 0: a single
 * counted match tags, as in quanteda, which counts every match.
 */
const thresholdSchema = z.number().min(0, 'is negative; use 0 (a single match tags) or more').max(100, 'is out of range; use a summed weight of at most 100');

/**
 * How thresholds scale with the length of a clause: a clause of n characters
 * needs threshold × (n / reference) ^ exponent, the ratio held between a third
 * and three, so that one word in a short clause counts for more than one
 * word in a long clause that mentions many things in passing.
 */
export const clauseLengthSchema = z
  .object({
    reference: z.number().positive('is not above 0; use the clause length, in characters, at which the threshold applies as written (such as 100)'),
    exponent: z.number().min(0, 'is negative; use 0 (length does not matter) up to 2').max(2, 'is above 2; use 0 (length does not matter) up to 2'),
  })
  .strict();

/** The ratio of a clause's length to the reference is held within these bounds: a clause of one word or of a whole page is not an extreme case of the rule. */
export const CLAUSE_LENGTH_RATIO = { min: 1 / 3, max: 3 } as const;

export const labelsSchema = z.object({ zh: z.string().trim().min(1, "is empty; write the topic's name"), en: z.string().optional() }).strict();

export const topicSchema = z
  .object({
    id: z.string().regex(TOPIC_ID_PATTERN, 'is not a valid id; use lower-case letters, digits and _, with dots for subtopics (environment.waste)'),
    labels: labelsSchema,
    cap: z.array(z.number().int().positive()).optional(),
    parent: z.string().optional(),
    /** Replaces a topic of the same id from an earlier dictionary, on purpose. */
    override: z.boolean().optional(),
    /** Replaces the dictionary's `threshold` for this topic. */
    threshold: thresholdSchema.optional(),
    /** May be empty (or absent) only for a topic that has subtopics: load-dictionaries.ts checks that across files. */
    terms: termListSchema.optional(),
  })
  .strict();

/** The zod schema of a topic dictionary in pdx format (name, version, topics with terms); see {@link loadDictionaries} to read files. */
export const dictionaryFileSchema = z
  .object({
    name: z.string().min(1),
    version: z.string().min(1),
    description: z.string().optional(),
    /** The summed weight at which each topic is tagged, unless the topic sets its own; 0 when absent. */
    threshold: thresholdSchema.optional(),
    /**
     * A topic must also reach this share of the strongest topic of the same
     * dictionary in the clause, so that passing mentions in a long clause give
     * way to what it is about; 0 (no such floor) when absent.
     */
    relativeFloor: z
      .number()
      .min(0, 'is negative; use a share from 0 to 1 (0.3: three tenths of the strongest topic)')
      .max(1, 'is above 1; use a share from 0 to 1 (0.3: three tenths of the strongest topic)')
      .optional(),
    /** Thresholds scale with clause length (see {@link clauseLengthSchema}); absent, they do not. */
    clauseLength: clauseLengthSchema.optional(),
    topics: z.array(topicSchema).min(1, 'is empty; add at least one topic'),
  })
  .strict();

/** A validated topic dictionary in pdx format. */
export type DictionaryFile = z.infer<typeof dictionaryFileSchema>;
export type Topic = DictionaryFile['topics'][number];

export interface DecisionRule {
  threshold: number;
  relativeFloor: number;
  clauseLength: z.infer<typeof clauseLengthSchema> | null;
}

export interface TermRule {
  topic: string;
  /** As written in the dictionary; a glob keeps its trailing `*`. */
  term: string;
  weight: number;
  exclude: readonly string[];
  exact: boolean;
}

export interface TopicInfo {
  id: string;
  label: string;
  labelEn: string | null;
  cap: readonly number[];
  parent: string | null;
  /** How many terms the topic has. */
  terms: number;
  /** The name of the dictionary that defines it. */
  dictionary: string;
  /** The summed weight at which it is tagged: its own threshold, else its dictionary's, else 0. */
  threshold: number;
  /** The share of its dictionary's strongest topic in a clause that it must also reach (0: none). */
  relativeFloor: number;
  /** Its dictionary's place in the compiled list: the strongest topic is sought among topics of the same dictionary. */
  dictionaryIndex: number;
}

export interface CompiledDictionary {
  refs: DictionaryRef[];
  /** Each dictionary's decision rule, in the order of `refs`: its threshold and relative floor (0 when it sets none), and how thresholds scale with clause length (null: they do not). */
  rules: DecisionRule[];
  topics: ReadonlyMap<string, TopicInfo>;
  /** Rules by term text, for matching on token boundaries. */
  terms: PrefixIndex<TermRule>;
  /** Every term matched on token boundaries, each once: the segmenter learns them as words. */
  words: readonly string[];
  /** Rules matched as raw substrings. */
  exactRules: readonly TermRule[];
  /** Glob rules by their prefix (the term without its `*`). */
  globs: PrefixIndex<TermRule>;
}

// Shared by every term without exclude words (most of them), never mutated.
const NO_WORDS: readonly string[] = [];

function normaliseTerm(term: Term): { term: string; weight: number; exclude: readonly string[]; exact: boolean } {
  if (typeof term === 'string') return { term, weight: 1, exclude: NO_WORDS, exact: false };
  return { term: term.term, weight: term.weight ?? 1, exclude: term.exclude ? [...term.exclude].sort() : NO_WORDS, exact: term.exact ?? false };
}

// Keys appear only when they say something, so that the built-in dictionary's fingerprint did not change when they were added.
function normalisedTopics(topics: readonly Topic[]): unknown[] {
  return topics.map((topic) => ({
    id: topic.id,
    labels: { zh: topic.labels.zh, en: topic.labels.en ?? null },
    cap: [...(topic.cap ?? [])].sort((a, b) => a - b),
    parent: parentOf(topic),
    terms: (topic.terms ?? []).map(normaliseTerm).sort((a, b) => (a.term < b.term ? -1 : a.term > b.term ? 1 : 0)),
    ...(topic.override ? { override: true } : {}),
    ...(topic.threshold !== undefined ? { threshold: topic.threshold } : {}),
  }));
}

type RuleKeys = Pick<DictionaryFile, 'threshold' | 'relativeFloor' | 'clauseLength'>;

/** The dictionary-wide decision rule, when the dictionary sets one (absent keys keep older fingerprints). */
function normalisedRule(file: RuleKeys): Partial<RuleKeys> {
  const { threshold, relativeFloor, clauseLength } = file;
  return {
    ...(threshold !== undefined ? { threshold } : {}),
    ...(relativeFloor !== undefined ? { relativeFloor } : {}),
    ...(clauseLength !== undefined ? { clauseLength: { reference: clauseLength.reference, exponent: clauseLength.exponent } } : {}),
  };
}

const sha256 = (value: unknown): string => createHash('sha256').update(JSON.stringify(value)).digest('hex');

// Every engine made with the built-in dictionary would otherwise hash it again.
const fingerprints = new WeakMap<DictionaryFile, string>();

/** sha256 of the normalised content: the same for a dictionary written in JSON or YAML, in any term order. */
export function fingerprint(file: DictionaryFile): string {
  let sha = fingerprints.get(file);
  if (sha === undefined) {
    sha = sha256({ name: file.name, version: file.version, ...normalisedRule(file), topics: normalisedTopics(file.topics) });
    fingerprints.set(file, sha);
  }
  return sha;
}

/**
 * The version of a dictionary that names none (every quanteda-style one):
 * `sha256:` and 12 hex digits of its normalised topics (and decision rule,
 * when it sets one), so any edit gives a new version.
 */
export function contentVersion(file: Pick<DictionaryFile, 'topics'> & RuleKeys): string {
  const rule = normalisedRule(file);
  const content = Object.keys(rule).length > 0 ? { ...rule, topics: normalisedTopics(file.topics) } : normalisedTopics(file.topics);
  return `sha256:${sha256(content).slice(0, 12)}`;
}

/** The same term twice in one topic counts once, with the larger weight. */
function addRule(rules: TermRule[], rule: TermRule): void {
  const same = rules.findIndex((r) => r.topic === rule.topic);
  if (same < 0) rules.push(rule);
  else if (rules[same]!.weight < rule.weight) rules[same] = rule;
}

/**
 * Compiles validated dictionaries into one matcher table. A topic id defined
 * again in a later dictionary replaces the earlier topic whole (validation
 * allows that only with `override`) and keeps its place in the order.
 */
export function compileDictionaries(files: readonly DictionaryFile[]): CompiledDictionary {
  const defined = new Map<string, { topic: Topic; file: DictionaryFile; index: number }>();
  files.forEach((file, index) => {
    for (const topic of file.topics) defined.set(topic.id, { topic, file, index });
  });

  const topics = new Map<string, TopicInfo>();
  const terms = new PrefixIndex<TermRule>();
  const words = new Set<string>();
  const exactRules: TermRule[] = [];
  const globs = new PrefixIndex<TermRule>();
  for (const { topic, file, index } of defined.values()) {
    const topicTerms = topic.terms ?? [];
    topics.set(topic.id, {
      id: topic.id,
      label: topic.labels.zh,
      labelEn: topic.labels.en ?? null,
      cap: topic.cap ?? [],
      parent: parentOf(topic),
      terms: topicTerms.length,
      dictionary: file.name,
      threshold: topic.threshold ?? file.threshold ?? 0,
      relativeFloor: file.relativeFloor ?? 0,
      dictionaryIndex: index,
    });
    for (const raw of topicTerms) {
      const { term, weight, exclude, exact } = normaliseTerm(raw);
      const rule: TermRule = { topic: topic.id, term, weight, exclude, exact };
      if (isGlob(term)) addRule(globs.slot(term.slice(0, -GLOB.length)), rule);
      else if (exact) exactRules.push(rule);
      else {
        addRule(terms.slot(term), rule);
        words.add(term);
      }
    }
  }
  return {
    refs: files.map((file) => ({ name: file.name, version: file.version, sha256: fingerprint(file) })),
    rules: files.map((file) => ({ threshold: file.threshold ?? 0, relativeFloor: file.relativeFloor ?? 0, clauseLength: file.clauseLength ?? null })),
    topics,
    terms,
    words: [...words],
    exactRules,
    globs,
  };
}
