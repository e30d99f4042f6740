// `npm run bench`: throughput, stage costs, parallel speed-up, memory and
// start-up of pdx, each printed beside the target of issue 5. Every figure is
// measured in this one run, side by side, on this machine: compare ratios,
// not seconds, across machines.
//
// The corpus is ../shared/bench/xwlb-2024 (5,123 新闻联播 items, 8.5 MB); when
// it is absent a synthetic one is made from fixtures/ and the run says so.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { PATHOLOGICAL_UNITS, pathologicalInput, unitText } from './pathological-units.mjs';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const shared = process.env.PDX_SHARED ?? resolve(root, '../shared');
const BIN = join(root, 'bin', 'pdx.js');
const SMALL_REPORT = join(root, 'fixtures', 'xwlb-private-economy-symposium', 'input.md');
const PYTHON_BASELINE_SECONDS = 6.6; // the issue's BeautifulSoup + lxml + jieba script on the xwlb-2024 corpus
const work = mkdtempSync(join(tmpdir(), 'pdx-bench-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

const now = () => performance.now();
const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
const mb = (bytes) => bytes / 1e6;
const verdict = (ok) => (ok ? 'ok  ' : 'MISS');
const say = (line = '') => console.log(line);

// ── corpus ────────────────────────────────────────────────────────────────
function corpus() {
  const real = join(shared, 'bench', 'xwlb-2024');
  if (existsSync(real)) {
    const names = readdirSync(real).sort();
    return { dir: real, files: names.map((name) => join(real, name)), label: `${real} (real 新闻联播 items)` };
  }
  const dir = join(work, 'synthetic');
  mkdirSync(dir);
  const fixtures = readdirSync(join(root, 'fixtures'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => readdirSync(join(root, 'fixtures', entry.name)).filter((name) => /^input\./.test(name)).map((name) => join(root, 'fixtures', entry.name, name)));
  const files = [];
  for (let i = 0; i < 5123; i++) {
    const source = fixtures[i % fixtures.length];
    const file = join(dir, `${String(i).padStart(5, '0')}${source.slice(source.lastIndexOf('.'))}`);
    // A distinct byte at the end, so that no two inputs are the same file.
    writeFileSync(file, Buffer.concat([readFileSync(source), Buffer.from(`\n<!-- ${i} -->\n`)]));
    files.push(file);
  }
  return { dir, files, label: `SYNTHETIC: ${shared}/bench/xwlb-2024 is absent, so ${files.length} reports were made from fixtures/ (figures are not comparable with the issue's)` };
}

// ── the stage functions, bundled from src/ as dist/ is ────────────────────
async function stageFunctions() {
  const dir = join(root, 'node_modules', '.cache', 'pdx-bench'); // inside the project, so @node-rs/jieba resolves
  mkdirSync(dir, { recursive: true });
  const outfile = join(dir, 'stages.mjs');
  await build({
    stdin: {
      contents: `
        export { decode } from './src/decode/decode.ts';
        export { parseDocument, looksLikeHtml } from './src/text/parse-document.ts';
        export { looksTraditional, toSimplified } from './src/text/simplify.ts';
        export { findClauses } from './src/clauses/find-clauses.ts';
        export { splitDirectives } from './src/directives/split-directives.ts';
        export { findTermHits, scoreTopics } from './src/topics/tag-topics.ts';
        export { defaultTopicEngine } from './src/topics/topic-engine.ts';
        export { documentSchema } from './src/schema.ts';
        export { extract } from './src/extract.ts';
        export { load } from 'cheerio/slim';`,
      resolveDir: root,
      loader: 'ts',
    },
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: ['@node-rs/jieba'],
    banner: { js: "import { createRequire as __c } from 'node:module'; const require = __c(import.meta.url);" },
    logLevel: 'warning',
  });
  return import(outfile);
}

// ── helpers for child processes ───────────────────────────────────────────
// Peak RSS and CPU time of a whole pdx process (main thread and workers share
// them), reported by the process itself as it exits.
const usagePreload = join(work, 'report-usage.cjs');
writeFileSync(
  usagePreload,
  "const { isMainThread } = require('node:worker_threads');\n" +
    "if (isMainThread && process.env.PDX_BENCH_USAGE) process.on('exit', () => {\n" +
    "  const { maxRSS, userCPUTime, systemCPUTime } = process.resourceUsage();\n" +
    "  require('node:fs').writeFileSync(process.env.PDX_BENCH_USAGE, JSON.stringify({ rssMb: maxRSS / 1024, cpuMs: (userCPUTime + systemCPUTime) / 1000 }));\n" +
    '});\n',
);

/** Runs node with `args` to its end: its wall time in ms. */
function time(args, env = {}) {
  const started = now();
  const result = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ...env } });
  const ms = now() - started;
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return ms;
}

