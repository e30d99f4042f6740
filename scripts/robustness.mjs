// `node scripts/robustness.mjs` (after `npm run build`): issue 6, point 3, at
// full scale. Every file of ../shared/bench/xwlb-2024, and every file of
// ../shared/corpus whole and truncated at 5 random byte offsets (fixed seed;
// cuts fall inside multi-byte characters), goes through dist/index.js's
// extract: it must not throw, its output must validate against documentSchema,
// every clause, cue and directive span must slice to its text, and clauses
// must come in order without overlapping. test/robustness/corpus.test.ts runs
// a sample of the same in CI time. Exits 1 when anything fails.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const shared = process.env.PDX_SHARED ?? resolve(root, '../shared');
const BENCH = join(shared, 'bench', 'xwlb-2024');
const CORPUS = join(shared, 'corpus');
const CUTS = 5;
const SEED = 0x5eed_2025;

const { extract, documentSchema } = await import(join(root, 'dist', 'index.js'));
const { random, documentProblems } = await import('./robustness-checks.mjs');

const listed = (dir) =>
  existsSync(dir)
    ? readdirSync(dir)
        .sort()
        .map((name) => join(dir, name))
    : [];

const benchFiles = listed(BENCH);
const corpusFiles = listed(CORPUS);
if (benchFiles.length === 0 || corpusFiles.length === 0) {
  console.error(`robustness: ${BENCH} or ${CORPUS} is missing or empty`);
  process.exit(2);
}

const counts = { bench: 0, corpus: 0, mutants: 0, cutMidCharacter: 0, clauses: 0, threw: 0, failed: 0 };
const failures = [];
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
function check(name, bytes) {
  let doc;
  try {
    doc = extract(bytes, { path: name });
  } catch (error) {
    counts.threw++;
    failures.push(`${name}: threw ${error?.stack ?? error}`);
    return;
  }
  counts.clauses += doc.clauses.length;
  const found = documentProblems(doc, documentSchema);
  if (found.length > 0) {
    counts.failed++;
    for (const problem of found) failures.push(`${name}: ${problem}`);
  }
}

const started = performance.now();
for (const file of benchFiles) {
  check(file.slice(shared.length + 1), readFileSync(file));
  counts.bench++;
}
const benchMs = performance.now() - started;
const next = random(SEED);
for (const file of corpusFiles) {
  const bytes = readFileSync(file);
  const name = file.slice(shared.length + 1);
  check(name, bytes);
  counts.corpus++;
  for (let k = 0; k < CUTS; k++) {
    const at = 1 + Math.floor(next() * Math.max(1, bytes.length - 1));
    const cut = bytes.subarray(0, at);
    try {
      strictUtf8.decode(cut);
    } catch {
      counts.cutMidCharacter++;
    }
    check(`${name} cut at byte ${at}`, cut);
    counts.mutants++;
  }
}
const totalMs = performance.now() - started;

console.log(`robustness · node ${process.version}`);
console.log(`bench corpus: ${counts.bench} files in ${(benchMs / 1000).toFixed(2)} s`);
console.log(
  `shared corpus: ${counts.corpus} files + ${counts.mutants} truncated mutants (${CUTS} each; ${counts.cutMidCharacter} cut inside a UTF-8 sequence)`,
);
console.log(`total: ${counts.bench + counts.corpus + counts.mutants} documents, ${counts.clauses} clauses, ${(totalMs / 1000).toFixed(2)} s`);
console.log(`threw: ${counts.threw}; failed a check: ${counts.failed}`);
for (const failure of failures.slice(0, 20)) console.log(`  ${failure}`);
if (failures.length > 20) console.log(`  … and ${failures.length - 20} more`);
process.exit(failures.length > 0 ? 1 : 0);
