import { describe, expect, it } from 'vitest';
import { THIN_PERIOD_CLAUSES } from '../../src/corpus/charts.js';
import { CorpusStats } from '../../src/corpus/corpus-stats.js';
import { escapeHtml, fitText, textWidth } from '../../src/corpus/markup.js';
import { renderReport, reportGranularity, reportRow, reportSection } from '../../src/corpus/report-html.js';
import { makeDocument, type ClauseSpec, type DocumentSpec } from './make-document.js';

const ECONOMY: [string, string] = ['economy', '经济发展与市场'];
const SAFETY: [string, string] = ['safety', '安全生产与应急管理'];

const count = (html: string, pattern: RegExp): number => html.match(new RegExp(pattern.source, 'g'))?.length ?? 0;
const chart = (html: string, name: string): string => {
  const match = new RegExp(`<svg [^>]*data-chart="${name}"[\\s\\S]*?</svg>`).exec(html);
  if (!match) throw new Error(`no ${name} chart`);
  return match[0];
};

const monthly = (date: string, topics: [string, string][], formulations: string[] = []): DocumentSpec => ({
  date,
  clauses: [{ topics, directives: [{ text: `要落实${date}部署`, topics: topics.map(([id]) => id) }] }],
  formulations: formulations.map((text) => ({ text })),
});

