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
import { globToRegExp } from '../src/cli/io/glob.js';
import { findAgenda } from '../src/meeting/agenda.js';
import { ROOT } from './support.js';

function sources(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
}

const files = sources(join(ROOT, 'src')).map((path) => ({ path: relative(ROOT, path), text: readFileSync(path, 'utf8') }));

const PROCESS_WIDE = new Set(['process', 'console']);

interface Reach {
  /** Modules imported, statically, by import() or by require(), without a node: prefix. */
  modules: Set<string>;
  /** Functions called or constructed by a bare name (eval, Function, fetch, RegExp …), each with the outermost function it is in, or null at load time. */
  calls: { name: string; inFunction: string | null }[];
  /** The process-wide objects it touches (process, console), by name. */
  globals: Set<string>;
}

/** What a source file imports and calls, read from its syntax tree (comments and strings are no code). */
function reachOf(path: string, text: string): Reach {
  const reach: Reach = { modules: new Set(), calls: [], globals: new Set() };
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const visit = (node: ts.Node, inFunction: string | null): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      reach.modules.add(node.moduleSpecifier.text.replace(/^node:/, ''));
    }
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      const callee = node.expression;
      const [first] = node.arguments ?? [];
      const loads = callee.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(callee) && callee.text === 'require');
      if (loads && first && ts.isStringLiteralLike(first)) reach.modules.add(first.text.replace(/^node:/, ''));
      if (ts.isIdentifier(callee)) reach.calls.push({ name: callee.text, inFunction });
    }
    if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression) && PROCESS_WIDE.has(node.expression.text))
      reach.globals.add(node.expression.text);
    const named = ts.isFunctionLike(node) && inFunction === null ? functionName(node) : inFunction;
    ts.forEachChild(node, (child) => visit(child, named));
  };
  visit(source, null);
  return reach;
}

const reaches = files.map(({ path, text }) => ({ path, ...reachOf(path, text) }));
const importing = (module: string): string[] => reaches.filter((file) => file.modules.has(module)).map((file) => file.path);
const touching = (name: string): string[] => reaches.filter((file) => file.globals.has(name)).map((file) => file.path);
const calling = (name: string): string[] => reaches.filter((file) => file.calls.some((call) => call.name === name)).map((file) => file.path);

describe('the source', () => {
  it('is read (sanity: the scan sees the pipeline and its imports)', () => {
    expect(files.map((file) => file.path)).toContain('src/extract.ts');
    expect(importing('fs')).toContain('src/cli/io/read-input.ts');
    expect(calling('RegExp')).toContain('src/meeting/lexicon.ts');
  });

  it('keeps process, console and the file system in the command line', () => {
    const library = (paths: string[]): string[] => paths.filter((path) => !path.startsWith('src/cli/'));
    expect(touching('process')).toContain('src/cli/main.ts');
    expect(library([...touching('process'), ...touching('console')])).toEqual([]);
    // The segmenter reads jieba's own dictionary file from its package, never a user's file.
    expect(library(['fs', 'fs/promises'].flatMap(importing))).toEqual(['src/topics/segmenter.ts']);
  });

  it('evaluates no code: no eval, no Function constructor, no vm outside the code cache', () => {
    expect([...calling('eval'), ...calling('Function')]).toEqual([]);
    // The V8 code cache runs pdx's own bundle through vm.Script, and nothing else does.
    expect(importing('vm')).toEqual(['src/cli/code-cache.ts']);
  });

  it('opens no network connection', () => {
    expect(['http', 'https', 'http2', 'net', 'dgram', 'tls', 'dns'].flatMap(importing)).toEqual([]);
    expect([...calling('fetch'), ...calling('WebSocket'), ...calling('EventSource')]).toEqual([]);
  });

  it('builds regular expressions at run time in two places only, each from input escaped to a literal', () => {
    // Built at load time (module scope), a RegExp can hold only the module's own words; built in a
    // function, it may hold input. Dictionary terms and globs never become one (maps and a prefix index).
    const atRunTime = reaches.flatMap(({ path, calls }) =>
      calls.filter((call) => call.name === 'RegExp' && call.inFunction !== null).map((call) => `${path}: ${call.inFunction}`),
    );
    expect([...new Set(atRunTime)].sort()).toEqual(['src/cli/io/glob.ts: globToRegExp', 'src/meeting/agenda.ts: findAgenda']);
  });
});

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
      {
        numRuns: 2_000,
        examples: [
          ['a.b', 'axb'],
          ['a+', 'aa'],
          ['(a|b)', 'a'],
        ],
      },
    );
  });

  it('a meeting body opens an agenda item only where the text has it as written', () => {
    const items = (text: string, body: string): string[] =>
      findAgenda({ plainText: text, skip: [], subjects: [body], lead: [0, 0] }).map(({ verb, object }) => `${verb}|${object}`);
    fc.assert(
      // Commas end the pieces of a sentence: a body has none.
      fc.property(
        literal.filter((body) => body.length > 0 && !body.includes(',')),
        (body) => {
          expect(items(`${body}听取了情况汇报。`, body)).toEqual(['听取|情况汇报']);
        },
      ),
      { numRuns: 500 },
    );
    // As a pattern, .* or a|b would open a sentence whose subject is something else.
    expect(items('区政府听取了情况汇报。', '.*')).toEqual([]);
    expect(items('区政府听取了情况汇报。', 'x|区政府')).toEqual([]);
  });
});
