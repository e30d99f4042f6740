/**
 * The human reading view (`--format text`): clause by clause, speaker and cue
 * first, the text, its directives with their modality, and topic tags with
 * the terms that fired. Colour comes from the chalk instance the caller
 * passes, so the CLI decides (TTY, NO_COLOR) and tests can pin it.
 */
import type { ChalkInstance } from 'chalk';
import type { PdxDocument } from '../schema.js';

export function formatText(document: PdxDocument, chalk: ChalkInstance): string {
  const lines: string[] = [];
  lines.push(chalk.bold(document.title ?? '(no title)'));
  const { source } = document;
  lines.push(chalk.dim(`${source.path} · ${source.format} · ${source.encoding} · ${source.bytes} bytes · ${document.clauses.length} clause(s)`));
  for (const clause of document.clauses) {
    lines.push('');
    lines.push(`${chalk.cyan(`[${clause.index + 1}]`)} ${chalk.bold.yellow(clause.speaker)} ${chalk.green(clause.cue)} ${chalk.dim(`(${clause.cuePhrase}; ${clause.span[0]}–${clause.span[1]})`)}`);
    lines.push(`    ${clause.text}`);
    for (const directive of clause.directives) {
      const modality = directive.modality ? chalk.magenta(directive.modality) : chalk.dim('—');
      const topics = directive.topics.length > 0 ? chalk.dim(` [${directive.topics.join(', ')}]`) : '';
      lines.push(`    ${chalk.dim('·')} ${modality} ${directive.text}${topics}`);
    }
    if (clause.topics.length > 0) {
      const tags = clause.topics.map((tag) => `${chalk.blue(tag.label)} ${chalk.dim(`${tag.id} ${tag.score.toFixed(2)}: ${tag.evidence.map((e) => `${e.term}×${e.count}`).join(' ')}`)}`);
      lines.push(`    ${chalk.bold('topics')} ${tags.join(chalk.dim(' | '))}`);
    }
  }
  for (const item of document.warnings) lines.push(chalk.yellow(`warning ${item.code}: ${item.message}`));
  return lines.join('\n');
}
