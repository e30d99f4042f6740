/**
 * No lost work (issue 6, point 4): a `pdx batch --jobs 2` over 60 small
 * reports is killed with SIGKILL at random moments (fixed seed), four times,
 * each kill landing in the re-run (without --force) of the run killed before.
 * After every kill, every output a reader can see is complete JSON that
 * validates against documentSchema; the only other entries are the hidden
 * temporary files of output-files.ts (`.NAME.json.PID-TID.tmp`), which the
 * input walk skips. A last uninterrupted re-run then leaves exactly the
 * outputs of a clean run into another folder, byte for byte.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, extname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { documentSchema } from '../../src/index.js';
import { fixtureCases } from '../support.js';
import { random } from '../../scripts/robustness-checks.mjs';
import { listFiles, pdx, startPdx } from './batch-helpers.js';

const COPIES = 60;
const SEED = 0x6b111;
const TEMP_NAME = /^\..+\.json\.\d+-\d+\.tmp$/;

const work = mkdtempSync(join(tmpdir(), 'pdx-batch-kill-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));



const isTemp = (path: string): boolean => TEMP_NAME.test(basename(path));
const outputsOf = (dir: string): string[] => listFiles(dir).filter((path) => !isTemp(path));

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

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('pdx batch killed with SIGKILL', () => {
  it('leaves only whole outputs after each kill, and the re-run equals an uninterrupted run', async () => {
    makeInputs();
    const next = random(SEED);
    const out = join(work, 'out');
    const args = ['batch', 'in', '--out', 'out', '--jobs', '2', '--quiet'];
    // Kill when this many outputs exist (then after a random 0–40 ms more);
    // the first kill lands during start-up, before any output is written.
    const targets = [0, 15, 30, 45];
    let before = 0;
    let killed = 0;
    let tempsSeen = 0;
    for (const target of targets) {
      const { child, done } = startPdx(args, work);
      if (target === 0) await sleep(50 + Math.floor(next() * 250));
      else {
        const deadline = Date.now() + 20_000;
        while (Date.now() < deadline && child.exitCode === null) {
          let count = 0;
          try {
            count = outputsOf(out).length;
          } catch {
            // --out not made yet
          }
          if (count >= target) break;
          await sleep(2);
        }
        await sleep(Math.floor(next() * 40));
      }
      const wasRunning = child.exitCode === null;
      child.kill('SIGKILL');
      const result = await done;
      if (wasRunning) {
        expect(result.status).toBeNull(); // ended by the signal
        killed++;
      }
      let seen = { outputs: 0, temps: 0 };
      try {
        seen = expectOnlyWholeOutputs(out);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
      expect(seen.outputs).toBeGreaterThanOrEqual(before);
      before = seen.outputs;
      tempsSeen = seen.temps;
    }
    expect(killed).toBe(targets.length);
    expect(before).toBeLessThan(COPIES); // the kills did interrupt the work

    const last = pdx(args, work);
    expect(last.status, last.stderr).toBe(0);
    const clean = pdx(['batch', 'in', '--out', 'clean', '--jobs', '2', '--quiet'], work);
    expect(clean.status, clean.stderr).toBe(0);

    const cleanFiles = listFiles(join(work, 'clean'));
    expect(cleanFiles).toHaveLength(COPIES);
    expect(cleanFiles.some(isTemp)).toBe(false);
    expect(outputsOf(out)).toEqual(cleanFiles);
    for (const path of cleanFiles) {
      expect(readFileSync(join(out, path)).equals(readFileSync(join(work, 'clean', path))), `${path} is byte for byte the clean run's`).toBe(true);
    }
    // A temporary file orphaned by a kill is hidden: the re-run neither reads it as an input nor shows it as an output.
    expect(listFiles(out).filter(isTemp).length).toBe(tempsSeen);
  }, 120_000);
});
