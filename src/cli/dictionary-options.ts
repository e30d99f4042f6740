/**
 * `--dict FILE` (repeatable) and `--dict-mode extend|replace`, shared by every
 * command that tags topics. Dictionaries are read and validated before any
 * input is touched; every problem is reported at once (exit 2).
 */
import { readFile } from 'node:fs/promises';
import { Option, type Command } from 'commander';
import { loadDictionaries, formatProblem, type DictionaryProblem, type DictionarySource } from '../topics/load-dictionaries.js';
import { builtinDictionary } from '../topics/builtin.js';
import type { SegmenterFactory } from '../topics/segmenter.js';
import { createTopicEngine, defaultTopicEngine, type TopicEngine } from '../topics/topic-engine.js';
import { UsageError } from './errors.js';
import { readFailure } from './io/read-input.js';

export interface DictionaryCliOptions {
  dict?: string[] | undefined;
  dictMode?: 'extend' | 'replace' | undefined;
}

const DICTIONARY_HELP = `
Topic dictionaries (--dict, --dict-mode):
  A dictionary is JSON or YAML (.json, .yaml, .yml; otherwise told by its first
  character), in pdx format or quanteda style:

    name: my-topics               # pdx format; name and version are optional
    version: 1.0.0
    topics:
      - id: environment.waste     # a subtopic of the built-in "environment"
        labels: { zh: 垃圾治理, en: Waste }
        terms: [垃圾分类, 厨余*, { term: 分类, weight: 0.5, exclude: [分类指导] }]

    环境:                         # quanteda style: nested categories, term lists
      垃圾: [垃圾分类, 厨余*]     # "厨余*" matches every word that starts with 厨余

  --dict-mode extend (the default) adds them to the built-in topics; replace
  uses only them. A bad dictionary stops the run before any input is read
  (exit 2) with every problem listed as FILE:LINE: what is wrong; how to fix it.

  $ pdx report.html --dict my-topics.yaml
  $ pdx reports/*.html --dict cap.yaml --dict-mode replace
  $ pdx topics --dict my-topics.yaml --explain "要推进垃圾分类"`;

export function addDictionaryOptions(command: Command): Command {
  return command
    .addOption(
      new Option('-d, --dict <file>', 'a topic dictionary of your own (JSON or YAML, pdx format or quanteda style); repeat for several').argParser(
        (value: string, previous: string[] | undefined) => [...(previous ?? []), value],
      ),
    )
    .addOption(
      new Option('--dict-mode <mode>', 'extend: add the dictionaries to the built-in topics; replace: use only the given dictionaries')
        .choices(['extend', 'replace'])
        .default('extend'),
    )
    .addHelpText('after', DICTIONARY_HELP);
}

async function readSource(path: string): Promise<DictionarySource | DictionaryProblem> {
  try {
    return { path, text: await readFile(path, 'utf8') };
  } catch (error) {
    return { file: path, line: null, message: readFailure(error, { IS_DIRECTORY: 'is a directory; give a dictionary file' }).message };
  }
}

/**
 * The topic engine for the given options: the built-in one when no --dict is
 * given. `segmenter` makes its segmenter (jieba in this thread by default).
 */
export async function loadTopicEngine(options: DictionaryCliOptions, segmenter?: SegmenterFactory): Promise<TopicEngine> {
  const paths = options.dict ?? [];
  if (paths.length === 0) {
    if (options.dictMode === 'replace') throw new UsageError('--dict-mode replace needs at least one --dict FILE');
    return segmenter ? createTopicEngine([builtinDictionary()], { segmenter }) : defaultTopicEngine();
  }
  const read = await Promise.all(paths.map(readSource));
  const unreadable = read.filter((item): item is DictionaryProblem => 'message' in item);
  const sources = read.filter((item): item is DictionarySource => 'text' in item);
  const loaded = loadDictionaries(sources, options.dictMode ?? 'extend');
  // In the order the files were given, as loadDictionaries orders its own.
  const problems = [...unreadable, ...(loaded.ok ? [] : loaded.problems)].sort((a, b) => paths.indexOf(a.file) - paths.indexOf(b.file));
  if (problems.length > 0 || !loaded.ok) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    throw new UsageError(`${count} in the topic dictionaries (no input was read):\n  ${problems.map(formatProblem).join('\n  ')}`);
  }
  return createTopicEngine(loaded.files, segmenter ? { segmenter } : {});
}