/** The same, with the process's own peak RSS and CPU time. */
function run(args, env = {}) {
  const report = join(work, `usage-${Math.random().toString(36).slice(2)}`);
  const ms = time([`--require=${usagePreload}`, ...args], { ...env, PDX_BENCH_USAGE: report });
  return { ms, ...JSON.parse(readFileSync(report, 'utf8')) };
}

/** The same, for several commands started together. */
async function runTogether(commands) {
  const started = now();
  const ends = await Promise.all(
    commands.map(
      (args) =>
        new Promise((resolveEnd, reject) => {
          const child = spawn(process.execPath, args, { stdio: 'ignore' });
          child.on('error', reject);
          child.on('close', () => resolveEnd(now()));
        }),
    ),
  );
  return Math.max(...ends) - started;
}

// ── pathological inputs ───────────────────────────────────────────────────
// No input may cost more than linear time (issue 13, point 1): no ReDoS, no
// search that runs on to the end (or back to the start) of the text once per
// cue, hit or name. Each unit (scripts/pathological-units.mjs) aims at one
// lexicon-driven scan; repeated on one line 25,000 and 100,000 times it goes
// through extract (bytes in, so decoding runs too) in this process, start-up
// left out, least CPU time of 3: a linear cost gives ≈ 4×, above 6× is a MISS
// (unless the larger input takes under 50 ms: then the ratio is noise).
// A 1 MB input of each must finish in seconds (≤ 5 s here). Then one real
// report, repeated to 0.5, 2, 8 and 16 MB. `npm run bench -- --only pathological`
// runs this section alone.
const PATHOLOGICAL_SIZES = [25_000, 100_000];
const MAX_MB_SECONDS = 5;
const TOO_FAST_MS = 50;

/** Repeats of the unit that make about `bytes` of input. */
function repeatsFor(spec, bytes) {
  return Math.max(1, Math.round(bytes / Buffer.byteLength(unitText(spec, 0))));
}

/** CPU time (ms) of `run`: steadier than wall time while other processes share the cores. */
function cpuMs(run) {
  const start = process.cpuUsage();
  run();
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1000;
}

/**
 * The least CPU time (ms) of `runs` runs. A run of a few milliseconds is mostly
 * noise: it is repeated enough times in a row to fill about 100 ms, and averaged.
 */
function bestOf(runs, run) {
  const repeats = Math.max(1, Math.ceil(100 / Math.max(1, cpuMs(run))));
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    best = Math.min(
      best,
      cpuMs(() => {
        for (let r = 0; r < repeats; r++) run();
      }) / repeats,
    );
  }
  return best;
}

