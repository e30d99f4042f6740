// Calibrates the built-in topic dictionary on hand-coded clauses and writes it
// as plain data to src/topics/builtin-dictionary.json, with the figures in
// calibration/report.md:
//
//   npm run calibrate                 build, calibrate, write both files (a few minutes)
//   npm run calibrate -- --check      exit 1 if either file would change
//
// The terms, exclude words and hand weights live in calibration/builtin-prior.json
// (a pdx dictionary itself): edit that, then run this. The hand weights are the
// prior; the clauses (scripts/topic-data.mjs: train and wild-tune) say how much
// each term tells about its topic:
//
// 1. Features: per clause and topic, Σ repeats(count) of each term that fired,
//    found by pdx's own matcher (explainTopics) on the prior dictionary.
// 2. Weights: per topic, a logistic regression of the coded tag on those
//    features, coefficients ≥ 0 (every term that fires is evidence) with an L2
//    penalty λ pulling each toward its hand weight × K (K: the scale at which
//    the hand weights fit the data best, in logits per unit of weight). Weights
//    are coefficient / K, so they stay in the units of the hand weights; a
//    term rarely seen keeps about its hand weight. A term whose weight falls
//    under 0.05 fires mostly on clauses not about its topic, and is dropped.
// 3. Decision rule: how thresholds scale with clause length (not at all, or
//    × (length / reference) ^ exponent, the reference being the median length
//    of the coded clauses), a dictionary threshold and relative floor (share
//    of the strongest topic), then per-topic thresholds for topics with at
//    least MIN_POSITIVES coded clauses, chosen to maximise micro-F1 on
//    out-of-fold scores: 5-fold cross-validation over documents (no clause is
//    scored by weights fitted on its own document), repeated with three
//    splits and pooled.
// 4. λ is chosen by the same cross-validation. The report gives, per topic,
//    F1 in-sample, cross-validated (nested: weights and rule chosen without
//    the held-out fold), and on ../shared/gold/dev.jsonl, which calibration
//    never fits; before (the hand dictionary, threshold 1.5, floor 0.2) and
//    after; and, as the figure to expect on news items never read, the whole
//    procedure run on the singly coded training clauses alone and scored on
//    the adjudicated wild-tune clauses (wild-tune left out).
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { counts, decide, evidence, f1, features, fitLogistic, foldOf, lengthFactor, precision, recall } from './topic-model.mjs';
import { labelledClauses, root, TRAIN } from './topic-data.mjs';

const PRIOR = join(root, 'calibration/builtin-prior.json');
const OUTPUT = join(root, 'src/topics/builtin-dictionary.json');
const REPORT = join(root, 'calibration/report.md');
const FOLDS = 5;
const LAMBDAS = [0.3, 1, 3];
const SCALES = [1, 1.5, 2, 2.5, 3, 4];
const THRESHOLDS = [0.25, 0.5, 0.75, 1, 1.25, 1.5, 1.75, 2, 2.25, 2.5, 3];
const FLOORS = [0, 0.1, 0.2, 0.3, 0.4, 0.5];
// How thresholds may scale with clause length: (length / reference) ^ exponent, the reference being
// the median length of the coded clauses (to ten characters) and the exponent chosen (0: not at all).
const LENGTH_EXPONENTS = [0, 0.25, 0.5, 0.75];
const MIN_POSITIVES = 30;
const MIN_WEIGHT = 0.05;
// The rule of the hand dictionary before calibration, for the "before" figures.
const HAND_RULE = { threshold: 1.5, relativeFloor: 0.2 };

const check = process.argv.includes('--check');
const { extract, explainTopics, createTopicEngine, dictionaryFileSchema } = await import(join(root, 'dist/index.js'));
const prior = dictionaryFileSchema.parse(JSON.parse(readFileSync(PRIOR, 'utf8')));
const { rows, notes } = labelledClauses(extract, ['train', 'wild-tune']);
const { rows: devRows } = labelledClauses(extract, ['dev']);
const log = (line) => process.stderr.write(`${line}\n`);
const lengths = rows.map((row) => row.text.length).sort((a, b) => a - b);
const reference = Math.round(lengths[lengths.length >> 1] / 10) * 10;
const CLAUSE_LENGTHS = LENGTH_EXPONENTS.map((exponent) => (exponent === 0 ? null : { reference, exponent }));
log(`calibrate: ${rows.length} coded clauses (${notes.join('; ') || 'all located'}); dev ${devRows.length} for the report`);

