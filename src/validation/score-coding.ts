/**
 * How well the dictionaries' tags agree with a coder's (`pdx eval`): per topic
 * the rows coded with it, the rows tagged with it, true positives (coded and
 * tagged), false positives (tagged, not coded), false negatives (coded, not
 * tagged), precision, recall and F1; then micro figures (the counts of every
 * topic summed) and macro figures (the mean of the topics' figures).
 *
 * A figure with a zero denominator is null, not 0: precision of a topic never
 * tagged says nothing. The macro mean is taken over the topics where the
 * figure is defined.
 *
 * With weights (a sample drawn by topic), each row also counts as the
 * clauses of the corpus it stands for, and the weighted figures estimate the
 * corpus's.
 */

/** A coded row: the coder's topic ids, the dictionaries' tags, and the corpus clauses it stands for. */
export interface CodedRow {
  coded: readonly string[];
  tagged: readonly string[];
  weight?: number;
}

export interface Figures {
  tp: number;
  fp: number;
  fn: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export interface TopicFigures extends Figures {
  id: string;
  /** Rows coded with the topic (tp + fn). */
  coded: number;
  /** Rows tagged with it (tp + fp). */
  tagged: number;
  /** With weights: tp, fp and fn as estimated corpus clauses, and the figures from them. */
  weighted?: Figures;
}

export interface CodingScore {
  rows: number;
  /** Topics coded or tagged on at least one row, in the order given. */
  topics: TopicFigures[];
  micro: Figures & { weighted?: Figures };
  macro: { precision: number | null; recall: number | null; f1: number | null };
  /** Rows whose coded and tagged sets are the same. */
  exact: number;
}

const ratio = (numerator: number, denominator: number): number | null => (denominator > 0 ? numerator / denominator : null);

/** Precision, recall and F1 of counts; F1 = 2tp / (2tp + fp + fn). */
export function figures(tp: number, fp: number, fn: number): Figures {
  return { tp, fp, fn, precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn), f1: ratio(2 * tp, 2 * tp + fp + fn) };
}

const mean = (values: readonly (number | null)[]): number | null => {
  const defined = values.filter((value): value is number => value !== null);
  return defined.length > 0 ? defined.reduce((a, b) => a + b, 0) / defined.length : null;
};

/** Scores `rows`; `topicOrder` orders the topics (ids not in it come after, by name). */
export function scoreCoding(rows: readonly CodedRow[], topicOrder: readonly string[]): CodingScore {
  const weighted = rows.some((row) => row.weight !== undefined);
  const counts = new Map<string, { tp: number; fp: number; fn: number; wtp: number; wfp: number; wfn: number }>();
  let exact = 0;
  for (const row of rows) {
    const coded = new Set(row.coded);
    const tagged = new Set(row.tagged);
    const weight = row.weight ?? 1;
    if (coded.size === tagged.size && [...coded].every((id) => tagged.has(id))) exact++;
    for (const id of new Set([...coded, ...tagged])) {
      const count = counts.get(id) ?? { tp: 0, fp: 0, fn: 0, wtp: 0, wfp: 0, wfn: 0 };
      if (coded.has(id) && tagged.has(id)) {
        count.tp++;
        count.wtp += weight;
      } else if (tagged.has(id)) {
        count.fp++;
        count.wfp += weight;
      } else {
        count.fn++;
        count.wfn += weight;
      }
      counts.set(id, count);
    }
  }
  const rank = (id: string): number => {
    const at = topicOrder.indexOf(id);
    return at < 0 ? topicOrder.length : at;
  };
  const ids = [...counts.keys()].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : 1));
  const topics = ids.map((id): TopicFigures => {
    const { tp, fp, fn, wtp, wfp, wfn } = counts.get(id)!;
    return { id, coded: tp + fn, tagged: tp + fp, ...figures(tp, fp, fn), ...(weighted ? { weighted: figures(wtp, wfp, wfn) } : {}) };
  });
  const sum = (pick: (count: { tp: number; fp: number; fn: number; wtp: number; wfp: number; wfn: number }) => number): number =>
    [...counts.values()].reduce((total, count) => total + pick(count), 0);
  const micro = figures(
    sum((c) => c.tp),
    sum((c) => c.fp),
    sum((c) => c.fn),
  );
  return {
    rows: rows.length,
    topics,
    micro: weighted
      ? {
          ...micro,
          weighted: figures(
            sum((c) => c.wtp),
            sum((c) => c.wfp),
            sum((c) => c.wfn),
          ),
        }
      : micro,
    macro: { precision: mean(topics.map((t) => t.precision)), recall: mean(topics.map((t) => t.recall)), f1: mean(topics.map((t) => t.f1)) },
    exact,
  };
}

/** A row of a sheet drawn by topic: its stratum and weight as drawn, and whether it was coded. */
export interface DrawnRow {
  stratum?: string | undefined;
  weight?: number | undefined;
  coded: boolean;
}

/**
 * The weight of each coded row (null when the sheet has no weights): the
 * corpus clauses it stands for. A stratum's clauses (the sum of its rows'
 * weights as drawn) are shared by the rows of it that were coded, so that a
 * sheet coded only in part still estimates the corpus. A row without a
 * stratum keeps its own weight.
 */
export function codedRowWeights(rows: readonly DrawnRow[]): (number | null)[] | null {
  if (rows.every((row) => row.weight === undefined)) return null;
  const clauses = new Map<string, number>();
  const coded = new Map<string, number>();
  const stratumOf = (row: DrawnRow, index: number): string => (row.stratum ? `stratum ${row.stratum}` : `row ${index}`);
  rows.forEach((row, index) => {
    const stratum = stratumOf(row, index);
    clauses.set(stratum, (clauses.get(stratum) ?? 0) + (row.weight ?? 0));
    if (row.coded) coded.set(stratum, (coded.get(stratum) ?? 0) + 1);
  });
  return rows.map((row, index) => (row.coded ? clauses.get(stratumOf(row, index))! / coded.get(stratumOf(row, index))! : null));
}
