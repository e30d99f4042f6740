/** Names as the clause grammar reads them: after a title, standing alone, and looked up where they start. */
import { describe, expect, it } from 'vitest';
import { looksLikeName, NameBook } from '../../src/clauses/names.js';
import { tag } from './report.js';

describe('a name after a title and a name standing alone', () => {
  it('takes a name after a title unless it is a common word (区长|张明华, not 区长|近日)', () => {
    const names = new NameBook(tag);
    expect(names.isNameAfterTitle('张明华')).toBe(true);
    expect(names.isNameAfterTitle('近日')).toBe(false);
    expect(names.isNameAfterTitle('党中央')).toBe(false);
  });

  it('takes a name without a title only with a surname and no common word among its parts (方便 and 高兴 are words)', () => {
    const names = new NameBook(tag);
    expect(names.isUntitledName('丁薛祥')).toBe(true);
    expect(names.isUntitledName('方便')).toBe(false);
    expect(names.isUntitledName('高兴')).toBe(false);
    expect(names.isUntitledName('重要')).toBe(false);
  });

  it('looks like a name: a person the book knows, however long, or a short name that reads as one', () => {
    const names = new NameBook(tag);
    names.add('费尔南德斯');
    expect(looksLikeName('费尔南德斯', names)).toBe(true);
    expect(looksLikeName('丁薛祥', names)).toBe(true);
    expect(looksLikeName('周密', names)).toBe(false);
  });
});

describe('the people a document names, at the start of a piece', () => {
  it('finds a known person at the start or right after a title, not after other words', () => {
    const names = new NameBook(tag);
    names.add('张明华');
    expect(names.personAtStart('张明华强调')).toBe('张明华');
    expect(names.personAtStart('区委书记张明华强调')).toBe('张明华');
    expect(names.personAtStart('据张明华介绍')).toBeNull();
  });

  it('gives a tie to the person met first (张明华 before 李国强, wherever each stands)', () => {
    const names = new NameBook(tag);
    names.add('张明华');
    names.add('李国强');
    expect(names.personAtStart('书记李国强、区长张明华')).toBe('张明华');
    expect(names.has('李国强')).toBe(true);
    expect(names.has('王五')).toBe(false);
  });
});
