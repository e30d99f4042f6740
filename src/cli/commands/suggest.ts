/**
 * `pdx suggest --topic ID INPUTS…`: terms to add to a topic, found in a
 * corpus (src/validation/suggest-terms.ts): words and two-word phrases much
 * more frequent in the clauses tagged ID than in the others, by the log-odds
 * ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008),
 * terms the topic already has left out, each with its counts and an example.
 */
import { Option, type Command } from 'commander';
import { table } from '../../corpus/format-stats.js';
import { toSimplified } from '../../text/simplify.js';
import { closest } from '../../topics/did-you-mean.js';
import { clauseTopicIds } from '../../validation/clause-topics.js';
import { SUGGEST_DEFAULTS, TermContrast, type TermCandidate } from '../../validation/suggest-terms.js';
import { readCorpus } from '../io/corpus-inputs.js';
import { addDictionaryOptions, type DictionaryCliOptions } from '../dictionary-options.js';
import { EXIT_INPUT_FAILED, EXIT_OK } from '../errors.js';
import { count, decimal, startCorpusCommand, topicName, wholeNumber } from './validation-cli.js';

interface SuggestCliOptions extends DictionaryCliOptions {
  topic?: string;
  top?: string;
  minCount?: string;
  minScore?: string;
  format: 'text' | 'json';
}

const HELP = `
Inputs as for pdx stats: reports, folders, quoted globs, pdx outputs (.json,
.jsonl), or "-". A clause is "in" the topic when the active dictionaries
(--dict, --dict-mode) tag it so; a pdx output made with other dictionaries
has its clauses tagged again. A clause text seen again (a report archived
twice) counts once.

Candidates are the words (two characters or more) and two-word phrases of
the clauses, as jieba cuts them with the dictionaries' terms known as words.
Each is scored by the z-score of its log-odds ratio, in the topic's clauses
against the others, with an informative Dirichlet prior from the whole
corpus (Monroe, Colaresi & Quinn 2008, "Fightin' Words"): a score above 1.96
means more frequent in the topic's clauses than chance explains (5 %
level). Terms the topic already has (or a glob of it covers) are left out;
a term another topic has is listed with that topic. Because the topic's
clauses are those its terms tagged, candidates are words that keep company
with its terms: read the example, try a term with
  pdx topics --dict mine.yaml --explain "…"
and score the change on a coded sheet (pdx eval sheet.csv --dict mine.yaml).

Text view: score, count (occurrences in the topic's clauses), out (in the
others), clauses holding it in and out, the term, and the shortest clause of
the topic holding it, around the term. --format json gives
[{term, score, count, countOut, clauses, clausesOut, otherTopics, example: {doc, clause, text}}].

Examples:
  $ pdx suggest --topic epidemic ../shared/bench
  $ pdx suggest --topic environment converted.jsonl --top 100 --min-count 5
  $ pdx suggest --topic market --dict mine.yaml reports/ --format json | jq -r '.[].term'

Exit codes: 0 candidates listed (perhaps none), 1 some input failed (the
others were read), 2 bad usage (an unknown --topic included).`;

// Around the term in an example: this many characters each side.
const CONTEXT = 18;

function around(text: string, term: string): string {
  const flat = text.replace(/\s+/g, ' ');
  const at = flat.indexOf(term);
  if (at < 0) return flat.length > 2 * CONTEXT ? `${flat.slice(0, 2 * CONTEXT)}…` : flat;
  const before = flat.slice(Math.max(0, at - CONTEXT), at);
  const after = flat.slice(at + term.length, at + term.length + CONTEXT);
  return `${at > CONTEXT ? '…' : ''}${before}【${term}】${after}${at + term.length + CONTEXT < flat.length ? '…' : ''}`;
}

function candidatesText(candidates: readonly TermCandidate[], heading: string): string {
  const rows = candidates.map((c) => [
    c.score.toFixed(2),
    String(c.count),
    String(c.countOut),
    String(c.clauses),
    String(c.clausesOut),
    `${c.term}${c.otherTopics.length > 0 ? ` [${c.otherTopics.join(', ')}]` : ''}   ${around(c.example.text, c.term)}  (${c.example.doc} #${c.example.clause})`,
  ]);
  return table(heading, ['score', 'count', 'out', 'clauses', 'out', 'term [topics that have it]   example'], rows, 0).join('\n') + '\n';
}

