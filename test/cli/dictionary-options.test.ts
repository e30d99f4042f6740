/**
 * `--dict FILE` and `--dict-mode` on the extract command, as users run it:
 * dictionaries in JSON or YAML, quanteda style, provenance in the output, and
 * a bad dictionary stopping the run before any input is read (exit 2, every
 * problem on stderr, nothing on stdout). Needs the build in dist/.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { PdxDocument } from '../../src/index.js';
import { FIXTURES, ROOT } from '../support.js';

const BIN = join(ROOT, 'bin', 'pdx.js');
const SEED = join(FIXTURES, 'seed', 'input.txt');
const DICTIONARIES = join(FIXTURES, 'dictionaries');

function pdx(args: string[]): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 25_000,
  });
}

const tmp = mkdtempSync(join(tmpdir(), 'pdx-dict-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const write = (name: string, lines: string[]): string => {
  const path = join(tmp, name);
  writeFileSync(path, lines.join('\n') + '\n');
  return path;
};

describe('pdx --dict', () => {
  it('adds a dictionary to the built-in one, and names both in generator.dictionaries', () => {
    const result = pdx([SEED, '--dict', join(DICTIONARIES, 'ministry.json')]);
    expect(result.status).toBe(0);
    const doc = JSON.parse(result.stdout) as PdxDocument;
    expect(doc.generator.dictionaries.map(({ name, version }) => [name, version])).toEqual([
      ['pdx-builtin', '2.4.0'],
      ['ministry-watch', '2.1.0'],
    ]);
  });

  it('gives the JSON and the YAML form of a dictionary the same sha256 in the output', () => {
    const sha = (file: string): string => (JSON.parse(pdx([SEED, '--dict', join(DICTIONARIES, file)]).stdout) as PdxDocument).generator.dictionaries[1]!.sha256;
    expect(sha('ministry.yaml')).toBe(sha('ministry.json'));
  });

  it('uses only the given dictionaries with --dict-mode replace, and takes --dict more than once', () => {
    const result = pdx([SEED, '--dict', join(DICTIONARIES, 'cap-style.yaml'), '--dict', join(DICTIONARIES, 'ministry.yaml'), '--dict-mode', 'replace']);
    expect(result.status).toBe(0);
    const doc = JSON.parse(result.stdout) as PdxDocument;
    expect(doc.generator.dictionaries.map((ref) => ref.name)).toEqual(['cap-style', 'ministry-watch']);
    expect(doc.clauses[0]!.topics.map((topic) => topic.id)).toEqual(['health.公共卫生.疫情防控', 'macroeconomics.经济运行']);
  });

  it('stops on a bad dictionary before reading any input: every problem, exit 2, nothing on stdout', () => {
    const bad = write('bad.yaml', [
      'topics:',
      '  - id: waste',
      '    labels: { zh: 垃圾 }',
      '    terms: [垃圾分类, "……"]',
      '  - id: ocean.coast',
      '    labels: { zh: 海岸 }',
      '    term: [海岸线]',
    ]);
    const result = pdx([join(tmp, 'no-such-report.html'), '--dict', bad, '--dict', join(tmp, 'missing.yaml')]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      [
        'pdx: 4 problems in the topic dictionaries (no input was read):',
        `  ${bad}:4: term "……" in topic "waste" is only punctuation; write a word with letters or digits, or remove it`,
        `  ${bad}:5: parent "ocean" of topic "ocean.coast" is not defined; add a topic "ocean"`,
        `  ${bad}:7: unknown key "term" in topic "ocean.coast"; did you mean "terms"?`,
        `  ${join(tmp, 'missing.yaml')}: no such file (check the path)`,
        '',
      ].join('\n'),
    );
  });

  it('says how to load a quanteda-style dictionary whose categories are built-in topic ids', () => {
    const path = join(DICTIONARIES, 'cap-style.yaml');
    const result = pdx([SEED, '--dict', path]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      [
        'pdx: 2 problems in the topic dictionaries (no input was read):',
        `  ${path}:16: category "Health" makes the topic id "health", which the built-in dictionary (pdx-builtin) already defines; rename the category, or leave the built-in topics out with --dict-mode replace`,
        `  ${path}:32: category "Environment" makes the topic id "environment", which the built-in dictionary (pdx-builtin) already defines; rename the category, or leave the built-in topics out with --dict-mode replace`,
        '',
      ].join('\n'),
    );
  });

  it('needs a --dict for --dict-mode replace, and knows only extend and replace', () => {
    expect(pdx([SEED, '--dict-mode', 'replace'])).toMatchObject({ status: 2, stdout: '', stderr: 'pdx: --dict-mode replace needs at least one --dict FILE\n' });
    const bogus = pdx([SEED, '--dict-mode', 'bogus']);
    expect(bogus.status).toBe(2);
    expect(bogus.stdout).toBe('');
    expect(bogus.stderr.split('\n')[0]).toBe("error: option '--dict-mode <mode>' argument 'bogus' is invalid. Allowed choices are extend, replace.");
  });

  it('explains the options in --help, with the formats and examples', () => {
    const help = pdx(['extract', '--help']).stdout;
    const flowing = help.replace(/\s+/g, ' ');
    expect(flowing).toContain('-d, --dict <file> a topic dictionary of your own (JSON or YAML, pdx format or quanteda style); repeat for several');
    expect(flowing).toContain('--dict-mode <mode> extend: add the dictionaries to the built-in topics; replace: use only the given dictionaries');
    expect(help).toContain('Topic dictionaries (--dict, --dict-mode):');
    expect(help).toContain('      垃圾: [垃圾分类, 厨余*]     # "厨余*" matches every word that starts with 厨余');
    expect(help).toContain('  $ pdx report.html --dict my-topics.yaml\n');
    expect(help).toContain('  $ pdx reports/*.html --dict cap.yaml --dict-mode replace\n');
  });
});
