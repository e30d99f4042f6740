/**
 * Dictionary sources → validated dictionaries, or every problem at once. Each
 * problem names the file and line, what is wrong and how to fix it. Checks
 * run per file (syntax, schema) and across the whole set (duplicate ids,
 * parents, empty topics) in one pass, so a user fixes everything in one round.
 *
 * A topic id may be defined again in a later dictionary only on purpose:
 * with `override: true` the later topic replaces the earlier one whole (the
 * built-in `economy`, say, by a ministry's own). Anything else is a duplicate.
 */
import type { z } from 'zod';
import { builtinDictionary } from './builtin.js';
import {
  clauseLengthSchema,
  contentVersion,
  describeValue,
  dictionaryFileSchema,
  isRecord,
  labelsSchema,
  parentOf,
  TERM_KEYS,
  toTopicId,
  topicSchema,
  type DictionaryFile,
} from './dictionary.js';
import { EMPTY_FILE, parseSource, type DictionarySource, type SourcePath } from './dictionary-source.js';
import { closest } from './did-you-mean.js';
import { fromQuanteda, isQuantedaStyle } from './quanteda.js';

export type { DictionarySource } from './dictionary-source.js';

/** `extend` adds the dictionaries to the built-in one; `replace` uses them instead of it. */
export type DictionaryMode = 'extend' | 'replace';

/** One problem in a dictionary file: where (file, line) and what is wrong, with how to fix it. */
export interface DictionaryProblem {
  file: string;
  /** 1-based; null when the file could not be read at all. */
  line: number | null;
  message: string;
}

/** The outcome of {@link loadDictionaries}: the validated dictionaries, or every problem found. */
export type LoadResult = { ok: true; files: DictionaryFile[] } | { ok: false; problems: DictionaryProblem[] };

/** A problem as one line, `file:line: message`, the way compilers report errors. */
export function formatProblem(problem: DictionaryProblem): string {
  return problem.line === null ? `${problem.file}: ${problem.message}` : `${problem.file}:${problem.line}: ${problem.message}`;
}

const userDictionarySchema = dictionaryFileSchema.partial({ name: true, version: true });

/** What cross-file checks need of a topic, read from the raw data so that they run even when the file has other problems. */
interface TopicRecord {
  /** Its place in the file's topic list. */
  index: number;
  id: string;
  parent: string | null;
  explicitParent: boolean;
  override: boolean;
  hasTerms: boolean;
  /** The topic has schema problems: an unknown key may be its misspelt terms, so emptiness is not reported on top. */
  invalid: boolean;
  /** The quanteda category key it was made from. */
  category: string | null;
  /** Where a field was written (null: not written, or built in); found only when a problem is reported. */
  line(field: 'id' | 'parent' | 'terms'): number | null;
}

interface FileRecord {
  path: string;
  builtin: boolean;
  topics: TopicRecord[];
}

const quote = (value: unknown): string => JSON.stringify(value);

function valueAt(data: unknown, path: SourcePath): unknown {
  let value = data;
  for (const segment of path) value = isRecord(value) || Array.isArray(value) ? (value as Record<string, unknown>)[segment] : undefined;
  return value;
}

/** The part of a dictionary that `path` points at, in words: `term "环保" in topic "environment"`. */
function subjectOf(data: unknown, path: SourcePath): string {
  if (path.length === 0) return 'the dictionary';
  if (path[0] === 'threshold') return 'the threshold of the dictionary';
  if (path[0] === 'relativeFloor') return 'the relative floor of the dictionary';
  if (path[0] === 'clauseLength')
    return path.length === 1 ? 'the clause length rule of the dictionary' : `${quote(path[1])} of the clause length rule of the dictionary`;
  if (path[0] !== 'topics') return quote(path[0]);
  if (path.length === 1) return '"topics"';
  const index = Number(path[1]);
  const id = valueAt(data, ['topics', index, 'id']);
  const topic = typeof id === 'string' ? `topic ${quote(id)}` : `topic #${index + 1}`;
  const [, , field, item, termField, word] = path;
  if (field === undefined) return topic;
  if (field === 'id') return typeof id === 'string' ? `topic id ${quote(id)}` : `the id of ${topic}`;
  if (field === 'labels') return item === undefined ? `the labels of ${topic}` : `the ${String(item)} label of ${topic}`;
  if (field === 'cap') return item === undefined ? `the CAP codes of ${topic}` : `CAP code ${quote(valueAt(data, path))} of ${topic}`;
  if (field === 'parent') return `the parent of ${topic}`;
  if (field === 'threshold') return `the threshold of ${topic}`;
  if (field !== 'terms') return `${quote(field)} of ${topic}`;
  if (item === undefined) return `the term list of ${topic}`;
  const raw = valueAt(data, ['topics', index, 'terms', item]);
  const text = typeof raw === 'string' ? raw : isRecord(raw) && typeof raw['term'] === 'string' ? raw['term'] : null;
  const term = text === null ? `term #${Number(item) + 1} in ${topic}` : `term ${quote(text)} in ${topic}`;
  if (termField === undefined || termField === 'term') return term;
  if (termField === 'weight') {
    const weight = valueAt(data, path);
    return typeof weight === 'number' ? `the weight ${weight} of ${term}` : `the weight of ${term}`;
  }
  if (termField === 'exclude') return word === undefined ? `the exclude list of ${term}` : `exclude word ${quote(valueAt(data, path))} of ${term}`;
  return `${quote(termField)} of ${term}`;
}