const range = (n) => Array.from({ length: n }, (_, i) => i);
const pick = (array, indices) => indices.map((i) => array[i]);
const all = range(rows.length);
const primeEngine = createTopicEngine([prior]);
const model = features(
  prior,
  rows.map((row) => row.text),
  (text) => explainTopics(text, primeEngine),
);
const topicIds = model.map((topic) => topic.id);
const labelsOf = (set) => topicIds.map((id) => set.map((row) => (row.topics.includes(id) ? 1 : 0)));
const labels = labelsOf(rows);
// Repeated cross-validation: the rule is chosen on the out-of-fold scores of
// every repetition pooled, so that it does not hang on one split into folds.
const REPETITIONS = ['', 'second:', 'third:'];
const foldsOf = (seed) => rows.map((row) => foldOf(`${seed}${row.doc}`, FOLDS));
const repetitions = REPETITIONS.map(foldsOf);

// K: the scale of the hand weights in logits, by likelihood with the weights held at the prior.
function logLikelihood(scale) {
  let total = 0;
  model.forEach((topic, t) => {
    const weights = topic.prior.map((w) => w * scale);
    const { intercept } = fitLogistic(topic.rows, labels[t], weights, 0, { interceptOnly: true });
    evidence(topic.rows, weights).forEach((s, i) => {
      const z = intercept + s;
      total -= Math.log1p(Math.exp(labels[t][i] ? -z : z));
    });
  });
  return total;
}
const likelihoods = SCALES.map(logLikelihood);
const scale = SCALES[likelihoods.indexOf(Math.max(...likelihoods))];
log(`calibrate: scale K = ${scale} logits per unit of hand weight`);

/** Weights per topic (dictionary units) fitted on the clauses `indices`. */
function fit(indices, lambda) {
  return model.map((topic, t) => {
    const { coef } = fitLogistic(
      pick(topic.rows, indices),
      pick(labels[t], indices),
      topic.prior.map((w) => w * scale),
      lambda,
    );
    return coef.map((c) => c / scale);
  });
}
const scoresOf = (weights, indices) => model.map((topic, t) => evidence(pick(topic.rows, indices), weights[t]));

/** Out-of-fold scores of the clauses `indices`: each fold scored by weights fitted on the others. */
function outOfFold(indices, lambda, foldOfRow) {
  const scores = model.map(() => new Array(indices.length).fill(0));
  for (let f = 0; f < FOLDS; f++) {
    const train = indices.filter((i) => foldOfRow[i] !== f);
    const held = indices.map((i, q) => [i, q]).filter(([i]) => foldOfRow[i] === f);
    if (held.length === 0) continue;
    const heldScores = scoresOf(
      fit(train, lambda),
      held.map(([i]) => i),
    );
    for (const t of model.keys()) {
      for (const [k, [, q]] of held.entries()) scores[t][q] = heldScores[t][k];
    }
  }
  return scores;
}

/** Out-of-fold scores of the clauses `indices` in every repetition, one after another, with their truth and clauses. */
function pooledOutOfFold(indices, lambda) {
  const runs = repetitions.map((foldOfRow) => outOfFold(indices, lambda, foldOfRow));
  return {
    scores: model.map((_, t) => runs.flatMap((run) => run[t])),
    truth: labels.map((l) => repetitions.flatMap(() => pick(l, indices))),
    indices: repetitions.flatMap(() => indices),
  };
}

/**
 * The rule that maximises micro-F1 of `scores` (of the clauses `indices`)
 * against `truth`: per clause-length option, a global threshold and floor,
 * then per-topic thresholds; the best of the options.
 */
function chooseRule(scores, truth, indices) {
  return CLAUSE_LENGTHS.map((clauseLength) =>
    chooseThresholds(
      scores,
      truth,
      clauseLength,
      indices.map((i) => lengthFactor(clauseLength, rows[i].text.length)),
    ),
  ).reduce((a, b) => (b.f > a.f ? b : a));
}

