/** `pdx topics`: the active taxonomy, as a table or JSON. */
import { Option, type Command } from 'commander';
import { builtinDictionary } from '../topics/builtin.js';

function listTopics(format: 'text' | 'json'): void {
  const dictionary = builtinDictionary();
  const rows = dictionary.topics.map((topic) => ({
    id: topic.id,
    zh: topic.labels.zh,
    en: topic.labels.en ?? null,
    cap: topic.cap ?? [],
    parent: topic.parent ?? null,
    terms: topic.terms.length,
  }));
  if (format === 'json') {
    process.stdout.write(JSON.stringify({ name: dictionary.name, version: dictionary.version, topics: rows }, null, 2) + '\n');
    return;
  }
  const width = Math.max(...rows.map((row) => row.id.length));
  process.stdout.write(`${dictionary.name} ${dictionary.version}: ${rows.length} topics\n`);
  for (const row of rows) {
    process.stdout.write(`${row.id.padEnd(width)}  ${row.zh}  (CAP ${row.cap.join(',') || '-'}; ${row.terms} terms)\n`);
  }
}

export function registerTopics(program: Command): void {
  program
    .command('topics')
    .description('list the topics of the built-in dictionary: id, label, CAP codes, term count')
    .addOption(new Option('-f, --format <format>', 'text or json').choices(['text', 'json']).default('text'))
    .action((options: { format: 'text' | 'json' }) => {
      listTopics(options.format);
    });
}
