/**
 * A dictionary file's text → data, and a way back from a path in that data
 * to the line it was written on. JSON or YAML by the file's extension, else
 * by its first character. No file system here: the caller reads the text.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { locateJson, type SourcePath } from './json-locator.js';
import { readSimpleYaml } from './simple-yaml.js';

export type { SourcePath } from './json-locator.js';

/** A dictionary file's path and contents, as given to {@link loadDictionaries} (the library reads no files itself). */
export interface DictionarySource {
  /** The path as the user gave it: named in problem reports, and the default name of the dictionary. */
  path: string;
  text: string;
}

export type SourceFormat = 'json' | 'yaml';

export const EMPTY_FILE = 'the file is empty; write a dictionary in it (README: "Custom dictionaries")';

export interface ParsedSource {
  format: SourceFormat;
  data: unknown;
  /**
   * The 1-based line of the value at `path` (of its key, with `key`); for a
   * path that is not in the source, the line of its nearest ancestor that is.
   */
  line(path: SourcePath, key?: boolean): number;
}

export type ParseResult = { ok: true; parsed: ParsedSource } | { ok: false; problems: { line: number; message: string }[] };

function sourceFormat(source: DictionarySource): SourceFormat {
  if (/\.json$/i.test(source.path)) return 'json';
  if (/\.ya?ml$/i.test(source.path)) return 'yaml';
  return /^\s*[{[]/.test(source.text) ? 'json' : 'yaml';
}

/** offset → 1-based line, by binary search over the line starts (a report may ask for many). */
function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
}

function nearest<T>(path: SourcePath, find: (path: SourcePath) => T | undefined): { found: T; exact: boolean } | undefined {
  for (let length = path.length; length >= 0; length--) {
    const found = find(path.slice(0, length));
    if (found !== undefined) return { found, exact: length === path.length };
  }
  return undefined;
}

function parseJson(text: string): ParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /at position (\d+)/.exec(message);
    const reason = message.replace(/ in JSON at position \d+.*$/s, '').replace(/^JSON\.parse: /, '');
    return {
      ok: false,
      problems: [{ line: position ? lineIndex(text)(Number(position[1])) : 1, message: `the file is not valid JSON: ${reason}; fix the syntax there` }],
    };
  }
  let locate: { value: ReturnType<typeof locateJson>; lineOf: (offset: number) => number } | null = null;
  const line = (path: SourcePath, key = false): number => {
    locate ??= { value: locateJson(text), lineOf: lineIndex(text) };
    const at = nearest(path, locate.value);
    if (!at) return 1;
    return locate.lineOf(key && at.exact && at.found.key !== null ? at.found.key : at.found.value);
  };
  return { ok: true, parsed: { format: 'json', data, line } };
}

function yamlChild(node: unknown, segment: string | number): { key: Node | null; value: unknown } | undefined {
  if (isMap(node)) {
    const pair = node.items.find((item) => String(isScalar(item.key) ? item.key.value : item.key) === String(segment));
    return pair ? { key: pair.key as Node, value: pair.value } : undefined;
  }
  if (isSeq(node)) {
    const index = Number(segment);
    return Number.isInteger(index) && index < node.items.length ? { key: null, value: node.items[index] } : undefined;
  }
  return undefined;
}

function yamlLocator(document: Document, counter: LineCounter): ParsedSource['line'] {
  const rangeStart = (node: unknown): number | undefined => (node && typeof node === 'object' && 'range' in node ? (node as Node).range?.[0] : undefined);
  return (path, key = false) => {
    const at = nearest(path, (prefix) => {
      let step: { key: Node | null; value: unknown } = { key: null, value: document.contents };
      for (const segment of prefix) {
        const child = yamlChild(step.value, segment);
        if (!child) return undefined;
        step = child;
      }
      // A key with no value (`waste:`) has no value node: its key stands for it.
      const offset = key || rangeStart(step.value) === undefined ? (rangeStart(step.key) ?? rangeStart(step.value)) : rangeStart(step.value);
      return offset;
    });
    return at ? counter.linePos(at.found).line : 1;
  };
}

function parseYaml(text: string): ParseResult {
  const fast = readSimpleYaml(text);
  if (fast) {
    // Lines are wanted only for a problem report: the full parse waits until then.
    let line: ParsedSource['line'] | null = null;
    const lazyLine: ParsedSource['line'] = (path, key) => {
      if (!line) {
        const counter = new LineCounter();
        line = yamlLocator(parseDocument(text, { lineCounter: counter }), counter);
      }
      return line(path, key);
    };
    return { ok: true, parsed: { format: 'yaml', data: fast.value, line: lazyLine } };
  }
  const counter = new LineCounter();
  const document = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  if (document.errors.length > 0) {
    return {
      ok: false,
      problems: document.errors.map((error) => ({
        line: counter.linePos(error.pos[0]).line,
        message: `the file is not valid YAML: ${error.message}; fix the syntax there`,
      })),
    };
  }
  return { ok: true, parsed: { format: 'yaml', data: document.toJS(), line: yamlLocator(document, counter) } };
}

export function parseSource(source: DictionarySource): ParseResult {
  // A byte order mark is not content, and would shift nothing a user sees.
  const text = source.text.replace(/^\uFEFF/, '');
  if (!text.trim()) return { ok: false, problems: [{ line: 1, message: EMPTY_FILE }] };
  return sourceFormat(source) === 'json' ? parseJson(text) : parseYaml(text);
}
