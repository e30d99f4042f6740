// The tagger's decision, written as a model that can be fitted: a topic's
// evidence in a clause is Σ weight(term) · repeats(count) over the topic's terms
// that fired (src/topics/tag-topics.ts), and the topic is tagged when that sum
// reaches the topic's threshold and a share (the relative floor) of the
// clause's strongest topic. Used by scripts/calibrate-topics.mjs.

// src/topics/tag-topics.ts: repeats add evidence with diminishing returns, up to three.
export const repeats = (count) => 1 + 0.5 * (Math.min(count, 3) - 1);

const termOf = (entry) => (typeof entry === 'string' ? entry : entry.term);
const weightOf = (entry) => (typeof entry === 'string' ? 1 : (entry.weight ?? 1));

/**
 * Per topic, the terms of `dictionary` (its own order) and, per clause, the
 * terms that fired as sparse features: `topics[t].rows[i]` = [[term index, Σ repeats], …].
 * `explain` is the library's explainTopics bound to an engine of the same dictionary.
 */
export function features(dictionary, texts, explain) {
  const topics = dictionary.topics.map((topic) => ({
    id: topic.id,
    terms: (topic.terms ?? []).map(termOf),
    prior: (topic.terms ?? []).map(weightOf),
    rows: texts.map(() => []),
  }));
  const byId = new Map(topics.map((topic) => [topic.id, { topic, index: new Map(topic.terms.map((term, j) => [term, j])) }]));
  texts.forEach((text, i) => {
    for (const fired of explain(text).topics) {
      const { topic, index } = byId.get(fired.id);
      const sums = new Map();
      for (const term of fired.terms) {
        const j = index.get(term.rule);
        sums.set(j, (sums.get(j) ?? 0) + repeats(term.count));
      }
      topic.rows[i] = [...sums].sort((a, b) => a[0] - b[0]);
    }
  });
  return topics;
}

/** Each clause's evidence for one topic under `weights`. */
export function evidence(rows, weights) {
  return rows.map((row) => row.reduce((sum, [j, x]) => sum + weights[j] * x, 0));
}

const sigmoid = (z) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/**
 * Logistic regression of `labels` (0/1) on the sparse `rows`, with
 * coefficients ≥ 0 (every term that fires is evidence for its topic) and an
 * L2 penalty pulling coefficient j toward `prior[j]`, so that a term seen
 * rarely keeps about its prior and one seen often gets what the data says.
 * Cyclic coordinate descent with a Newton step per coordinate.
 * Returns { intercept, coef }.
 */
export function fitLogistic(rows, labels, prior, lambda, { sweeps = 60, tolerance = 1e-6, interceptOnly = false } = {}) {
  const n = rows.length;
  const m = prior.length;
  const columns = Array.from({ length: m }, () => []);
  rows.forEach((row, i) => {
    for (const [j, x] of row) columns[j].push([i, x]);
  });
  const coef = prior.slice();
  const positives = labels.reduce((a, b) => a + b, 0);
  let intercept = Math.log((positives + 0.5) / (n - positives + 0.5));
  const z = rows.map((row) => row.reduce((sum, [j, x]) => sum + coef[j] * x, intercept));
  for (let sweep = 0; sweep < sweeps; sweep++) {
    let change = 0;
    // intercept: unpenalised
    {
      let g = 0;
      let h = 1e-9;
      for (let i = 0; i < n; i++) {
        const p = sigmoid(z[i]);
        g += p - labels[i];
        h += p * (1 - p);
      }
      const step = g / h;
      intercept -= step;
      for (let i = 0; i < n; i++) z[i] -= step;
      change = Math.max(change, Math.abs(step));
    }
    for (let j = 0; j < (interceptOnly ? 0 : m); j++) {
      const column = columns[j];
      let g = 2 * lambda * (coef[j] - prior[j]);
      let h = 2 * lambda;
      for (const [i, x] of column) {
        const p = sigmoid(z[i]);
        g += (p - labels[i]) * x;
        h += p * (1 - p) * x * x;
      }
      if (h <= 0) continue;
      const next = Math.max(0, coef[j] - g / h);
      const delta = next - coef[j];
      if (delta === 0) continue;
      coef[j] = next;
      for (const [i, x] of column) z[i] += delta * x;
      change = Math.max(change, Math.abs(delta));
    }
    if (change < tolerance) break;
  }
  return { intercept, coef };
}

// As src/topics/tag-topics.ts: a weight that reaches the floor on paper does despite rounding error.
const SLACK = 1e-9;

/** src/topics/tag-topics.ts lengthFactor: thresholds × (length / reference) ^ exponent, the ratio held between a third and three. */
export function lengthFactor(clauseLength, length) {
  if (!clauseLength) return 1;
  return Math.min(3, Math.max(1 / 3, length / clauseLength.reference)) ** clauseLength.exponent;
}

/**
 * Tags under the decision rule: topic t of clause i when `scores[t][i]` reaches
 * `thresholds[t]` × `factors[i]` (the clause's length factor) and `floor`
 * times the clause's strongest topic.
 */
export function decide(scores, thresholds, floor, factors) {
  const n = scores[0]?.length ?? 0;
  const tags = scores.map(() => new Uint8Array(n));
  for (let i = 0; i < n; i++) {
    let strongest = 0;
    for (const topic of scores) strongest = Math.max(strongest, topic[i]);
    scores.forEach((topic, t) => {
      const s = topic[i];
      if (s > 0 && s >= Math.max(thresholds[t] * factors[i], floor * strongest) - SLACK) tags[t][i] = 1;
    });
  }
  return tags;
}

/** tp, fp, fn per topic and summed, of `tags` against `labels` (both [topic][clause] of 0/1). */
export function counts(tags, labels) {
  const perTopic = tags.map((topic, t) => {
    const k = { tp: 0, fp: 0, fn: 0 };
    topic.forEach((tag, i) => {
      const label = labels[t][i];
      if (tag && label) k.tp++;
      else if (tag) k.fp++;
      else if (label) k.fn++;
    });
    return k;
  });
  const total = perTopic.reduce((a, k) => ({ tp: a.tp + k.tp, fp: a.fp + k.fp, fn: a.fn + k.fn }), { tp: 0, fp: 0, fn: 0 });
  return { perTopic, total };
}

export const f1 = ({ tp, fp, fn }) => (tp ? (2 * tp) / (2 * tp + fp + fn) : 0);
export const precision = ({ tp, fp }) => (tp + fp ? tp / (tp + fp) : 0);
export const recall = ({ tp, fn }) => (tp + fn ? tp / (tp + fn) : 0);

/** A document's fold among `k`, the same on every run (FNV-1a of its name). */
export function foldOf(doc, k) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < doc.length; i++) hash = Math.imul(hash ^ doc.charCodeAt(i), 0x01000193) >>> 0;
  return hash % k;
}
