// What a 5,000-term --dict costs a run (the budget is 100 ms):
//   node scripts/bench-dictionary.mjs [--runs N] [--no-build]
// Generates a deterministic 5,000-term dictionary (JSON and YAML, same content), then measures
// side by side the built CLI on the seed report with and without --dict (median of N runs, process
// start to exit), and in process: parse + validate, compile, and jieba's loading of the user words.
// scripts/bench.mjs can import benchDictionary() and print or merge its figures.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';

const root = fileURLToPath(new URL('..', import.meta.url));
const SEED = join(root, 'fixtures', 'seed', 'input.txt');
const TERMS = 5000;
const TOPICS = 50;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value) => `${value.toFixed(1)} ms`;
const signed = (value) => `${value < 0 ? '−' : '+'}${ms(Math.abs(value))}`;

/**
 * 5,000 distinct Chinese terms that are not built-in ones (the head of one built-in term joined to
 * the tail of another), written the way the built-in terms are: each takes the shape (weight,
 * exclude words, exact) of a built-in term in turn, so three in four are mappings; every 25th is a glob.
 */
export function generateDictionary() {
  const builtin = JSON.parse(readFileSync(join(root, 'src', 'topics', 'builtin-dictionary.json'), 'utf8'));
  const shapes = builtin.topics.flatMap((topic) => topic.terms);
  const known = shapes.map((term) => (typeof term === 'string' ? term : term.term));
  const words = known.filter((term) => term.length >= 4 && /^[\u4e00-\u9fff]+$/u.test(term));
  const taken = new Set(known);
  const terms = [];
  // A fixed linear congruential sequence: the same dictionary on every run.
  let seed = 20240716;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % words.length;
  };
  while (terms.length < TERMS) {
    const term = words[next()].slice(0, 2) + words[next()].slice(-2);
    if (taken.has(term)) continue;
    taken.add(term);
    terms.push(term);
  }
  const shaped = terms.map((term, i) => {
    if (i % 25 === 0) return `${term.slice(0, 3)}*`;
    const shape = shapes[i % shapes.length];
    if (typeof shape === 'string') return term;
    return {
      term,
      ...(shape.weight === undefined ? {} : { weight: shape.weight }),
      ...(shape.exclude ? { exclude: [`${term}办公室`] } : {}),
      ...(shape.exact ? { exact: true } : {}),
    };
  });
  const perTopic = TERMS / TOPICS;
  const topics = [{ id: 'bench', labels: { zh: '基准', en: 'Benchmark' } }];
  for (let t = 0; t < TOPICS; t++) {
    topics.push({
      id: `bench.topic_${String(t).padStart(2, '0')}`,
      labels: { zh: `基准${t}` },
      cap: [t + 1],
      terms: shaped.slice(t * perTopic, (t + 1) * perTopic),
    });
  }
  return { name: 'bench-5000', version: '1.0.0', topics };
}

// The child reports its own CPU time (user + system) on fd 3 as it exits: unlike wall time, it hardly
// depends on what else the machine is doing.
const CPU_REPORT = `data:text/javascript,${encodeURIComponent("import { writeSync } from 'node:fs'; process.on('exit', () => { const { user, system } = process.cpuUsage(); writeSync(3, String((user + system) / 1000)); });")}`;

