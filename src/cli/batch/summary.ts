/** The closing lines of `pdx batch` on stderr: what was done, how fast, and where failures are listed. */

export interface BatchStats {
  inputs: number;
  /** With --shard: which part this run took, of how many inputs found. */
  shard: { index: number; count: number; found: number } | null;
  converted: number;
  skipped: number;
  failed: number;
  clauses: number;
  topics: number;
  /** Bytes of the inputs read (converted or failed; skipped ones are not read). */
  bytes: number;
  seconds: number;
  /** How many converted documents carry each warning code. */
  warnings: Map<string, number>;
}

/** Where an interrupted --jsonl run left its documents. */
export interface JsonlKept {
  target: string;
  partial: string;
  documents: number;
}

const plural = (count: number, one: string, many = `${one}s`): string => `${count} ${count === 1 ? one : many}`;

export function formatSummary(stats: BatchStats, options: { interrupted: boolean; errorsFile: string | null; jsonl?: JsonlKept | null }): string {
  const lines: string[] = [];
  const done = stats.converted + stats.skipped + stats.failed;
  if (options.interrupted) {
    const { jsonl } = options;
    lines.push(
      jsonl
        ? `interrupted after ${done} of ${plural(stats.inputs, 'input')}; ${plural(jsonl.documents, 'document')} ${jsonl.documents === 1 ? 'is' : 'are'} kept in ${jsonl.partial} ` +
            `(${jsonl.target} is written when a run completes); run the same command again to resume`
        : `interrupted after ${done} of ${plural(stats.inputs, 'input')}; run the same command again to resume`,
    );
  }
  const counts = [`${stats.converted} converted`, `${stats.skipped} up to date (skipped)`, `${stats.failed} failed`];
  if (done < stats.inputs) counts.push(`${stats.inputs - done} not started`);
  const megabytes = stats.bytes / 1e6;
  const inputs = stats.shard
    ? `shard ${stats.shard.index}/${stats.shard.count} (${stats.inputs} of ${plural(stats.shard.found, 'input')})`
    : plural(stats.inputs, 'input');
  lines.push(
    `${inputs}: ${counts.join(', ')} · ${plural(stats.clauses, 'clause')}, ${plural(stats.topics, 'topic tag')} · ` +
      `${stats.seconds.toFixed(2)} s, ${(stats.seconds > 0 ? megabytes / stats.seconds : 0).toFixed(2)} MB/s`,
  );
  if (stats.warnings.size > 0) {
    const byCount = [...stats.warnings].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1));
    lines.push(`warnings in the converted documents: ${byCount.map(([code, count]) => `${count} ${code}`).join(', ')}`);
  }
  if (stats.failed > 0 && options.errorsFile) lines.push(`failed inputs are listed in ${options.errorsFile}`);
  return lines.map((line) => `pdx batch: ${line}\n`).join('');
}
