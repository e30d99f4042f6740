/** The built-in dictionary: the 22 topics of the reference taxonomy, as data. */
import builtinData from './builtin-dictionary.json' with { type: 'json' };
import { dictionaryFileSchema, type DictionaryFile } from './dictionary.js';

let parsed: DictionaryFile | null = null;

export function builtinDictionary(): DictionaryFile {
  parsed ??= dictionaryFileSchema.parse(builtinData);
  return parsed;
}
