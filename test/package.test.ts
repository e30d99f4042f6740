/**
 * The package as users get it: `npm pack`, `npm install -g` of the tarball into
 * a temporary prefix (dependencies come from the npm registry), then `pdx` run
 * from another folder and `import … from 'policy-directives'` in a plain ESM
 * script. Nothing of the checkout is reachable from the installed copy, so a
 * missing file in `files`, a wrong `exports` or a run-time need for a dev
 * dependency fails here.
 * Needs the build in dist/ (`npm test` builds first) and the npm registry
 * (test/requirements.ts); it emits the .d.ts files itself (`npm run
 * build:types`) and packs with --ignore-scripts, so that it does not rewrite
 * dist/ under the other tests running at the same time. The installed `pdx`
 * starts with `#!/usr/bin/env node`: PATH leads it to the node running the tests.
 */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { npmEnvironment, registryMissing } from './requirements.js';
import { ROOT } from './support.js';

const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const SEED = join(ROOT, 'fixtures', 'seed', 'input.txt');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

let tmp: string;
let prefix: string;
let elsewhere: string;
let env: NodeJS.ProcessEnv;
let packed: { unpackedSize: number; files: { path: string; size: number }[] };

function run(command: string, args: string[], options: SpawnSyncOptions = {}): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(command, args, { encoding: 'utf8', env: command === NPM ? npmEnvironment(env) : env, cwd: elsewhere, timeout: 150_000, ...options });
  if (result.error) throw result.error;
  return { status: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

beforeAll(async () => {
  const offline = await registryMissing();
  if (offline) throw new Error(offline);
  tmp = mkdtempSync(join(tmpdir(), 'pdx-package-test-'));
  prefix = join(tmp, 'prefix');
  elsewhere = join(tmp, 'elsewhere');
  mkdirSync(elsewhere);
  // Not the variables `npm test` sets for its own package; a private code cache.
  env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_(package|lifecycle)_/i.test(key)));
  env['XDG_CACHE_HOME'] = join(tmp, 'cache');
  env['NO_COLOR'] = '1';
  env['PATH'] = `${dirname(process.execPath)}${delimiter}${env['PATH'] ?? ''}`;
  expect(run('node', ['--version']).stdout.trim()).toBe(process.version);

  const types = run(NPM, ['run', '-s', 'build:types'], { cwd: ROOT });
  expect(types.stderr + types.stdout).toBe('');
  expect(types.status).toBe(0);

  const pack = run(NPM, ['pack', '--ignore-scripts', '--json', '--pack-destination', tmp], { cwd: ROOT });
  expect(pack.status, pack.stderr).toBe(0);
  const [info] = JSON.parse(pack.stdout) as {
    filename: string;
    size: number;
    unpackedSize: number;
    entryCount: number;
    files: { path: string; size: number }[];
  }[];
  packed = info!;
  const tarball = join(tmp, info!.filename);
  const paths = info!.files.map((file) => file.path);
  expect(paths).toContain('dist/index.js');
  expect(paths).toContain('dist/types/index.d.ts');
  expect(paths).toContain('fixtures/seed/input.txt');
  expect(paths).toContain('LICENSE');
  expect(paths.filter((path) => path.startsWith('test/') || path.endsWith('.map') || path.startsWith('src/'))).toEqual([]);
  expect(paths.filter((path) => path.startsWith('fixtures/'))).toEqual(['fixtures/seed/input.txt']);

  const started = performance.now();
  const install = run(NPM, ['install', '-g', '--prefix', prefix, '--no-audit', '--no-fund', '--loglevel', 'error', tarball]);
  const seconds = (performance.now() - started) / 1000;
  expect(install.status, install.stderr).toBe(0);
  console.log(
    `[package] ${info!.filename}: packed ${(statSync(tarball).size / 1024 / 1024).toFixed(2)} MB, unpacked ${(info!.unpackedSize / 1024 / 1024).toFixed(2)} MB, ${info!.entryCount} files; npm install -g took ${seconds.toFixed(1)} s`,
  );
}, 180_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('the installed package', () => {
  it('unpacks to at most 3 MB, with one copy of the code: pdx.cjs, which the library, the CLI and the batch worker share', () => {
    // npm counts in decimal megabytes: 3 MB as `npm pack` prints it.
    expect(packed.unpackedSize).toBeLessThanOrEqual(3_000_000);
    const dist = join(prefix, 'lib', 'node_modules', 'policy-directives', 'dist');
    const code = packed.files.filter((file) => /^dist\/[^/]+\.c?js$/.test(file.path)).map((file) => file.path.slice('dist/'.length));
    // esbuild heads each module's code with its source path: the extraction pipeline is in one file only.
    expect(code.filter((name) => readFileSync(join(dist, name), 'utf8').includes('\n// src/extract.ts\n'))).toEqual(['pdx.cjs']);
    // The other files are doors into it (launcher, worker entries, the segmenter thread), none a bundle of its own.
    expect(
      packed.files.filter(
        (file) => file.path.startsWith('dist/') && !file.path.startsWith('dist/types/') && file.path !== 'dist/pdx.cjs' && file.size > 32 * 1024,
      ),
    ).toEqual([]);
  });

  it('has no dev dependency installed next to it', () => {
    const modules = join(prefix, 'lib', 'node_modules', 'policy-directives', 'node_modules');
    const installed = existsSync(modules) ? readdirSync(modules) : readdirSync(join(prefix, 'lib', 'node_modules'));
    for (const dev of ['esbuild', 'typescript', 'vitest', 'vite', 'fast-check', 'playwright-core']) expect(installed).not.toContain(dev);
  });

  it('pdx converts the bundled sample from another folder', () => {
    const result = run(join(prefix, 'bin', 'pdx'), [SEED]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const doc = JSON.parse(result.stdout) as { schemaVersion: number; clauses: unknown[] };
    expect(doc.schemaVersion).toBe(1);
    expect(doc.clauses).toHaveLength(7);
  });

  it('policy-directives --version prints the version', () => {
    const result = run(join(prefix, 'bin', 'policy-directives'), ['--version']);
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toBe(VERSION);
  });

  it('imports from an ESM script by the package name', () => {
    // A project folder whose node_modules is the prefix's: the bare specifier goes through `exports`.
    const project = join(tmp, 'consumer');
    mkdirSync(project);
    symlinkSync(join(prefix, 'lib', 'node_modules'), join(project, 'node_modules'), 'dir');
    writeFileSync(
      join(project, 'check.mjs'),
      [
        "import { extract, VERSION, documentSchema } from 'policy-directives';",
        "const doc = extract('国务院召开常务会议。会议要求，各地区要加强防汛工作。');",
        'documentSchema.parse(doc);',
        'console.log(JSON.stringify({ version: VERSION, schemaVersion: doc.schemaVersion, clauses: doc.clauses.length }));',
      ].join('\n'),
    );
    const result = run(process.execPath, [join(project, 'check.mjs')], { cwd: project });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const out = JSON.parse(result.stdout) as { version: string; schemaVersion: number; clauses: number };
    expect(out).toMatchObject({ version: VERSION, schemaVersion: 1 });
    expect(out.clauses).toBeGreaterThan(0);
  });

  it('offers the same names to require as to import (Node requires the ESM entry), and none of the CLI', () => {
    const project = join(tmp, 'consumer-names');
    mkdirSync(project);
    symlinkSync(join(prefix, 'lib', 'node_modules'), join(project, 'node_modules'), 'dir');
    writeFileSync(join(project, 'required.cjs'), "console.log(JSON.stringify(Object.keys(require('policy-directives')).sort()));");
    writeFileSync(join(project, 'imported.mjs'), "console.log(JSON.stringify(Object.keys(await import('policy-directives')).sort()));");
    const [required, imported] = ['required.cjs', 'imported.mjs'].map((script) => {
      const result = run(process.execPath, [join(project, script)], { cwd: project });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      return JSON.parse(result.stdout) as string[];
    });
    expect(required).toEqual(imported);
    expect(imported).toEqual(expect.arrayContaining(['extract', 'documentSchema', 'CorpusStats', 'VERSION']));
    expect(imported).not.toContain('main');
    expect(imported).not.toContain('convertBatchTask');
  });
});
