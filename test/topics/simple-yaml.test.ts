/**
 * The fast YAML reader agrees with the yaml package on everything it reads,
 * and leaves everything else to it (null).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { readSimpleYaml } from '../../src/topics/simple-yaml.js';
import { FIXTURES } from '../support.js';

describe('readSimpleYaml', () => {
  it('reads the dictionary fixtures as the yaml package does', () => {
    for (const file of ['cap-style.yaml', 'ministry.yaml']) {
      const text = readFileSync(join(FIXTURES, 'dictionaries', file), 'utf8');
      expect(readSimpleYaml(text)).toEqual({ value: parse(text) });
    }
  });

  it('reads block and flow collections, quoted and plain scalars, comments, and core-schema numbers, booleans and nulls', () => {
    const text = [
      '# a comment',
      'name: "ministry: watch"   # quoted, with a colon',
      "version: '2.0'",
      'topics:',
      '- id: a.b',
      '  cap: [7, 8]',
      '  labels: { zh: 营商环境, en: "Business, environment" }',
      '  terms:',
      '    - 审批*',
      '    - { term: 放管服, weight: 1.5e0, exact: false }',
      '    -',
      '      term: 准入',
      '      exclude: [准入证]',
      '    - C#',
      "    - 'it''s'",
      '  note: ~',
      '  empty:',
      '  yes: yes',
      'count: -12',
    ].join('\r\n');
    expect(readSimpleYaml(text)).toEqual({ value: parse(text) });
    expect(readSimpleYaml(text)!.value).toMatchObject({ name: 'ministry: watch', version: '2.0', count: -12 });
  });

  it('leaves anchors, tags, block scalars, escapes, documents, duplicate keys and odd numbers to the yaml package', () => {
    for (const text of [
      'a: &x [1]\nb: *x\n',
      'a: !!str 1\n',
      'a: |\n  text\n',
      'a: "tab\\there"\n',
      '---\na: 1\n',
      'a: 1\na: 2\n',
      'a: 0x1F\n',
      'a: .inf\n',
      'a: plain\n  continued\n',
      'a:\n\t- b\n',
      'a: b: c\n',
      'a: [1,\n  2]\n',
      '- - nested\n',
    ]) {
      expect(readSimpleYaml(text), text).toBeNull();
    }
  });

  it('agrees with the yaml package on any dictionary-like data it reads', () => {
    // Mostly letters, some of the characters that YAML gives a meaning.
    const unit = fc.oneof(
      { arbitrary: fc.constantFrom('环', '保', '垃', '圾', 'a', 'B', '1'), weight: 5 },
      { arbitrary: fc.constantFrom(' ', ':', '#', '-', '*', "'", '"', ',', '[', '{', '.', '~', '\\'), weight: 1 },
    );
    const word = fc.string({ unit, maxLength: 8 });
    const scalar = fc.oneof(word, fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null));
    const tree = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, fc.array(scalar, { maxLength: 5 }), fc.dictionary(word, tie('node'), { maxKeys: 4 }), scalar),
    })).node;
    const style = fc.record({ collectionStyle: fc.constantFrom('any', 'block', 'flow'), indent: fc.integer({ min: 1, max: 4 }), indentSeq: fc.boolean() });
    let read = 0;
    fc.assert(
      fc.property(fc.dictionary(word, tree, { maxKeys: 4 }), style, (data, options) => {
        const text = stringify(data, null, options);
        const fast = readSimpleYaml(text);
        if (fast) {
          read++;
          expect(fast.value).toEqual(parse(text));
        }
      }),
      { numRuns: 400 },
    );
    expect(read).toBeGreaterThan(100);
  });
});
