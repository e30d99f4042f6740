/** The built-in dictionary is used as it ships, unparsed: it must be exactly what the dictionary schema makes of it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinDictionary, dictionaryFileSchema, loadDictionaries } from '../../src/index.js';
import { ROOT } from '../support.js';

const PATH = join(ROOT, 'src', 'topics', 'builtin-dictionary.json');

describe('built-in dictionary', () => {
  it('passes the dictionary schema unchanged', () => {
    const data: unknown = JSON.parse(readFileSync(PATH, 'utf8'));
    expect(dictionaryFileSchema.parse(data)).toEqual(data);
    expect(builtinDictionary()).toEqual(data);
  });

  it('passes the checks a user dictionary gets (ids, parents, terms)', () => {
    const result = loadDictionaries([{ path: 'builtin-dictionary.json', text: readFileSync(PATH, 'utf8') }], 'replace');
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('sets its decision rule as data: a threshold that one light term does not reach, and a relative floor', () => {
    const dictionary = builtinDictionary();
    expect(dictionary.threshold).toBeGreaterThan(1);
    expect(dictionary.relativeFloor).toBeGreaterThan(0);
  });
});
