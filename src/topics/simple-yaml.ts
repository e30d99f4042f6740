/**
 * A fast reader for the plain YAML that dictionaries are written in: block
 * mappings and sequences indented with spaces, one-line flow collections
 * ([a, b], { zh: 名称 }), plain and quoted one-line scalars, comments. The
 * `yaml` package takes about 400 ms for a 5,000-term dictionary on a cold
 * start, which alone would break the 100 ms budget of a --dict.
 *
 * It gives up (null) on anything else — anchors, tags, block scalars,
 * multi-line scalars, escapes, documents, duplicate keys, octal or hex numbers —
 * and the caller then uses the `yaml` package, which also reports the errors.
 * Scalars resolve as in the YAML 1.2 core schema, as the `yaml` package does.
 *
 * A cold process runs this code uncompiled, so the work per line shows in the
 * budget: lines are offsets into the text, and the lines most of a big
 * dictionary is made of (`- 垃圾分类`, `- term: 垃圾分类`, `weight: 1.5`) are
 * matched by native regexes.
 */

class Unsupported extends Error {}

const unsupported = (): never => {
  throw new Unsupported();
};

const SPACE = 32;
const TAB = 9;
const HASH = 35;
const COLON = 58;
const DASH = 45;

// Characters that may not begin a plain scalar (YAML 1.2, 7.3.3); -, ? and : only when followed by a space.
const INDICATOR = /^(?:[,[\]{}#&*!|>'"%@`]|[-?:](?:\s|$))/;
const INT = /^[-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const TRUE = /^(?:[Tt]rue|TRUE)$/;
const FALSE = /^(?:[Ff]alse|FALSE)$/;
// Core-schema forms this reader leaves to the yaml package.
const OTHER_NUMBER = /^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
// Only a scalar starting with one of these can be anything but a string.
const MAYBE_NOT_STRING = /^[-+.~0-9nNtTfF]/;

function resolvePlain(text: string): unknown {
  if (text === '') return null;
  if (!MAYBE_NOT_STRING.test(text)) return text;
  if (NULL.test(text)) return null;
  if (TRUE.test(text)) return true;
  if (FALSE.test(text)) return false;
  if (INT.test(text) || FLOAT.test(text)) return Number(text);
  if (OTHER_NUMBER.test(text)) unsupported();
  return text;
}

/** A one-line quoted scalar at `start` of `text`: its value and the index after the closing quote. */
function readQuoted(text: string, start: number, end: number): { value: string; end: number } {
  const quote = text[start]!;
  if (quote === '"') {
    const close = text.indexOf('"', start + 1);
    if (close < 0 || close >= end) unsupported();
    const value = text.slice(start + 1, close);
    if (value.includes('\\')) unsupported();
    return { value, end: close + 1 };
  }
  let value = '';
  for (let i = start + 1; i < end; i++) {
    if (text[i] !== "'") value += text[i];
    else if (text[i + 1] === "'") {
      value += "'";
      i++;
    } else return { value, end: i + 1 };
  }
  return unsupported();
}

/** Nothing but a comment may follow a value on its line. */
function expectEnd(text: string, at: number, end: number): void {
  if (at >= end) return;
  if (text.charCodeAt(at) !== SPACE && text.charCodeAt(at) !== TAB) unsupported();
  while (at < end && (text.charCodeAt(at) === SPACE || text.charCodeAt(at) === TAB)) at++;
  if (at < end && text.charCodeAt(at) !== HASH) unsupported();
}

function readFlow(text: string, start: number, end: number): { value: unknown; end: number } {
  let i = start;
  const skip = (): void => {
    while (i < end && text.charCodeAt(i) === SPACE) i++;
  };
  const scalar = (): unknown => {
    if (text[i] === '"' || text[i] === "'") {
      const quoted = readQuoted(text, i, end);
      i = quoted.end;
      return quoted.value;
    }
    if (text[i] === '[' || text[i] === '{') return node();
    const begin = i;
    while (
      i < end &&
      !',[]{}'.includes(text[i]!) &&
      !(text[i] === ':' && (i + 1 >= end || ' ,]}'.includes(text[i + 1]!))) &&
      !(text[i] === '#' && text[i - 1] === ' ')
    )
      i++;
    const plain = text.slice(begin, i).trim();
    if (plain === '' || INDICATOR.test(plain)) unsupported();
    return resolvePlain(plain);
  };
  const node = (): unknown => {
    const open = text[i++];
    const close = open === '[' ? ']' : '}';
    const list: unknown[] = [];
    const map: Record<string, unknown> = {};
    skip();
    if (text[i] === close) {
      i++;
      return open === '[' ? list : map;
    }
    for (;;) {
      skip();
      if (open === '[') list.push(scalar());
      else {
        const key = scalar();
        if (typeof key !== 'string' || Object.hasOwn(map, key) || key === '__proto__') unsupported();
        skip();
        if (text[i++] !== ':') unsupported();
        skip();
        map[key as string] = scalar();
      }
      skip();
      const next = i < end ? text[i++] : undefined;
      if (next === close) return open === '[' ? list : map;
      if (next !== ',') unsupported();
    }
  };
  const value = node();
  return { value, end: i };
}

/** The value written in text[start, end) after `key:` or `- `. */
function readInline(text: string, start: number, end: number): unknown {
  const first = text[start];
  if (first === '[' || first === '{') {
    const flow = readFlow(text, start, end);
    expectEnd(text, flow.end, end);
    return flow.value;
  }
  if (first === '"' || first === "'") {
    const quoted = readQuoted(text, start, end);
    expectEnd(text, quoted.end, end);
    return quoted.value;
  }
  let stop = end;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === HASH && (text.charCodeAt(i - 1) === SPACE || text.charCodeAt(i - 1) === TAB)) {
      stop = i;
      break;
    }
    // `a: b` in a value is an error in YAML: let the yaml package say so.
    if (code === COLON && (i + 1 === end || text.charCodeAt(i + 1) === SPACE || text.charCodeAt(i + 1) === TAB)) unsupported();
  }
  const plain = text.slice(start, stop).trimEnd();
  if (INDICATOR.test(plain)) unsupported();
  return resolvePlain(plain);
}

/** In text[start, end): the key and where its value starts (end for none); null when this is no `key:` entry. */
function splitKey(text: string, start: number, end: number): { key: string; value: number } | null {
  const first = text[start];
  if (first === '[' || first === '{') return null;
  let key: string;
  let after: number;
  if (first === '"' || first === "'") {
    const quoted = readQuoted(text, start, end);
    if (text.charCodeAt(quoted.end) !== COLON) return null;
    key = quoted.value;
    after = quoted.end + 1;
  } else {
    let colon = -1;
    for (let i = start; i < end; i++) {
      const code = text.charCodeAt(i);
      if (code === HASH && (text.charCodeAt(i - 1) === SPACE || text.charCodeAt(i - 1) === TAB)) return null;
      if (code === COLON && (i + 1 === end || text.charCodeAt(i + 1) === SPACE || text.charCodeAt(i + 1) === TAB)) {
        colon = i;
        break;
      }
    }
    if (colon < 0) return null;
    key = text.slice(start, colon).trimEnd();
    if (INDICATOR.test(key) || typeof resolvePlain(key) !== 'string') unsupported();
    after = colon + 1;
  }
  if (after < end && text.charCodeAt(after) !== SPACE) return null;
  let value = after;
  while (value < end && text.charCodeAt(value) === SPACE) value++;
  return { key, value: text.charCodeAt(value) === HASH ? end : value };
}

/** A line with content: where it starts (after the indent) and ends (before trailing white space), and where the next starts. */
interface Line {
  start: number;
  end: number;
  indent: number;
  next: number;
}

/**
 * `- 垃圾分类` lines at one indent, the bulk of a big dictionary, matched natively
 * a run at a time: a plain scalar that can only be a string (no :, #, quote
 * or indicator, not starting like a number, null or boolean).
 */
const SIMPLE_ITEM = /( *)- ([^\s\-?:,[\]{}#&*!|>'"%@`\\+.~0-9nNtTfF][^:#\r\n]*?)[ \t]*(?:\r?\n|$)/y;

/** `weight: 1.5`, and `- term: 垃圾分类` opening a mapping: a plain key and a plain value with no : or # in either. */
const SIMPLE_ENTRY = /( *)(- +)?([^\s\-?:,[\]{}#&*!|>'"%@`\\][^:#\r\n]*?): +([^\s\-?:,[\]{}#&*!|>'"%@`\\][^:#\r\n]*?)[ \t]*(?:\r?\n|$)/y;

/** The lines of a text that hold content, read one at a time; one Line object, updated in place. */
class Lines {
  private pos = 0;
  private readonly line: Line = { start: 0, end: 0, indent: 0, next: 0 };
  private ready = false;
  private shifted = false;

  constructor(private readonly text: string) {}

  peek(): Line | null {
    if (this.ready) return this.line;
    const text = this.text;
    while (this.pos <= text.length) {
      const lineStart = this.pos;
      let lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) lineEnd = text.length;
      let start = lineStart;
      while (start < lineEnd && text.charCodeAt(start) === SPACE) start++;
      let end = lineEnd;
      while (end > start && (text.charCodeAt(end - 1) === SPACE || text.charCodeAt(end - 1) === TAB || text.charCodeAt(end - 1) === 13)) end--;
      if (end > start && text.charCodeAt(start) !== HASH) {
        const first = text.charCodeAt(start);
        // Tabs may not indent; documents and directives are the yaml package's.
        if (first === TAB || (start === lineStart && (first === 37 || text.startsWith('---', start) || text.startsWith('...', start)))) unsupported();
        this.line.start = start;
        this.line.end = end;
        this.line.indent = start - lineStart;
        this.line.next = lineEnd + 1;
        this.ready = true;
        return this.line;
      }
      this.pos = lineEnd + 1;
    }
    return null;
  }

  advance(): void {
    this.pos = this.line.next;
    this.ready = false;
    this.shifted = false;
  }

  /** Reads the rest of the current line from `start`, as a line indented to `indent` (`- key: value` opens a mapping there). */
  shift(start: number, indent: number): void {
    this.line.start = start;
    this.line.indent = indent;
    this.shifted = true;
  }

  /** Takes the current line if it is a simple `key: value` at `indent` (`- key: value` with `dash`); the column is the key's. */
  simpleEntry(indent: number, dash: boolean): { key: string; value: unknown; column: number } | null {
    if (this.shifted) return null;
    SIMPLE_ENTRY.lastIndex = this.pos;
    const match = SIMPLE_ENTRY.exec(this.text);
    if (!match || match[1]!.length !== indent || (match[2] !== undefined) !== dash || typeof resolvePlain(match[3]!) !== 'string') return null;
    this.pos = SIMPLE_ENTRY.lastIndex;
    this.ready = false;
    return { key: match[3]!, value: resolvePlain(match[4]!), column: indent + (match[2]?.length ?? 0) };
  }

  /** Takes the run of simple `- item` lines at `indent` that starts here, if any, into `items`. */
  simpleItems(indent: number, items: unknown[]): void {
    if (this.shifted) return;
    SIMPLE_ITEM.lastIndex = this.pos;
    for (let match = SIMPLE_ITEM.exec(this.text); match && match[1]!.length === indent; match = SIMPLE_ITEM.exec(this.text)) {
      items.push(match[2]);
      this.pos = SIMPLE_ITEM.lastIndex;
      this.ready = false;
    }
  }
}

function readDocument(text: string): unknown {
  const lines = new Lines(text);
  const isDash = (line: Line): boolean => text.charCodeAt(line.start) === DASH && (line.start + 1 === line.end || text.charCodeAt(line.start + 1) === SPACE);

  const block = (line: Line): unknown => (isDash(line) ? sequence(line.indent) : mapping(line.indent));

  // A key or dash with nothing after it: a block indented deeper, a sequence at the same indent (under a key), or null.
  const nested = (indent: number, sameIndentSequence: boolean): unknown => {
    const line = lines.peek();
    if (line && line.indent > indent) return block(line);
    if (line && sameIndentSequence && line.indent === indent && isDash(line)) return sequence(indent);
    return null;
  };

  const add = (map: Record<string, unknown>, key: string, value: unknown): void => {
    if (Object.hasOwn(map, key) || key === '__proto__') unsupported();
    map[key] = value;
  };

  const sequence = (indent: number): unknown[] => {
    const items: unknown[] = [];
    for (;;) {
      lines.simpleItems(indent, items);
      const simple = lines.simpleEntry(indent, true);
      if (simple) {
        const map: Record<string, unknown> = {};
        add(map, simple.key, simple.value);
        items.push(mapping(simple.column, map));
        continue;
      }
      const line = lines.peek();
      if (!line || line.indent !== indent || !isDash(line)) break;
      let rest = line.start + 1;
      while (rest < line.end && text.charCodeAt(rest) === SPACE) rest++;
      if (rest === line.end || text.charCodeAt(rest) === HASH) {
        lines.advance();
        items.push(nested(indent, false));
        continue;
      }
      if (text.charCodeAt(rest) === DASH && (rest + 1 === line.end || text.charCodeAt(rest + 1) === SPACE)) unsupported();
      if (splitKey(text, rest, line.end)) {
        const column = indent + rest - line.start;
        lines.shift(rest, column);
        items.push(mapping(column));
        continue;
      }
      items.push(readInline(text, rest, line.end));
      lines.advance();
      const after = lines.peek();
      if (after && after.indent > indent) unsupported();
    }
    const after = lines.peek();
    if (after && after.indent > indent) unsupported();
    return items;
  };

  const mapping = (indent: number, map: Record<string, unknown> = {}): Record<string, unknown> => {
    for (;;) {
      const simple = lines.simpleEntry(indent, false);
      if (simple) {
        add(map, simple.key, simple.value);
        continue;
      }
      const line = lines.peek();
      if (!line || line.indent !== indent) break;
      const entry = isDash(line) ? null : splitKey(text, line.start, line.end);
      if (!entry) return unsupported();
      const end = line.end;
      lines.advance();
      add(map, entry.key, entry.value >= end ? nested(indent, true) : readInline(text, entry.value, end));
      if (entry.value < end) {
        const after = lines.peek();
        if (after && after.indent > indent) unsupported();
      }
    }
    const after = lines.peek();
    if (after && after.indent > indent) unsupported();
    return map;
  };

  const first = lines.peek();
  if (!first) return unsupported();
  const value = block(first);
  if (lines.peek()) unsupported();
  return value;
}

/** The data of `text`, or null when it uses YAML this reader leaves to the yaml package. */
export function readSimpleYaml(text: string): { value: unknown } | null {
  try {
    return { value: readDocument(text) };
  } catch (error) {
    if (error instanceof Unsupported) return null;
    throw error;
  }
}