function chooseThresholds(scores, truth, clauseLength, factors) {
  const score = (thresholds, floor) => f1(counts(decide(scores, thresholds, floor, factors), truth).total);
  let best = { f: -1, clauseLength, threshold: 0, floor: 0, thresholds: [] };
  for (const threshold of THRESHOLDS) {
    for (const floor of FLOORS) {
      const thresholds = topicIds.map(() => threshold);
      const f = score(thresholds, floor);
      if (f > best.f) best = { ...best, f, threshold, floor, thresholds };
    }
  }
  for (let round = 0; round < 2; round++) {
    topicIds.forEach((_, t) => {
      if (truth[t].reduce((a, b) => a + b, 0) < MIN_POSITIVES * REPETITIONS.length) return;
      for (const threshold of THRESHOLDS) {
        const thresholds = best.thresholds.slice();
        thresholds[t] = threshold;
        const f = score(thresholds, best.floor);
        if (f > best.f + 1e-12) best = { ...best, f, thresholds };
      }
    });
  }
  return best;
}

// λ by cross-validation.
const byLambda = LAMBDAS.map((lambda) => {
  const pooled = pooledOutOfFold(all, lambda);
  return { lambda, rule: chooseRule(pooled.scores, pooled.truth, pooled.indices) };
});
const chosen = byLambda.reduce((a, b) => (b.rule.f > a.rule.f ? b : a));
const describeLength = (clauseLength) => (clauseLength ? `× (length / ${clauseLength.reference}) ^ ${clauseLength.exponent}` : 'not scaled by length');
for (const { lambda, rule } of byLambda)
  log(
    `calibrate: λ ${lambda}: out-of-fold micro-F1 ${rule.f.toFixed(3)} (threshold ${rule.threshold} ${describeLength(rule.clauseLength)}, floor ${rule.floor})`,
  );
const lambda = chosen.lambda;

/** Tags of the clauses `held` by the whole procedure (weights, then the rule by pooled out-of-fold scores) run on the clauses `train` alone. */
function heldOutTags(train, held) {
  const pooled = pooledOutOfFold(train, lambda);
  const rule = chooseRule(pooled.scores, pooled.truth, pooled.indices);
  return decide(
    scoresOf(fit(train, lambda), held),
    rule.thresholds,
    rule.floor,
    held.map((i) => lengthFactor(rule.clauseLength, rows[i].text.length)),
  );
}

// Nested cross-validation of the whole procedure with the chosen λ (other fold seeds for the outer loop).
const outer = rows.map((row) => foldOf(`outer:${row.doc}`, FOLDS));
const nestedTags = model.map(() => new Uint8Array(rows.length));
for (let f = 0; f < FOLDS; f++) {
  const held = all.filter((i) => outer[i] === f);
  const tags = heldOutTags(
    all.filter((i) => outer[i] !== f),
    held,
  );
  for (const t of model.keys()) {
    for (const [k, i] of held.entries()) nestedTags[t][i] = tags[t][k];
  }
}
// Wild-tune left out: the procedure run on the singly coded training clauses alone, scored on the
// adjudicated clauses of whole news items, as wild-test is: the figure to expect on items never read.
const wildTune = all.filter((i) => rows[i].set === 'wild-tune');
const wildTuneLeftOut = counts(
  heldOutTags(
    all.filter((i) => rows[i].set !== 'wild-tune'),
    wildTune,
  ),
  labels.map((l) => pick(l, wildTune)),
);

