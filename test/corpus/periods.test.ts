import { describe, expect, it } from 'vitest';
import { periodDate, periodOf, periodRange, UNKNOWN_PERIOD } from '../../src/corpus/periods.js';
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

describe('periodDate', () => {
  const own = (date: string, precision: 'day' | 'month' | 'month-day' = 'day') => ({ date, precision, source: 'url' as const });

  it('takes the meeting date when the report is about a meeting dated to the day', () => {
    expect(periodDate(makeDocument({ date: '2020-07-16', documentDate: own('2020-07-17') }))).toEqual({ date: '2020-07-16', source: 'meeting' });
  });

  it('takes the document date when the meeting date has no year, or there is no meeting', () => {
    expect(periodDate(makeDocument({ date: '--07-16', documentDate: own('2024-01-19') }))).toEqual({ date: '2024-01-19', source: 'document' });
    expect(periodDate(makeDocument({ documentDate: own('2024-01') }))).toEqual({ date: '2024-01', source: 'document' });
  });

  it('takes the document date only, with basis document', () => {
    expect(periodDate(makeDocument({ date: '2020-07-16', documentDate: own('2020-07-17') }), 'document')).toEqual({ date: '2020-07-17', source: 'document' });
  });

  it('dates an output written before documentDate by its path or a dated line at the top of its body', () => {
    expect(periodDate(makeDocument({ date: '--07-16', path: 'archive/2024/01/19/a.html' }))).toEqual({ date: '2024-01-19', source: 'document' });
    expect(periodDate(makeDocument({ preface: ['2023-08-10 来源：区政府办'], path: 'a.html' }))).toEqual({ date: '2023-08-10', source: 'document' });
    expect(periodDate(makeDocument({ path: 'xwlb/20240119_01.md' }))).toEqual({ date: '2024-01-19', source: 'document' });
  });

  it('is null when neither the meeting nor the document gives a year', () => {
    expect(periodDate(makeDocument({ date: '--07-16', path: 'report.html' }))).toBeNull();
    expect(periodDate(makeDocument({ path: '-' }))).toBeNull();
    expect(periodDate(makeDocument({ documentDate: own('--04-18', 'month-day') }))).toBeNull();
    // documentDate null says the input gave none: the path of the output is not read again.
    expect(periodDate(makeDocument({ path: 'xwlb/20240119_01.md', documentDate: null }))).toBeNull();
  });
});
