/**
 * The human reading view (`--format text`): the meeting (who met, when, who
 * chaired), its agenda and 提法, then clause by clause, speaker and cue first,
 * the text with its 提法 highlighted, its directives with their modality and
 * targets, and topic tags with the terms that fired. Colour comes from the
 * chalk instance the caller passes, so the CLI decides (TTY, NO_COLOR) and
 * tests can pin it.
 */
import type { ChalkInstance } from 'chalk';
import type { Clause, Meeting, MeetingRef, PdxDocument, Person } from '../schema.js';

const person = (p: Person): string => (p.titles.length > 0 ? `${p.name}（${p.titles.join('、')}）` : p.name);

function meetingName(meeting: MeetingRef): string {
  const parts = [meeting.body ?? meeting.name, meeting.kind, meeting.session ? `第${meeting.session}次` : null];
  return parts.filter((part): part is string => Boolean(part)).join(' · ');
}

function meetingLines(meeting: Meeting, chalk: ChalkInstance): string[] {
  const when = [meeting.date, meeting.timeOfDay, meeting.place ? `在${meeting.place}` : null].filter(Boolean).join(' ');
  const joint = meeting.joint.map((other) => ` ${chalk.dim('暨')} ${meetingName(other)}`).join('');
  const lines = [`${chalk.bold('会议')} ${meetingName(meeting)}${joint}${when ? chalk.dim(` · ${when}`) : ''}`];
  const roles: [string, Person[]][] = [
    ['主持', meeting.chair],
    ['讲话', meeting.speakers],
    ['出席', meeting.attendees],
  ];
  const people = roles.filter(([, list]) => list.length > 0).map(([label, list]) => `${chalk.bold(label)} ${list.map(person).join('、')}`);
  if (people.length > 0) lines.push(people.join(chalk.dim(' · ')));
  return lines;
}

/** The clause text with each 提法 underlined in red. */
function highlighted(clause: Clause, chalk: ChalkInstance): string {
  let out = '';
  let at = clause.span[0];
  for (const { span } of clause.formulations ?? []) {
    if (span[0] < at) continue;
    out += clause.text.slice(at - clause.span[0], span[0] - clause.span[0]);
    out += chalk.red.underline(clause.text.slice(span[0] - clause.span[0], span[1] - clause.span[0]));
    at = span[1];
  }
  return out + clause.text.slice(at - clause.span[0]);
}

export function formatText(document: PdxDocument, chalk: ChalkInstance): string {
  const lines: string[] = [];
  lines.push(chalk.bold(document.title ?? '(no title)'));
  const { source } = document;
  lines.push(
    chalk.dim(`${source.path} · ${source.container ?? source.format} · ${source.encoding} · ${source.bytes} bytes · ${document.clauses.length} clause(s)`),
  );
  if (document.meeting) lines.push(...meetingLines(document.meeting, chalk));
  if (document.agenda && document.agenda.length > 0) {
    lines.push(`${chalk.bold('议程')} ${document.agenda.map((item) => `${chalk.green(item.verb)}${item.object}`).join(chalk.dim('；'))}`);
  }
  if (document.formulations && document.formulations.length > 0) {
    const list = document.formulations.map((f) => `${chalk.red(f.text)}${f.count > 1 ? chalk.dim(`×${f.count}`) : ''}`);
    lines.push(`${chalk.bold('提法')} ${list.join(chalk.dim(' · '))}`);
  }
  for (const clause of document.clauses) {
    lines.push('');
    lines.push(
      `${chalk.cyan(`[${clause.index + 1}]`)} ${chalk.bold.yellow(clause.speaker)} ${chalk.green(clause.cue)} ${chalk.dim(`(${clause.cuePhrase}; ${clause.span[0]}–${clause.span[1]})`)}`,
    );
    lines.push(`    ${highlighted(clause, chalk)}`);
    for (const directive of clause.directives) {
      const modality = directive.modality ? chalk.magenta(directive.modality) : chalk.dim('—');
      const topics = directive.topics.length > 0 ? chalk.dim(` [${directive.topics.join(', ')}]`) : '';
      const targets = (directive.targets ?? []).map((target) => chalk.cyan(` ⟨${target.text}⟩`)).join('');
      lines.push(`    ${chalk.dim('·')} ${modality} ${directive.text}${topics}${targets}`);
    }
    if (clause.formulations && clause.formulations.length > 0) {
      lines.push(`    ${chalk.bold('提法')} ${clause.formulations.map((f) => chalk.red(f.text)).join(chalk.dim(' · '))}`);
    }
    if (clause.topics.length > 0) {
      const tags = clause.topics.map(
        (tag) => `${chalk.blue(tag.label)} ${chalk.dim(`${tag.id} ${tag.score.toFixed(2)}: ${tag.evidence.map((e) => `${e.term}×${e.count}`).join(' ')}`)}`,
      );
      lines.push(`    ${chalk.bold('topics')} ${tags.join(chalk.dim(' | '))}`);
    }
  }
  if (document.credits && document.credits.length > 0) {
    lines.push('');
    lines.push(chalk.dim(document.credits.map((credit) => `${credit.role} ${credit.names.join('、')}`).join(' · ')));
  }
  for (const item of document.warnings) lines.push(chalk.yellow(`warning ${item.code}: ${item.message}`));
  return lines.join('\n');
}