async function runSuggest(inputs: string[], options: SuggestCliOptions): Promise<number> {
  const problems: string[] = [];
  if (options.topic === undefined) problems.push('--topic is missing: the topic to find terms for (--topic epidemic; pdx topics lists them)');
  const top = wholeNumber(options.top, '--top', 1, '40', problems, SUGGEST_DEFAULTS.top);
  const minCount = wholeNumber(options.minCount, '--min-count', 1, '3', problems, SUGGEST_DEFAULTS.minCount);
  const minScore = decimal(options.minScore, '--min-score', '1.96', problems, SUGGEST_DEFAULTS.minScore);
  const topic = options.topic ?? '';
  const { engine, inputs: found } = await startCorpusCommand('suggest', inputs, options, problems, (active) => {
    if (options.topic === undefined || active.dictionary.topics.has(topic)) return [];
    const near = closest(topic, [...active.dictionary.topics.keys()]);
    return [`--topic ${topic}: not a topic of the active dictionaries; ${near ? `did you mean ${near}?` : 'pdx topics lists them'}`];
  });
  const info = engine.dictionary.topics.get(topic)!;

  const contrast = new TermContrast(engine.segmenter);
  const corpus = readCorpus(found, engine);
  let documents = 0;
  for await (const document of corpus.documents) {
    documents++;
    const traditional = document.source.script === 'traditional';
    clauseTopicIds(document, engine).forEach((topics, index) => {
      const text = document.clauses[index]!.text;
      contrast.add(traditional ? toSimplified(text) : text, topics.includes(topic), { doc: document.source.path, clause: index });
    });
  }
  const candidates = contrast.candidates(topic, engine.dictionary, { top, minCount, minScore });
  if (options.format === 'json') process.stdout.write(JSON.stringify(candidates, null, 2) + '\n');
  else {
    const clauses = contrast.topicClauses + contrast.otherClauses;
    const heading =
      `${topicName(engine, topic)}: ${count(contrast.topicClauses)} of ${count(clauses)} distinct clauses tagged (${count(documents)} documents)\n` +
      `${count(candidates.length)} candidate${candidates.length === 1 ? '' : 's'}: a score of ${minScore} or more, ${minCount} or more occurrences in those clauses, none that a term of ${topic} (${count(info.terms)}) already matches`;
    process.stdout.write(
      contrast.topicClauses === 0 ? `${heading}\nNo clause is tagged ${topic}: there is nothing to contrast.\n` : candidatesText(candidates, heading),
    );
  }
  return corpus.failed() > 0 ? EXIT_INPUT_FAILED : EXIT_OK;
}

export function registerSuggest(program: Command, setExitCode: (code: number) => void): void {
  const command = program
    .command('suggest')
    .description('propose terms for a topic: words and phrases much more frequent in its clauses than in the others (log-odds, Monroe et al. 2008)')
    .argument('[inputs...]', 'reports, folders, or pdx outputs (.json, .jsonl); none or "-" reads standard input')
    .option('-t, --topic <id>', 'the topic to find terms for (pdx topics lists the ids)')
    .option('--top <count>', `at most this many candidates, best first (default ${SUGGEST_DEFAULTS.top})`)
    .option('--min-count <count>', `only terms occurring at least this often in the topic's clauses (default ${SUGGEST_DEFAULTS.minCount})`)
    .option('--min-score <z>', `only terms scoring at least this (default ${SUGGEST_DEFAULTS.minScore}: the 5 % level)`)
    .addOption(new Option('-f, --format <format>', 'text (a reading view) or json').choices(['text', 'json']).default('text'))
    .addHelpText('after', HELP);
  addDictionaryOptions(command).action(async (inputs: string[], options: SuggestCliOptions) => {
    setExitCode(await runSuggest(inputs, options));
  });
}