/** What a value at a path must be, by the name of its field (or its list). */
const EXPECTED: Record<string, string> = {
  name: 'text',
  version: 'text',
  description: 'text',
  threshold: 'a number from 0 to 100 (the summed weight at which a topic is tagged)',
  relativeFloor: 'a number from 0 to 1 (the share of the strongest topic a topic must reach)',
  clauseLength: 'a mapping with reference (characters) and exponent',
  reference: 'a number above 0 (characters)',
  exponent: 'a number from 0 to 2',
  topics: 'a list of topics',
  topic: 'a mapping with id, labels and terms',
  id: 'text',
  labels: 'a mapping with zh (the name) and en',
  zh: 'text',
  en: 'text',
  cap: 'a list of CAP major topic codes (such as [7, 8])',
  capCode: 'a whole number above 0 (a CAP major topic code such as 7)',
  parent: 'the id of a topic',
  override: 'true or false',
  terms: 'a list of terms',
  term: 'text',
  weight: 'a number above 0 and at most 10',
  exclude: 'a list of words',
  excludeWord: 'text',
  exact: 'true or false',
};

/** What to write when a required field is missing. */
const MISSING: Record<string, string> = {
  topics: 'a list of topics',
  id: 'an id (lower-case, such as environment_waste)',
  labels: "labels with zh, the topic's name",
  zh: "the topic's name",
  term: 'the word itself',
};

function fieldOf(path: SourcePath): string {
  const last = path[path.length - 1];
  const before = path[path.length - 2];
  if (typeof last === 'number' || /^\d+$/.test(String(last))) {
    if (before === 'topics') return 'topic';
    if (before === 'cap') return 'capCode';
    if (before === 'exclude') return 'excludeWord';
  }
  return String(last);
}

/** The keys allowed where an unknown key was found. */
function allowedKeys(path: SourcePath): string[] {
  if (path[2] === 'terms') return [...TERM_KEYS];
  const schema: z.ZodObject =
    path.length === 0 ? dictionaryFileSchema : path[0] === 'clauseLength' ? clauseLengthSchema : path.length === 2 ? topicSchema : labelsSchema;
  return Object.keys(schema.shape);
}

interface PlacedProblem {
  path: SourcePath;
  /** Place it on the line of the key rather than of the value. */
  key: boolean;
  message: string;
}

function describeIssues(issue: z.core.$ZodIssue, data: unknown): PlacedProblem[] {
  const path = issue.path.map((segment) => (typeof segment === 'symbol' ? String(segment) : segment));
  const subject = subjectOf(data, path);
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => {
        const allowed = allowedKeys(path);
        const guess = closest(key, allowed);
        const hint = guess ? `did you mean ${quote(guess)}?` : `the keys here are ${allowed.join(', ')}`;
        return { path: [...path, key], key: true, message: `unknown key ${quote(key)} in ${subject}; ${hint}` };
      });
    case 'invalid_type': {
      const value = valueAt(data, path);
      const field = fieldOf(path);
      if (value === undefined) {
        const owner = path.slice(0, -1);
        const verb = owner[owner.length - 1] === 'labels' ? 'have' : 'has';
        return [{ path: owner, key: false, message: `${subjectOf(data, owner)} ${verb} no ${quote(field)}; add ${MISSING[field] ?? EXPECTED[field] ?? 'it'}` }];
      }
      return [{ path, key: false, message: `${subject} must be ${EXPECTED[field] ?? issue.expected}, not ${describeValue(value)}` }];
    }
    case 'invalid_format': {
      const value = valueAt(data, path);
      const suggestion = typeof value === 'string' ? toTopicId(value) : '';
      return [{ path, key: false, message: `${subject} ${issue.message}${suggestion ? `; for example ${quote(suggestion)}` : ''}` }];
    }
    default:
      return [{ path, key: false, message: `${subject} ${issue.message}` }];
  }
}

