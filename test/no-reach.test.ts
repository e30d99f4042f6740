/**
 * No reach beyond its job: the source evaluates no code, opens no network
 * connection, and builds no regular expression from user input (dictionary
 * terms and globs are matched through maps and a prefix index, never a RegExp).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support.js';

function sources(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
}

const files = sources(join(ROOT, 'src')).map((path) => ({ path: relative(ROOT, path), text: readFileSync(path, 'utf8') }));

describe('the source', () => {
  it('is read (sanity: the scan sees the pipeline)', () => {
    expect(files.map((file) => file.path)).toContain('src/extract.ts');
  });

  it('evaluates no code: no eval, no Function constructor, no vm outside the code cache', () => {
    const offenders = files.filter(({ text }) => /\beval\s*\(|new\s+Function\s*\(/.test(text)).map((file) => file.path);
    expect(offenders).toEqual([]);
    // The V8 code cache runs pdx's own bundle through vm.Script, and nothing else does.
    expect(files.filter(({ text }) => /from 'node:vm'/.test(text)).map((file) => file.path)).toEqual(['src/cli/code-cache.ts']);
  });

  it('opens no network connection', () => {
    const network = /from 'node:(?:http|https|http2|net|dgram|tls|dns)'|\bfetch\s*\(|new\s+WebSocket\b/;
    expect(files.filter(({ text }) => network.test(text)).map((file) => file.path)).toEqual([]);
  });

  it('builds regular expressions from its own lexicons, and from input only as escaped literals', () => {
    const building = files.filter(({ text }) => /new RegExp\(/.test(text)).map((file) => file.path).sort();
    // Dictionary terms and globs never become a RegExp (maps and a prefix index match them).
    expect(building.filter((path) => path.startsWith('src/topics/'))).toEqual([]);
    // The two that take text from the input or the command line escape it first.
    for (const path of ['src/meeting/agenda.ts', 'src/cli/batch/glob.ts']) {
      expect(building).toContain(path);
      expect(files.find((file) => file.path === path)!.text).toMatch(/escape/i);
    }
  });
});
