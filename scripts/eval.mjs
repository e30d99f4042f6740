// Scores the extractor against hand annotations, one set after another:
//   dev        ../shared/gold/dev.jsonl on the reports of ../shared/corpus
//   wild-tune  fixtures/gold/wild-tune.jsonl on items of ../shared/bench/xwlb-2022-2026 (calibration may read it)
//   wild-test  fixtures/gold/wild-test.jsonl, the same kind of items, never used for calibration
//
//   npm run eval                          the figures of every set
//   npm run eval -- --per-topic           and each topic's tp, fp, fn, P, R, F1
//   npm run eval -- --verbose             and every missed, extra or mis-attributed clause and topic difference
//   npm run eval -- --sets dev,wild-tune  only these sets
// Other arguments go to ../shared/eval/score.mjs (e.g. --min-clause-f1 0.95), for every set, and
// to score-meeting.mjs (e.g. --min-meeting-f1 0.97), each reading the options it knows. After the
// dev set's clauses and topics come its meetings and dates (../shared/gold/meeting-dev.jsonl).
// PDX_GOLD replaces the dev gold file.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const shared = process.env.PDX_SHARED ?? resolve(root, '../shared');
const scorer = join(shared, 'eval/score.mjs');
const meetingGold = join(shared, 'gold/meeting-dev.jsonl');
const meetingScorer = join(shared, 'eval/score-meeting.mjs');
const scoresMeetings = existsSync(meetingGold) && existsSync(meetingScorer);
const wild = join(shared, 'bench/xwlb-2022-2026');
const SETS = [
  { name: 'dev', gold: process.env.PDX_GOLD ?? join(shared, 'gold/dev.jsonl'), docs: join(shared, 'corpus'), meetings: scoresMeetings },
  { name: 'wild-tune', gold: join(root, 'fixtures/gold/wild-tune.jsonl'), docs: wild },
  { name: 'wild-test', gold: join(root, 'fixtures/gold/wild-test.jsonl'), docs: wild },
];

const args = process.argv.slice(2);
const setsAt = args.indexOf('--sets');
const only = setsAt >= 0 ? args[setsAt + 1]?.split(',') : null;
const scorerArgs = setsAt >= 0 ? [...args.slice(0, setsAt), ...args.slice(setsAt + 2)] : args;
const unknown = only?.filter((name) => !SETS.some((set) => set.name === name)) ?? [];
if (only === undefined || unknown.length > 0) {
  console.error(`eval: --sets takes a comma-separated list of ${SETS.map((set) => set.name).join(', ')}${unknown.length ? `, not ${unknown.join(', ')}` : ''}`);
  process.exit(2);
}
if (!existsSync(scorer) || !existsSync(SETS[0].docs) || !existsSync(SETS[0].gold)) {
  console.log(`eval: skipped: no ${existsSync(shared) ? 'corpus/gold/scorer in' : ''} ${shared} (the shared corpus sits beside the project)`);
  process.exit(0);
}

const { extract } = await import(join(root, 'dist/index.js'));
const dir = mkdtempSync(join(tmpdir(), 'pdx-eval-'));
let status = 0;
for (const set of SETS) {
  if (only && !only.includes(set.name)) continue;
  if (!existsSync(set.gold) || !existsSync(set.docs)) {
    console.log(`eval: ${set.name} skipped: no ${existsSync(set.gold) ? set.docs : set.gold}`);
    continue;
  }
  const docsOf = (file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l).doc);
  const wanted = new Set([...docsOf(set.gold), ...(set.meetings ? docsOf(meetingGold) : [])]);
  const lines = [];
  const started = performance.now();
  for (const name of readdirSync(set.docs).sort()) {
    if (!wanted.has(name)) continue;
    const document = extract(readFileSync(join(set.docs, name)), { path: name });
    lines.push(JSON.stringify(document));
  }
  const elapsed = performance.now() - started;
  const pred = join(dir, `${set.name}.jsonl`);
  writeFileSync(pred, lines.join('\n') + '\n');
  console.log(`eval: ${lines.length} documents of ${basename(set.docs)} extracted in ${(elapsed / 1000).toFixed(2)} s; scoring against ${basename(set.gold)}`);
  const result = spawnSync(process.execPath, [scorer, '--gold', set.gold, '--pred', pred, ...scorerArgs], { stdio: 'inherit' });
  status = Math.max(status, result.status ?? 2);
  if (set.meetings) {
    // Meetings and dates: the meeting found, its body, kind, session, date and chair, and the document's own date.
    const meetings = spawnSync(process.execPath, [meetingScorer, '--gold', meetingGold, '--pred', pred, ...scorerArgs], { stdio: 'inherit' });
    status = Math.max(status, meetings.status ?? 2);
  }
}
rmSync(dir, { recursive: true, force: true });
process.exit(status);
