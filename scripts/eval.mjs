// Scores the extractor against the hand annotations in ../shared/gold:
//   npm run eval                 the figures (clauses and topics, then meetings and dates)
//   npm run eval -- --verbose    and every missed, extra or mis-attributed clause and topic difference
// Extra arguments go to ../shared/eval/score.mjs (e.g. --min-clause-f1 0.95) and to
// score-meeting.mjs (e.g. --min-meeting-f1 0.97), each reading the options it knows.
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
const meetingGold = join(shared, 'gold/meeting-dev.jsonl');
const meetingScorer = join(shared, 'eval/score-meeting.mjs');
const scoresMeetings = existsSync(meetingGold) && existsSync(meetingScorer);

if (!existsSync(corpus) || !existsSync(gold) || !existsSync(scorer)) {
  console.log(`eval: skipped: no ${existsSync(shared) ? 'corpus/gold/scorer in' : ''} ${shared} (the shared corpus sits beside the project)`);
  process.exit(0);
}

const { extract } = await import(join(root, 'dist/index.js'));
const docsOf = (file) => readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l).doc);
const wanted = new Set([...docsOf(gold), ...(scoresMeetings ? docsOf(meetingGold) : [])]);
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
// Meetings and dates: the meeting found, its body, kind, session, date and chair, and the document's own date.
const meetings = scoresMeetings ? spawnSync(process.execPath, [meetingScorer, '--gold', meetingGold, '--pred', pred, ...process.argv.slice(2)], { stdio: 'inherit' }) : { status: 0 };
rmSync(dir, { recursive: true, force: true });
process.exit(Math.max(result.status ?? 2, meetings.status ?? 2));
