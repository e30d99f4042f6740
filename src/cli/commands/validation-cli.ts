/**
 * What `pdx sample`, `pdx eval` and `pdx suggest` share: whole-number
 * options checked with every other problem of the command line, the topic
 * engine and the inputs found before anything is read (every problem reported
 * at once, exit 2), the clauses of a corpus with their topics under the
 * active dictionaries, and how a number is shown.
 */
import type { TopicEngine } from '../../topics/topic-engine.js';
import { locateCorpusInputs, type CorpusInputs } from '../io/corpus-inputs.js';
import { loadTopicEngine, type DictionaryCliOptions } from '../dictionary-options.js';
import { cannotStart, UsageError } from '../errors.js';

/**
 * `value` of `option` as a whole number of at least `min`; a problem (with an
 * example of a good value) is pushed otherwise, and `fallback` returned.
 */
export function wholeNumber(value: string | undefined, option: string, min: number, example: string, problems: string[], fallback: number): number {
  if (value === undefined) return fallback;
  const parsed = Number(value.trim());
  if (value.trim() !== '' && Number.isSafeInteger(parsed) && parsed >= min) return parsed;
  problems.push(`${option} ${value}: give a whole number${min > 0 ? `, ${min} or more` : ''} (${option} ${example})`);
  return fallback;
}

/** `value` of `option` as a number; a problem is pushed otherwise. */
export function decimal(value: string | undefined, option: string, example: string, problems: string[], fallback: number): number {
  if (value === undefined) return fallback;
  const parsed = Number(value.trim());
  if (value.trim() !== '' && Number.isFinite(parsed)) return parsed;
  problems.push(`${option} ${value}: give a number (${option} ${example})`);
  return fallback;
}

/** The topic engine of the options, or null with the problem pushed. */
export async function engineOrProblem(options: DictionaryCliOptions, problems: string[]): Promise<TopicEngine | null> {
  try {
    return await loadTopicEngine(options);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    problems.push(error.message);
    return null;
  }
}

/**
 * The engine and the inputs, or a usage error with `problems`, every problem
 * of the dictionaries and the inputs, and what `check` finds wrong with the
 * options under the engine (an unknown topic).
 */
export async function startCorpusCommand(
  command: string,
  args: readonly string[],
  options: DictionaryCliOptions,
  problems: string[],
  check: (engine: TopicEngine) => string[] = () => [],
): Promise<{ engine: TopicEngine; inputs: CorpusInputs }> {
  const engine = await engineOrProblem(options, problems);
  if (engine) problems.push(...check(engine));
  const located = locateCorpusInputs(args, command);
  if ('problems' in located) problems.push(...located.problems);
  if (problems.length > 0 || engine === null || 'problems' in located) throw cannotStart(command, problems);
  return { engine, inputs: located };
}

/** A count with thousands separators, as the other commands print them. */
export const count = (value: number): string => value.toLocaleString('en-US');

/** A figure in 0..1 with three decimals, or — when undefined. */
export const threeDecimals = (value: number | null): string => (value === null ? '—' : value.toFixed(3));

/** A topic as the text views name it: its id and label (once, when the label is the id, as in a quanteda-style file). */
export function topicName(engine: TopicEngine, id: string): string {
  const label = engine.dictionary.topics.get(id)?.label;
  return label && label !== id ? `${id} ${label}` : id;
}
