/**
 * The code caches pdx keeps (src/cli/code-cache.ts): for the command line
 * Node's compile cache where Node has one (≥ 22.1), else V8's cache through
 * vm.Script, which batch workers keep on every Node; written on the first run
 * into the user's cache folder, used by the next, and never a reason for
 * different output.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import nodeModule from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { loadWithCodeCache } from '../../src/cli/code-cache.js';
import { FIXTURES, ROOT } from '../support.js';

const cacheHome = mkdtempSync(join(tmpdir(), 'pdx-cache-test-'));
afterAll(() => rmSync(cacheHome, { recursive: true, force: true }));

/** Whether the running Node has a compile cache, which pdx then uses instead of vm.Script's. */
const compileCache = typeof (nodeModule as { enableCompileCache?: unknown }).enableCompileCache === 'function';
const v8cache = (use: string, bundle = 'pdx.cjs'): RegExp =>
  new RegExp(`^${bundle.replace('.', '\\.')}-${use}-[0-9a-f]{16}-${process.version.replace(/\./g, '\\.')}-${process.arch}\\.v8cache$`);

const pdx = (env: Record<string, string>): ReturnType<typeof spawnSync> =>
  spawnSync(process.execPath, [join(ROOT, 'bin', 'pdx.js'), join(FIXTURES, 'seed', 'input.txt')], { encoding: 'utf8', env: { ...process.env, ...env } });

/** Every file under `folder`, by its path there, with its modification time. */
const written = (folder: string): Record<string, number> =>
  Object.fromEntries(
    readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const path = join(entry.parentPath, entry.name);
        return [path.slice(folder.length + 1), statSync(path).mtimeMs];
      }),
  );

it('keeps its cache in $XDG_CACHE_HOME/policy-directives; runs with and without it print the same', () => {
  const first = pdx({ XDG_CACHE_HOME: cacheHome });
  expect(first.status).toBe(0);
  const folder = join(cacheHome, 'policy-directives');
  const files = readdirSync(folder);
  if (compileCache) {
    expect(files).toEqual(['compile-cache']);
    expect(Object.keys(written(folder)).length).toBeGreaterThan(0);
  } else {
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(v8cache('cli'));
  }
  const second = pdx({ XDG_CACHE_HOME: cacheHome });
  expect(second.stdout).toBe(first.stdout);
  expect(readdirSync(folder)).toEqual(files);
  // An unwritable cache folder costs only the speed-up.
  const without = pdx({ XDG_CACHE_HOME: join(cacheHome, 'policy-directives', files[0]!, 'not-a-folder') });
  expect(without.status).toBe(0);
  expect(without.stdout).toBe(first.stdout);
  expect(without.stderr).toBe('');
});

it("vm.Script's cache: one file per use, and the caches of earlier builds of the bundle, whatever they were for, removed", () => {
  const home = mkdtempSync(join(tmpdir(), 'pdx-cache-stale-'));
  const before = process.env['XDG_CACHE_HOME'];
  try {
    const bundle = join(home, 'bundle.cjs');
    writeFileSync(bundle, 'module.exports = { answer: 6 * 7 };\n');
    const folder = join(home, 'policy-directives');
    mkdirSync(folder);
    const suffix = `${process.version}-${process.arch}.v8cache`;
    const stale = [
      `bundle.cjs-0123456789abcdef-${suffix}`,
      `bundle.cjs-worker-0123456789abcdef-${suffix}`,
      `bundle.cjs-cli-0123456789abcdef-v0.0.0-${process.arch}.v8cache`,
    ];
    for (const name of [...stale, 'pdx.cjs-cli-0123456789abcdef-v0.0.0-x64.v8cache']) writeFileSync(join(folder, name), 'stale');
    process.env['XDG_CACHE_HOME'] = home;
    for (const use of ['cli', 'worker']) {
      const loaded = loadWithCodeCache(bundle, use);
      expect(loaded.exports).toEqual({ answer: 42 });
      loaded.saveCache();
    }
    const left = readdirSync(folder).sort();
    expect(left.filter((name) => stale.includes(name))).toEqual([]);
    // Another bundle's caches are its own business.
    expect(left).toContain('pdx.cjs-cli-0123456789abcdef-v0.0.0-x64.v8cache');
    expect(left.filter((name) => v8cache('cli', 'bundle.cjs').test(name))).toHaveLength(1);
    expect(left.filter((name) => v8cache('worker', 'bundle.cjs').test(name))).toHaveLength(1);
  } finally {
    if (before === undefined) delete process.env['XDG_CACHE_HOME'];
    else process.env['XDG_CACHE_HOME'] = before;
    rmSync(home, { recursive: true, force: true });
  }
});

it('is written once: batch runs, with workers of their own, leave every cache valid for the next run', () => {
  const home = mkdtempSync(join(tmpdir(), 'pdx-cache-batch-'));
  try {
    const out = join(home, 'out');
    const batch = (): void => {
      const run = spawnSync(
        process.execPath,
        [
          join(ROOT, 'bin', 'pdx.js'),
          'batch',
          join(FIXTURES, 'seed'),
          join(FIXTURES, 'xwlb-private-economy-symposium'),
          '--out',
          out,
          '--jobs',
          '2',
          '--force',
          '--quiet',
        ],
        {
          encoding: 'utf8',
          env: { ...process.env, XDG_CACHE_HOME: home },
        },
      );
      expect(run.status).toBe(0);
    };
    const folder = join(home, 'policy-directives');
    batch();
    const first = written(folder);
    // The workers keep vm.Script's cache on every Node; the command line Node's compile cache where there is one.
    const kinds = [...new Set(Object.keys(first).map((path) => (path.startsWith('compile-cache/') ? 'compile-cache' : path.replace(/-[0-9a-f]{16}-.*$/, ''))))];
    expect(kinds.sort()).toEqual(compileCache ? ['compile-cache', 'pdx.cjs-batch-worker'] : ['pdx.cjs-batch-worker', 'pdx.cjs-cli']);
    batch();
    batch();
    expect(written(folder)).toEqual(first);
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
});