async function pathologicalSection() {
  const { extract } = await import(join(root, 'dist', 'index.js'));
  extract('会议强调，要加强防控。', { path: 'warm-up' });
  say('pathological inputs (issue 13; one line, in process, CPU time, best of 3; linear ≈ 4×):');
  // Report prose with every punctuation mark, symbol, digit and space taken out: one endless sentence.
  const prose = readFileSync(join(root, 'fixtures', 'seed', 'input.txt'), 'utf8').replace(/[\p{P}\p{S}\p{N}\s]/gu, '');
  const units = [...PATHOLOGICAL_UNITS, { unit: prose, sizes: [50, 200], scan: 'text without punctuation (the seed report)' }];
  for (const spec of units) {
    const [small, large] = (spec.sizes ?? PATHOLOGICAL_SIZES).map((repeats) => pathologicalInput(spec, repeats));
    const [smallMs, largeMs] = [small, large].map((input) => bestOf(3, () => extract(input, { path: 'pathological' })));
    const megabyte = pathologicalInput(spec, repeatsFor(spec, 1e6));
    const mbMs = cpuMs(() => extract(megabyte, { path: 'pathological' }));
    const ratio = largeMs / smallMs;
    // 100,000 repeats in a few milliseconds hold no quadratic term: the ratio of such times is noise.
    const tooFast = largeMs < TOO_FAST_MS;
    const sizes = `${mb(small.length).toFixed(2)} → ${mb(large.length).toFixed(2)} MB`;
    const shape = `${smallMs.toFixed(0)} → ${largeMs.toFixed(0)} ms = ${ratio.toFixed(2)}× (≤ 6×${tooFast ? `, or the larger under ${TOO_FAST_MS} ms` : ''})`;
    say(`  ${verdict((ratio <= 6 || tooFast) && mbMs / 1000 <= MAX_MB_SECONDS)} ${spec.scan}: ${JSON.stringify(unitText(spec, 0).slice(0, 24))}${typeof spec.unit === 'function' ? '…' : ''} (${sizes}) ${shape}; 1 MB ${(mbMs / 1000).toFixed(2)} s (≤ ${MAX_MB_SECONDS} s)`);
  }
  // One real meeting report (HTML paragraphs), repeated: every stage at once, at archive sizes.
  const reportFile = join(shared, 'corpus', 'xwlb_20250730_01.md');
  const report = existsSync(reportFile) ? readFileSync(reportFile, 'utf8') : readFileSync(join(root, 'fixtures', 'seed', 'input.txt'), 'utf8');
  say(`  one real report repeated (${existsSync(reportFile) ? reportFile.slice(shared.length + 1) : 'fixtures/seed/input.txt: the shared corpus is absent'}, ${Buffer.byteLength(report)} bytes; issue 13 measured 0.9, 2.5, 21, 76 s):`);
  let previous = null;
  for (const size of [0.5, 2, 8, 16]) {
    const input = Buffer.from(report.repeat(Math.ceil((size * 1e6) / Buffer.byteLength(report))));
    const ms = cpuMs(() => extract(input, { path: 'pathological' }));
    const growth = previous ? ms / previous.ms : null;
    const allowed = previous ? 1.5 * (size / previous.size) : null;
    say(`    ${previous ? verdict(growth <= allowed) : '    '} ${String(size).padStart(4)} MB: ${(ms / 1000).toFixed(2)} s${previous ? ` = ${growth.toFixed(2)}× the ${previous.size} MB time for ${size / previous.size}× the input (≤ ${allowed}×)` : ''}`);
    previous = { size, ms };
  }
  say();
}

const onlyAt = process.argv.indexOf('--only');
const only = onlyAt >= 0 ? process.argv[onlyAt + 1] : null;
if (only !== null && only !== 'pathological') {
  console.error(`bench: --only takes "pathological", not ${JSON.stringify(only)} (npm run bench -- --only pathological)`);
  process.exit(2);
}
if (only === 'pathological') {
  say(`pdx bench · node ${process.version} · ${availableParallelism()} cores · pathological inputs only`);
  say();
  await pathologicalSection();
  process.exit(0);
}

// ── run ───────────────────────────────────────────────────────────────────
const { dir, files, label } = corpus();
const inputs = files.map((file) => readFileSync(file));
const totalBytes = inputs.reduce((sum, bytes) => sum + bytes.length, 0);
say(`pdx bench · node ${process.version} · ${availableParallelism()} cores`);
say(`corpus: ${label}: ${files.length} reports, ${mb(totalBytes).toFixed(2)} MB`);
say();

const stages = await stageFunctions();
const { extract } = await import(join(root, 'dist', 'index.js'));
const engine = stages.defaultTopicEngine();

// Warm up: the topic engine, jieba, and the JIT on a slice of the corpus.
for (let i = 0; i < Math.min(300, inputs.length); i++) JSON.stringify(extract(inputs[i], { path: files[i] }));

// 1. One worker, in this process: extract + serialise every report.
let started = now();
let clauseCount = 0;
for (let i = 0; i < inputs.length; i++) {
  const document = extract(inputs[i], { path: files[i] });
  clauseCount += document.clauses.length;
  JSON.stringify(document);
}
const endToEndMs = now() - started;
const singleMbps = mb(totalBytes) / (endToEndMs / 1000);