function topicRecords(data: unknown, line: (path: SourcePath, key: boolean) => number, categories: readonly string[] | null): TopicRecord[] {
  const topics = isRecord(data) && Array.isArray(data['topics']) ? data['topics'] : [];
  const records: TopicRecord[] = [];
  topics.forEach((topic: unknown, index) => {
    if (!isRecord(topic) || typeof topic['id'] !== 'string') return;
    const id = topic['id'];
    const explicit = typeof topic['parent'] === 'string' ? topic['parent'] : undefined;
    const terms = topic['terms'];
    records.push({
      index,
      id,
      parent: parentOf({ id, parent: explicit }),
      explicitParent: explicit !== undefined,
      override: topic['override'] === true,
      hasTerms: Array.isArray(terms) && terms.length > 0,
      invalid: false,
      category: categories?.[index] ?? null,
      line: (field) => (field === 'id' || (field === 'parent' ? explicit : terms) !== undefined ? line(['topics', index, field], false) : null),
    });
  });
  return records;
}

/** The stem of a file name: the name of a dictionary that gives none. */
function defaultName(path: string): string {
  const base = path.split(/[\\/]/).pop() ?? path;
  return base.replace(/\.(json|ya?ml)$/i, '') || base;
}

function analyse(source: DictionarySource): { file: DictionaryFile | null; problems: DictionaryProblem[]; record: FileRecord } {
  const problem = (line: number | null, message: string): DictionaryProblem => ({ file: source.path, line, message });
  const record: FileRecord = { path: source.path, builtin: false, topics: [] };
  const parsed = parseSource(source);
  if (!parsed.ok) return { file: null, problems: parsed.problems.map((p) => problem(p.line, p.message)), record };
  const { data, line } = parsed.parsed;
  // Only comments, or an explicit null.
  if (data === null || data === undefined) return { file: null, problems: [problem(1, EMPTY_FILE)], record };
  if (!isRecord(data)) {
    const message = `the file holds ${describeValue(data)}, not a dictionary; write a mapping with "topics" (pdx format), or of categories to term lists (quanteda style)`;
    return { file: null, problems: [problem(1, message)], record };
  }

  let pdxData: unknown = data;
  let place = line;
  const problems: DictionaryProblem[] = [];
  let categories: string[] | null = null;
  if (isQuantedaStyle(data)) {
    const quanteda = fromQuanteda(data);
    pdxData = quanteda.data;
    categories = quanteda.origins.map((origin) => String(origin[origin.length - 1]));
    // A topic's problems go on its category key; a term's on the term.
    place = (path, key = false) => {
      const origin = quanteda.origins[Number(path[1])];
      if (!origin) return line([], false);
      return path[2] === 'terms' && path.length > 3 ? line([...origin, ...path.slice(3)], key) : line(origin, true);
    };
    for (const item of quanteda.problems) problems.push(problem(line(item.path, true), item.message));
  }
  record.topics = topicRecords(pdxData, place, categories);

  const result = userDictionarySchema.safeParse(pdxData);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const topic = issue.path[0] === 'topics' ? record.topics.find((item) => item.index === issue.path[1]) : undefined;
      if (topic) topic.invalid = true;
      for (const placed of describeIssues(issue, pdxData)) problems.push(problem(place(placed.path, placed.key), placed.message));
    }
    return { file: null, problems, record };
  }
  const { name, version, ...rest } = result.data;
  const file: DictionaryFile = { ...rest, name: name ?? defaultName(source.path), version: version ?? contentVersion(rest) };
  return { file: problems.length === 0 ? file : null, problems, record };
}

function builtinRecord(): FileRecord {
  const topics = builtinDictionary().topics.map((topic, index) => ({
    index,
    id: topic.id,
    parent: parentOf(topic),
    explicitParent: topic.parent !== undefined,
    override: false,
    hasTerms: (topic.terms ?? []).length > 0,
    invalid: false,
    category: null,
    line: () => null,
  }));
  return { path: builtinDictionary().name, builtin: true, topics };
}