function runCli(args) {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['--import', CPU_REPORT, join(root, 'bin', 'pdx.js'), SEED, ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
    maxBuffer: 1 << 26,
  });
  const wall = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) throw new Error(`pdx ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return { wall, cpu: Number(result.output[3]) };
}

async function inProcess(path, runs) {
  const { loadDictionaries, createTopicEngine, builtinDictionary } = await import(join(root, 'dist', 'index.js'));
  const text = readFileSync(path, 'utf8');
  const load = [];
  const compile = [];
  const withWords = [];
  const builtinOnly = [];
  const firstUse = (engine) => {
    const t = performance.now();
    engine.segmenter.boundaries('会议');
    return performance.now() - t;
  };
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    const loaded = loadDictionaries([{ path, text }], 'extend');
    load.push(performance.now() - t);
    if (!loaded.ok) throw new Error(`the generated dictionary does not validate: ${loaded.problems[0].message}`);
    t = performance.now();
    const engine = createTopicEngine(loaded.files);
    compile.push(performance.now() - t);
    // jieba loads (its base dictionary, then every term) on first use: the user words' share is the difference to the built-in terms alone.
    builtinOnly.push(firstUse(createTopicEngine([builtinDictionary()])));
    withWords.push(firstUse(engine));
  }
  const figures = { parseValidate: median(load), compile: median(compile), jiebaWords: median(withWords) - median(builtinOnly) };
  return { ...figures, total: figures.parseValidate + figures.compile + figures.jiebaWords };
}

export async function benchDictionary({ runs = 9, build = true } = {}) {
  if (build) {
    const built = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' });
    if (built.status !== 0) throw new Error('the build failed');
  }
  const dir = mkdtempSync(join(tmpdir(), 'pdx-bench-dictionary-'));
  try {
    const dictionary = generateDictionary();
    const json = join(dir, 'bench-5000.json');
    const yaml = join(dir, 'bench-5000.yaml');
    writeFileSync(json, JSON.stringify(dictionary, null, 2));
    writeFileSync(yaml, stringify(dictionary));
    const variants = { builtin: [], json: ['--dict', json], yaml: ['--dict', yaml] };
    const times = { builtin: [], json: [], yaml: [] };
    for (const args of Object.values(variants)) runCli(args); // warm the file cache
    // Interleaved, so that a slow moment of the machine touches every variant alike.
    for (let i = 0; i < runs; i++) for (const [name, args] of Object.entries(variants)) times[name].push(runCli(args));
    const figure = (name, key) => median(times[name].map((time) => time[key]));
    const cli = (key) => ({
      builtin: figure('builtin', key),
      json: figure('json', key),
      yaml: figure('yaml', key),
      addedJson: figure('json', key) - figure('builtin', key),
      addedYaml: figure('yaml', key) - figure('builtin', key),
    });
    return {
      terms: TERMS,
      runs,
      cli: cli('wall'),
      cpu: cli('cpu'),
      inProcess: { json: await inProcess(json, Math.min(runs, 5)), yaml: await inProcess(yaml, Math.min(runs, 5)) },
      bytes: { json: readFileSync(json).length, yaml: readFileSync(yaml).length },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const runsAt = process.argv.indexOf('--runs');
  const result = await benchDictionary({ runs: runsAt > 0 ? Number(process.argv[runsAt + 1]) : 9, build: !process.argv.includes('--no-build') });
  const { cli, cpu, inProcess: inside, bytes } = result;
  const row = (label, wall, wallAdded, cpuTime, cpuAdded) =>
    `  ${label.padEnd(26)}${ms(wall).padStart(10)}${wallAdded === undefined ? ''.padEnd(13) : `  (${signed(wallAdded)})`}   cpu ${ms(cpuTime).padStart(9)}${cpuAdded === undefined ? '' : `  (${signed(cpuAdded)})`}`;
  console.log(`dictionary: ${result.terms} terms in ${TOPICS} subtopics (JSON ${Math.round(bytes.json / 1024)} KB, YAML ${Math.round(bytes.yaml / 1024)} KB)`);
  console.log(`pdx fixtures/seed/input.txt, median of ${result.runs} runs: wall time process start to exit, and CPU time`);
  console.log(row('built-in dictionary only', cli.builtin, undefined, cpu.builtin));
  console.log(row('--dict bench-5000.json', cli.json, cli.addedJson, cpu.json, cpu.addedJson));
  console.log(row('--dict bench-5000.yaml', cli.yaml, cli.addedYaml, cpu.yaml, cpu.addedYaml));
  console.log('in process, median of runs:');
  for (const [format, f] of Object.entries(inside)) {
    console.log(
      `  ${format.toUpperCase().padEnd(5)}parse+validate ${ms(f.parseValidate)}, compile ${ms(f.compile)}, jieba user words ${ms(f.jiebaWords)}: ${ms(f.total)}`,
    );
  }
  const worst = Math.max(cli.addedJson, cli.addedYaml);
  console.log(`${worst < 100 ? 'within' : 'OVER'} the 100 ms budget (worst wall time added: ${signed(worst)})`);
}
