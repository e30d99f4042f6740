/** The closing lines of `pdx batch` on stderr: what was done, how fast, and where failures are listed. */

export interface BatchStats {
  inputs: number;
  converted: number;
  skipped: number;
  failed: number;
  clauses: number;
  topics: number;
  /** Bytes of the inputs read (converted or failed; skipped ones are not read). */
  bytes: number;
  seconds: number;
}

const plural = (count: number, one: string, many = `${one}s`): string => `${count} ${count === 1 ? one : many}`;

export function formatSummary(stats: BatchStats, options: { interrupted: boolean; errorsFile: string | null }): string {
  const lines: string[] = [];
  const done = stats.converted + stats.skipped + stats.failed;
  if (options.interrupted) lines.push(`interrupted after ${done} of ${plural(stats.inputs, 'input')}; run the same command again to resume`);
  const counts = [`${stats.converted} converted`, `${stats.skipped} up to date (skipped)`, `${stats.failed} failed`];
  if (done < stats.inputs) counts.push(`${stats.inputs - done} not started`);
  const megabytes = stats.bytes / 1e6;
  lines.push(
    `${plural(stats.inputs, 'input')}: ${counts.join(', ')} · ${plural(stats.clauses, 'clause')}, ${plural(stats.topics, 'topic tag')} · ` +
      `${stats.seconds.toFixed(2)} s, ${(stats.seconds > 0 ? megabytes / stats.seconds : 0).toFixed(2)} MB/s`,
  );
  if (stats.failed > 0 && options.errorsFile) lines.push(`failed inputs are listed in ${options.errorsFile}`);
  return lines.map((line) => `pdx batch: ${line}\n`).join('');
}