// The final weights and rule.
const rawWeights = fit(all, lambda);
const rule = chosen.rule;
const round2 = (x) => Math.round(x * 100) / 100;
const calibrated = {
  name: prior.name,
  version: '2.4.0',
  description:
    'Built-in topic dictionary for pdx: vocabulary of Chinese national and local government reports (2012–2026) for the 22 topics of the cn-governance taxonomy (shared/taxonomy.json). Generated by scripts/calibrate-topics.mjs from the hand dictionary calibration/builtin-prior.json: weights and decision rule fitted on hand-coded clauses (calibration/report.md).',
  threshold: rule.threshold,
  relativeFloor: rule.floor,
  ...(rule.clauseLength ? { clauseLength: rule.clauseLength } : {}),
  topics: [],
};
const termChanges = [];
calibrated.topics = prior.topics.map((topic, t) => {
  const terms = [];
  (topic.terms ?? []).forEach((entry, j) => {
    const options = typeof entry === 'string' ? { term: entry } : entry;
    const weight = round2(rawWeights[t][j]);
    termChanges.push({
      topic: topic.id,
      term: options.term,
      prior: model[t].prior[j],
      weight,
      seen: model[t].rows.reduce((n, r) => n + (r.some(([k]) => k === j) ? 1 : 0), 0),
    });
    if (weight < MIN_WEIGHT) return;
    const { weight: _, ...rest } = options;
    terms.push(weight === 1 && Object.keys(rest).length === 1 ? rest.term : { ...rest, weight });
  });
  const { terms: __, ...head } = topic;
  return { ...head, ...(rule.thresholds[t] !== rule.threshold ? { threshold: rule.thresholds[t] } : {}), terms };
});
dictionaryFileSchema.parse(calibrated);

// What the shipped dictionary does, by pdx's own tagger.
function tagWith(dictionary, set, handRule = null) {
  const engine = createTopicEngine([handRule ? { ...dictionary, ...handRule } : dictionary]);
  const tags = topicIds.map(() => new Uint8Array(set.length));
  set.forEach((row, i) => {
    for (const topic of explainTopics(row.text, engine).topics) if (topic.tagged) tags[topicIds.indexOf(topic.id)][i] = 1;
  });
  return tags;
}
const devLabels = labelsOf(devRows);
const before = { train: counts(tagWith(prior, rows, HAND_RULE), labels), dev: counts(tagWith(prior, devRows, HAND_RULE), devLabels) };
const afterTags = tagWith(calibrated, rows);
const after = { train: counts(afterTags, labels), dev: counts(tagWith(calibrated, devRows), devLabels), cv: counts(nestedTags, labels) };
// The same rule on the model's own sums, to see that the engine adds up as the model does.
const modelTags = decide(
  scoresOf(
    calibrated.topics.map((topic, t) =>
      model[t].terms.map((term) => {
        const kept = topic.terms.find((entry) => (typeof entry === 'string' ? entry : entry.term) === term);
        return kept === undefined ? 0 : typeof kept === 'string' ? 1 : kept.weight;
      }),
    ),
    all,
  ),
  rule.thresholds,
  rule.floor,
  all.map((i) => lengthFactor(rule.clauseLength, rows[i].text.length)),
);
let disagreements = 0;
all.forEach((i) => {
  if (model.some((_, t) => modelTags[t][i] !== afterTags[t][i])) disagreements++;
});

