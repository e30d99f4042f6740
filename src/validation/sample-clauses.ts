/**
 * Clauses drawn at random from a corpus, for a coding sheet (`pdx sample`).
 *
 * Each distinct clause text gets a key, a hash of the seed and the text: the
 * sample is the clauses with the smallest keys, in order of their keys. So
 * the same seed gives the same sample whatever the order of the inputs, a
 * clause archived twice is one clause (drawn once, shown with its first
 * document), any first rows of a sheet are themselves a random sample (the
 * first 50 of a sample of 200 are the sample of 50), and only the `n`
 * smallest keys are ever kept: a corpus of any size streams through.
 *
 * By topic, the sample is stratified: a clause's stratum is its rarest topic
 * in the corpus (clauses without a topic form the stratum "none"), every
 * stratum gets at least `minRows` rows (or all it has), and the rest of `n`
 * is shared out in proportion to the strata's sizes. A row then carries the
 * weight of its stratum (clauses in the stratum / rows drawn from it), with
 * which counts on the sheet estimate counts in the corpus. To draw the
 * smallest keys of a stratum without holding the corpus, the `n` smallest
 * keys are kept per set of topics that occurs. The rows drawn are put in the
 * order of a second key made from the first, so that the strata mix: any
 * first rows hold each stratum's rows in about its share of the sheet.
 */
import { createHash } from 'node:crypto';

/** A clause as the sampler needs it. */
export interface ClauseToSample {
  doc: string;
  clause: number;
  speaker: string;
  cue: string;
  text: string;
  /** Its topic ids under the active dictionaries, strongest first. */
  topics: readonly string[];
}

export interface SampledClause extends ClauseToSample {
  /** By topic: the stratum it was drawn from (a topic id, or "none") and the weight of its stratum. */
  stratum?: string;
  weight?: number;
}

/** A stratum of a sample drawn by topic. */
export interface Stratum {
  /** A topic id, or {@link NO_TOPIC_STRATUM}. */
  id: string;
  /** Distinct clauses of the corpus in it. */
  clauses: number;
  /** Rows drawn from it. */
  rows: number;
  /** clauses / rows: how many clauses of the corpus each row stands for. */
  weight: number;
}

export interface Sample {
  rows: SampledClause[];
  /** Distinct clause texts in the corpus. */
  clauses: number;
  /** Clauses whose text was seen before (a report archived twice), not counted again. */
  repeated: number;
  /** By topic: the strata in the order of `topicOrder` ("none" last), the least rows each was given, and how many rows carry each topic. */
  byTopic: { strata: Stratum[]; minRows: number; askedMinRows: number; rowsWithTopic: Map<string, number> } | null;
}

export interface SampleOptions {
  n: number;
  seed: number;
  /** Stratify by topic, each stratum at least this many rows (fewer when n cannot hold that many for every stratum). */
  byTopic?: { minRows: number };
}

/** The stratum of clauses without a topic. */
export const NO_TOPIC_STRATUM = 'none';

interface Keyed {
  key: string;
  clause: ClauseToSample;
}

/** The `capacity` entries with the smallest keys seen so far: a max-heap, its largest key on top. */
class SmallestKeys {
  private readonly heap: Keyed[] = [];
  constructor(private readonly capacity: number) {}

  offer(entry: Keyed): void {
    const heap = this.heap;
    if (heap.length < this.capacity) {
      heap.push(entry);
      for (let i = heap.length - 1; i > 0; ) {
        const parent = (i - 1) >> 1;
        if (heap[parent]!.key >= heap[i]!.key) break;
        [heap[parent], heap[i]] = [heap[i]!, heap[parent]!];
        i = parent;
      }
      return;
    }
    if (this.capacity === 0 || entry.key >= heap[0]!.key) return;
    heap[0] = entry;
    for (let i = 0; ; ) {
      const left = 2 * i + 1;
      const right = left + 1;
      let largest = i;
      if (left < heap.length && heap[left]!.key > heap[largest]!.key) largest = left;
      if (right < heap.length && heap[right]!.key > heap[largest]!.key) largest = right;
      if (largest === i) break;
      [heap[largest], heap[i]] = [heap[i]!, heap[largest]!];
      i = largest;
    }
  }

  /** The entries kept, smallest key first. */
  sorted(): Keyed[] {
    return [...this.heap].sort((a, b) => (a.key < b.key ? -1 : 1));
  }
}

const byKey = (a: Keyed, b: Keyed): number => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** A second key from a clause's key, for the order of rows drawn by topic: random, and the same for the same seed. */
const shuffled = (key: string): string => createHash('sha256').update(`pdx-sample-order\u0000${key}`).digest('hex').slice(0, 16);

/**
 * Rows per stratum: at least `minRows` each (or all a stratum has), lowered
 * until `n` holds that for every stratum; the rest in proportion to what each
 * stratum has left (largest remainders, ties to the earlier stratum).
 */
