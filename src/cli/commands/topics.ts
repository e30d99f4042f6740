/**
 * `pdx topics`: the active taxonomy (built-in and --dict dictionaries) as a
 * table or JSON; with `--explain TEXT`, which terms fire on a text and why
 * (the library's explainTopics, formatted).
 */
import { Option, type Command } from 'commander';
import type { DictionaryRef } from '../../schema.js';
import { explainTopics, type TopicExplanation } from '../../topics/explain-topics.js';
import type { TopicEngine } from '../../topics/topic-engine.js';
import { addDictionaryOptions, loadTopicEngine, type DictionaryCliOptions } from '../dictionary-options.js';
import { UsageError } from '../errors.js';
import { readStandardInput } from '../io/standard-input.js';

interface TopicsCliOptions extends DictionaryCliOptions {
  format: 'text' | 'json';
  explain?: string;
}

const describeRef = (ref: DictionaryRef): string => `${ref.name} ${ref.version} (sha256 ${ref.sha256.slice(0, 12)})`;

// East Asian wide characters take two columns in a terminal.
const displayWidth = (text: string): number =>
  [...text].reduce(
    (width, char) => width + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(char) ? 2 : 1),
    0,
  );
const pad = (text: string, width: number): string => text + ' '.repeat(Math.max(0, width - displayWidth(text)));

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => displayWidth(row[column]!))));
  return rows
    .map((row) =>
      row
        .map((cell, column) => (column === row.length - 1 ? cell : pad(cell, widths[column]!)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

function listTopics(engine: TopicEngine, format: 'text' | 'json'): string {
  const { refs, topics } = engine.dictionary;
  const rows = [...topics.values()].map((topic) => ({
    id: topic.id,
    zh: topic.label,
    en: topic.labelEn,
    cap: topic.cap,
    parent: topic.parent,
    terms: topic.terms,
    threshold: topic.threshold,
    dictionary: topic.dictionary,
  }));
  if (format === 'json') return JSON.stringify({ dictionaries: refs, topics: rows }, null, 2);
  const header = `${refs.map(describeRef).join(' + ')}: ${rows.length === 1 ? '1 topic' : `${rows.length} topics`}`;
  const cells = rows.map((row) => [row.id, row.zh, row.cap.join(',') || '-', row.parent ?? '-', String(row.terms), String(row.threshold), row.en ?? '']);
  return `${header}\n\n${table([['id', '中文', 'CAP', 'parent', 'terms', 'threshold', 'English'], ...cells])}`;
}

const relativeFloorOf = (id: string, engine: TopicEngine): number => engine.dictionary.topics.get(id)?.relativeFloor ?? 0;

const formatSpan = ([start, end]: readonly [number, number]): string => `${start}–${end}`;

function formatExplanation(explanation: TopicExplanation, engine: TopicEngine): string {
  const { topics, dropped } = explanation;
  if (topics.length === 0 && dropped.length === 0) return 'no dictionary term occurs in the text';
  const lines: string[] = [];
  for (const topic of topics) {
    const verdict = topic.tagged
      ? 'tagged'
      : topic.weight < topic.threshold
        ? `not tagged: weight ${topic.weight} is below the threshold ${topic.threshold}`
        : `not tagged: weight ${topic.weight} is below ${topic.floor}, ${relativeFloorOf(topic.id, engine)} of the strongest topic's weight`;
    lines.push(`${topic.id} ${topic.label}  score ${topic.score}, weight ${topic.weight}, threshold ${topic.threshold}: ${verdict}`);
    for (const term of topic.terms) {
      const rule = term.rule === term.term ? '' : ` (${term.rule})`;
      const kept = term.exclude.length > 0 ? `; kept: none of ${term.exclude.join(', ')} stands around it` : '';
      lines.push(`  ${term.term}${rule} ×${term.count}, weight ${term.weight}, at ${term.spans.map(formatSpan).join(', ')}${kept}`);
    }
  }
  if (dropped.length > 0) {
    lines.push('dropped by an exclude rule:');
    for (const item of dropped) {
      const rule = item.rule === item.term ? '' : ` (${item.rule})`;
      const label = engine.dictionary.topics.get(item.topic)?.label ?? item.topic;
      lines.push(
        `  ${item.term}${rule} of ${item.topic} ${label} at ${formatSpan(item.span)}: excluded by ${item.excludedBy.word} at ${formatSpan(item.excludedBy.span)}`,
      );
    }
  }
  return lines.join('\n');
}

async function runTopics(options: TopicsCliOptions): Promise<void> {
  const engine = await loadTopicEngine(options);
  if (options.explain === undefined) {
    process.stdout.write(listTopics(engine, options.format) + '\n');
    return;
  }
  const text = options.explain === '-' ? (await readStandardInput()).toString('utf8') : options.explain;
  if (!text.trim()) throw new UsageError('--explain needs a text: pdx topics --explain "要推进垃圾分类", or --explain - to read it from standard input');
  const explanation = explainTopics(text, engine);
  process.stdout.write((options.format === 'json' ? JSON.stringify(explanation, null, 2) : formatExplanation(explanation, engine)) + '\n');
}

const EXAMPLES = `
Examples:
  $ pdx topics                                   the built-in topics
  $ pdx topics --dict cap.yaml --format json     the topics with your dictionary added
  $ pdx topics --explain "要保障粮食安全，确保安全生产"
  $ cat clause.txt | pdx topics --explain -      read the text from standard input
  $ pdx topics --dict mine.yaml --dict-mode replace --explain "要持续优化营商环境"

How a topic is tagged: the weights of its terms that fire in a clause are
summed (a repeated term counts up to three times, with diminishing returns),
and the topic is tagged when the sum reaches its threshold. A dictionary may
set "threshold" (and a topic its own); without one, and always in a
quanteda-style file, a single counted match tags, as in quanteda. It may also
set "relativeFloor" (a topic must then reach that share of the strongest topic
of the same dictionary in the clause) and "clauseLength" (thresholds then scale
with the clause's length). The built-in dictionary's weights and rule are
calibrated on hand-coded clauses. --explain shows the threshold that applied to
each topic.`;

export function registerTopics(program: Command): void {
  const command = program
    .command('topics')
    .description('list the active topics (id, labels, CAP codes, parent, term count, threshold), or explain which terms fire on a text')
    .addOption(new Option('-f, --format <format>', 'text or json').choices(['text', 'json']).default('text'))
    .option(
      '-e, --explain <text>',
      'show which terms fire on TEXT ("-" reads standard input), per topic with its score and the threshold that applied, and which an exclude rule dropped',
    )
    .addHelpText('after', EXAMPLES);
  addDictionaryOptions(command).action(async (options: TopicsCliOptions) => {
    await runTopics(options);
  });
}
