// `node scripts/decode-mutants.mjs [--root DIR]` (after `npm run build`): issue 13,
// point 7, at full scale. 300 real article bodies (valid UTF-8, at least 1 KB,
// a seeded sample of ../shared/bench/xwlb-2024 and ../shared/corpus) each get
// 1, 16 and 64 random non-NUL bytes put in (seeded): at least 99 % of each must
// still be read as UTF-8. Real legacy pages must still be read as what they
// are: test/data/ and the encoding fixtures, every corpus report written in
// GBK and Big5 (traditional, through opencc) by TextDecoder round trips and in
// GB18030 by iconv when it is installed, each declared and undeclared, and
// short pages (a report's first 12 and 40 characters). Prints the shares; exits 1
// when a target is missed. DIR: another checkout to measure (its dist/).
import { execFileSync } from 'node:child_process';
import { isUtf8 } from 'node:buffer';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { Converter } from 'opencc-js/cn2t';
import { insertStrayBytes, legacyEncoder, MIN_BODY_BYTES, MIN_UTF8_SHARE, STRAY_COUNTS } from './decode-checks.mjs';
import { random, sample } from './robustness-checks.mjs';

const here = resolve(fileURLToPath(import.meta.url), '../..');
const { values } = parseArgs({ options: { root: { type: 'string' } } });
const root = resolve(values.root ?? here);
const shared = process.env.PDX_SHARED ?? resolve(here, '../shared');
const { extract } = await import(pathToFileURL(join(root, 'dist', 'index.js')).href);
const SAMPLE = 300;
const SEED = 0x5eed_0013;
// Short pages: a report's opening characters, alone in a paragraph.
const SHORT_PAGES = [12, 40];

const listed = (dir) => {
  if (!existsSync(dir)) {
    console.error(`decode-mutants: ${dir} is missing`);
    process.exit(2);
  }
  return readdirSync(dir)
    .sort()
    .map((name) => join(dir, name));
};
const corpusFiles = listed(join(shared, 'corpus'));
const bodies = [...listed(join(shared, 'bench', 'xwlb-2024')), ...corpusFiles].filter((file) => {
  const bytes = readFileSync(file);
  return bytes.length >= MIN_BODY_BYTES && isUtf8(bytes);
});
const next = random(SEED);
const picked = sample(bodies, SAMPLE, next);
const encodingOf = (bytes) => extract(bytes, { path: 'mutant' }).source.encoding;
const percent = (part, whole) => `${((100 * part) / whole).toFixed(1)} %`;
let missed = false;

console.log(
  `UTF-8 bodies with stray bytes (${picked.length} of ${bodies.length} bodies ≥ ${MIN_BODY_BYTES} bytes; target ≥ ${100 * MIN_UTF8_SHARE} % read as UTF-8):`,
);
for (const count of STRAY_COUNTS) {
  const misread = new Map();
  for (const file of picked) {
    const encoding = encodingOf(insertStrayBytes(readFileSync(file), count, next));
    if (encoding !== 'utf-8') misread.set(encoding, (misread.get(encoding) ?? 0) + 1);
  }
  const wrong = [...misread.values()].reduce((a, b) => a + b, 0);
  const ok = (picked.length - wrong) / picked.length >= MIN_UTF8_SHARE;
  missed ||= !ok;
  const others = wrong ? ` (read as ${[...misread].map(([encoding, n]) => `${encoding}: ${n}`).join(', ')})` : '';
  console.log(
    `  ${ok ? 'ok  ' : 'MISS'} ${String(count).padStart(2)} stray byte(s): ${picked.length - wrong} of ${picked.length} = ${percent(picked.length - wrong, picked.length)} UTF-8${others}`,
  );
}

// Legacy pages, each with the encoding it must be read as.
const pages = [];
for (const [file, encoding] of [
  ['test/data/gbk-undeclared.html', 'gb18030'],
  ['test/data/gb18030-declared-gb2312.html', 'gb18030'],
  ['test/data/big5-declared.html', 'big5'],
  ['fixtures/encoding-gbk-declared/input.html', 'gb18030'],
  ['fixtures/encoding-gbk-undeclared/input.html', 'gb18030'],
  ['fixtures/encoding-gb18030-labelled-gb2312/input.html', 'gb18030'],
  ['fixtures/encoding-big5-traditional/input.html', 'big5'],
]) {
  pages.push({ kind: 'test data and fixtures', bytes: readFileSync(join(here, file)), encoding });
}
const toTraditional = Converter({ from: 'cn', to: 'tw' });
const writers = [
  { label: 'GBK', encoding: 'gb18030', charset: 'gbk', write: legacyEncoder('gbk') },
  {
    label: 'Big5',
    encoding: 'big5',
    charset: 'big5',
    write: (
      (big5) => (text) =>
        big5(toTraditional(text))
    )(legacyEncoder('big5')),
  },
];
let iconv = true;
try {
  execFileSync('iconv', ['--version'], { stdio: 'ignore' });
} catch {
  iconv = false;
}
if (iconv)
  writers.push({
    label: 'GB18030 (iconv)',
    encoding: 'gb18030',
    charset: 'gb18030',
    write: (text) => new Uint8Array(execFileSync('iconv', ['-c', '-f', 'UTF-8', '-t', 'GB18030'], { input: text })),
  });
// A page's own declaration names its old charset, or is taken away.
const declaring = (text, charset) => text.replace(/charset\s*=\s*["']?\s*[A-Za-z0-9._:-]+/gi, `charset=${charset}`);
const undeclared = (text) => text.replace(/<meta\b[^>]*charset[^>]*>/gi, '');
for (const file of corpusFiles) {
  const text = readFileSync(file, 'utf8');
  const plain = extract(readFileSync(file)).plainText.replace(/\s+/g, '');
  for (const { label, encoding, charset, write } of writers) {
    const withMeta = /charset/i.test(text) ? declaring(text, charset) : `<meta charset="${charset}">\n${text}`;
    pages.push({ kind: `${label} reports, declared`, bytes: write(withMeta), encoding });
    pages.push({ kind: `${label} reports, undeclared`, bytes: write(undeclared(text)), encoding });
    for (const length of SHORT_PAGES) {
      const opening = plain.slice(0, length);
      if (!opening) continue;
      pages.push({ kind: `${label} short pages (${length} characters), declared`, bytes: write(`<meta charset="${charset}"><p>${opening}</p>`), encoding });
      pages.push({ kind: `${label} short pages (${length} characters), undeclared`, bytes: write(`<p>${opening}</p>`), encoding });
    }
  }
}
if (!iconv) console.log('(iconv is not installed: no GB18030 pages written by iconv)');
console.log('legacy pages (target: every one read as its own encoding):');
const kinds = new Map();
for (const { kind, bytes, encoding } of pages) {
  const tally = kinds.get(kind) ?? { total: 0, right: 0, wrong: new Map() };
  kinds.set(kind, tally);
  tally.total++;
  const read = encodingOf(bytes);
  if (read === encoding) tally.right++;
  else tally.wrong.set(read, (tally.wrong.get(read) ?? 0) + 1);
}
for (const [kind, { total, right, wrong }] of kinds) {
  missed ||= right < total;
  const others = wrong.size ? ` (read as ${[...wrong].map(([encoding, n]) => `${encoding}: ${n}`).join(', ')})` : '';
  console.log(`  ${right === total ? 'ok  ' : 'MISS'} ${kind}: ${right} of ${total} = ${percent(right, total)}${others}`);
}
process.exit(missed ? 1 : 0);
