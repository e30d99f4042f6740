/**
 * Robust at scale (issue 6, point 3), in CI time: a fixed-seed sample of the
 * ../shared/bench/xwlb-2024 corpus and every file of ../shared/corpus, each
 * whole and truncated at 3 random byte offsets (so multi-byte characters are
 * cut), go through extract: it never throws, the output validates against
 * documentSchema, every span slices to its text, and clauses come in order
 * without overlapping. `node scripts/robustness.mjs` runs the same checks
 * over the whole bench corpus with 5 truncations per corpus file. The HTML
 * fragments of the corpus read alike from the parser's events and the tree.
 * Needs the shared corpora (test/requirements.ts: ../shared or $PDX_SHARED).
 */
import { readFileSync } from 'node:fs';
import { load } from 'cheerio/slim';
import { describe, expect, it } from 'vitest';
import { decode } from '../../src/decode/decode.js';
import { fragmentParagraphs } from '../../src/html/fragment-text.js';
import { collectParagraphs, isWholePage } from '../../src/html/html-to-text.js';
import { extractUnchecked } from '../../src/extract.js';
import { documentSchema, extract, type PdxDocument } from '../../src/index.js';
import { looksLikeHtml } from '../../src/text/parse-document.js';
import { random, documentProblems, sample } from '../../scripts/robustness-checks.mjs';
import { SHARED } from '../requirements.js';
import { sharedFiles } from '../support.js';

const SAMPLE = 150;
const CUTS = 3;
const SEED = 0x5eed_2024;

interface Case {
  name: string;
  bytes: Uint8Array;
}

function cases(): Case[] {
  const next = random(SEED);
  const out: Case[] = [];
  for (const file of sample(sharedFiles('bench/xwlb-2024'), SAMPLE, next)) out.push({ name: file.slice(SHARED.length + 1), bytes: readFileSync(file) });
  for (const file of sharedFiles('corpus')) {
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

describe('extract over the shared corpora, whole and truncated', () => {
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
      for (const problem of documentProblems(doc, documentSchema)) failures.push(`${name}: ${problem}`);
      if (JSON.stringify(extractUnchecked(bytes, { path: name })) !== JSON.stringify(doc))
        failures.push(`${name}: unchecked, the document serialises otherwise than validated`);
    }
    expect(failures).toEqual([]);
  }, 60_000);
});

describe('the HTML fragments of the shared corpus', () => {
  it("read from the parser's events as the tree walk reads them", () => {
    let read = 0;
    for (const file of sharedFiles('corpus')) {
      const { text } = decode(readFileSync(file));
      if (!looksLikeHtml(text) || isWholePage(text)) continue;
      const paragraphs = fragmentParagraphs(text);
      if (paragraphs === null) continue;
      expect(paragraphs, file).toEqual(collectParagraphs([load(text).root()[0]!]));
      read++;
    }
    expect(read).toBeGreaterThanOrEqual(20);
  });
});
