/** The built-in dictionary: the 22 topics of the reference taxonomy, as data. */
import builtinData from './builtin-dictionary.json' with { type: 'json' };
import type { DictionaryFile } from './dictionary.js';

/**
 * Trusted as it ships: test/topics/builtin-dictionary.test.ts checks it against
 * the dictionary schema, so that no run pays for parsing its 2,500 terms (about
 * 50 ms on a cold start).
 */
export function builtinDictionary(): DictionaryFile {
  return builtinData as DictionaryFile;
}
