/** The README's topic table is generated from the built-in dictionary; this fails when README.md is out of date. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support.js';

const SCRIPT = join(ROOT, 'scripts', 'topic-table.mjs');
const check = (...args: string[]) => spawnSync(process.execPath, [SCRIPT, '--check', ...args], { cwd: ROOT, encoding: 'utf8' });
const tmp = mkdtempSync(join(tmpdir(), 'pdx-topic-table-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('README topic table', () => {
  it('is up to date with src/topics/builtin-dictionary.json (else run node scripts/topic-table.mjs)', () => {
    const result = check();
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('fails the check when a row is out of date', () => {
    const stale = join(tmp, 'README.md');
    writeFileSync(stale, readFileSync(join(ROOT, 'README.md'), 'utf8').replace('| `epidemic` | 疫情防控 |', '| `epidemic` | 防疫 |'));
    const result = check(stale);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`${stale}: the topic table is out of date: run node scripts/topic-table.mjs\n`);
  });
});
