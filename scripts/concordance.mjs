// How a word is used: lines of the clauses pdx finds on ../shared/bench/xwlb-2022-2026
// that hold it (keyword in context, drawn at random with a fixed seed), and
// the topics coded on the hand-coded clauses that hold it.
//
//   node scripts/concordance.mjs 营商环境 [市场主体 …] [--lines 8] [--width 24] [--seed 1] [--words]
//
// --words counts only occurrences on word boundaries (as the tagger matches),
// not every substring.
import { join } from 'node:path';
import { benchClauses, labelledClauses, root } from './topic-data.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const valued = new Set(['--lines', '--width', '--seed']);
const terms = args.filter((arg, i) => !arg.startsWith('--') && !valued.has(args[i - 1]));
if (terms.length === 0) {
  console.error('usage: node scripts/concordance.mjs TERM [TERM …] [--lines 8] [--width 24] [--seed 1] [--words]');
  process.exit(2);
}
const lines = Number(opt('--lines', 8));
const width = Number(opt('--width', 24));
let seed = Number(opt('--seed', 1));
const random = () => {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return seed / 2 ** 32;
};

const { extract, defaultTopicEngine } = await import(join(root, 'dist/index.js'));
const { segmenter } = defaultTopicEngine();
const clauses = benchClauses(extract);
const { rows: coded } = labelledClauses(extract, ['train', 'wild-tune']);

/** Offsets where `term` occurs in `text` (on word boundaries with --words). */
function occurrences(text, term) {
  const found = [];
  for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) found.push(at);
  if (!args.includes('--words') || found.length === 0) return found;
  const bounds = new Set(segmenter.boundaries(text));
  return found.filter((at) => bounds.has(at) && bounds.has(at + term.length));
}

for (const term of terms) {
  const hits = [];
  for (const clause of clauses) for (const at of occurrences(clause.text, term)) hits.push({ clause, at });
  const holders = coded.filter((row) => occurrences(row.text, term).length > 0);
  const topics = new Map();
  for (const row of holders) for (const topic of row.topics) topics.set(topic, (topics.get(topic) ?? 0) + 1);
  const shares = [...topics]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([topic, n]) => `${topic} ${n}`);
  const none = holders.filter((row) => row.topics.length === 0).length;
  console.log(
    `\n== ${term}: ${hits.length} in ${new Set(hits.map((h) => h.clause)).size} bench clauses; ${holders.length} coded clauses: ${shares.join(', ')}${none ? `, none ${none}` : ''}`,
  );
  for (let i = hits.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [hits[i], hits[j]] = [hits[j], hits[i]];
  }
  for (const { clause, at } of hits.slice(0, lines)) {
    const before = clause.text.slice(Math.max(0, at - width), at).replace(/\s+/g, ' ');
    const after = clause.text.slice(at + term.length, at + term.length + width).replace(/\s+/g, ' ');
    console.log(`${before.padStart(width, '　')}【${term}】${after}   ${clause.doc}`);
  }
}
