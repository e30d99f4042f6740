/**
 * `pdx topics`: the active taxonomy with --dict / --dict-mode, as a table and
 * as JSON, and `--explain` on a text or standard input. Needs the build in dist/.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinDictionary, createTopicEngine, explainTopics } from '../../src/index.js';
import { FIXTURES, ROOT } from '../support.js';

const BIN = join(ROOT, 'bin', 'pdx.js');
const MINISTRY = join(FIXTURES, 'dictionaries', 'ministry.yaml');
const MINISTRY_SHA = '5f8ca75712a7113cf9293d7fd93b1a9579b43c4f9ff48d10f9fbe6e878797428';
const TEXT = '要持续优化营商环境，下放审批权，推进一网通办，实行市场准入负面清单，办理准入证。';

function pdx(args: string[], input?: string): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [BIN, 'topics', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    ...(input === undefined ? { stdio: ['ignore', 'pipe', 'pipe'] } : { input }),
    timeout: 25_000,
  });
}

describe('pdx topics', () => {
  it('lists the active topics: id, label, CAP codes, parent, term count, threshold', () => {
    const result = pdx(['--dict', MINISTRY, '--dict-mode', 'replace']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(
      [
        'ministry-watch 2.1.0 (sha256 5f8ca75712a7): 3 topics',
        '',
        'id                                  中文      CAP  parent                terms  threshold  English',
        'business_environment                营商环境  15   -                     2      0          Business environment',
        'business_environment.approvals      审批服务  -    business_environment  3      0          Approvals',
        'business_environment.market_access  市场准入  -    business_environment  3      0',
        '',
      ].join('\n'),
    );
  });

  it('lists the built-in topics and then those a --dict adds', () => {
    const lines = pdx(['--dict', MINISTRY]).stdout.split('\n');
    expect(lines[0]).toMatch(/^pdx-builtin \S+ \(sha256 [0-9a-f]{12}\) \+ ministry-watch 2\.1\.0 \(sha256 5f8ca75712a7\): 25 topics$/);
    expect(lines[0]!.split(' ')[1]).toBe(builtinDictionary().version);
    expect(lines.slice(-4, -1).map((line) => line.split(/\s{2,}/)[0])).toEqual([
      'business_environment',
      'business_environment.approvals',
      'business_environment.market_access',
    ]);
  });

  it('prints the listing as JSON with --format json', () => {
    const result = pdx(['--dict', MINISTRY, '--dict-mode', 'replace', '--format', 'json']);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      dictionaries: [{ name: 'ministry-watch', version: '2.1.0', sha256: MINISTRY_SHA }],
      topics: [
        {
          id: 'business_environment',
          zh: '营商环境',
          en: 'Business environment',
          cap: [15],
          parent: null,
          terms: 2,
          threshold: 0,
          dictionary: 'ministry-watch',
        },
        {
          id: 'business_environment.approvals',
          zh: '审批服务',
          en: 'Approvals',
          cap: [],
          parent: 'business_environment',
          terms: 3,
          threshold: 0,
          dictionary: 'ministry-watch',
        },
        {
          id: 'business_environment.market_access',
          zh: '市场准入',
          en: null,
          cap: [],
          parent: 'business_environment',
          terms: 3,
          threshold: 0,
          dictionary: 'ministry-watch',
        },
      ],
    });
  });

  it('explains which terms fire on a text, per topic with the threshold that applied, and which an exclude word dropped', () => {
    const result = pdx(['--dict', MINISTRY, '--dict-mode', 'replace', '--explain', TEXT]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(
      [
        'business_environment.approvals 审批服务  score 0.632, weight 2, threshold 0: tagged',
        '  审批权 (审批*) ×1, weight 1, at 12–15',
        '  一网通办 ×1, weight 1, at 18–22',
        'business_environment.market_access 市场准入  score 0.632, weight 2, threshold 0: tagged',
        '  市场准入 ×1, weight 1, at 25–29',
        '  负面清单 ×1, weight 1, at 29–33',
        'business_environment 营商环境  score 0.393, weight 1, threshold 0: tagged',
        '  优化营商环境 ×1, weight 1, at 3–9',
        'dropped by an exclude rule:',
        '  准入 of business_environment.market_access 市场准入 at 36–38: excluded by 准入证 at 36–39',
        '',
      ].join('\n'),
    );
  });

  it('says why a topic is not tagged: below its threshold, or below a share of the strongest topic', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pdx-rule-'));
    const rule = join(dir, 'rule.json');
    writeFileSync(
      rule,
      JSON.stringify({
        threshold: 1.5,
        relativeFloor: 0.2,
        topics: [
          { id: 'flood', labels: { zh: '防汛' }, terms: [{ term: '防汛', weight: 10 }] },
          { id: 'hazards', labels: { zh: '隐患' }, terms: [{ term: '隐患', weight: 1.6 }] },
          { id: 'inspection', labels: { zh: '检查' }, terms: ['检查'] },
          { id: 'spot_checks', labels: { zh: '抽查' }, threshold: 0.5, terms: [{ term: '抽查', weight: 0.6 }] },
        ],
      }),
    );
    const result = pdx(['--dict', rule, '--dict-mode', 'replace', '--explain', '做好防汛，排查隐患，开展检查；抽查']);
    rmSync(dir, { recursive: true, force: true });
    expect(result.stdout).toBe(
      [
        'flood 防汛  score 0.993, weight 10, threshold 1.5: tagged',
        '  防汛 ×1, weight 10, at 2–4',
        "hazards 隐患  score 0.551, weight 1.6, threshold 1.5: not tagged: weight 1.6 is below 2, 0.2 of the strongest topic's weight",
        '  隐患 ×1, weight 1.6, at 7–9',
        'inspection 检查  score 0.393, weight 1, threshold 1.5: not tagged: weight 1 is below the threshold 1.5',
        '  检查 ×1, weight 1, at 12–14',
        "spot_checks 抽查  score 0.259, weight 0.6, threshold 0.5: not tagged: weight 0.6 is below 2, 0.2 of the strongest topic's weight",
        '  抽查 ×1, weight 0.6, at 15–17',
        '',
      ].join('\n'),
    );
  });

  it('explains the built-in topics with the threshold that applied, and says why a term with exclude words was kept', () => {
    const text = '要大力发展经济，推进垃圾分类、生活垃圾分类、源头减量';
    const lines = pdx(['--explain', text]).stdout.split('\n');
    const engine = createTopicEngine([builtinDictionary()]);
    const applied = (id: string): number => explainTopics(text, engine).topics.find((topic) => topic.id === id)!.threshold;
    expect(lines[0]).toMatch(new RegExp(`^environment 生态环境与垃圾分类  score [0-9.]+, weight [0-9.]+, threshold ${applied('environment')}: tagged$`));
    expect(lines).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^economy 经济发展与市场  score [0-9.]+, weight [0-9.]+, threshold ${applied('economy')}: not tagged: weight [0-9.]+ is below (the threshold ${applied('economy')}|[0-9.]+, [0-9.]+ of the strongest topic's weight)$`,
        ),
      ),
    );
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}经济 ×1, weight [0-9.]+, at 5–7; kept: none of .*经济社会发展.* stands around it$/));
  });

  it('reads the text from standard input with --explain -, and prints JSON with --format json', () => {
    const result = pdx(['--dict', MINISTRY, '--dict-mode', 'replace', '--explain', '-', '--format', 'json'], TEXT);
    expect(result.status).toBe(0);
    const explanation = JSON.parse(result.stdout) as { floor: number; topics: { id: string; tagged: boolean }[]; dropped: unknown[] };
    expect(explanation.floor).toBe(0);
    expect(explanation.topics.map((topic) => [topic.id, topic.tagged])).toEqual([
      ['business_environment.approvals', true],
      ['business_environment.market_access', true],
      ['business_environment', true],
    ]);
    expect(explanation.dropped).toEqual([
      { topic: 'business_environment.market_access', term: '准入', rule: '准入', span: [36, 38], excludedBy: { word: '准入证', span: [36, 39] } },
    ]);
  });

  it('says when there is nothing to explain', () => {
    expect(pdx(['--explain', '成绩来之不易'])).toMatchObject({ status: 0, stdout: 'no dictionary term occurs in the text\n' });
    expect(pdx(['--explain', '  '])).toMatchObject({
      status: 2,
      stdout: '',
      stderr: 'pdx: --explain needs a text: pdx topics --explain "要推进垃圾分类", or --explain - to read it from standard input\n',
    });
  });
});
