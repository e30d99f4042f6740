/**
 * Agreement between coders: Cohen's kappa (Cohen 1960) for two coders, and
 * Krippendorff's alpha for nominal data (Krippendorff 2011, "Computing
 * Krippendorff's Alpha-Reliability"), which takes any number of coders and
 * values left out. For a coding sheet coded twice (`coded_topics`,
 * `coded_topics_2`), each topic is a yes/no decision per row.
 */

/**
 * Cohen's kappa of two coders' values on the same units: (po − pe) / (1 − pe),
 * po the share of units they agree on, pe the share expected by chance from
 * each coder's own distribution. Null when pe is 1 (both always gave one same value).
 */
export function cohensKappa<T>(first: readonly T[], second: readonly T[]): number | null {
  if (first.length !== second.length) throw new RangeError(`cohensKappa: ${first.length} values against ${second.length}; give one pair per unit`);
  const n = first.length;
  if (n === 0) return null;
  let agreed = 0;
  const counts = new Map<T, [number, number]>();
  first.forEach((value, i) => {
    const other = second[i]!;
    if (value === other) agreed++;
    const a = counts.get(value) ?? [0, 0];
    a[0]++;
    counts.set(value, a);
    const b = counts.get(other) ?? [0, 0];
    b[1]++;
    counts.set(other, b);
  });
  const observed = agreed / n;
  let expected = 0;
  for (const [a, b] of counts.values()) expected += (a / n) * (b / n);
  return expected >= 1 ? null : (observed - expected) / (1 - expected);
}

/**
 * Krippendorff's alpha for nominal values: 1 − Do / De from the coincidence
 * matrix. `units[u]` holds the values the coders gave unit u, `null` where a
 * coder gave none; units with fewer than two values are not pairable and
 * are left out. Null when there is no variation at all (De = 0).
 */
export function krippendorffAlpha<T>(units: readonly (readonly (T | null)[])[]): number | null {
  // o[c][k]: coincidences of values c and k within units, each unit's pairs weighted 1 / (m_u − 1).
  const coincidences = new Map<T, Map<T, number>>();
  for (const unit of units) {
    const values = unit.filter((value): value is T => value !== null);
    const m = values.length;
    if (m < 2) continue;
    values.forEach((c, i) => {
      values.forEach((k, j) => {
        if (i === j) return;
        const row = coincidences.get(c) ?? new Map<T, number>();
        row.set(k, (row.get(k) ?? 0) + 1 / (m - 1));
        coincidences.set(c, row);
      });
    });
  }
  const marginals = new Map<T, number>();
  let n = 0;
  let disagreement = 0;
  for (const [c, row] of coincidences) {
    for (const [k, count] of row) {
      marginals.set(c, (marginals.get(c) ?? 0) + count);
      n += count;
      if (c !== k) disagreement += count;
    }
  }
  let expected = 0;
  const totals = [...marginals.values()];
  for (const [i, a] of totals.entries()) {
    for (const [j, b] of totals.entries()) if (i !== j) expected += a * b;
  }
  expected /= n - 1;
  return expected > 0 ? 1 - disagreement / expected : null;
}

/** Two coders on one topic: how many rows each coded with it, their agreement, kappa and alpha. */
export interface TopicAgreement {
  id: string;
  /** Rows coded by both. */
  rows: number;
  first: number;
  second: number;
  both: number;
  /** Share of rows where they agree (both or neither coded the topic). */
  agreement: number | null;
  kappa: number | null;
  alpha: number | null;
}

export interface CodingAgreement {
  /** Rows coded by both coders. */
  rows: number;
  /** Rows where both gave the same set of topics. */
  sameTopics: number;
  topics: TopicAgreement[];
  /** Over every row and every topic either coder used: agreement, kappa and alpha of the yes/no decisions. */
  pooled: { decisions: number; agreement: number | null; kappa: number | null; alpha: number | null };
}

/** Agreement of two coders on the rows both coded; `topicOrder` orders the topics. */
export function codingAgreement(rows: readonly { first: readonly string[]; second: readonly string[] }[], topicOrder: readonly string[]): CodingAgreement {
  const sets = rows.map((row) => ({ first: new Set(row.first), second: new Set(row.second) }));
  const used = new Set<string>();
  for (const { first, second } of sets) for (const id of [...first, ...second]) used.add(id);
  const rank = (id: string): number => {
    const at = topicOrder.indexOf(id);
    return at < 0 ? topicOrder.length : at;
  };
  const ids = [...used].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : 1));
  const pooledFirst: boolean[] = [];
  const pooledSecond: boolean[] = [];
  const topics = ids.map((id): TopicAgreement => {
    const first = sets.map((set) => set.first.has(id));
    const second = sets.map((set) => set.second.has(id));
    pooledFirst.push(...first);
    pooledSecond.push(...second);
    const agreed = first.filter((value, i) => value === second[i]).length;
    return {
      id,
      rows: sets.length,
      first: first.filter(Boolean).length,
      second: second.filter(Boolean).length,
      both: first.filter((value, i) => value && second[i]).length,
      agreement: sets.length > 0 ? agreed / sets.length : null,
      kappa: cohensKappa(first, second),
      alpha: krippendorffAlpha(first.map((value, i) => [value, second[i]!])),
    };
  });
  const agreed = pooledFirst.filter((value, i) => value === pooledSecond[i]).length;
  return {
    rows: sets.length,
    sameTopics: sets.filter(({ first, second }) => first.size === second.size && [...first].every((id) => second.has(id))).length,
    topics,
    pooled: {
      decisions: pooledFirst.length,
      agreement: pooledFirst.length > 0 ? agreed / pooledFirst.length : null,
      kappa: cohensKappa(pooledFirst, pooledSecond),
      alpha: krippendorffAlpha(pooledFirst.map((value, i) => [value, pooledSecond[i]!])),
    },
  };
}
