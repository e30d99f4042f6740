/**
 * A compiled dictionary with the segmenter that knows its terms: what the
 * topic stage needs, built once per set of dictionaries and reused for every
 * document of a run.
 */
import { builtinDictionary } from './builtin.js';
import { compileDictionaries, type CompiledDictionary, type DictionaryFile } from './dictionary.js';
import { createSegmenter, type Segmenter, type SegmenterFactory } from './segmenter.js';

/** A compiled dictionary and the segmenter that knows its terms; pass it to {@link extract} as `topics`. */
export interface TopicEngine {
  dictionary: CompiledDictionary;
  segmenter: Segmenter;
  /**
   * What the language stages read names and plain words with (speakers, 提法):
   * jieba with the built-in dictionary's terms, whatever dictionaries tag the
   * topics, so that a dictionary of one's own changes topics and nothing else.
   * Without it, `segmenter` serves.
   */
  language?: Segmenter;
}

/** How {@link createTopicEngine} cuts words. */
export interface TopicEngineOptions {
  /** Makes the segmenter from the dictionary's terms; jieba in this thread, loaded on first use, by default. */
  segmenter?: SegmenterFactory;
}

/** Compile dictionaries (e.g. `loadDictionaries(…).files`) into a topic engine. jieba's dictionary loads on first use. */
export function createTopicEngine(files: readonly DictionaryFile[], options: TopicEngineOptions = {}): TopicEngine {
  const dictionary = compileDictionaries(files);
  const segmenter = (options.segmenter ?? createSegmenter)(dictionary.words);
  // Terms added to jieba change how it cuts and tags the words around them (a user's 巴以民众 is no
  // longer read as a place and a noun): the language stages keep the built-in dictionary's jieba.
  const builtinOnly = files.length === 1 && files[0] === builtinDictionary();
  return { dictionary, segmenter, language: builtinOnly ? segmenter : defaultTopicEngine().segmenter };
}

let builtinEngine: TopicEngine | null = null;

/** The engine for the built-in dictionary, compiled on first use. */
export function defaultTopicEngine(): TopicEngine {
  builtinEngine ??= createTopicEngine([builtinDictionary()]);
  return builtinEngine;
}
