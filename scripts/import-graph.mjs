// `node scripts/import-graph.mjs [--dot]`: which folders of src/ import which.
// Each file at the top of src/ (extract.ts, schema.ts …) counts as a folder of
// its own. Prints one line per edge with the number of importing files, then
// the cycles; exits 1 when there is one. Type-only imports count: a cycle of
// types still ties two stages to each other's insides.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/** The folder (or top-level module) of `file` under `src`. */
function unitOf(src, file) {
  const [first, ...rest] = relative(src, file).split(sep);
  return rest.length > 0 ? first : first.replace(/\.ts$/, '');
}

/** Map of "from → to" to the files of `from` that import `to`, for the TypeScript files under `src`. */
export function folderGraph(src) {
  const edges = new Map();
  const files = readdirSync(src, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    for (const { fileName } of importedFiles) {
      if (!fileName.startsWith('.')) continue;
      const target = resolve(dirname(file), fileName.replace(/\.js$/, '.ts'));
      if (!target.startsWith(src + sep)) continue;
      const from = unitOf(src, file);
      const to = unitOf(src, target);
      if (from === to) continue;
      const key = `${from} → ${to}`;
      edges.set(key, [...(edges.get(key) ?? []), relative(src, file)]);
    }
  }
  return edges;
}

/** The cycles of a graph given as "a → b" keys: each strongly connected component of more than one unit, sorted. */
export function cyclesOf(edgeKeys) {
  const next = new Map();
  for (const key of edgeKeys) {
    const [from, to] = key.split(' → ');
    next.set(from, [...(next.get(from) ?? []), to]);
    if (!next.has(to)) next.set(to, []);
  }
  // Tarjan's strongly connected components.
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const components = [];
  const visit = (unit) => {
    index.set(unit, index.size);
    low.set(unit, index.get(unit));
    stack.push(unit);
    onStack.add(unit);
    for (const to of next.get(unit)) {
      if (!index.has(to)) {
        visit(to);
        low.set(unit, Math.min(low.get(unit), low.get(to)));
      } else if (onStack.has(to)) {
        low.set(unit, Math.min(low.get(unit), index.get(to)));
      }
    }
    if (low.get(unit) !== index.get(unit)) return;
    const component = [];
    let member;
    do {
      member = stack.pop();
      onStack.delete(member);
      component.push(member);
    } while (member !== unit);
    if (component.length > 1) components.push(component.sort());
  };
  for (const unit of [...next.keys()].sort()) if (!index.has(unit)) visit(unit);
  return components;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const src = resolve(fileURLToPath(import.meta.url), '../../src');
  const edges = folderGraph(src);
  const keys = [...edges.keys()].sort();
  if (process.argv.includes('--dot')) {
    console.log(`digraph src {\n${keys.map((key) => `  "${key.replace(' → ', '" -> "')}";`).join('\n')}\n}`);
  } else {
    for (const key of keys) console.log(`${key} (${edges.get(key).length})`);
  }
  const cycles = cyclesOf(keys);
  console.error(
    cycles.length === 0 ? 'import-graph: no cycle between the folders of src/' : cycles.map((cycle) => `import-graph: cycle ${cycle.join(' ⇄ ')}`).join('\n'),
  );
  process.exitCode = cycles.length === 0 ? 0 : 1;
}
