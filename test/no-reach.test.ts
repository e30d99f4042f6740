/**
 * No reach beyond its job: the source evaluates no code, opens no network
 * connection, and builds no regular expression from user input but as an
 * escaped literal (dictionary terms and globs are matched through maps and a
 * prefix index, never a RegExp).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { globToRegExp } from '../src/cli/batch/glob.js';
import { findAgenda } from '../src/meeting/agenda.js';
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

  it('builds regular expressions at run time in two places only, each from input escaped to a literal', () => {
    // Built at load time (module scope), a RegExp can hold only the module's own words; built in a
    // function, it may hold input. Dictionary terms and globs never become one (maps and a prefix index).
    expect(regExpsBuiltAtRunTime()).toEqual(['src/cli/batch/glob.ts: globToRegExp', 'src/meeting/agenda.ts: findAgenda']);
  });
});

/** Every `new RegExp(…)` or `RegExp(…)` of the source inside a function, as `path: outermost function`. */
function regExpsBuiltAtRunTime(): string[] {
  const found: string[] = [];
  for (const { path, text } of files) {
    const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node, inFunction: string | null): void => {
      const callee = ts.isNewExpression(node) || ts.isCallExpression(node) ? node.expression : null;
      if (callee && ts.isIdentifier(callee) && callee.text === 'RegExp' && inFunction !== null) found.push(`${path}: ${inFunction}`);
      const named = ts.isFunctionLike(node) && inFunction === null ? functionName(node) : inFunction;
      ts.forEachChild(node, (child) => visit(child, named));
    };
    visit(source, null);
  }
  return [...new Set(found)].sort();
}

function functionName(node: ts.SignatureDeclaration): string {
  if (node.name && ts.isIdentifier(node.name)) return node.name.text;
  const parent = node.parent;
  if (ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  return '(anonymous function)';
}

// Any character a path or a meeting body may hold, regex syntax above all (not the glob wildcards * ? [ {).
const literal = fc.string({ unit: fc.constantFrom('a', 'b', '会', '.', '+', '(', ')', '|', '^', '$', '\\', ']', '}', ',', '-', '/'), maxLength: 8 });

describe('what is built from input matches it as written', () => {
  it('a glob without wildcards matches its own path and no other', () => {
    fc.assert(
      fc.property(literal, literal, (pattern, path) => {
        expect(globToRegExp(pattern).test(path)).toBe(path === pattern);
      }),
      { numRuns: 2_000, examples: [['a.b', 'axb'], ['a+', 'aa'], ['(a|b)', 'a']] },
    );
  });

  it('a meeting body opens an agenda item only where the text has it as written', () => {
    const items = (text: string, body: string): string[] =>
      findAgenda({ plainText: text, skip: [], subjects: [body], lead: [0, 0] }).map(({ verb, object }) => `${verb}|${object}`);
    fc.assert(
      // Commas end the pieces of a sentence: a body has none.
      fc.property(literal.filter((body) => body.length > 0 && !body.includes(',')), (body) => {
        expect(items(`${body}听取了情况汇报。`, body)).toEqual(['听取|情况汇报']);
      }),
      { numRuns: 500 },
    );
    // As a pattern, .* or a|b would open a sentence whose subject is something else.
    expect(items('区政府听取了情况汇报。', '.*')).toEqual([]);
    expect(items('区政府听取了情况汇报。', 'x|区政府')).toEqual([]);
  });
});
