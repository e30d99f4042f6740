// `node scripts/cpu-against.mjs --against DIR [--root DIR] [--rounds N] [--corpus DIR]`:
// whether a change made extraction cheaper, measured so that a shared,
// noisy machine cannot decide it. Both builds (DIR/dist/pdx.cjs of this
// checkout and of the other one: build each first) are loaded into this one
// process and every report of the corpus (default ../shared/bench/xwlb-2024)
// goes through each, alternately and in turns of order, so that load from
// other processes falls on both alike; the CPU time (user + system) of each
// call is summed. Prints the two sums and their ratio (this / other): below 1
// is cheaper. Start-up is left out (`npm run bench -- --only cold` has it).
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const here = resolve(fileURLToPath(import.meta.url), '../..');
const { values } = parseArgs({
  options: { against: { type: 'string' }, root: { type: 'string' }, rounds: { type: 'string', default: '2' }, corpus: { type: 'string' } },
});
if (!values.against) {
  console.error('usage: node scripts/cpu-against.mjs --against DIR [--root DIR] [--rounds N] [--corpus DIR]  (DIR: a checkout with dist/ built)');
  process.exit(2);
}
const rounds = Number(values.rounds);
if (!(Number.isInteger(rounds) && rounds >= 1)) {
  console.error(`cpu-against: --rounds takes a whole number, 1 or more, not ${JSON.stringify(values.rounds)}`);
  process.exit(2);
}
const corpus = resolve(values.corpus ?? join(process.env.PDX_SHARED ?? resolve(here, '../shared'), 'bench', 'xwlb-2024'));
const require = createRequire(import.meta.url);
const builds = [resolve(values.root ?? here), resolve(values.against)].map((root) => ({ root, pdx: require(join(root, 'dist', 'pdx.cjs')), cpu: 0 }));
const reports = readdirSync(corpus)
  .sort()
  .map((name) => ({ name, bytes: readFileSync(join(corpus, name)) }));

// Warm-up: dictionaries loaded, code compiled, in both.
for (const { pdx } of builds) for (const { name, bytes } of reports.slice(0, 200)) pdx.extract(bytes, { path: name });
const cpuNow = () => {
  const { user, system } = process.cpuUsage();
  return user + system;
};
for (let round = 0; round < rounds; round++) {
  reports.forEach(({ name, bytes }, index) => {
    const order = (index + round) % 2 === 0 ? builds : [...builds].reverse();
    for (const build of order) {
      const start = cpuNow();
      JSON.stringify(build.pdx.extract(bytes, { path: name }));
      build.cpu += cpuNow() - start;
    }
  });
}
const [self, other] = builds;
const seconds = (microseconds) => `${(microseconds / 1e6).toFixed(2)} s`;
console.log(`${reports.length} reports × ${rounds} rounds (${corpus})`);
console.log(`  ${self.root}: ${seconds(self.cpu)} CPU`);
console.log(`  ${other.root}: ${seconds(other.cpu)} CPU`);
console.log(`  this / other: ${(self.cpu / other.cpu).toFixed(3)}`);
