/**
 * `pdx completion bash|zsh`: the script lists every command and option of the
 * program, and the bash one, loaded into a real bash, completes commands,
 * options and fixed option values.
 * Needs the build in dist/ (`npm test` builds first; otherwise `npm run build`).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildProgram } from '../../../src/cli/program.js';
import { ROOT } from '../../support.js';

const BIN = join(ROOT, 'bin', 'pdx.js');
const program = buildProgram(() => {});
const commands = program.commands.map((command) => command.name());
const longOptions = program.commands.flatMap((command) => command.options.map((option) => option.long).filter((flag): flag is string => Boolean(flag)));

function pdx(args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 25_000 });
}

let tmp: string;
let bashScript: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'pdx-completion-test-'));
  const result = pdx(['completion', 'bash']);
  expect(result.status).toBe(0);
  bashScript = join(tmp, 'pdx.bash');
  writeFileSync(bashScript, result.stdout);
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

/** What the bash completion offers for the words typed so far (the last one being completed). */
function complete(words: string[]): string[] {
  const script = `source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 )); _pdx_completion; printf '%s\\n' "\${COMPREPLY[@]}"`;
  const result = spawnSync('bash', ['-c', script, 'bash', bashScript, ...words], { encoding: 'utf8', cwd: tmp });
  expect(result.stderr).toBe('');
  return result.stdout.split('\n').filter(Boolean).sort();
}

describe('pdx completion', () => {
  it.each(['bash', 'zsh'])('%s: names every command and every option of the program', (shell) => {
    const result = pdx(['completion', shell]);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    for (const name of [...commands, ...longOptions]) expect(result.stdout).toContain(name);
    expect(commands).toContain('completion');
  });

  it('refuses another shell with exit 2', () => {
    const result = pdx(['completion', 'fish']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('bash, zsh');
  });

  it('bash: completes commands, options and option values', () => {
    expect(spawnSync('bash', ['-n', bashScript]).status).toBe(0);
    expect(complete(['pdx', 'sta'])).toEqual(['stats']);
    expect(complete(['pdx', 'co'])).toEqual(['completion']);
    expect(complete(['pdx', 'completion', ''])).toEqual(['bash', 'zsh']);
    expect(complete(['pdx', 'stats', '--f'])).toEqual(['--format']);
    expect(complete(['pdx', 'stats', '--format', ''])).toEqual(['csv', 'json', 'text']);
    expect(complete(['pdx', 'batch', '-j', '4', '--dict-mode', 'r'])).toEqual(['replace']);
    // The bare program takes the default command's (extract's) options.
    expect(complete(['pdx', '--dict-m'])).toEqual(['--dict-mode']);
    expect(complete(['pdx', 'report', '--title', ''])).toEqual([]);
    writeFileSync(join(tmp, 'report-a.html'), '');
    expect(complete(['pdx', 'report-'])).toEqual(['report-a.html']);
  });
});
