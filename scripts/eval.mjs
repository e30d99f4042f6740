// Scores the extractor against the hand annotations in ../shared/gold:
//   npm run eval                 the figures
//   npm run eval -- --verbose    and every missed, extra or mis-attributed clause and topic difference
// Extra arguments go to ../shared/eval/score.mjs (e.g. --min-clause-f1 0.95).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const shared = process.env.PDX_SHARED ?? resolve(root, '../shared');
const corpus = join(shared, 'corpus');
const gold = process.env.PDX_GOLD ?? join(shared, 'gold/dev.jsonl');
const scorer = join(shared, 'eval/score.mjs');

if (!existsSync(corpus) || !existsSync(gold) || !existsSync(scorer)) {
  console.log(`eval: skipped: no ${existsSync(shared) ? 'corpus/gold/scorer in' : ''} ${shared} (the shared corpus sits beside the project)`);
  process.exit(0);
}

const { extract } = await import(join(root, 'dist/index.js'));
const wanted = new Set(readFileSync(gold, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l).doc));
const lines = [];
const started = performance.now();
for (const name of readdirSync(corpus).sort()) {
  if (!wanted.has(name)) continue;
  const document = extract(readFileSync(join(corpus, name)), { path: name });
  lines.push(JSON.stringify(document));
}
const elapsed = performance.now() - started;
const dir = mkdtempSync(join(tmpdir(), 'pdx-eval-'));
const pred = join(dir, 'pred.jsonl');
writeFileSync(pred, lines.join('\n') + '\n');
console.log(`eval: ${lines.length} documents of ${basename(corpus)} extracted in ${(elapsed / 1000).toFixed(2)} s; scoring against ${basename(gold)}`);
const result = spawnSync(process.execPath, [scorer, '--gold', gold, '--pred', pred, ...process.argv.slice(2)], { stdio: 'inherit' });
rmSync(dir, { recursive: true, force: true });
process.exit(result.status ?? 2);
