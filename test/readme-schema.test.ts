/**
 * The README's Output section against the schema `pdx schema` prints: every
 * field it names in backticks is a field of the schema, every field of the
 * schema is named there, and each fixed set of values, written
 * "`field` (one of `a`, `b`, or `null`)", is exactly the schema's, every
 * such set of the schema being written out.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentJsonSchema } from '../src/index.js';
import { ROOT } from './support.js';

type JsonSchema = { [key: string]: unknown };

function outputSection(): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf('\n## Output (schema version 1)\n');
  expect(start, 'README.md has an Output (schema version 1) section').toBeGreaterThan(0);
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end < 0 ? undefined : end);
}

/** The values a property may take when they are a fixed set (an enum, possibly nullable), else null. */
function enumValues(schema: JsonSchema): (string | null)[] | null {
  if (Array.isArray(schema['enum'])) return schema['enum'] as string[];
  const options = schema['anyOf'];
  if (!Array.isArray(options)) return null;
  const values = (options as JsonSchema[]).map(enumValues);
  const nullable = (options as JsonSchema[]).some((option) => option['type'] === 'null');
  const sets = values.filter((set): set is (string | null)[] => set !== null);
  return sets.length === 1 ? [...sets[0]!, ...(nullable ? [null] : [])] : null;
}

/** Every property name of the schema, with the fixed sets of values each name takes somewhere. */
function schemaFields(): Map<string, string[][]> {
  const fields = new Map<string, string[][]>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    if (typeof node !== 'object' || node === null) return;
    const properties = (node as JsonSchema)['properties'];
    if (typeof properties === 'object' && properties !== null) {
      for (const [name, property] of Object.entries(properties as Record<string, JsonSchema>)) {
        const sets = fields.get(name) ?? [];
        const values = enumValues(property);
        if (values && !sets.some((set) => sorted(set) === sorted(values.map(String)))) sets.push(values.map(String));
        fields.set(name, sets);
      }
    }
    Object.values(node).forEach(walk);
  };
  walk(documentJsonSchema());
  return fields;
}

const sorted = (values: readonly string[]): string => [...values].sort().join(' ');

// `clauses[]`, `directives[].targets`, `yearSource`: a backticked path of field names.
const FIELD = /^[a-z][A-Za-z0-9]*(?:\[\])?(?:\.[a-z][A-Za-z0-9]*(?:\[\])?)*$/;
// "`field` (one of `a`, `b`, or `null`)": the values a field takes.
const LISTING = /`([A-Za-z]+)` \(one of ((?:`[^`]+`(?:,? (?:or )?)?)+)/g;
const NOT_FIELDS = new Set(['null', 'true', 'false', 'extract']);

describe('README, Output section', () => {
  const section = outputSection();
  const fields = schemaFields();
  const listings = [...section.matchAll(LISTING)].map((match) => ({
    field: match[1]!,
    values: [...match[2]!.matchAll(/`([^`]+)`/g)].map((value) => value[1]!),
  }));
  const named = [...section.replace(LISTING, '`$1`').matchAll(/`([^`]+)`/g)]
    .map((match) => match[1]!)
    .filter((text) => FIELD.test(text) && !NOT_FIELDS.has(text));

  it('names only fields of the schema', () => {
    expect(named.length).toBeGreaterThan(40);
    const unknown = named.filter((path) => path.split('.').some((part) => !fields.has(part.replace(/\[\]$/, ''))));
    expect(unknown).toEqual([]);
  });

  it('names every field of the schema', () => {
    const mentioned = new Set(named.flatMap((path) => path.split('.').map((part) => part.replace(/\[\]$/, ''))));
    // `{ name, titles[], span }` names a person's fields in one go.
    for (const match of section.matchAll(/`\{([^`]+)\}`/g)) for (const part of match[1]!.split(',')) mentioned.add(part.trim().replace(/\[\]$/, ''));
    expect([...fields.keys()].filter((name) => !mentioned.has(name)).sort()).toEqual([]);
  });

  it('lists each fixed set of values exactly as the schema has it, and every such set', () => {
    expect(listings.length).toBeGreaterThan(5);
    for (const { field, values } of listings) {
      expect(fields.get(field)?.map(sorted), `the values of ${field}`).toContain(sorted(values));
    }
    const listed = new Set(listings.map(({ field, values }) => `${field}: ${sorted(values)}`));
    const unlisted = [...fields].flatMap(([field, sets]) => sets.map((set) => `${field}: ${sorted(set)}`)).filter((set) => !listed.has(set));
    expect(unlisted).toEqual([]);
  });
});
