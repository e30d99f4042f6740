// Candidate terms for the built-in dictionary, found in the hand-coded clauses
// (scripts/topic-data.mjs: train and wild-tune): jieba words and two-word
// phrases that occur more in the clauses coded with a topic than in the
// others, scored by the log-odds ratio with an informative Dirichlet prior
// (Monroe, Colaresi & Quinn 2008, "Fightin' Words", Political Analysis 16:4):
// the prior is each word's frequency in every clause pdx finds on the
// 2022–2026 bench, scaled to DEFAULT_PRIOR_SIZE words (src/validation/log-odds.ts); the score is the z-score of
// the log-odds ratio.
//
//   node scripts/topic-terms.mjs --topic economy [--top 60] [--min-count 3] [--all] [--json]
//
// Listed per candidate: z-score, count in clauses of the topic and in the
// others, how many coded clauses hold it and what share of those carry the
// topic, and which topics of the hand dictionary (calibration/builtin-prior.json)
// already have it. Without --all, terms the topic already has are left out.
// Read each candidate's uses with scripts/concordance.mjs before adding it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchClauses, labelledClauses, root } from './topic-data.mjs';

// One implementation of Monroe et al.'s log-odds, in the library (src/validation/log-odds.ts), shared with pdx suggest.
const { wordsAndPhrases, logOdds } = await import(join(root, 'dist/index.js'));

function count(texts, segmenter) {
  const counts = new Map();
  const holders = texts.map((text) => {
    const words = wordsAndPhrases(text, segmenter);
    for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
    return new Set(words);
  });
  return { counts, holders };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
  const topic = opt('--topic');
  const top = Number(opt('--top', 60));
  const minCount = Number(opt('--min-count', 3));
  if (!topic) {
    console.error('usage: node scripts/topic-terms.mjs --topic ID [--top 60] [--min-count 3] [--all] [--json]');
    process.exit(2);
  }
  const { extract, defaultTopicEngine } = await import(join(root, 'dist/index.js'));
  const { segmenter } = defaultTopicEngine();
  const dictionary = JSON.parse(readFileSync(join(root, 'calibration/builtin-prior.json'), 'utf8'));
  const owners = new Map();
  for (const t of dictionary.topics) {
    for (const entry of t.terms) {
      const term = typeof entry === 'string' ? entry : entry.term;
      owners.set(term, [...(owners.get(term) ?? []), t.id]);
    }
  }
  if (!dictionary.topics.some((t) => t.id === topic)) {
    console.error(`no topic ${topic}`);
    process.exit(2);
  }
  const { rows } = labelledClauses(extract, ['train', 'wild-tune']);
  const background = count(
    benchClauses(extract).map((row) => row.text),
    segmenter,
  ).counts;
  const tagged = rows.filter((row) => row.topics.includes(topic));
  const others = rows.filter((row) => !row.topics.includes(topic));
  const inside = count(
    tagged.map((row) => row.text),
    segmenter,
  );
  const outside = count(
    others.map((row) => row.text),
    segmenter,
  );
  const candidates = logOdds(inside.counts, outside.counts, background)
    .filter((c) => c.inside >= minCount && (args.includes('--all') || !(owners.get(c.word) ?? []).includes(topic)))
    .slice(0, top)
    .map((c) => {
      const holdIn = inside.holders.filter((set) => set.has(c.word)).length;
      const holdOut = outside.holders.filter((set) => set.has(c.word)).length;
      return {
        term: c.word,
        z: Math.round(c.z * 100) / 100,
        countIn: c.inside,
        countOut: c.outside,
        clauses: holdIn + holdOut,
        share: Math.round((100 * holdIn) / (holdIn + holdOut)) / 100,
        inDictionary: owners.get(c.word) ?? [],
      };
    });
  if (args.includes('--json')) console.log(JSON.stringify(candidates, null, 1));
  else {
    console.log(
      `${topic}: ${tagged.length} coded clauses of ${rows.length}; term, z, count in/out, clauses holding it, share coded ${topic}, topics that have it`,
    );
    for (const c of candidates) console.log(`${c.term}\t${c.z}\t${c.countIn}/${c.countOut}\t${c.clauses}\t${c.share}\t${c.inDictionary.join(',')}`);
  }
}
