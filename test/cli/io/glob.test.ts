/**
 * The glob dialect of `pdx batch`, `stats`, `report` and `diff` for patterns
 * the shell left alone: what each wildcard takes, where the walk starts, and
 * what is refused.
 */
import { describe, expect, it } from 'vitest';
import { globToRegExp, hasGlobMagic, splitGlob } from '../../../src/cli/io/glob.js';

const matching = (pattern: string, paths: readonly string[]): string[] => paths.filter((path) => globToRegExp(pattern).test(path));

const PATHS = ['a.md', 'b.md', 'c.md', 'ab.md', 'a.txt', 'x/a.md', 'x/y/a.md', '.hidden.md', 'a[1].md', '通知(2024).md', 'a+b.md'];

describe('globToRegExp', () => {
  it('* takes any part of one name, never a folder', () => {
    expect(matching('*.md', PATHS)).toEqual(['a.md', 'b.md', 'c.md', 'ab.md', '.hidden.md', 'a[1].md', '通知(2024).md', 'a+b.md']);
    expect(matching('x/*', PATHS)).toEqual(['x/a.md']);
  });

  it('? takes one character of a name', () => {
    expect(matching('?.md', PATHS)).toEqual(['a.md', 'b.md', 'c.md']);
    expect(matching('??.md', PATHS)).toEqual(['ab.md']);
    expect(matching('x?a.md', PATHS)).toEqual([]);
  });

  it('[…] takes one character of a set or range, [!…] one outside it', () => {
    expect(matching('[ab].md', PATHS)).toEqual(['a.md', 'b.md']);
    expect(matching('[a-b].md', PATHS)).toEqual(['a.md', 'b.md']);
    expect(matching('[!ab].md', PATHS)).toEqual(['c.md']);
    expect(matching('[a-c]?.md', PATHS)).toEqual(['ab.md']);
  });

  it('{a,b} takes either alternative, nested too', () => {
    expect(matching('a.{md,txt}', PATHS)).toEqual(['a.md', 'a.txt']);
    expect(matching('{a,x/{a,y/a}}.md', PATHS)).toEqual(['a.md', 'x/a.md', 'x/y/a.md']);
    expect(matching('{b,c}.md', PATHS)).toEqual(['b.md', 'c.md']);
  });

  it('**/ takes zero or more folders; a trailing ** everything below', () => {
    expect(matching('**/a.md', PATHS)).toEqual(['a.md', 'x/a.md', 'x/y/a.md']);
    expect(matching('x/**', PATHS)).toEqual(['x/a.md', 'x/y/a.md']);
  });

  it('reads the other characters of a path as themselves', () => {
    expect(matching('通知(2024).md', PATHS)).toEqual(['通知(2024).md']);
    expect(matching('a+b.md', PATHS)).toEqual(['a+b.md']);
    expect(matching('a.m?', ['a.md', 'axmd'])).toEqual(['a.md']);
    // An unclosed [ or { is a character or an open group, not an error.
    expect(matching('a[1.md', ['a[1.md'])).toEqual(['a[1.md']);
    expect(matching('{a,b.md', ['a', 'b.md'])).toEqual(['a', 'b.md']);
  });

  it('throws for a set that stands for nothing', () => {
    expect(() => globToRegExp('[z-a].md')).toThrow(/range out of order/i);
  });
});

describe('splitGlob and hasGlobMagic', () => {
  it('start the walk at the folder before the first wildcard', () => {
    expect(splitGlob('reports/2024/*.html')).toEqual({ base: 'reports/2024', pattern: '*.html' });
    expect(splitGlob('reports/**/[ab].md')).toEqual({ base: 'reports', pattern: '**/[ab].md' });
    expect(splitGlob('*.md')).toEqual({ base: '.', pattern: '*.md' });
    expect(splitGlob('/srv/archive/{a,b}/*.md')).toEqual({ base: '/srv/archive', pattern: '{a,b}/*.md' });
    // A Windows path separates with \ as the shell there passes it.
    expect(splitGlob('reports\\2024\\*.html')).toEqual({ base: 'reports/2024', pattern: '*.html' });
  });

  it('tell a pattern from a plain path', () => {
    expect(['*.md', 'a?.md', '[ab].md', '{a,b}.md'].map(hasGlobMagic)).toEqual([true, true, true, true]);
    expect(['a.md', 'reports/2024', '通知(2024).md', 'a+b.md'].map(hasGlobMagic)).toEqual([false, false, false, false]);
  });
});
