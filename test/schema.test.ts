/** The output contract: the JSON Schema `pdx schema` prints, and fixture outputs that obey it. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CUES, documentJsonSchema, documentSchema, extract, MODALITIES, SCHEMA_VERSION } from '../src/index.js';
import { fixtureCases } from './support.js';

describe('documentJsonSchema', () => {
  const schema = documentJsonSchema() as {
    $schema: string;
    $id: string;
    type: string;
    properties: Record<string, unknown>;
    required: string[];
  };

  it('is a draft 2020-12 JSON Schema object with the documented top-level properties', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe('https://policy-directives/schema/v1.json');
    expect(schema.type).toBe('object');
    // Schema v1 may gain optional fields; the fields every v1 document has are fixed.
    const v1Required = ['clauses', 'generator', 'paragraphs', 'plainText', 'schemaVersion', 'source', 'title', 'warnings'];
    expect([...schema.required].sort()).toEqual(v1Required.sort());
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(v1Required));
    expect(schema.properties['schemaVersion']).toMatchObject({ const: 1 });
  });

  it('is plain JSON (round-trips through JSON.stringify)', () => {
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
  });

  it('lists the cue verbs and modalities of the contract', () => {
    expect(SCHEMA_VERSION).toBe(1);
    expect([...CUES]).toEqual(['指出', '强调', '要求', '认为', '提出', '明确', '号召', '希望', '部署', '指示']);
    expect([...MODALITIES]).toEqual(['必须', '要', '坚持', '确保', '力争', '鼓励', '倡导']);
  });
});

describe('documentSchema', () => {
  for (const fixture of fixtureCases()) {
    it(`validates the output for ${fixture.name}`, () => {
      const doc = extract(readFileSync(fixture.inputPath), { path: fixture.inputFile });
      const result = documentSchema.safeParse(doc);
      expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
      expect(doc.schemaVersion).toBe(1);
      expect(doc.generator.name).toBe('policy-directives');
    });
  }

  it('rejects a document whose clause has an unknown cue', () => {
    const doc = extract('会议指出，要加强防汛工作。');
    const broken = { ...doc, clauses: doc.clauses.map((c) => ({ ...c, cue: '表示' })) };
    expect(documentSchema.safeParse(broken).success).toBe(false);
  });

  it('rejects a span whose start exceeds its end', () => {
    const doc = extract('会议指出，要加强防汛工作。');
    const broken = { ...doc, paragraphs: [[5, 2]] };
    expect(documentSchema.safeParse(broken).success).toBe(false);
  });
});
