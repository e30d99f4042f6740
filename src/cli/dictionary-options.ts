/**
 * `--dict FILE` (repeatable) and `--dict-mode extend|replace`, shared by every
 * command that tags topics. Dictionaries are read and validated before any
 * input is touched; every problem is reported at once (exit 2).
 */
import { readFile } from 'node:fs/promises';
import { Option, type Command } from 'commander';
import { builtinDictionary } from '../topics/builtin.js';
import { dictionaryFileSchema, type DictionaryFile } from '../topics/dictionary.js';
import { createTopicEngine, defaultTopicEngine, type TopicEngine } from '../topics/topic-engine.js';
import { UsageError } from './errors.js';

export interface DictionaryCliOptions {
  dict?: string[];
  dictMode?: 'extend' | 'replace';
}

export function addDictionaryOptions(command: Command): Command {
  return command
    .addOption(
      new Option('-d, --dict <file>', 'a topic dictionary (JSON or YAML); repeat for several').argParser((value: string, previous: string[] | undefined) => [...(previous ?? []), value]),
    )
    .addOption(new Option('--dict-mode <mode>', 'extend: add to the built-in topics; replace: use only the given dictionaries').choices(['extend', 'replace']).default('extend'));
}

async function readDictionary(path: string): Promise<{ file: DictionaryFile | null; problems: string[] }> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    return { file: null, problems: [`${path}: cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`] };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { file: null, problems: [`${path}: not valid JSON: ${(error as Error).message}`] };
  }
  const parsed = dictionaryFileSchema.safeParse(data);
  if (parsed.success) return { file: parsed.data, problems: [] };
  return { file: null, problems: parsed.error.issues.map((issue) => `${path}: ${issue.path.join('.') || '(top)'}: ${issue.message}`) };
}

/** The topic engine for the given options: the built-in one when no --dict is given. */
export async function loadTopicEngine(options: DictionaryCliOptions): Promise<TopicEngine> {
  const paths = options.dict ?? [];
  if (paths.length === 0) {
    if (options.dictMode === 'replace') throw new UsageError('--dict-mode replace needs at least one --dict FILE');
    return defaultTopicEngine();
  }
  const results = await Promise.all(paths.map(readDictionary));
  const problems = results.flatMap((result) => result.problems);
  if (problems.length > 0) throw new UsageError(`invalid dictionary:\n  ${problems.join('\n  ')}`);
  const files = results.map((result) => result.file!);
  return createTopicEngine(options.dictMode === 'replace' ? files : [builtinDictionary(), ...files]);
}
