/**
 * `pdx batch --shard K/N`: this run's part of an archive split across N
 * machines (or N runs), without a scheduler of our own. An input belongs to
 * shard K when
 *
 *     (first 4 bytes of SHA-256(relative path), as an unsigned big-endian
 *      integer) mod N  =  K - 1
 *
 * where the relative path is the one its --out file mirrors (relative to the
 * deepest folder holding every argument), in UTF-8 with `/` between folders.
 * It depends on nothing but that path and N — not on the machine, the folder
 * the archive is mounted in, the other files, or --jobs — so N runs given the
 * same arguments take disjoint parts that together are the whole, and an
 * input keeps its shard when files are added. K counts from 1, as in
 * `split -n K/N` and the --shard of test runners; a 0-based index
 * ($JOB_COMPLETION_INDEX) is given as INDEX + 1.
 */
import { createHash } from 'node:crypto';
import { sep } from 'node:path';

export interface Shard {
  /** This run's part, 1 … count. */
  index: number;
  /** How many parts the inputs are split into. */
  count: number;
}

/** More parts than a 32-bit hash has values would leave some empty by construction. */
const MAX_COUNT = 2 ** 32;

/** The shard (1 … count) of an input, from its path relative to the common folder (`/` or the platform's separator). */
export function shardOf(relative: string, count: number): number {
  const digest = createHash('sha256').update(relative.split(sep).join('/'), 'utf8').digest();
  return (digest.readUInt32BE(0) % count) + 1;
}

/** Reads --shard K/N; adds what is wrong with it to `problems` and returns null then. */
export function parseShard(value: string | undefined, problems: string[]): Shard | null {
  if (value === undefined) return null;
  const fail = (why: string): null => {
    problems.push(`--shard ${value}: ${why}`);
    return null;
  };
  const match = /^(\d*)\/(\d*)$/.exec(value);
  if (!match) return fail("give K/N, this run's part K of N parts (K from 1 to N), e.g. --shard 2/4");
  const [, k = '', n = ''] = match;
  if (k === '' || n === '') return fail(`${k === '' ? 'K' : 'N'} is missing: is the variable that should give it set? (e.g. --shard 2/4, K from 1 to N)`);
  const index = Number(k);
  const count = Number(n);
  if (count < 1) return fail('N, the number of parts, must be at least 1');
  if (count > MAX_COUNT) return fail(`N can be at most ${MAX_COUNT}`);
  if (index < 1)
    return fail(
      `K counts from 1 to N (1/${count} … ${count}/${count}); for a 0-based index such as $JOB_COMPLETION_INDEX give $((JOB_COMPLETION_INDEX + 1))/${count}`,
    );
  if (index > count) return fail(`K cannot be more than N: the parts are 1/${count} … ${count}/${count}`);
  return { index, count };
}

/** The name of the failure list of one shard in --out, so that shards writing to one folder, or merged into one, keep each its own. */
export function errorsFileName(shard: Shard | null): string {
  return shard ? `_errors.${shard.index}-of-${shard.count}.jsonl` : '_errors.jsonl';
}
