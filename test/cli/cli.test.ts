/**
 * The `pdx` binary as users run it: spawned with node, reading files and
 * stdin, printing data on stdout and messages on stderr, with exit codes
 * 0 (all converted), 1 (some input failed), 2 (bad usage).
 * Needs the build in dist/ (`npm test` builds first; otherwise `npm run build`).
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { FIXTURES, ROOT } from '../support.js';

const BIN = join(ROOT, 'bin', 'pdx.js');
const SEED = join(FIXTURES, 'seed', 'input.txt');
const SEED_BYTES = readFileSync(SEED);
const QINGSHAN = join(FIXTURES, 'qingshan-flood-control-meeting', 'input.txt');
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

function pdx(args: string[], input?: string | Buffer): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    ...(input === undefined ? { stdio: ['ignore', 'pipe', 'pipe'] } : { input }),
    timeout: 25_000,
  });
}

const lines = (text: string): string[] => text.split('\n').filter((line) => line.length > 0);

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'pdx-cli-test-'));
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe('pdx FILE…', () => {
  it('prints one pretty JSON object for one file, exit 0', () => {
    const result = pdx([SEED]);
    expect(result.status).toBe(0);
    expect(result.stdout.startsWith('{\n  "schemaVersion": 1,')).toBe(true);
    expect(result.stdout.endsWith('}\n')).toBe(true);
    expect(JSON.parse(result.stdout)).toEqual(extract(SEED_BYTES, { path: SEED }));
    expect(result.stderr).toBe('');
  });

  it('prints two JSON Lines for two files, in argument order', () => {
    const result = pdx([SEED, QINGSHAN]);
    expect(result.status).toBe(0);
    const out = lines(result.stdout);
    expect(out).toHaveLength(2);
    const docs = out.map((line) => JSON.parse(line) as { source: { path: string }; title: string });
    expect(docs.map((doc) => doc.source.path)).toEqual([SEED, QINGSHAN]);
    expect(docs.map((doc) => doc.title)).toEqual(['区新冠肺炎疫情防控工作领导小组召开第102次会议', '青山区召开防汛工作专题会议']);
  });

  it('prints one line with --format jsonl for one file', () => {
    const result = pdx(['--format', 'jsonl', SEED]);
    expect(result.status).toBe(0);
    expect(result.stdout.endsWith('\n')).toBe(true);
    expect(lines(result.stdout)).toHaveLength(1);
    expect(JSON.parse(result.stdout)).toEqual(extract(SEED_BYTES, { path: SEED }));
  });

  it('prints a reading view with --format text, without ANSI escapes under NO_COLOR', () => {
    const result = pdx(['--format', 'text', SEED]);
    expect(result.status).toBe(0);
    const out = lines(result.stdout);
    expect(out[0]).toBe('区新冠肺炎疫情防控工作领导小组召开第102次会议');
    expect(result.stdout).toContain('[1] 会议 指出 (会议指出; 193–299)');
    expect(result.stdout).toContain('[7] 会议 要求');
    expect(result.stdout).not.toContain('\u001b[');
  });
});

describe('pdx reading stdin', () => {
  it('reads stdin for "-"', () => {
    const result = pdx(['-'], SEED_BYTES);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(extract(SEED_BYTES, { path: '-' }));
  });

  it('reads stdin when no file is given', () => {
    const result = pdx([], SEED_BYTES);
    expect(result.status).toBe(0);
    const doc = JSON.parse(result.stdout) as { source: { path: string }; clauses: unknown[] };
    expect(doc.source.path).toBe('-');
    expect(doc.clauses).toHaveLength(7);
  });
});

describe('pdx failures', () => {
  it('exits 2 when a file named does not exist, before reading any: a mistyped path is bad usage, as in every command', () => {
    const missing = join(tmp, 'no-such-report.html');
    const result = pdx([SEED, missing]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`pdx: cannot start:\n  ${missing}: no such file or folder\n(run pdx --help for usage)\n`);
  });

  it('exits 1 on an empty file with a line naming it and EMPTY_INPUT', () => {
    const empty = join(tmp, 'empty.txt');
    writeFileSync(empty, '');
    const result = pdx([empty]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    const err = lines(result.stderr);
    expect(err).toHaveLength(1);
    expect(err[0]).toContain(empty);
    expect(err[0]).toContain('EMPTY_INPUT');
  });

  it('exits 1 on a directory and points at pdx batch', () => {
    const dir = join(tmp, 'reports');
    mkdirSync(dir, { recursive: true });
    const result = pdx([dir]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(dir);
    expect(result.stderr).toContain('pdx batch');
  });

  it('exits 2 on an unknown option with a hint on stderr', () => {
    const result = pdx(['--frobnicate', SEED]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain("unknown option '--frobnicate'");
    expect(result.stderr).toContain('pdx --help');
  });

  it('exits 2 on a bad --format value', () => {
    const result = pdx(['--format', 'xml', SEED]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('xml');
  });

  it('prints warnings on stderr and still exits 0 (NO_CUES)', () => {
    const noCue = join(tmp, 'no-cue.txt');
    writeFileSync(noCue, '青山区举办招聘会\n3月1日，青山区举办春风行动专场招聘会，80家企业提供岗位1200个。');
    const result = pdx([noCue]);
    expect(result.status).toBe(0);
    expect((JSON.parse(result.stdout) as { clauses: unknown[] }).clauses).toEqual([]);
    expect(result.stderr).toContain('NO_CUES');
    expect(pdx(['--quiet', noCue]).stderr).toBe('');
  });
});

describe('pdx subcommands', () => {
  it('pdx schema prints the JSON Schema', () => {
    const result = pdx(['schema']);
    expect(result.status).toBe(0);
    const schema = JSON.parse(result.stdout) as { $schema: string; properties: Record<string, unknown> };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(Object.keys(schema.properties)).toContain('clauses');
    expect(Object.keys(schema.properties)).toContain('plainText');
  });

  it('pdx --version prints the version from package.json', () => {
    const result = pdx(['--version']);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`${VERSION}\n`);
  });

  it('pdx topics --format json lists the 22 topics', () => {
    const result = pdx(['topics', '--format', 'json']);
    expect(result.status).toBe(0);
    const listing = JSON.parse(result.stdout) as { dictionaries: { name: string }[]; topics: { id: string; zh: string }[] };
    expect(listing.dictionaries[0]!.name).toBe('pdx-builtin');
    expect(listing.topics).toHaveLength(22);
    expect(listing.topics.map((topic) => topic.id)).toContain('epidemic');
    expect(listing.topics.map((topic) => topic.id)).toContain('environment');
  });
});
