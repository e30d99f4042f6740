// Clauses with hand-coded topics, for calibrating the built-in dictionary
// (scripts/calibrate-topics.mjs) and for finding terms (scripts/topic-terms.mjs):
//   train      fixtures/gold/topics-train.jsonl and topics-train-2.jsonl: clauses pdx found on
//              ../shared/bench/xwlb-2022-2026, topics coded once
//   wild-tune  fixtures/gold/wild-tune.jsonl: every clause of 120 items of that bench, coded twice and adjudicated;
//              a clause's text runs from its gold head to its gold tail in pdx's plain text of the item
//   dev        ../shared/gold/dev.jsonl on ../shared/corpus, the same way (a check; never calibrated on)
// wild-test (fixtures/gold/wild-test.jsonl) is left out on purpose: it is scored once, by npm run eval.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(fileURLToPath(import.meta.url), '../..');
export const shared = process.env.PDX_SHARED ?? resolve(root, '../shared');
export const bench = join(shared, 'bench/xwlb-2022-2026');

const readJsonl = (path) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line));

const SPACE = /[\s\u3000\u00a0]/;

/** `text` without white space, and for each of its characters the offset in `text`. */
function squeeze(text) {
  let squeezed = '';
  const at = [];
  for (let i = 0; i < text.length; i++) {
    if (SPACE.test(text[i])) continue;
    squeezed += text[i];
    at.push(i);
  }
  at.push(text.length);
  return { squeezed, at };
}

const squeezeWord = (word) => String(word ?? '').replace(/[\s\u3000\u00a0]/g, '');

/**
 * The text of each gold clause in `plainText`: from its head to the first
 * occurrence of its tail after it, clauses taken in reading order. A clause
 * whose head or tail is not found is left out and counted in `lost`.
 */
export function goldClauseTexts(plainText, clauses) {
  const { squeezed, at } = squeeze(plainText);
  const found = [];
  let lost = 0;
  let from = 0;
  for (const clause of clauses) {
    const head = squeezeWord(clause.head).replace(/^[，,：:。；;、]+/, '');
    const start = squeezed.indexOf(head, from);
    const tail = squeezeWord(clause.tail);
    const tailAt = start < 0 || !tail ? -1 : squeezed.indexOf(tail, start);
    if (start < 0 || tailAt < 0) {
      lost++;
      continue;
    }
    from = start + 1;
    const end = tailAt + tail.length;
    found.push({ clause, text: plainText.slice(at[start], at[end - 1] + 1) });
  }
  return { found, lost };
}

/** Gold clauses of `goldPath` with their texts; `docs` is the folder of the annotated files. */
export function goldClauses(extract, goldPath, docs, set) {
  const rows = [];
  let lost = 0;
  for (const gold of readJsonl(goldPath)) {
    const document = extract(readFileSync(join(docs, gold.doc)), { path: gold.doc });
    const located = goldClauseTexts(document.plainText, gold.clauses ?? []);
    lost += located.lost;
    for (const [index, { clause, text }] of located.found.entries()) {
      rows.push({ id: `${gold.doc}#${index}`, set, doc: gold.doc, genre: gold.genre ?? null, text, topics: clause.topics ?? [] });
    }
  }
  return { rows, lost };
}

export const TRAIN = ['topics-train.jsonl', 'topics-train-2.jsonl'].map((name) => join(root, 'fixtures/gold', name));
export const WILD_TUNE = join(root, 'fixtures/gold/wild-tune.jsonl');
export const DEV = join(shared, 'gold/dev.jsonl');

/** The labelled clauses of the named sets (train, wild-tune, dev): `{ id, set, doc, text, topics }`. */
export function labelledClauses(extract, sets) {
  const rows = [];
  const notes = [];
  for (const set of sets) {
    if (set === 'train') {
      for (const row of TRAIN.flatMap(readJsonl)) rows.push({ id: row.id, set, doc: row.doc, genre: null, text: row.text, topics: row.topics });
      continue;
    }
    const [gold, docs] = set === 'wild-tune' ? [WILD_TUNE, bench] : set === 'dev' ? [DEV, join(shared, 'corpus')] : [null, null];
    if (!gold) throw new Error(`no labelled set ${set}`);
    if (!existsSync(gold) || !existsSync(docs)) throw new Error(`${set}: needs ${gold} and ${docs}`);
    const { rows: found, lost } = goldClauses(extract, gold, docs, set);
    rows.push(...found);
    if (lost) notes.push(`${set}: ${lost} gold clauses not located in pdx's plain text, left out`);
  }
  return { rows, notes };
}

/**
 * Every clause pdx finds on ../shared/bench/xwlb-2022-2026 (`{ doc, text }`),
 * for reading how a word is used and as the background frequencies of
 * scripts/topic-terms.mjs. Kept in the system's temporary folder per build of dist/.
 */
export function benchClauses(extract) {
  const stamp = Math.round(statSync(join(root, 'dist/index.js')).mtimeMs);
  const cache = join(tmpdir(), `pdx-bench-clauses-${stamp}.jsonl`);
  if (existsSync(cache)) return readJsonl(cache);
  const rows = [];
  for (const name of readdirSync(bench).sort()) {
    const document = extract(readFileSync(join(bench, name)), { path: name });
    for (const clause of document.clauses) rows.push({ doc: name, text: clause.text });
  }
  writeFileSync(cache, rows.map((row) => JSON.stringify(row)).join('\n') + '\n');
  return rows;
}
