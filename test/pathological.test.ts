/**
 * No input costs more than linear time (issue 13, point 1), checked by counting
 * work, not by timing: while extract runs, every built-in search and copy its
 * code calls is counted — the characters an indexOf, lastIndexOf or regex scans
 * (a regex from where it starts to where it matches, or to the end of the text
 * when it does not), the characters a slice copies, the elements an array
 * method visits. One-line inputs of n and of 4n repeats of each unit of
 * scripts/pathological-units.mjs must cost at most 6× (linear: 4×); a search on
 * to the end of the text once per hit costs 16×. `npm run bench` times the
 * same units at 25,000 and 100,000 repeats.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { PATHOLOGICAL_UNITS, pathologicalInput, type PathologicalUnit } from '../scripts/pathological-units.mjs';

const SMALL = 300;
const MAX_GROWTH = 6;

let work = 0;
const restores: (() => void)[] = [];

type Method = (this: unknown, ...args: unknown[]) => unknown;

/** Replaces the method `name` of `owner` with `make(original)` until the count ends. */
function swap(owner: object, name: string, make: (original: Method) => Method): void {
  const methods = owner as Record<string, Method>;
  const original = methods[name]!;
  methods[name] = make(original);
  restores.push(() => {
    methods[name] = original;
  });
}

/** A string method whose work is `cost(text, args, result)`. */
function meterString(name: string, cost: (text: string, args: unknown[], result: unknown) => number): void {
  swap(
    String.prototype,
    name,
    (original) =>
      function (this: unknown, ...args: unknown[]) {
        const result = original.apply(this, args);
        work += cost(String(this), args, result);
        return result;
      },
  );
}

const position = (value: unknown, fallback: number, length: number): number =>
  Math.min(Math.max(value === undefined ? fallback : Math.trunc(Number(value)) || 0, 0), length);
const searched = (args: unknown[]): number => String(args[0]).length;

/** Counts the work of `run`: built-in string searches, regex runs, copies and array visits. */
function countWork(run: () => void): number {
  work = 0;
  meterString('indexOf', (text, args, at) => (Number(at) >= 0 ? Number(at) + searched(args) : text.length) - position(args[1], 0, text.length));
  meterString('includes', (text, args, found) => (found ? searched(args) : text.length - position(args[1], 0, text.length)));
  meterString('lastIndexOf', (text, args, at) => position(args[1], text.length, text.length) - Math.max(Number(at), 0) + searched(args));
  meterString('startsWith', (_text, args) => searched(args));
  meterString('endsWith', (_text, args) => searched(args));
  meterString('slice', (_text, _args, copy) => String(copy).length);
  meterString('substring', (_text, _args, copy) => String(copy).length);
  // test, match, matchAll, replace, search and split all run through exec once it is replaced:
  // a global or sticky regex from its lastIndex, any other from the start.
  swap(
    RegExp.prototype,
    'exec',
    (exec) =>
      function (this: unknown, ...args: unknown[]) {
        const regex = this as RegExp;
        const start = regex.global || regex.sticky ? regex.lastIndex : 0;
        const match = exec.apply(this, args) as RegExpExecArray | null;
        if (match) work += Math.max(1, match.index + match[0].length - start);
        else work += regex.sticky ? 1 : Math.max(1, String(args[0]).length - start);
        return match;
      },
  );
  for (const name of ['filter', 'some', 'every', 'find', 'findIndex', 'forEach', 'map', 'reduce', 'includes', 'indexOf', 'unshift', 'shift', 'splice']) {
    swap(
      Array.prototype,
      name,
      (original) =>
        function (this: unknown, ...args: unknown[]) {
          work += Math.max(1, (this as unknown[]).length);
          return original.apply(this, args);
        },
    );
  }
  try {
    run();
  } finally {
    while (restores.length > 0) restores.pop()!();
  }
  return work;
}

afterEach(() => {
  while (restores.length > 0) restores.pop()!();
});

describe('pathological inputs cost linear work', () => {
  // Warm: the topic engine and jieba load once, outside any count.
  extract('会议强调，要加强防控。');
  // Units whose cost lies in the HTML parser (a dependency) are timed by the bench only.
  const units = PATHOLOGICAL_UNITS.filter((spec: PathologicalUnit) => !spec.parser);

  it.each(units.map((spec) => [spec.scan, spec] as const))('%s', (_scan, spec) => {
    const [small, large] = [spec.testRepeats ?? SMALL, 4 * (spec.testRepeats ?? SMALL)].map((repeats) => {
      const input = pathologicalInput(spec, repeats);
      return countWork(() => extract(input, { path: 'pathological' }));
    });
    if (process.env.PDX_SHOW_WORK) console.log(`${spec.scan}: ${small} → ${large} = ${(large / small).toFixed(2)}×`);
    expect(small).toBeGreaterThan(0);
    expect(large / small, `work ${small} → ${large} for 4× the input`).toBeLessThanOrEqual(MAX_GROWTH);
  });
});