// 2. The stages one by one, as extract composes them (src/extract.ts); what
// extract does besides them (binary check, sha256, meeting, 提法, targets) is "other".
const stageMs = { decode: 0, html: 0, clauses: 0, topics: 0, output: 0 };
let stageClauses = 0;
for (let i = 0; i < inputs.length; i++) {
  let t = now();
  const decoded = stages.decode(inputs[i]);
  let next = now();
  stageMs.decode += next - t;
  t = next;
  const parsed = stages.parseDocument(decoded.text);
  next = now();
  stageMs.html += next - t;
  t = next;
  if (parsed.plainText) {
    // Headline paragraphs among the first five, as extract finds them.
    const headlines = parsed.title ? parsed.paragraphs.slice(0, 5).filter(([s, e]) => parsed.plainText.slice(s, e) === parsed.title) : [];
    // Traditional characters are read in simplified ones (timed under "other").
    const text = stages.looksTraditional(parsed.plainText) ? stages.toSimplified(parsed.plainText) : parsed.plainText;
    t = now();
    const found = stages.findClauses({ plainText: text, headlines, tag: (part) => engine.segmenter.tag(part) });
    for (const clause of found) stages.splitDirectives(text, clause.span);
    next = now();
    stageMs.clauses += next - t;
    t = next;
    stageClauses += found.length;
    if (found.length > 0) {
      const boundaries = engine.segmenter.boundaries(text);
      for (const clause of found) stages.scoreTopics(stages.findTermHits(text, boundaries, clause.span, engine.dictionary), engine.dictionary);
    }
    next = now();
    stageMs.topics += next - t;
  }
  const document = extract(inputs[i], { path: files[i] });
  t = now();
  stages.documentSchema.parse(document);
  JSON.stringify(document);
  stageMs.output += now() - t;
}

// 3. The floor: decoding and parsing the HTML (into cheerio's tree), nothing
// else. Warmed up like the end-to-end figure: extract no longer builds a tree
// for a plain fragment, so cheerio's code would otherwise run cold here.
const floorPass = () => {
  const t = now();
  for (const bytes of inputs) {
    const { text } = stages.decode(bytes);
    if (stages.looksLikeHtml(text)) stages.load(text);
  }
  return now() - t;
};
floorPass();
const floorMs = floorPass();

say(`single worker (in process, extract + JSON.stringify): ${singleMbps.toFixed(2)} MB/s, ${(files.length / (endToEndMs / 1000)).toFixed(0)} reports/s, ${clauseCount} clauses`);
const measured = Object.values(stageMs).reduce((a, b) => a + b, 0);
const row = (name, ms) => say(`  ${name.padEnd(28)} ${(ms / 1000).toFixed(2).padStart(6)} s  ${((100 * ms) / endToEndMs).toFixed(0).padStart(3)} %`);
say('per stage (share of end to end):');
if (stageClauses !== clauseCount) say(`  WARNING: the stage loop found ${stageClauses} clauses, extract ${clauseCount}: bench.mjs no longer composes the stages as src/extract.ts does`);
row('decode', stageMs.decode);
row('html → text', stageMs.html);
row('clauses + directives', stageMs.clauses);
row('topics (jieba + matching)', stageMs.topics);
row('output (validate + JSON)', stageMs.output);
row('other (meeting, 提法, sha256…)', Math.max(0, endToEndMs - measured));
row('end to end', endToEndMs);
say(`floor (decode + HTML parse only): ${(floorMs / 1000).toFixed(2)} s; end to end = ${(endToEndMs / floorMs).toFixed(2)}× the floor`);
say();

// 4. The whole command, start-up included: --jobs 1 against --jobs 2, alternately.
const outDir = () => join(work, `out-${Math.random().toString(36).slice(2)}`);
const batchRun = (jobs) => run([BIN, 'batch', dir, '--out', outDir(), '--jobs', String(jobs), '--quiet']);
const one = [];
const two = [];
for (let i = 0; i < 3; i++) {
  one.push(batchRun(1));
  two.push(batchRun(2));
}
const oneMs = median(one.map((r) => r.ms));
const twoMs = median(two.map((r) => r.ms));
const cpuRatioJobs = median(two.map((r) => r.cpuMs)) / median(one.map((r) => r.cpuMs));
// What two cores give right now: two independent --jobs 1 runs side by side
// against one alone. Other load on the machine shows here, not in pdx.
const pairMs = await runTogether([0, 1].map(() => [BIN, 'batch', dir, '--out', outDir(), '--jobs', '1', '--quiet']));
const capacity = (2 * oneMs) / pairMs;
say(`pdx batch --jobs 1: ${(oneMs / 1000).toFixed(2)} s (${(mb(totalBytes) / (oneMs / 1000)).toFixed(2)} MB/s); --jobs 2: ${(twoMs / 1000).toFixed(2)} s; speed-up ${(oneMs / twoMs).toFixed(2)}× (medians of 3), with ${cpuRatioJobs.toFixed(2)}× the CPU time`);
say(`  parallel capacity of this machine now: two --jobs 1 runs side by side do ${capacity.toFixed(2)}× the work of one per second (2.00 on two idle cores)`);
say(`Python baseline (issue: BeautifulSoup + jieba, ${PYTHON_BASELINE_SECONDS} s, not run here): pdx batch --jobs 1 takes ${(oneMs / 1000 / PYTHON_BASELINE_SECONDS).toFixed(2)} of its time (${((PYTHON_BASELINE_SECONDS * 1000) / oneMs).toFixed(1)}× as fast)`);

