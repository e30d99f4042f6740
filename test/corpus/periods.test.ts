import { describe, expect, it } from 'vitest';
import { documentDate, periodOf, periodRange, UNKNOWN_PERIOD } from '../../src/corpus/periods.js';
import { makeDocument } from './make-document.js';

describe('periodOf', () => {
  it.each([
    ['2024-01-19', 'month', '2024-01'],
    ['2024-12-31', 'month', '2024-12'],
    ['2024-01-01', 'quarter', '2024-Q1'],
    ['2024-03-31', 'quarter', '2024-Q1'],
    ['2024-04-01', 'quarter', '2024-Q2'],
    ['2024-09-30', 'quarter', '2024-Q3'],
    ['2024-10-01', 'quarter', '2024-Q4'],
    ['2024-12-31', 'quarter', '2024-Q4'],
    ['2019-07-16', 'year', '2019'],
  ] as const)('%s by %s is %s', (date, by, period) => {
    expect(periodOf(date, by)).toBe(period);
  });

  it('puts a document without a date in "unknown"', () => {
    expect(periodOf(null, 'month')).toBe(UNKNOWN_PERIOD);
    expect(UNKNOWN_PERIOD).toBe('unknown');
  });
});

describe('periodRange', () => {
  it('lists every month from the first date to the last, across a year end', () => {
    expect(periodRange('2023-11-30', '2024-02-01', 'month')).toEqual(['2023-11', '2023-12', '2024-01', '2024-02']);
  });

  it('lists quarters and years, a single one when both dates fall in it', () => {
    expect(periodRange('2023-08-01', '2024-04-02', 'quarter')).toEqual(['2023-Q3', '2023-Q4', '2024-Q1', '2024-Q2']);
    expect(periodRange('2024-01-01', '2024-03-31', 'quarter')).toEqual(['2024-Q1']);
    expect(periodRange('2019-05-22', '2022-01-01', 'year')).toEqual(['2019', '2020', '2021', '2022']);
  });

  it('is empty when the first date is after the last', () => {
    expect(periodRange('2024-02-01', '2024-01-01', 'month')).toEqual([]);
  });
});

describe('documentDate', () => {
  it('takes the meeting date when it has a year', () => {
    expect(documentDate(makeDocument({ date: '2020-07-16', path: 'archive/2024/01/19/a.html' }))).toEqual({ date: '2020-07-16', source: 'meeting' });
  });

  it('falls back to the date in the path when the meeting date has no year', () => {
    expect(documentDate(makeDocument({ date: '--07-16', path: 'archive/2024/01/19/a.html' }))).toEqual({ date: '2024-01-19', source: 'page' });
  });

  it('falls back to a dated line at the top of the body when there is no meeting', () => {
    expect(documentDate(makeDocument({ preface: ['2023-08-10 来源：区政府办'], path: 'a.html' }))).toEqual({ date: '2023-08-10', source: 'page' });
  });

  it('reads a file name such as 20240119_01.md', () => {
    expect(documentDate(makeDocument({ path: 'xwlb/20240119_01.md' }))).toEqual({ date: '2024-01-19', source: 'page' });
  });

  it('is null when neither the meeting nor the page gives a year', () => {
    expect(documentDate(makeDocument({ date: '--07-16', path: 'report.html' }))).toBeNull();
    expect(documentDate(makeDocument({ path: '-' }))).toBeNull();
  });
});
