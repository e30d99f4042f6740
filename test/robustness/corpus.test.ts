/**
 * Robust at scale (issue 6, point 3), in CI time: a fixed-seed sample of the
 * ../shared/bench/xwlb-2024 corpus and every file of ../shared/corpus, each
 * whole and truncated at 3 random byte offsets (so multi-byte characters are
 * cut), go through extract: it never throws, the output validates against
 * documentSchema, every span slices to its text, and clauses come in order
 * without overlapping. `node scripts/robustness.mjs` runs the same checks
 * over the whole bench corpus with 5 truncations per corpus file.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentSchema, extract, type PdxDocument } from '../../src/index.js';
import { ROOT } from '../support.js';

const SHARED = resolve(ROOT, '..', 'shared');
const BENCH = join(SHARED, 'bench', 'xwlb-2024');
const CORPUS = join(SHARED, 'corpus');
const SAMPLE = 150;
const CUTS = 3;
const SEED = 0x5eed_2024;

/** mulberry32: a small deterministic PRNG, so the sample and the cuts are the same on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const listed = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir).sort().map((name) => join(dir, name)) : []);

/** `count` distinct items of `items`, picked by `next` (a partial Fisher–Yates shuffle). */
function sample<T>(items: readonly T[], count: number, next: () => number): T[] {
  const copy = [...items];
  const n = Math.min(count, copy.length);
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(next() * (copy.length - i));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, n).sort();
}

/** What is wrong with the document extract made of one input; empty when nothing. */
function problems(doc: PdxDocument): string[] {
  const found: string[] = [];
  const json: unknown = JSON.parse(JSON.stringify(doc));
  const parsed = documentSchema.safeParse(json);
  if (!parsed.success) found.push(`schema: ${JSON.stringify(parsed.error.issues.slice(0, 3))}`);
  const slice = ([start, end]: readonly [number, number]): string => doc.plainText.slice(start, end);
  doc.clauses.forEach((clause, i) => {
    if (clause.index !== i) found.push(`clause ${i}: index ${clause.index}`);
    if (slice(clause.span) !== clause.text) found.push(`clause ${i}: span ${clause.span} does not slice to its text`);
    if (slice(clause.cueSpan) !== clause.cuePhrase) found.push(`clause ${i}: cueSpan ${clause.cueSpan} does not slice to its cue phrase`);
    if (clause.span[0] > clause.span[1] || clause.span[1] > doc.plainText.length) found.push(`clause ${i}: span ${clause.span} out of the text`);
    if (clause.cueSpan[1] > clause.span[0]) found.push(`clause ${i}: cue after its clause`);
    clause.directives.forEach((directive, j) => {
      if (slice(directive.span) !== directive.text) found.push(`clause ${i} directive ${j}: span does not slice to its text`);
    });
    const next = doc.clauses[i + 1];
    if (next && clause.span[1] > next.cueSpan[0]) found.push(`clause ${i}: overlaps clause ${i + 1}`);
  });
  return found;
}

interface Case {
  name: string;
  bytes: Uint8Array;
}

function cases(): Case[] {
  const next = random(SEED);
  const out: Case[] = [];
  for (const file of sample(listed(BENCH), SAMPLE, next)) out.push({ name: file.slice(SHARED.length + 1), bytes: readFileSync(file) });
  for (const file of listed(CORPUS)) {
    const bytes = readFileSync(file);
    const name = file.slice(SHARED.length + 1);
    out.push({ name, bytes });
    for (let k = 0; k < CUTS; k++) {
      const at = 1 + Math.floor(next() * Math.max(1, bytes.length - 1));
      out.push({ name: `${name} cut at byte ${at}`, bytes: bytes.subarray(0, at) });
    }
  }
  return out;
}

describe.skipIf(!existsSync(BENCH) || !existsSync(CORPUS))('extract over the shared corpora, whole and truncated', () => {
  it('never throws, validates, and keeps spans and clause order sound', () => {
    const all = cases();
    expect(all.length).toBeGreaterThanOrEqual(SAMPLE + 4 * 50);
    // Truncations really cut UTF-8 sequences somewhere: the mutants are not all clean text.
    const cutMidCharacter = all.filter(({ name, bytes }) => {
      if (!name.includes(' cut at byte ')) return false;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        return false;
      } catch {
        return true;
      }
    });
    expect(cutMidCharacter.length).toBeGreaterThan(20);
    const failures: string[] = [];
    for (const { name, bytes } of all) {
      let doc: PdxDocument;
      try {
        doc = extract(bytes, { path: name });
      } catch (error) {
        failures.push(`${name}: threw ${(error as Error).stack ?? String(error)}`);
        continue;
      }
      for (const problem of problems(doc)) failures.push(`${name}: ${problem}`);
    }
    expect(failures).toEqual([]);
  }, 60_000);
});
