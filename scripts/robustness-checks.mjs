// What the robustness runs check, shared by scripts/robustness.mjs (on the built
// dist/) and the tests (on src/): a seeded random generator, so samples and cuts
// are the same on every run, and the list of what is wrong with one document.

/** mulberry32: a small deterministic PRNG. */
export function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` distinct items of `items`, picked by `next` (a partial Fisher–Yates shuffle), in sorted order. */
export function sample(items, count, next) {
  const copy = [...items];
  const n = Math.min(count, copy.length);
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(next() * (copy.length - i));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy.slice(0, n).sort();
}

/** What is wrong with a document (schema, spans, clause order); empty when nothing. */
export function documentProblems(doc, documentSchema) {
  const found = [];
  const parsed = documentSchema.safeParse(JSON.parse(JSON.stringify(doc)));
  if (!parsed.success) found.push(`schema: ${JSON.stringify(parsed.error.issues.slice(0, 3))}`);
  const slice = ([start, end]) => doc.plainText.slice(start, end);
  doc.clauses.forEach((clause, i) => {
    if (clause.index !== i) found.push(`clause ${i}: index ${clause.index}`);
    if (slice(clause.span) !== clause.text) found.push(`clause ${i}: span ${clause.span} does not slice to its text`);
    if (slice(clause.cueSpan) !== clause.cuePhrase) found.push(`clause ${i}: cueSpan ${clause.cueSpan} does not slice to its cue phrase`);
    if (clause.span[0] > clause.span[1] || clause.span[1] > doc.plainText.length) found.push(`clause ${i}: span ${clause.span} out of the text`);
    if (clause.cueSpan[1] > clause.span[0]) found.push(`clause ${i}: cue after its clause`);
    clause.directives.forEach((directive, j) => {
      if (slice(directive.span) !== directive.text) found.push(`clause ${i} directive ${j}: span does not slice to its text`);
    });
    const next = doc.clauses[i + 1];
    if (next && clause.span[1] > next.cueSpan[0]) found.push(`clause ${i}: overlaps clause ${i + 1}`);
  });
  return found;
}
