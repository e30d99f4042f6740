// Candidate context rules for the built-in dictionary: terms of
// calibration/builtin-prior.json whose uses next to a mark (by default 、, an
// item of an enumeration such as 在经贸、人工智能、数字经济等领域加强合作)
// carry the term's topic in the hand-coded clauses (scripts/topic-data.mjs:
// train and wild-tune) far less often than their other uses: an item of a list
// is a passing mention, the same word standing alone says what the clause is
// about. The rule is written as exclude words that hold the term and the mark
// (人工智能: exclude 、人工智能 and 人工智能、; with --mark 等 --after, 人工智能等), since an
// exclude word needs letters; the calibration then weighs the uses left.
//
//   node scripts/topic-contexts.mjs [--mark 、] [--after] [--min-listed 6] [--max-share 0.35] [--min-gap 0.25]
//
// --after counts the mark only right after the term (等 closes a list: 人工智能等领域,
// while 人工智能等新兴产业 names what the list is about).
//
// Listed per candidate: topic, term, how many coded clauses use it next to the
// mark and what share of those carry the topic, the same for its other uses.
// Read the uses (scripts/concordance.mjs) before adding an exclude word.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { labelledClauses, root } from './topic-data.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const mark = opt('--mark', '、');
const afterOnly = args.includes('--after');
const minListed = Number(opt('--min-listed', 6));
const maxShare = Number(opt('--max-share', 0.35));
const minGap = Number(opt('--min-gap', 0.25));

const { extract, explainTopics, createTopicEngine, dictionaryFileSchema } = await import(join(root, 'dist/index.js'));
const prior = dictionaryFileSchema.parse(JSON.parse(readFileSync(join(root, 'calibration/builtin-prior.json'), 'utf8')));
const engine = createTopicEngine([prior]);
const { rows } = labelledClauses(extract, ['train', 'wild-tune']);

// Per topic and term: clauses using it next to the mark (and how many of them carry the topic), and the other clauses.
const uses = new Map();
for (const row of rows) {
  for (const topic of explainTopics(row.text, engine).topics) {
    for (const term of topic.terms) {
      const listed = term.spans.some(([start, end]) => row.text.startsWith(mark, end) || (!afterOnly && row.text.startsWith(mark, start - mark.length)));
      const key = `${topic.id}\t${term.rule}`;
      const use = uses.get(key) ?? { listed: 0, listedTopic: 0, alone: 0, aloneTopic: 0 };
      const carries = row.topics.includes(topic.id) ? 1 : 0;
      if (listed) {
        use.listed++;
        use.listedTopic += carries;
      } else {
        use.alone++;
        use.aloneTopic += carries;
      }
      uses.set(key, use);
    }
  }
}

const share = (n, of) => (of ? n / of : null);
const candidates = [...uses]
  .map(([key, use]) => ({ key, ...use, listedShare: share(use.listedTopic, use.listed), aloneShare: share(use.aloneTopic, use.alone) }))
  .filter((c) => c.listed >= minListed && c.listedShare <= maxShare && (c.aloneShare === null || c.aloneShare - c.listedShare >= minGap))
  .sort((a, b) => b.listed - a.listed);
const fmt = (n, of, s) => `${n}/${of}${s === null ? '' : ` = ${s.toFixed(2)}`}`;
console.log(`next to ${mark}: topic, term, coded clauses next to the mark carrying the topic, other uses carrying it`);
for (const c of candidates) console.log(`${c.key}\t${fmt(c.listedTopic, c.listed, c.listedShare)}\t${fmt(c.aloneTopic, c.alone, c.aloneShare)}`);