describe('renderReport', () => {
  const documents = [
    makeDocument(monthly('2024-01-10', [ECONOMY, SAFETY], ['两个确立'])),
    makeDocument(monthly('2024-02-10', [ECONOMY], ['两个确立', '四个意识'])),
    makeDocument(monthly('2024-05-10', [SAFETY], ['四个意识'])),
    makeDocument({ date: '2024-05-20', clauses: [] }),
  ];
  const html = renderReport(documents, 'auto');

  it('draws a heat map cell for every topic and period, January to May', () => {
    const heatmap = chart(html, 'heatmap');
    expect(count(heatmap, /<rect class="cell"/)).toBe(2 * 5);
    expect(count(heatmap, /<rect class="gap"/)).toBe(0);
    expect(heatmap).toContain('<rect class="cell" x="');
    expect(heatmap.match(/data-topic="economy" data-period="2024-0\d" data-clauses="\d+"/g)).toEqual([
      'data-topic="economy" data-period="2024-01" data-clauses="1"',
      'data-topic="economy" data-period="2024-02" data-clauses="1"',
      'data-topic="economy" data-period="2024-03" data-clauses="0"',
      'data-topic="economy" data-period="2024-04" data-clauses="0"',
      'data-topic="economy" data-period="2024-05" data-clauses="0"',
    ]);
    expect(count(heatmap, /<text class="row-label"/)).toBe(2);
    expect(heatmap).toContain('>经济发展与市场</text>');
    expect(heatmap).toContain('>安全生产与应急管理</text>');
  });

  it('draws one share bar per topic and one timeline row per dated 提法', () => {
    const bars = chart(html, 'topic-shares');
    expect(bars.match(/data-topic="\w+" data-share="[\d.]+"/g)).toEqual([
      'data-topic="economy" data-share="0.6667"',
      'data-topic="safety" data-share="0.6667"',
    ]);
    const timeline = chart(html, 'formulation-timeline');
    expect(count(timeline, /<line class="span"/)).toBe(2);
    expect(
      timeline.match(/<circle class="dot"[^>]*data-formulation="[^"]+" data-period="[^"]+"/g)?.map((dot) => dot.replace(/^.*data-formulation/, '')),
    ).toEqual([
      '="两个确立" data-period="2024-01"',
      '="两个确立" data-period="2024-02"',
      '="四个意识" data-period="2024-02"',
      '="四个意识" data-period="2024-05"',
    ]);
  });

  it('links each document with directives to its section, by anchor', () => {
    expect(count(html, /<tr><td class="n">/)).toBe(4);
    for (const index of [1, 2, 3]) {
      expect(html).toContain(`<a href="#doc-${index}">`);
      expect(html).toContain(`<section class="doc" id="doc-${index}">`);
    }
    expect(html).not.toContain('#doc-4');
    expect(html).not.toContain('id="doc-4"');
  });

  it('fetches nothing: a policy that allows no source, no script, link, image or remote URL', () => {
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\ssrc=|@import|url\((?!#)/i);
    expect(html.match(/https?:\/\/[^"\s]*/g)).toEqual(Array(3).fill('http://www.w3.org/2000/svg'));
  });

  it('prints on A4', () => {
    expect(html).toMatch(/@media print \{\s*@page \{ size: A4 portrait;/);
  });

  it('folds a long run of empty months into one gap', () => {
    const sparse = renderReport(
      [makeDocument(monthly('2014-10-15', [ECONOMY])), makeDocument(monthly('2024-01-10', [ECONOMY])), makeDocument(monthly('2024-03-10', [ECONOMY]))],
      'month',
    );
    const heatmap = chart(sparse, 'heatmap');
    expect(heatmap.match(/data-period="[^"]+"/g)).toEqual(['data-period="2014-10"', 'data-period="2024-01"', 'data-period="2024-02"', 'data-period="2024-03"']);
    expect(count(heatmap, /<rect class="gap"/)).toBe(1);
    expect(heatmap).toContain('<title>2014-11 – 2023-12: no documents</title>');
  });
});

describe('thin periods', () => {
  const clauses = (n: number): ClauseSpec[] =>
    Array.from({ length: n }, () => ({ topics: [ECONOMY], directives: [{ text: '要稳增长', topics: ['economy'] }] }));

  it('fades a period with fewer than THIN_PERIOD_CLAUSES clauses when another period has enough, and keeps it out of the scale', () => {
    const html = renderReport(
      [makeDocument({ date: '2024-01-05', clauses: clauses(THIN_PERIOD_CLAUSES) }), makeDocument({ date: '2024-02-05', clauses: clauses(1) })],
      'month',
    );
    const cells = chart(html, 'heatmap').match(/<rect class="cell"[^>]*>/g)!;
    expect(cells.map((cell) => [/data-period="([^"]+)"/.exec(cell)![1], cell.includes('fill-opacity="0.4"')])).toEqual([
      ['2024-01', false],
      ['2024-02', true],
    ]);
    expect(chart(html, 'heatmap')).toContain(`faded: fewer than ${THIN_PERIOD_CLAUSES} clauses in the period`);
  });

  it('fades nothing when every dated period is thin', () => {
    const html = renderReport([makeDocument({ date: '2024-01-05', clauses: clauses(1) }), makeDocument({ date: '2024-02-05', clauses: clauses(2) })], 'month');
    expect(chart(html, 'heatmap')).not.toContain('fill-opacity');
    expect(chart(html, 'heatmap')).not.toContain('faded');
  });
});

describe('escaping', () => {
  it('escapes every string from a document, in text and in attributes', () => {
    const hostile = makeDocument({
      title: '<script>alert(1)</script>',
      date: '2024-01-01',
      body: '"><img src=x onerror=alert(2)>',
      clauses: [
        {
          speaker: '<b>x</b>',
          kind: 'person',
          topics: [['evil"id', '<i>label</i>']],
          directives: [{ text: '要<svg onload=alert(3)>落实', topics: ['evil"id'] }],
        },
      ],
      formulations: [{ text: '"><script>' }],
    });
    const html = renderReport([hostile], 'month', { title: '</title><script>alert(4)</script>' });
    expect(html).not.toMatch(/<script|<img|<svg onload|<b>|<i>/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(2)&gt;');
    expect(html).toContain('data-topic="evil&quot;id"');
    expect(html).toContain('要&lt;svg onload=alert(3)&gt;落实');
    expect(html).toContain('<title>&lt;/title&gt;&lt;script&gt;alert(4)&lt;/script&gt;</title>');
  });

  it('escapes the five characters that matter in HTML', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});

describe('parts', () => {
  it('writes a row without a link for a document without directives', () => {
    const document = makeDocument({ title: null, path: 'x/20240105_01.md', clauses: [] });
    expect(reportRow(document, 7)).toBe(
      '<tr><td class="n">7</td><td class="date"><span title="document date">2024-01-05</span></td><td>x/20240105_01.md</td><td></td><td class="n">0</td><td class="n">0</td></tr>\n',
    );
    expect(reportSection(document, 7)).toBe('');
  });

  it('lists the directives of a clause under its speaker and cue, with modality and topics', () => {
    const document = makeDocument({
      date: '2024-01-19',
      body: '区政府',
      clauses: [
        {
          topics: [SAFETY],
          directives: [
            { text: '必须守住底线', topics: ['safety'], modality: '必须' },
            { text: '形势平稳', modality: null },
          ],
        },
      ],
    });
    expect(reportSection(document, 2)).toBe(
      '<section class="doc" id="doc-2"><h3>2. 测试会议</h3><p class="meta">2024-01-19 · 区政府 · report.html</p>' +
        '<p class="clause-head">会议 · 强调</p><ol><li><span class="modality">必须</span>必须守住底线<span class="tags">安全生产与应急管理</span></li>' +
        '<li><span class="modality"></span>形势平稳</li></ol><p class="back"><a href="#documents">↑ 文件 Documents</a></p></section>\n',
    );
  });
});

describe('reportGranularity (auto)', () => {
  const granularity = (dates: string[]): string => {
    const stats = new CorpusStats();
    for (const date of dates) stats.add(makeDocument({ date }));
    return reportGranularity(stats);
  };

  it('takes months while at most 36 months have documents, however far apart', () => {
    expect(granularity(['2024-01-01', '2024-12-31'])).toBe('month');
    expect(granularity(['2014-10-15', '2024-01-01', '2024-12-31'])).toBe('month');
  });

  it('takes quarters, then years, as more periods have documents', () => {
    const months = Array.from({ length: 40 }, (_, index) => `${2020 + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`);
    expect(granularity(months)).toBe('quarter');
    const quarters = Array.from({ length: 40 }, (_, index) => `${1980 + Math.floor(index / 4)}-${String((index % 4) * 3 + 1).padStart(2, '0')}-01`);
    expect(granularity(quarters)).toBe('year');
  });
});

describe('text measurement', () => {
  it('gives CJK characters a full em and Latin ones about 0.62', () => {
    expect(textWidth('经济', 12)).toBe(24);
    expect(textWidth('2024', 10)).toBeCloseTo(24.8, 10);
  });

  it('cuts a label that does not fit, with an ellipsis', () => {
    expect(fitText('全面深化改革', 10, 40)).toBe('全面深…');
    expect(fitText('改革', 10, 40)).toBe('改革');
  });
});
