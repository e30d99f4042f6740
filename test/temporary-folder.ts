/**
 * Vitest's global setup: the whole run gets a temporary folder of its own as
 * TMPDIR (inherited by the test workers, the pdx processes they start and the
 * browser), so that what a test leaves behind is seen, rather than lost among
 * other programs' files: the run fails, naming it.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const folder = mkdtempSync(join(tmpdir(), 'pdx-test-run-'));
  const previous = process.env['TMPDIR'];
  process.env['TMPDIR'] = folder;
  return () => {
    if (previous === undefined) delete process.env['TMPDIR'];
    else process.env['TMPDIR'] = previous;
    const left = readdirSync(folder);
    rmSync(folder, { recursive: true, force: true });
    if (left.length === 0) return;
    // Thrown, it would only be printed: the run must fail.
    process.stderr.write(`the tests left ${left.join(', ')} in the temporary folder: each test removes what it makes (afterAll)\n`);
    process.exitCode = 1;
  };
}
