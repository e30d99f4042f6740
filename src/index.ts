/**
 * policy-directives: turn Chinese government meeting reports into structured,
 * topic-tagged directives. The library has no I/O of its own: it takes bytes or
 * strings and returns schema-v1 documents; the `pdx` CLI is a thin layer on top.
 */
export { extract, type ExtractOptions } from './extract.js';
export {
  documentSchema,
  documentJsonSchema,
  SCHEMA_VERSION,
  CUES,
  MODALITIES,
  type PdxDocument,
  type Clause,
  type Directive,
  type TopicTag,
  type Evidence,
  type Warning,
  type Span,
  type Cue,
  type Modality,
  type DictionaryRef,
} from './schema.js';
export { WARNING_CODES, isFatal, type WarningCode } from './warnings.js';
export { dictionaryFileSchema, compileDictionaries, fingerprint, type DictionaryFile } from './topics/dictionary.js';
export { builtinDictionary } from './topics/builtin.js';
export { createTopicEngine, defaultTopicEngine, type TopicEngine } from './topics/topic-engine.js';
export { VERSION } from './version.js';