function checkTopicSet(files: readonly FileRecord[], mode: DictionaryMode): DictionaryProblem[] {
  const problems: DictionaryProblem[] = [];
  const definedBy = new Map<string, { file: FileRecord; topic: TopicRecord }>();
  const parents = new Set<string>();
  for (const file of files) for (const topic of file.topics) if (topic.parent !== null) parents.add(topic.parent);
  const builtinIds = new Set(builtinDictionary().topics.map((topic) => topic.id));

  for (const file of files) {
    if (file.builtin) {
      for (const topic of file.topics) definedBy.set(topic.id, { file, topic });
      continue;
    }
    const report = (line: number | null, message: string): void => {
      problems.push({ file: file.path, line, message });
    };
    for (const topic of file.topics) {
      const earlier = definedBy.get(topic.id);
      if (earlier && earlier.file === file) {
        report(
          topic.line('id'),
          topic.category === null
            ? `topic id ${quote(topic.id)} is defined twice in this file (first on line ${earlier.topic.line('id')}); rename one, or merge their terms`
            : `category ${quote(topic.category)} makes the topic id ${quote(topic.id)}, as category ${quote(earlier.topic.category)} on line ${earlier.topic.line('id')} does; rename one of them`,
        );
      } else if (earlier && !topic.override) {
        const where = earlier.file.builtin ? `the built-in dictionary (${earlier.file.path})` : `${earlier.file.path}:${earlier.topic.line('id')}`;
        report(
          topic.line('id'),
          topic.category === null
            ? `topic id ${quote(topic.id)} is already defined by ${where}; pick another id, or add "override": true to this topic to replace that one on purpose`
            : `category ${quote(topic.category)} makes the topic id ${quote(topic.id)}, which ${where} already defines; rename the category${earlier.file.builtin ? ', or leave the built-in topics out with --dict-mode replace' : ''}`,
        );
      }
      if (!earlier || earlier.file !== file) definedBy.set(topic.id, { file, topic });
    }
  }

  const allIds = new Set<string>();
  for (const file of files) for (const topic of file.topics) allIds.add(topic.id);
  for (const file of files) {
    if (file.builtin) continue;
    const report = (line: number | null, message: string): void => {
      problems.push({ file: file.path, line, message });
    };
    for (const topic of file.topics) {
      const { id, parent } = topic;
      if (topic.explicitParent && parent !== null) {
        const dot = id.lastIndexOf('.');
        if (dot < 0) {
          report(
            topic.line('parent'),
            `topic ${quote(id)} has parent ${quote(parent)}, so its id must start with "${parent}."; rename it "${parent}.${id}", or remove the parent`,
          );
          continue;
        }
        if (id.slice(0, dot) !== parent) {
          report(
            topic.line('parent'),
            `topic ${quote(id)} has parent ${quote(parent)}, but its id starts with "${id.slice(0, dot)}."; rename it "${parent}.${id.slice(dot + 1)}", or make the parent "${id.slice(0, dot)}"`,
          );
          continue;
        }
      }
      if (parent !== null && !allIds.has(parent)) {
        const line = topic.line('parent') ?? topic.line('id');
        if (mode === 'replace' && builtinIds.has(parent)) {
          report(
            line,
            `parent ${quote(parent)} of topic ${quote(id)} is a built-in topic, which --dict-mode replace leaves out; add a topic ${quote(parent)}, or use --dict-mode extend`,
          );
        } else {
          const guess = closest(parent, [...allIds]);
          report(
            line,
            `parent ${quote(parent)} of topic ${quote(id)} is not defined; add a topic ${quote(parent)}${guess ? `, or did you mean ${quote(guess)}?` : ''}`,
          );
        }
      }
      if (!topic.hasTerms && !topic.invalid && !parents.has(id)) {
        report(
          topic.line('terms') ?? topic.line('id'),
          topic.category === null
            ? `topic ${quote(id)} has an empty term list; add at least one term, or a subtopic`
            : `category ${quote(topic.category)} has an empty term list; add at least one term, or a subcategory`,
        );
      }
    }
  }
  return problems;
}

/**
 * Validates dictionary sources as one set and returns them ready to compile:
 * in extend mode after the built-in dictionary, in replace mode alone. A
 * dictionary without name or version is named after its file and versioned by
 * its content (see contentVersion).
 */
export function loadDictionaries(sources: readonly DictionarySource[], mode: DictionaryMode): LoadResult {
  const analysed = sources.map(analyse);
  const records = analysed.map((item) => item.record);
  const problems = [...analysed.flatMap((item) => item.problems), ...checkTopicSet(mode === 'extend' ? [builtinRecord(), ...records] : records, mode)];
  if (problems.length > 0) {
    const order = new Map(sources.map((source, index) => [source.path, index]));
    return { ok: false, problems: problems.sort((a, b) => order.get(a.file)! - order.get(b.file)! || (a.line ?? 0) - (b.line ?? 0)) };
  }
  const files = analysed.map((item) => item.file!);
  return { ok: true, files: mode === 'extend' ? [builtinDictionary(), ...files] : files };
}
