/** Shared helpers for the test suite: fixture discovery and span checks. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { PdxDocument } from '../src/index.js';
import { SHARED, sharedFolder } from './requirements.js';
import { toSimplified } from '../src/text/simplify.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const FIXTURES = join(ROOT, 'fixtures');
export const DATA = join(ROOT, 'test', 'data');

export interface FixtureCase {
  name: string;
  dir: string;
  inputFile: string;
  inputPath: string;
}

/** Every folder of fixtures/ that holds an `input.*` file, sorted by name. */
export function fixtureCases(): FixtureCase[] {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => {
      const dir = join(FIXTURES, entry.name);
      const inputFile = readdirSync(dir).find((file) => /^input\.[^.]+$/.test(file));
      return inputFile ? { name: entry.name, dir, inputFile, inputPath: join(dir, inputFile) } : null;
    })
    .filter((item): item is FixtureCase => item !== null)
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

export function readFixture(name: string): Buffer {
  const found = fixtureCases().find((item) => item.name === name);
  if (!found) throw new Error(`no fixture ${name}`);
  return readFileSync(found.inputPath);
}

/** Every span of a document points at the text it claims to cover. */
export function expectSpansConsistent(doc: PdxDocument): void {
  const slice = ([start, end]: readonly [number, number]): string => doc.plainText.slice(start, end);
  for (const [start, end] of doc.paragraphs) {
    expect(start).toBeLessThanOrEqual(end);
    expect(end).toBeLessThanOrEqual(doc.plainText.length);
  }
  for (const clause of doc.clauses) {
    expect(slice(clause.span)).toBe(clause.text);
    expect(slice(clause.cueSpan)).toBe(clause.cuePhrase);
    for (const directive of clause.directives) expect(slice(directive.span)).toBe(directive.text);
    for (const topic of clause.topics) {
      for (const evidence of topic.evidence) {
        expect(evidence.spans.length).toBe(evidence.count);
        // A traditional report is matched in simplified characters: the term is the dictionary's.
        const read = doc.source.script === 'traditional' ? (span: readonly [number, number]) => toSimplified(slice(span)) : slice;
        for (const span of evidence.spans) expect(read(span)).toBe(evidence.term);
      }
    }
  }
}

/**
 * The files of a folder of the shared corpora, sorted. Without the folder this throws, saying
 * how to get it: a test that reads it fails, it does not pass empty (test/requirements.ts).
 */
export function sharedFiles(folder: string): string[] {
  const dir = sharedFolder(folder);
  return readdirSync(dir)
    .sort()
    .map((name) => join(dir, name));
}

/** The shared corpus (../shared or $PDX_SHARED), when it is there. */
export function sharedCorpusFiles(): string[] {
  const corpus = join(SHARED, 'corpus');
  if (!existsSync(corpus)) return [];
  return readdirSync(corpus)
    .sort()
    .map((file) => join(corpus, file));
}

/** Speaker/cue/text of each clause: what a user reads off a clause. */
export function clauseSummary(doc: PdxDocument): { speaker: string; cue: string; text: string }[] {
  return doc.clauses.map(({ speaker, cue, text }) => ({ speaker, cue, text }));
}