// The report.
const fmt = (x) => x.toFixed(3);
const line = (k) => `${fmt(f1(k))} (P ${fmt(precision(k))} R ${fmt(recall(k))})`;
const dropped = termChanges.filter((c) => c.weight < MIN_WEIGHT);
const seen = termChanges.filter((c) => c.seen > 0 && c.weight >= MIN_WEIGHT);
const moved = seen.filter((c) => Math.abs(c.weight - c.prior) >= 0.1);
const byMove = [...moved].sort((a, b) => b.weight - b.prior - (a.weight - a.prior));
const example = (list) => list.map((c) => `${c.term} (${c.topic}) ${c.prior} → ${c.weight}, in ${c.seen} clauses`).join('; ');
const report = [
  '# Calibration of the built-in topic dictionary',
  '',
  'Generated by `npm run calibrate` (scripts/calibrate-topics.mjs; its header says the method); do not edit.',
  '',
  `- coded clauses: ${rows.length} (train: ${TRAIN.map((path) => `fixtures/gold/${basename(path)}`).join(' + ')} ${rows.filter((r) => r.set === 'train').length}, wild-tune ${rows.filter((r) => r.set === 'wild-tune').length}) in ${new Set(rows.map((r) => r.doc)).size} documents; ${FOLDS}-fold cross-validation over documents, repeated ${REPETITIONS.length} times`,
  `- prior: calibration/builtin-prior.json, ${termChanges.length} terms; scale K = ${scale} logits per unit of hand weight`,
  `- λ (L2 pull toward the hand weights) by cross-validation: ${byLambda.map((b) => `${b.lambda} → ${fmt(b.rule.f)}`).join(', ')}; chosen ${lambda}`,
  `- decision rule: threshold ${rule.threshold} ${describeLength(rule.clauseLength)} (chosen among: ${CLAUSE_LENGTHS.map(describeLength).join('; ')}), relative floor ${rule.floor}; per-topic thresholds (topics with ≥ ${MIN_POSITIVES} coded clauses): ${
    topicIds
      .map((id, t) => (rule.thresholds[t] !== rule.threshold ? `${id} ${rule.thresholds[t]}` : null))
      .filter(Boolean)
      .join(', ') || 'none'
  }`,
  `- terms: ${termChanges.length - dropped.length} kept, ${dropped.length} dropped (weight under ${MIN_WEIGHT}); ${seen.length} seen in the coded clauses, ${moved.length} of them moved by 0.1 or more`,
  `- the engine's tags equal the model's on ${rows.length - disagreements} of ${rows.length} clauses`,
  '',
  '## Micro-F1',
  '',
  '| | coded clauses in-sample | cross-validated (nested) | dev (never calibrated on) |',
  '|---|---|---|---|',
  `| before (hand weights, threshold ${HAND_RULE.threshold}, floor ${HAND_RULE.relativeFloor}) | ${line(before.train.total)} | — | ${line(before.dev.total)} |`,
  `| after | ${line(after.train.total)} | ${line(after.cv.total)} | ${line(after.dev.total)} |`,
  '',
  `Wild-tune left out (the whole procedure run on the singly coded training clauses alone, then scored on the adjudicated wild-tune clauses, as wild-test is adjudicated): ${line(wildTuneLeftOut.total)}.`,
  '',
  '## Per topic (F1)',
  '',
  '| topic | coded | before in-sample | after in-sample | after cross-validated | dev before | dev after | dev coded |',
  '|---|---|---|---|---|---|---|---|',
  ...topicIds.map((id, t) => {
    const positives = labels[t].reduce((a, b) => a + b, 0);
    const devPositives = devLabels[t].reduce((a, b) => a + b, 0);
    return `| ${id} | ${positives} | ${fmt(f1(before.train.perTopic[t]))} | ${fmt(f1(after.train.perTopic[t]))} | ${fmt(f1(after.cv.perTopic[t]))} | ${fmt(f1(before.dev.perTopic[t]))} | ${fmt(f1(after.dev.perTopic[t]))} | ${devPositives} |`;
  }),
  '',
  '## Terms',
  '',
  `Raised most: ${example(byMove.slice(0, 12))}.`,
  '',
  `Lowered most: ${example(byMove.slice(-12).reverse())}.`,
  '',
  `Dropped: ${dropped.map((c) => `${c.term} (${c.topic}, ${c.prior}, in ${c.seen} clauses)`).join('; ') || 'none'}.`,
  '',
].join('\n');

const json = `${JSON.stringify(calibrated, null, 2)}\n`;
if (check) {
  const stale = [
    [OUTPUT, json],
    [REPORT, report],
  ]
    .filter(([path, text]) => readFileSync(path, 'utf8') !== text)
    .map(([path]) => path);
  if (stale.length > 0) {
    log(`calibrate: out of date: ${stale.join(', ')}; run node scripts/calibrate-topics.mjs`);
    process.exit(1);
  }
  log('calibrate: up to date');
} else {
  writeFileSync(OUTPUT, json);
  writeFileSync(REPORT, report);
  log(`calibrate: wrote ${OUTPUT} and ${REPORT}`);
}
log(
  `calibrate: micro-F1 in-sample ${fmt(f1(after.train.total))}, cross-validated ${fmt(f1(after.cv.total))}, wild-tune left out ${fmt(f1(wildTuneLeftOut.total))}, dev ${fmt(f1(after.dev.total))} (before: ${fmt(f1(before.train.total))}, dev ${fmt(f1(before.dev.total))})`,
);
