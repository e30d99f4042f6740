/**
 * Golden-file tests: every fixtures/<case>/input.* is extracted and compared
 * with fixtures/<case>/expected.json. `UPDATE_FIXTURES=1 npx vitest run
 * test/fixtures.test.ts` rewrites the expected files (the comparisons show as skipped)
 * so a reviewer reads the change as a diff. Where a hand annotation (gold.json) exists, the output must
 * also agree with it the way ../shared/eval/score.mjs judges a match.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extract, type PdxDocument } from '../src/index.js';
import { expectSpansConsistent, fixtureCases } from './support.js';

interface GoldClause {
  speaker: string;
  cue: string;
  head: string;
  tail?: string;
}

interface Gold {
  title: string;
  clauses: GoldClause[];
}

// The normalisations of score.mjs.
const norm = (s: unknown): string => String(s ?? '').replace(/[\s\u3000\u00a0]/g, '');
const strip = (s: unknown): string => norm(s).replace(/^[，,：:。；;、]+/, '');
const trimEnd = (s: unknown): string => norm(s).replace(/[，,：:。；;、！!？?]+$/, '');
/** score.mjs accepts the gold head this far into the predicted clause body. */
const HEAD_SLACK = 12;

const UPDATE = process.env['UPDATE_FIXTURES'] === '1';
const cases = fixtureCases();

describe('fixtures', () => {
  it('finds the fixture folders', () => {
    expect(cases.length).toBeGreaterThanOrEqual(13);
    expect(cases.map((item) => item.name)).toContain('seed');
  });

  for (const fixture of cases) {
    describe(fixture.name, () => {
      // Extracted once, on first use, so that a throw fails this fixture's tests, not the whole file.
      let cached: PdxDocument | undefined;
      const output = (): PdxDocument => (cached ??= extract(readFileSync(fixture.inputPath), { path: `${fixture.name}/${fixture.inputFile}` }));
      const expectedPath = join(fixture.dir, 'expected.json');
      const goldPath = join(fixture.dir, 'gold.json');

      // The update mode rewrites the file and reports the comparison as skipped, not as passed.
      if (UPDATE) beforeAll(() => writeFileSync(expectedPath, JSON.stringify(output(), null, 2) + '\n'));
      it.skipIf(UPDATE)('matches expected.json', () => {
        const doc = output();
        expect(existsSync(expectedPath), `${expectedPath} is missing: run UPDATE_FIXTURES=1 npx vitest run test/fixtures.test.ts`).toBe(true);
        const expected: unknown = JSON.parse(readFileSync(expectedPath, 'utf8'));
        expect(doc).toEqual(expected);
      });

      it('has spans that point at their text', () => {
        expectSpansConsistent(output());
      });

      if (existsSync(goldPath)) {
        const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as Gold;

        it('agrees with gold.json (title, clause count, head, tail, speaker, cue)', () => {
          const doc = output();
          expect(norm(doc.title)).toBe(norm(gold.title));
          expect(doc.clauses.map((c) => `${c.speaker}/${c.cue}`)).toEqual(gold.clauses.map((c) => `${c.speaker}/${c.cue}`));
          gold.clauses.forEach((want, i) => {
            const got = doc.clauses[i]!;
            const body = strip(got.text);
            const at = body.indexOf(strip(want.head));
            expect(at, `clause ${i} should start with ${want.head}: ${body.slice(0, 24)}`).toBeGreaterThanOrEqual(0);
            expect(at, `clause ${i} head ${want.head} too far in: ${body.slice(0, 24)}`).toBeLessThanOrEqual(HEAD_SLACK);
            if (want.tail) {
              expect(trimEnd(got.text).endsWith(trimEnd(want.tail)), `clause ${i} should end with ${want.tail}: …${trimEnd(got.text).slice(-16)}`).toBe(true);
            }
          });
        });
      }
    });
  }
});
