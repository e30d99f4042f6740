// The pathological inputs of issue 13, point 1, shared by `npm run bench`
// (scripts/bench.mjs: seconds, at 25,000 and 100,000 repeats) and
// test/pathological.test.ts (counted work, at small sizes): one-line inputs
// made of one unit repeated, each aimed at one lexicon-driven scan.

const GIVEN_NAME = '建国伟华明丽军平强刚敏静芳红英杰涛斌超波辉宇浩鹏飞勇林玲燕霞凤兰梅琴云娟秀文志海洋峰磊晨欣然佳怡瑞祥德';
const SURNAME = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
/** Distinct names (50,000 of them), for scans that loop over the names a text holds. */
const personName = (i) => SURNAME[i % 20] + GIVEN_NAME[Math.floor(i / 20) % 50] + GIVEN_NAME[Math.floor(i / 1000) % 50];

/**
 * `unit` (a string, or the i-th string), between `before` and `after`; `scan`
 * says what it aims at. `parser` marks a unit whose cost lies in the HTML
 * parser (a dependency), not in pdx; `testRepeats`, the test's smaller size
 * where a quadratic term needs more repeats to outgrow the linear work.
 */
export const PATHOLOGICAL_UNITS = [
  { unit: '会议指出，要加强防控', scan: 'cue + term with exclude words (excludedBy)' },
  { before: '会议强调，', unit: '粮食安全', scan: 'exclude context' },
  { unit: '会议强调，', scan: 'bare cue' },
  { unit: '要', scan: 'one character' },
  { unit: '“外防输入', scan: 'unclosed quote (提法)' },
  { unit: '《方案》', scan: 'document name' },
  { unit: '习近平强调，', scan: 'person cue' },
  { unit: '第一次会议', scan: 'session (meeting name)' },
  { unit: '2024年1月1日', scan: 'date' },
  { unit: '一是', scan: 'list head' },
  { unit: '會議強調，要落實', scan: 'traditional script' },
  { unit: '有关负责人表示，', scan: 'official' },
  { unit: '（记者 ', scan: 'open credit' },
  { unit: '审议通过《', scan: 'procedure (agenda)' },
  { unit: '他强调，要加强防控。', after: '区长王立新出席。', scan: 'pronoun, its name far back (lastBefore)' },
  { unit: (i) => `副市长${personName(i)}出席。${personName(i)}强调，要加强防控。`, scan: 'distinct names (personAtStart)' },
  { before: '市政府召开常务会议。', unit: (i) => `副市长${personName(i)}出席。`, scan: 'attendees, each a new name (people)', testRepeats: 1000 },
  { before: '会议强调，', unit: '要加强疫情防控。', scan: 'directives of one clause (their topics)' },
  { unit: '会议强调，做好“六稳”工作。', scan: '提法 per clause' },
  { before: '会议强调，要', unit: '到2025年达到60%，', scan: 'targets of one directive' },
  { unit: '外防输入”会议', scan: 'meeting name after a closing quote' },
  { unit: '<p ', scan: 'unclosed tag (markup test)' },
  { before: '<p>', unit: '<!-- title: 会议; a: ', scan: 'unclosed title comment' },
  { before: '<p>', unit: '<h1>会议', scan: "nested headings (htmlparser2's tag stack: O(depth²), fb55/htmlparser2#2481)", parser: true },
];

/** The unit's i-th text. */
export const unitText = ({ unit }, i) => (typeof unit === 'function' ? unit(i) : unit);

/** The input of `repeats` units, as the bytes of a file. */
export function pathologicalInput(spec, repeats) {
  const parts = [spec.before ?? ''];
  for (let i = 0; i < repeats; i++) parts.push(unitText(spec, i));
  parts.push(spec.after ?? '');
  return new TextEncoder().encode(parts.join(''));
}