export function allocateRows(sizes: readonly number[], n: number, minRows: number): { rows: number[]; minRows: number } {
  const population = sizes.reduce((a, b) => a + b, 0);
  if (n >= population) return { rows: [...sizes], minRows };
  let floor = minRows;
  while (floor > 0 && sizes.reduce((sum, size) => sum + Math.min(size, floor), 0) > n) floor--;
  const rows = sizes.map((size) => Math.min(size, floor));
  const rest = n - rows.reduce((a, b) => a + b, 0);
  const room = sizes.map((size, i) => size - rows[i]!);
  const roomTotal = room.reduce((a, b) => a + b, 0);
  if (rest === 0 || roomTotal === 0) return { rows, minRows: floor };
  const quotas = room.map((r) => (rest * r) / roomTotal);
  for (const [i, quota] of quotas.entries()) rows[i]! += Math.floor(quota);
  let left = rest - quotas.reduce((sum, quota) => sum + Math.floor(quota), 0);
  const order = quotas.map((quota, i) => ({ i, fraction: quota - Math.floor(quota) })).sort((a, b) => b.fraction - a.fraction || a.i - b.i);
  for (const { i } of order) {
    if (left === 0) break;
    rows[i]!++;
    left--;
  }
  return { rows, minRows: floor };
}

/** Draws clauses as documents stream by (`add`), then the sample (`result`). */
export class ClauseSampler {
  private readonly seen = new Set<string>();
  private repeated = 0;
  private readonly all: SmallestKeys;
  /** By topic: per set of topic ids (sorted, joined by ;) its distinct clauses and the n smallest keys among them. */
  private readonly byTopicSet = new Map<string, { topics: readonly string[]; clauses: number; kept: SmallestKeys }>();

  constructor(private readonly options: SampleOptions) {
    this.all = new SmallestKeys(options.n);
  }

  add(clause: ClauseToSample): void {
    const key = createHash('sha256').update(`pdx-sample\u0000${this.options.seed}\u0000${clause.text}`).digest('hex').slice(0, 16);
    if (this.seen.has(key)) {
      this.repeated++;
      return;
    }
    this.seen.add(key);
    const entry = { key, clause };
    if (!this.options.byTopic) {
      this.all.offer(entry);
      return;
    }
    const topics = [...new Set(clause.topics)].sort();
    const name = topics.join(';');
    let group = this.byTopicSet.get(name);
    if (!group) {
      group = { topics, clauses: 0, kept: new SmallestKeys(this.options.n) };
      this.byTopicSet.set(name, group);
    }
    group.clauses++;
    group.kept.offer(entry);
  }

  /** The sample; `topicOrder` (the active topic ids) orders the strata and breaks ties between equally rare topics. */
  result(topicOrder: readonly string[]): Sample {
    const base = { clauses: this.seen.size, repeated: this.repeated };
    const byTopic = this.options.byTopic;
    if (!byTopic) return { ...base, rows: this.all.sorted().map(({ clause }) => ({ ...clause })), byTopic: null };

    const clausesWith = new Map<string, number>();
    for (const group of this.byTopicSet.values()) for (const topic of group.topics) clausesWith.set(topic, (clausesWith.get(topic) ?? 0) + group.clauses);
    const rank = (topic: string): number => {
      const at = topicOrder.indexOf(topic);
      return at < 0 ? topicOrder.length : at;
    };
    const rarest = (topics: readonly string[]): string =>
      topics.length === 0
        ? NO_TOPIC_STRATUM
        : [...topics].sort((a, b) => clausesWith.get(a)! - clausesWith.get(b)! || rank(a) - rank(b) || (a < b ? -1 : 1))[0]!;

    const members = new Map<string, { clauses: number; kept: Keyed[] }>();
    for (const group of this.byTopicSet.values()) {
      const id = rarest(group.topics);
      const stratum = members.get(id) ?? { clauses: 0, kept: [] };
      stratum.clauses += group.clauses;
      stratum.kept.push(...group.kept.sorted());
      members.set(id, stratum);
    }
    const ids = [...members.keys()].sort((a, b) => (a === NO_TOPIC_STRATUM ? 1 : b === NO_TOPIC_STRATUM ? -1 : rank(a) - rank(b) || (a < b ? -1 : 1)));
    const sizes = ids.map((id) => members.get(id)!.clauses);
    const allocation = allocateRows(sizes, this.options.n, byTopic.minRows);
    const strata: Stratum[] = [];
    const drawn: (Keyed & { stratum: string; weight: number })[] = [];
    ids.forEach((id, i) => {
      const rows = allocation.rows[i]!;
      const weight = rows > 0 ? sizes[i]! / rows : 0;
      strata.push({ id, clauses: sizes[i]!, rows, weight });
      for (const entry of members.get(id)!.kept.sort(byKey).slice(0, rows)) drawn.push({ ...entry, stratum: id, weight });
    });
    // Not by key: a small stratum's rows have larger keys than a big stratum's and would all come last.
    const order = new Map(drawn.map((entry) => [entry, shuffled(entry.key)]));
    drawn.sort((a, b) => (order.get(a)! < order.get(b)! ? -1 : 1));
    const rowsWithTopic = new Map<string, number>();
    for (const { clause } of drawn) for (const topic of new Set(clause.topics)) rowsWithTopic.set(topic, (rowsWithTopic.get(topic) ?? 0) + 1);
    return {
      ...base,
      rows: drawn.map(({ clause, stratum, weight }) => ({ ...clause, stratum, weight })),
      byTopic: { strata, minRows: allocation.minRows, askedMinRows: byTopic.minRows, rowsWithTopic },
    };
  }
}
