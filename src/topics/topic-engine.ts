/**
 * A compiled dictionary with the segmenter that knows its terms: what the
 * topic stage needs, built once per set of dictionaries and reused for every
 * document of a run.
 */
import { builtinDictionary } from './builtin.js';
import { compileDictionaries, type CompiledDictionary, type DictionaryFile } from './dictionary.js';
import { createSegmenter, type Segmenter } from './segmenter.js';

/** A compiled dictionary and the segmenter that knows its terms; pass it to {@link extract} as `topics`. */
export interface TopicEngine {
  dictionary: CompiledDictionary;
  segmenter: Segmenter;
}

/** Compile dictionaries (e.g. `loadDictionaries(…).files`) into a topic engine. jieba's dictionary loads on first use. */
export function createTopicEngine(files: readonly DictionaryFile[]): TopicEngine {
  const dictionary = compileDictionaries(files);
  const words = dictionary.words;
  return { dictionary, segmenter: createSegmenter(words) };
}

let builtinEngine: TopicEngine | null = null;

/** The engine for the built-in dictionary, compiled on first use. */
export function defaultTopicEngine(): TopicEngine {
  builtinEngine ??= createTopicEngine([builtinDictionary()]);
  return builtinEngine;
}