// 5. Peak RSS of `pdx batch` (default --jobs) at 1,000 reports and at the whole corpus.
const subset = files.slice(0, 1000);
const rss1000 = run([BIN, 'batch', ...subset, '--out', outDir(), '--quiet']).rssMb;
const rssAll = run([BIN, 'batch', dir, '--out', outDir(), '--quiet']).rssMb;
say(`peak RSS, pdx batch: ${rss1000.toFixed(0)} MB at ${subset.length} reports, ${rssAll.toFixed(0)} MB at ${files.length} (+${((100 * (rssAll - rss1000)) / rss1000).toFixed(1)} %)`);

// 6. Cold start: one small report, end to end, against `node -e 0`, alternately.
time([BIN, SMALL_REPORT]); // leaves the code cache a normal run finds
const nodeRuns = [];
const pdxRuns = [];
const uncachedRuns = [];
for (let i = 0; i < 15; i++) {
  nodeRuns.push(run(['-e', '0']));
  pdxRuns.push(run([BIN, SMALL_REPORT]));
  // A fresh cache folder each time: the very first run after an install.
  uncachedRuns.push(run([BIN, SMALL_REPORT], { XDG_CACHE_HOME: mkdtempSync(join(work, 'cache-')) }));
}
const nodeMs = median(nodeRuns.map((r) => r.ms));
const pdxMs = median(pdxRuns.map((r) => r.ms));
const uncachedMs = median(uncachedRuns.map((r) => r.ms));
// CPU time is steadier than wall time when other processes compete for the cores.
const cpuRatioCold = median(pdxRuns.map((r) => r.cpuMs)) / median(nodeRuns.map((r) => r.cpuMs));
say(`cold single report (${SMALL_REPORT.slice(root.length + 1)}, medians of 15): node -e 0 ${nodeMs.toFixed(0)} ms, pdx ${pdxMs.toFixed(0)} ms = ${(pdxMs / nodeMs).toFixed(2)}× (CPU time ${cpuRatioCold.toFixed(2)}×; first run, no code cache yet: ${uncachedMs.toFixed(0)} ms = ${(uncachedMs / nodeMs).toFixed(2)}×)`);
say();

say('targets (issue 5):');
say(`  ${verdict(singleMbps >= 5)} single worker ≥ 5 MB/s: ${singleMbps.toFixed(2)} MB/s`);
say(`  ${verdict(oneMs / 1000 <= PYTHON_BASELINE_SECONDS / 3)} batch --jobs 1 ≤ ${(PYTHON_BASELINE_SECONDS / 3).toFixed(1)} s (a third of Python's ${PYTHON_BASELINE_SECONDS} s): ${(oneMs / 1000).toFixed(2)} s`);
say(`  ${verdict(endToEndMs / floorMs <= 2.5)} end to end ≤ 2.5× the floor: ${(endToEndMs / floorMs).toFixed(2)}×`);
say(`  ${verdict(oneMs / twoMs >= 1.7)} --jobs 2 ≥ 1.7× --jobs 1: ${(oneMs / twoMs).toFixed(2)}×`);
say(`  ${verdict(rssAll <= 400 && rssAll <= rss1000 * 1.1)} peak RSS ≤ 400 MB and ≤ 1.1× the 1,000-report figure: ${rssAll.toFixed(0)} MB, ${(rssAll / rss1000).toFixed(2)}×`);
say(`  ${verdict(pdxMs / nodeMs <= 4)} cold single report ≤ 4× node -e 0: ${(pdxMs / nodeMs).toFixed(2)}×`);
say();

await pathologicalSection();
