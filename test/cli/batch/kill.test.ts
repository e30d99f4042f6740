/**
 * No lost work (issue 6, point 4): a `pdx batch --jobs 2` over 60 small
 * reports is killed with SIGKILL four times, each kill landing in the re-run
 * (without --force) of the run killed before. Each run kills itself in the
 * middle of writing its k-th output (test/cli/batch/kill-mid-write.mjs), so every
 * kill happens at the same point of the work on any machine, at the worst
 * moment: half a document on disk. After every kill, every output a reader
 * can see is complete JSON that validates against documentSchema, the outputs
 * finished before it are all there, and the half-written file is one hidden
 * temporary file (`.NAME.json.PID-TID.tmp`), which the next run removes. A
 * last uninterrupted re-run then leaves exactly the outputs of a clean run
 * into another folder, byte for byte, and no temporary file.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, extname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { documentSchema } from '../../../src/index.js';
import { ROOT, fixtureCases } from '../../support.js';
import { BIN, listFiles, pdx } from './helpers.js';

const COPIES = 60;
const TEMP_NAME = /^\..+\.json\.\d+-\d+\.tmp$/;
const KILL_HOOK = join(ROOT, 'test', 'cli', 'batch', 'kill-mid-write.mjs');

const work = mkdtempSync(join(tmpdir(), 'pdx-batch-kill-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const isTemp = (path: string): boolean => TEMP_NAME.test(basename(path));

/** 60 copies of the fixtures' inputs in three folders. */
function makeInputs(): void {
  const sources = fixtureCases().map((item) => item.inputPath);
  for (let i = 0; i < COPIES; i++) {
    const source = sources[i % sources.length]!;
    const dir = join(work, 'in', `g${i % 3}`);
    mkdirSync(dir, { recursive: true });
    copyFileSync(source, join(dir, `${String(i).padStart(3, '0')}-${basename(dirname(source))}${extname(source)}`));
  }
}

/** What a reader of `out` may see after a kill: whole, valid documents, and hidden temporary files. */
function expectOnlyWholeOutputs(out: string): { outputs: number; temps: number } {
  let outputs = 0;
  let temps = 0;
  for (const path of listFiles(out)) {
    if (isTemp(path)) {
      temps++;
      continue;
    }
    expect(path).toMatch(/\.(html|md|txt)\.json$/);
    const text = readFileSync(join(out, path), 'utf8');
    expect(text.endsWith('}\n'), `${path} is whole`).toBe(true);
    const parsed = documentSchema.safeParse(JSON.parse(text));
    expect(parsed.success, `${path} validates`).toBe(true);
    outputs++;
  }
  return { outputs, temps };
}

/** `pdx ARGS` in `work`, killed by its own SIGKILL half-way through writing its `write`-th file under `out`. */
function killedAtWrite(args: string[], out: string, write: number): ReturnType<typeof spawnSync> {
  return spawnSync(process.execPath, ['--import', KILL_HOOK, BIN, ...args], {
    cwd: work,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', PDX_KILL_AT_WRITE: String(write), PDX_KILL_UNDER: out },
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 60_000,
  });
}

describe('pdx batch killed with SIGKILL', () => {
  it('leaves only whole outputs after each kill, and the re-run equals an uninterrupted run', () => {
    makeInputs();
    const out = join(work, 'out');
    const args = ['batch', 'in', '--out', 'out', '--jobs', '2', '--quiet'];
    // The first run dies writing its first output; each re-run converts only what is missing.
    let whole = 0;
    for (const write of [1, 14, 15, 16]) {
      const result = killedAtWrite(args, out, write);
      expect(result.signal, `killed while writing output ${write}: ${String(result.stderr)}`).toBe('SIGKILL');
      whole += write - 1;
      // The outputs written before the kill, each whole; the one it cut short, hidden (the run before's removed).
      expect(expectOnlyWholeOutputs(out)).toEqual({ outputs: whole, temps: 1 });
    }
    expect(whole).toBe(42);

    const last = pdx(args, work);
    expect(last.status, last.stderr).toBe(0);
    const clean = pdx(['batch', 'in', '--out', 'clean', '--jobs', '2', '--quiet'], work);
    expect(clean.status, clean.stderr).toBe(0);

    const cleanFiles = listFiles(join(work, 'clean'));
    expect(cleanFiles).toHaveLength(COPIES);
    expect(listFiles(out)).toEqual(cleanFiles);
    for (const path of cleanFiles) {
      expect(readFileSync(join(out, path)).equals(readFileSync(join(work, 'clean', path))), `${path} is byte for byte the clean run's`).toBe(true);
    }
  }, 120_000);
});
