/**
 * The report in a real browser: headless Chromium (found by
 * test/requirements.ts: $PDX_CHROMIUM, else chromium … on PATH; .ci/run
 * installs Debian's) opens the file `pdx report` wrote and the test checks
 * what a reader sees: the three charts with a mark for each topic, period and
 * 提法, labels in a CJK font and inside the charts, no request that leaves the
 * file, and an A4 print layout. It takes a screenshot of the charts; set
 * PDX_REPORT_SCREENSHOT=FILE to keep it for a person to look at.
 * Needs the build in dist/.
 */
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CorpusSummary } from '../../src/corpus/corpus-stats.js';
import { findChromium } from '../requirements.js';
import { FIXTURES } from '../support.js';
import { pdx } from './corpus-cli.js';

const SCREENSHOT_FOR_PEOPLE = process.env['PDX_REPORT_SCREENSHOT'];
// Node.TEXT_NODE, spelled out: the test is type-checked without the DOM library.
const TEXT_NODE = 3;

let tmp: string;
let browser: Browser;
let page: Page;
let summary: CorpusSummary;
const requests: string[] = [];
const blocked: string[] = [];

beforeAll(async () => {
  const chromiumFound = findChromium();
  if ('missing' in chromiumFound) throw new Error(chromiumFound.missing);
  tmp = mkdtempSync(join(tmpdir(), 'pdx-report-browser-'));
  // Every fixture report, as a corpus with meetings of several bodies and years.
  const inputs = readdirSync(FIXTURES)
    .filter((name) => existsSync(join(FIXTURES, name)) && statSync(join(FIXTURES, name)).isDirectory())
    .flatMap((name) =>
      readdirSync(join(FIXTURES, name))
        .filter((file) => /^input\./.test(file))
        .map((file) => join(FIXTURES, name, file)),
    );
  const written = pdx(['report', ...inputs, '--out', join(tmp, 'report.html'), '--title', '测试报告 <fixtures>']);
  expect(written.status).toBe(0);
  const stats = pdx(['stats', ...inputs, '--format', 'json', '--by', 'month']);
  summary = JSON.parse(stats.stdout) as CorpusSummary;

  browser = await chromium.launch({
    executablePath: chromiumFound.path,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  // Every request is seen here: the file itself may load, anything else is recorded and refused.
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    requests.push(url);
    if (url.startsWith('file:')) await route.continue();
    else {
      blocked.push(url);
      await route.abort();
    }
  });
  await page.goto(pathToFileURL(join(tmp, 'report.html')).href, { waitUntil: 'load' });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('the report in Chromium', () => {
  it('shows the heat map: a row per topic, a cell per topic and period column, Chinese labels', async () => {
    const heatmap = page.locator('svg[data-chart="heatmap"]');
    await expect(heatmap.count()).resolves.toBe(1);
    // A label's own text, without the <title> tooltip inside it.
    const labels = await heatmap.locator('text.row-label').evaluateAll(
      (texts, textNode) =>
        texts.map((text) =>
          [...text.childNodes]
            .filter((node) => node.nodeType === textNode)
            .map((node) => node.textContent)
            .join(''),
        ),
      TEXT_NODE,
    );
    expect(labels).toEqual(summary.topics.map((topic) => topic.label));
    const periods = new Set(await heatmap.locator('rect.cell').evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-period'))));
    // Every period with documents has its column; runs of empty ones may be folded into a gap.
    for (const row of summary.periods.filter((item) => item.documents > 0)) expect(periods.has(row.period)).toBe(true);
    await expect(heatmap.locator('rect.cell').count()).resolves.toBe(summary.topics.length * periods.size);
    const economy = await heatmap
      .locator('rect.cell[data-topic="economy"]')
      .evaluateAll((cells) => cells.reduce((sum, cell) => sum + Number(cell.getAttribute('data-clauses')), 0));
    expect(economy).toBe(summary.topics.find((topic) => topic.id === 'economy')!.clauses);
  });

  it('shows a share bar per topic and a timeline row per dated 提法, at most 20', async () => {
    await expect(page.locator('svg[data-chart="topic-shares"] rect.bar').count()).resolves.toBe(summary.topics.length);
    const dated = summary.formulations.filter((row) => row.firstSeen !== null).slice(0, 20);
    const spans = await page
      .locator('svg[data-chart="formulation-timeline"] line.span')
      .evaluateAll((lines) => lines.map((line) => line.getAttribute('data-formulation')));
    expect(spans).toEqual(dated.map((row) => row.text));
  });

  it('renders Chinese in a Chinese font of its own stack, with every label inside its chart', async () => {
    // The fonts the browser drew a label's glyphs with (document.fonts.check says yes to any family,
    // installed or not). A family the report does not name is a fallback: Japanese glyph forms, or boxes.
    const label = page.locator('svg[data-chart="heatmap"] text.row-label').first();
    const [text, stack] = await label.evaluate(
      (node) => [node.childNodes[0]!.textContent!, node.ownerDocument.defaultView!.getComputedStyle(node).fontFamily] as const,
    );
    const named = String(stack)
      .split(',')
      .map((family) => family.trim().replace(/^"|"$/g, ''));
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument');
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'svg[data-chart="heatmap"] text.row-label' });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    expect(fonts, 'a Chinese font of the report, e.g. fonts-noto-cjk').toHaveLength(1);
    expect(named).toContain(fonts[0]!.familyName);
    expect(fonts[0]!.glyphCount).toBe([...text].length);
    const outside = await page.locator('svg.chart').evaluateAll((charts) =>
      charts.flatMap((chart) => {
        const box = chart.viewBox.baseVal;
        return [...chart.querySelectorAll('text')]
          .map((text) => ({ text: text.textContent, box: text.getBBox(), matrix: text.getCTM() }))
          .filter(({ box: b }) => b.x < 0 || b.y < 0 || b.x + b.width > box.width + 1 || b.y + b.height > box.height + 1)
          .filter(({ matrix }) => matrix.b === 0) // turned axis labels are checked below
          .map(({ text }) => text);
      }),
    );
    expect(outside).toEqual([]);
    // A turned period label must still start inside the chart and not run off its top.
    const turned = await page.locator('svg.chart text.axis[transform]').evaluateAll(
      (texts) =>
        texts.filter((text) => {
          const rect = text.getBoundingClientRect();
          const chart = text.ownerSVGElement!.getBoundingClientRect();
          return rect.top < chart.top - 1 || rect.left < chart.left - 1;
        }).length,
    );
    expect(turned).toBe(0);
  });

  it('links each document in the table to its directives', async () => {
    const links = await page.locator('#documents tbody a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    expect(links.length).toBeGreaterThan(0);
    for (const href of new Set(links)) await expect(page.locator(`section.doc${href}`).count()).resolves.toBe(1);
    await page.locator('#documents tbody a').first().click();
    expect(new URL(page.url()).hash).toBe(links[0]);
  });

  it('escapes the title it was given', async () => {
    await expect(page.locator('h1').textContent()).resolves.toBe('测试报告 <fixtures>');
    await expect(page.title()).resolves.toBe('测试报告 <fixtures>');
  });

  it('requests nothing but the file itself', () => {
    expect(blocked).toEqual([]);
    expect(requests).toEqual([pathToFileURL(join(tmp, 'report.html')).href]);
  });

  it('lays out for A4 in print: no navigation, charts within the page width', async () => {
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 700, height: 990 }); // A4 at 96 dpi, less 12 mm margins
    await expect(page.locator('nav').isVisible()).resolves.toBe(false);
    const widths = await page.locator('svg.chart').evaluateAll((charts) => charts.map((chart) => chart.getBoundingClientRect().width));
    expect(widths).toHaveLength(3);
    for (const width of widths) expect(width).toBeLessThanOrEqual(700);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('takes a screenshot of the charts', async () => {
    const bottom = await page
      .locator('#formulations')
      .evaluate((section) => section.getBoundingClientRect().bottom + section.ownerDocument.documentElement.scrollTop);
    const clip = { x: 0, y: 0, width: 1280, height: Math.ceil(bottom) + 16 };
    const path = join(tmp, 'report.png');
    await page.screenshot({ path, clip, fullPage: true });
    if (SCREENSHOT_FOR_PEOPLE) copyFileSync(path, SCREENSHOT_FOR_PEOPLE);
    expect(statSync(path).size).toBeGreaterThan(20_000);
  });
});
