/**
 * The bad-input catalogue: every input an unattended run may meet gets a
 * documented outcome — one line on stderr naming the file and a stable code,
 * the other inputs still converted — and nothing crashes or prints invalid JSON.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentSchema } from '../../src/index.js';
import { docx, zip } from '../docx-writer.js';
import { FIXTURES, ROOT } from '../support.js';

const SEED = readFileSync(join(FIXTURES, 'seed', 'input.txt'));
let dir: string;

function pdx(args: string[], input?: Buffer | string) {
  const result = spawnSync(process.execPath, [join(ROOT, 'bin', 'pdx.js'), ...args], {
    cwd: dir,
    input,
    env: { ...process.env, NO_COLOR: '1' },
    encoding: 'utf8',
    maxBuffer: 1024 ** 3,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs pdx on the good seed and one bad input; the seed must still come out. */
function withSeed(bad: string, extra: string[] = []) {
  const result = pdx(['seed.txt', bad, '--format', 'jsonl', ...extra]);
  const lines = result.stdout.trim().split('\n').filter(Boolean);
  for (const line of lines) expect(documentSchema.safeParse(JSON.parse(line)).success).toBe(true);
  return { ...result, documents: lines.map((line) => JSON.parse(line) as { source: { path: string }; warnings: { code: string }[]; clauses: unknown[] }) };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pdx-bad-'));
  writeFileSync(join(dir, 'seed.txt'), SEED);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('inputs that are refused with a code (exit 1, the rest converted)', () => {
  /** Writes `content` to `name` in the test folder and gives the name. */
  const written = (name: string, content: string | Uint8Array): string => {
    writeFileSync(join(dir, name), content);
    return name;
  };
  const refused: [string, () => string, string][] = [
    ['an empty file', () => written('empty.html', ''), 'EMPTY_INPUT'],
    ['a file of white space', () => written('blank.txt', ' \n\u3000\t\n'), 'EMPTY_INPUT'],
    ['a PNG image', () => written('image.html', Buffer.from('89504e470d0a1a0a0000000d4948445200000001', 'hex')), 'BINARY_INPUT'],
    ['a zip archive', () => written('archive.txt', Buffer.from('504b0304140000000800', 'hex')), 'BINARY_INPUT'],
    [
      'HTML with no readable text',
      () => written('nobody.html', '<html><head><script>var a="会议指出，";</script></head><body><div> </div></body></html>'),
      'NO_TEXT',
    ],
    ['a Word document cut short', () => written('cut.docx', docx(['会议指出，要加强防控。']).subarray(0, 200)), 'DOCX_ERROR'],
    ['an old Word .doc', () => written('old.doc', Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(504)])), 'BINARY_INPUT'],
    ['an Excel workbook', () => written('sheet.xlsx', zip({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook/>' })), 'BINARY_INPUT'],
    [
      'a directory',
      () => {
        mkdirSync(join(dir, 'folder'), { recursive: true });
        return 'folder';
      },
      'IS_DIRECTORY',
    ],
    [
      'a socket',
      () => {
        // A process that binds a Unix socket and exits leaves the socket file behind.
        spawnSync(process.execPath, ['-e', "require('net').createServer().listen('report.sock', () => process.exit(0))"], { cwd: dir });
        return 'report.sock';
      },
      'NOT_A_FILE',
    ],
  ];
  for (const [what, make, code] of refused) {
    it(`${what}: ${code}`, () => {
      const name = make();
      const result = withSeed(name);
      expect(result.status).toBe(1);
      expect(result.documents.map((doc) => doc.source.path)).toEqual(['seed.txt']);
      const lines = result.stderr
        .trim()
        .split('\n')
        .filter((line) => line.includes(name));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(new RegExp(`^pdx: ${name}: ${code}: `));
    });
  }

  it('a file over --max-bytes: TOO_LARGE, naming the limit', () => {
    writeFileSync(join(dir, 'big.txt'), Buffer.alloc(3000, 0x41));
    const result = withSeed('big.txt', ['--max-bytes', '2k']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('pdx: big.txt: TOO_LARGE: is 2.9 kB, over the limit of 2.0 kB (--max-bytes 2048); raise --max-bytes to convert it');
  });

  it('a bad --max-bytes value is bad usage (exit 2)', () => {
    const result = pdx(['seed.txt', '--max-bytes', 'lots']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--max-bytes takes a number of bytes such as 50000000 or 50M, not "lots"');
  });
});

describe('pipes', () => {
  it('reads a report from a pipe named on the command line (pdx <(…)), as from a file', () => {
    const shell = spawnSync('bash', ['-c', `"${process.execPath}" "${join(ROOT, 'bin', 'pdx.js')}" <(cat seed.txt) --format jsonl -q`], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(shell.status, shell.stderr).toBe(0);
    const [document] = shell.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { source: { path: string }; clauses: unknown[] });
    expect(document!.source.path).toMatch(/^\/dev\/fd\/\d+$/);
    expect(document!.clauses).toHaveLength(7);
  });

  it('pdx batch refuses a pipe instead of waiting for a writer, and converts the rest (exit 1)', () => {
    spawnSync('mkfifo', [join(dir, 'pipe.html')]);
    const result = pdx(['batch', 'pipe.html', 'seed.txt', '--jsonl', '-', '-q']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('pdx: pipe.html: NOT_A_FILE: is a pipe (FIFO), which only pdx FILE and pdx eval read; save the report to a file\n');
    expect(
      result.stdout
        .trim()
        .split('\n')
        .map((line) => (JSON.parse(line) as { source: { path: string } }).source.path),
    ).toEqual(['seed.txt']);
  });
});

describe('inputs that convert with a warning (exit 0)', () => {
  const converted: [string, () => Buffer | string, string | null][] = [
    [
      'invalid UTF-8 in the middle',
      () => Buffer.concat([Buffer.from('会议指出，要加强防控。'), Buffer.from([0xff]), Buffer.from('会议强调，要做好工作。')]),
      'DECODE_ERRORS',
    ],
    ['UTF-8 cut inside a character', () => Buffer.from('会议指出，要加强防控工作。').subarray(0, -1), 'DECODE_ERRORS'],
    ['a gbk declaration on UTF-8 bytes', () => '<meta charset="gbk"><p>会议指出，要加强防控。</p>', 'CHARSET_MISMATCH'],
    ['UTF-16 with a BOM', () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('会议指出，要加强防控。', 'utf16le')]), null],
    ['a report with no cue', () => '区政府组织开展消防演练，200余人参加。', 'NO_CUES'],
    [
      'a headline with no body (a news item published as video only)',
      () => '### 中央经济工作会议在北京举行\n\n\n\n[查看原文](https://tv.cctv.com/2024/12/12/VIDE20iMAyqaF4vhK5KTlLiZ241212.shtml)\n',
      'NO_BODY',
    ],
    ['a page with a title and no body', () => '<html><head><title>区政府召开常务会议</title><script>var a="会议指出，";</script></head></html>', 'NO_BODY'],
    ['a Word document', () => docx(['区防汛工作会议召开', '会议强调，要压实防汛责任。']), null],
    ['20,000 nested divs', () => '<div>'.repeat(20000) + '会议指出，要加强防控。' + '</div>'.repeat(20000), null],
    ['an unclosed comment', () => '<p>会议指出，要加强防控。</p><!-- 会议强调，要做好', null],
  ];
  for (const [what, make, code] of converted) {
    it(`${what}${code ? `: ${code}` : ''}`, () => {
      writeFileSync(join(dir, 'case.html'), make());
      const result = withSeed('case.html');
      expect(result.status).toBe(0);
      expect(result.documents).toHaveLength(2);
      const codes = result.documents[1]!.warnings.map((item) => item.code);
      if (code) expect(codes).toContain(code);
      else expect(codes.filter((c) => c !== 'NO_CUES')).toEqual([]);
    });
  }

  it('a 10 MB single line converts', () => {
    writeFileSync(join(dir, 'line.html'), '<p>' + '会议指出，要加强防控工作。'.repeat(Math.floor((10 * 1024 * 1024) / 39)) + '</p>');
    const result = pdx(['line.html', '--format', 'jsonl', '--quiet']);
    expect(result.status).toBe(0);
    const doc = JSON.parse(result.stdout) as { clauses: unknown[] };
    expect(doc.clauses.length).toBeGreaterThan(1000);
  }, 120_000);
});

describe('a bad dictionary', () => {
  it('is refused before any input is read (exit 2, nothing on stdout)', () => {
    writeFileSync(join(dir, 'bad-dict.json'), JSON.stringify({ name: 'x', version: '1', topics: [{ id: 'Bad Id', labels: { zh: '坏' }, terms: [] }] }));
    const result = pdx(['seed.txt', '--dict', 'bad-dict.json']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('bad-dict.json');
  });
});
