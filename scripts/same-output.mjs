// `node scripts/same-output.mjs [--root DIR] --out FILE [--against FILE]`:
// whether a change left the output alone. Every file of ../shared/corpus and
// ../shared/bench/xwlb-2024 (also xwlb-2022-2026 with --all) goes through
// DIR/dist/index.js's extract (DIR: this checkout; build it first); FILE gets
// one line per input, its name and the sha256 of its JSON. With --against, the
// lines are compared with an earlier run's (e.g. of a checkout of main) and
// every input whose output differs is named; exits 1 when any does.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const here = resolve(fileURLToPath(import.meta.url), '../..');
const { values } = parseArgs({ options: { root: { type: 'string' }, out: { type: 'string' }, against: { type: 'string' }, all: { type: 'boolean' } } });
if (!values.out) {
  console.error('usage: node scripts/same-output.mjs [--root DIR] --out FILE [--against FILE] [--all]');
  process.exit(2);
}
const root = resolve(values.root ?? here);
const shared = process.env.PDX_SHARED ?? resolve(here, '../shared');
const folders = ['corpus', 'bench/xwlb-2024', ...(values.all ? ['bench/xwlb-2022-2026'] : [])].map((folder) => join(shared, folder));
const { extract } = await import(pathToFileURL(join(root, 'dist', 'index.js')).href);

const lines = [];
for (const folder of folders) {
  if (!existsSync(folder)) {
    console.error(`same-output: ${folder} is missing`);
    process.exit(2);
  }
  for (const name of readdirSync(folder).sort()) {
    const file = join(folder, name);
    const json = JSON.stringify(extract(readFileSync(file), { path: file.slice(shared.length + 1) }));
    lines.push(`${file.slice(shared.length + 1)}\t${createHash('sha256').update(json).digest('hex')}`);
  }
}
writeFileSync(values.out, `${lines.join('\n')}\n`);
console.log(`${lines.length} outputs written to ${values.out}`);
if (values.against) {
  const before = new Map(
    readFileSync(values.against, 'utf8')
      .trim()
      .split('\n')
      .map((line) => line.split('\t')),
  );
  const differ = lines
    .map((line) => line.split('\t'))
    .filter(([name, digest]) => before.get(name) !== digest)
    .map(([name]) => name);
  console.log(
    differ.length === 0
      ? `identical to ${values.against}: ${lines.length} of ${before.size} inputs`
      : `${differ.length} outputs differ from ${values.against}:\n${differ.join('\n')}`,
  );
  if (differ.length > 0 || before.size !== lines.length) process.exit(1);
}
