/**
 * The V8 code cache the `pdx` launcher keeps (src/cli/code-cache.ts): written
 * on the first run into the user's cache folder, used by the next, and never
 * a reason for different output.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { FIXTURES, ROOT } from '../support.js';

const cacheHome = mkdtempSync(join(tmpdir(), 'pdx-cache-test-'));
afterAll(() => rmSync(cacheHome, { recursive: true, force: true }));

const pdx = (env: Record<string, string>): ReturnType<typeof spawnSync> =>
  spawnSync(process.execPath, [join(ROOT, 'bin', 'pdx.js'), join(FIXTURES, 'seed', 'input.txt')], { encoding: 'utf8', env: { ...process.env, ...env } });

it('keeps one cache file in $XDG_CACHE_HOME/policy-directives; runs with and without it print the same', () => {
  const first = pdx({ XDG_CACHE_HOME: cacheHome });
  expect(first.status).toBe(0);
  const folder = join(cacheHome, 'policy-directives');
  const files = readdirSync(folder);
  expect(files).toHaveLength(1);
  expect(files[0]).toMatch(new RegExp(`^pdx\\.cjs-cli-[0-9a-f]{16}-${process.version.replace(/\./g, '\\.')}-${process.arch}\\.v8cache$`));
  const second = pdx({ XDG_CACHE_HOME: cacheHome });
  expect(second.stdout).toBe(first.stdout);
  expect(readdirSync(folder)).toEqual(files);
  // An unwritable cache folder costs only the speed-up.
  const without = pdx({ XDG_CACHE_HOME: join(cacheHome, 'policy-directives', files[0]!, 'not-a-folder') });
  expect(without.status).toBe(0);
  expect(without.stdout).toBe(first.stdout);
  expect(without.stderr).toBe('');
});

it("removes the caches of earlier builds, whatever they were for, and keeps this build's", () => {
  const home = mkdtempSync(join(tmpdir(), 'pdx-cache-stale-'));
  try {
    const folder = join(home, 'policy-directives');
    mkdirSync(folder);
    const suffix = `${process.version}-${process.arch}.v8cache`;
    const stale = [
      `pdx.cjs-0123456789abcdef-${suffix}`,
      `pdx.cjs-batch-worker-0123456789abcdef-${suffix}`,
      `pdx.cjs-cli-0123456789abcdef-v0.0.0-${process.arch}.v8cache`,
    ];
    for (const name of [...stale, 'someone-else.v8cache']) writeFileSync(join(folder, name), 'stale');
    expect(pdx({ XDG_CACHE_HOME: home }).status).toBe(0);
    const left = readdirSync(folder);
    expect(left.filter((name) => stale.includes(name))).toEqual([]);
    expect(left).toContain('someone-else.v8cache');
    expect(left.filter((name) => name.startsWith('pdx.cjs-cli-'))).toHaveLength(1);
  } finally {
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
    const written = (): Record<string, number> => Object.fromEntries(readdirSync(folder).map((name) => [name, statSync(join(folder, name)).mtimeMs]));
    batch();
    const first = written();
    expect(
      Object.keys(first)
        .sort()
        .map((name) => name.replace(/-[0-9a-f]{16}-.*$/, '')),
    ).toEqual(['pdx.cjs-batch-worker', 'pdx.cjs-cli']);
    batch();
    batch();
    expect(written()).toEqual(first);
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
});
