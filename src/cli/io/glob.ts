/**
 * Glob patterns for `pdx batch`, for when the shell did not expand them
 * (quoted, or on Windows): `*` and `?` within a name, `**` across folders,
 * `[abc]`, `[!abc]` and `{a,b}`; every other character is itself. Node 20's own
 * matcher (path.matchesGlob) prints an experimental-feature warning on every
 * run. picomatch 4 was tried in its place and is a different dialect for
 * paths: it reads ( ) | + @ as regex groups and extglobs (通知(2024)/*.html
 * matched nothing), has no [!abc], and lets [ab] also match a literal "[ab]".
 * test/cli/io/glob.test.ts pins this one's dialect.
 */
import { normalize } from 'node:path';

const MAGIC = /[*?[{]/;

export function hasGlobMagic(pattern: string): boolean {
  return MAGIC.test(pattern);
}

export interface SplitGlob {
  /** The folder before the first segment with a wildcard: where the walk starts. */
  base: string;
  /** The rest of the pattern, matched against paths relative to `base` with `/` separators. */
  pattern: string;
}

export function splitGlob(glob: string): SplitGlob {
  const segments = glob.split(/[\\/]/);
  const first = segments.findIndex((segment) => MAGIC.test(segment));
  const fixed = segments.slice(0, first);
  // An absolute pattern's first segment is empty: its base is the root folder.
  const base = fixed.length === 0 ? '.' : fixed.join('/') || '/';
  return { base: normalize(base), pattern: segments.slice(first).join('/') };
}

function escapeLiteral(text: string): string {
  return text.replace(/[.+^$()|\\\]]/g, '\\$&');
}

/**
 * A regular expression equivalent to `pattern` over `/`-separated relative paths.
 * Throws a SyntaxError for a pattern no expression can stand for (a range out of
 * order, `[z-a]`).
 */
export function globToRegExp(pattern: string): RegExp {
  let source = '';
  let braces = 0;
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i]!;
    if (char === '*') {
      if (pattern[i + 1] === '*') {
        // `**/` is zero or more whole folders; a trailing `**` is anything below.
        const slash = pattern[i + 2] === '/';
        source += slash ? '(?:[^/]*/)*' : '.*';
        i += slash ? 2 : 1;
      } else source += '[^/]*';
    } else if (char === '?') source += '[^/]';
    else if (char === '[') {
      const end = pattern.indexOf(']', i + 2);
      if (end < 0) source += '\\[';
      else {
        const body = pattern
          .slice(i + 1, end)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\');
        source += `[${body}]`;
        i = end;
      }
    } else if (char === '{') {
      braces++;
      source += '(?:';
    } else if (char === '}' && braces > 0) {
      braces--;
      source += ')';
    } else if (char === ',' && braces > 0) source += '|';
    else source += escapeLiteral(char);
  }
  return new RegExp(`^${source}${')'.repeat(braces)}$`);
}
