/**
 * The atomic writer (AtomicFile, writeFileAtomic, and writeFileAtomicAsync on
 * the thread pool) that every command writes its files through — pdx batch's
 * outputs and _errors.jsonl, the --jsonl and --csv file, pdx report's page,
 * pdx sample's sheet: the target
 * holds the old content or the new, never a part; a symlink at the target is
 * replaced, not written through, and so is one at the temporary name; a write
 * that fails leaves no temporary file.
 */
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { AtomicFile, writeFileAtomic, writeFileAtomicAsync } from '../../../src/cli/io/output-files.js';

const dir = mkdtempSync(join(tmpdir(), 'pdx-atomic-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('AtomicFile', () => {
  it('leaves the old file in place until commit, then the whole new one', () => {
    const target = join(dir, 'page.html');
    writeFileSync(target, 'old');
    const file = new AtomicFile(target);
    file.write('<p>新');
    file.write(Buffer.from('的</p>'));
    expect(readFileSync(target, 'utf8')).toBe('old');
    file.commit();
    expect(readFileSync(target, 'utf8')).toBe('<p>新的</p>');
    file.abort();
    expect(readFileSync(target, 'utf8')).toBe('<p>新的</p>');
    expect(readdirSync(dir)).toEqual(['page.html']);
  });

  it('given up, removes what it wrote and leaves the target as it was', () => {
    const target = join(dir, 'given-up.csv');
    writeFileSync(target, 'old');
    const file = new AtomicFile(target);
    file.write('half');
    file.abort();
    expect(readFileSync(target, 'utf8')).toBe('old');
    expect(readdirSync(dir).filter((name) => name.includes('given-up'))).toEqual(['given-up.csv']);
    expect(() => file.write('more')).toThrow('written after it was committed or given up');
  });
});

// The one writer for a thread that waits, and the same on the thread pool for one that does not (pdx batch's outputs).
const writers = [
  { name: 'writeFileAtomic', write: async (path: string, data: string) => writeFileAtomic(path, data) },
  { name: 'writeFileAtomicAsync', write: (path: string, data: string) => writeFileAtomicAsync(path, Buffer.from(data)) },
];

describe.each(writers)('$name', ({ name, write }) => {
  it('replaces a symlink at the target instead of writing through it', async () => {
    const elsewhere = join(dir, `${name}-elsewhere.txt`);
    const link = join(dir, `${name}-link.json`);
    writeFileSync(elsewhere, 'keep');
    symlinkSync(elsewhere, link);
    await write(link, '{}\n');
    expect(readFileSync(elsewhere, 'utf8')).toBe('keep');
    expect(lstatSync(link).isSymbolicLink()).toBe(false);
    expect(readFileSync(link, 'utf8')).toBe('{}\n');
  });

  it('never writes through a symlink planted at its temporary name, nor leaves a stale temporary file in the way', async () => {
    const outside = join(dir, `${name}-outside.txt`);
    writeFileSync(outside, 'keep');
    const planted = join(dir, `${name}-planted.json`);
    symlinkSync(outside, join(dir, `.${name}-planted.json.${process.pid}-${threadId}.tmp`));
    await write(planted, '{"a":1}\n');
    expect(readFileSync(outside, 'utf8')).toBe('keep');
    expect(readFileSync(planted, 'utf8')).toBe('{"a":1}\n');
    const stale = join(dir, `${name}-stale.json`);
    writeFileSync(join(dir, `.${name}-stale.json.${process.pid}-${threadId}.tmp`), 'left by a killed run of the same pid');
    await write(stale, '{}\n');
    expect(readFileSync(stale, 'utf8')).toBe('{}\n');
    expect(readdirSync(dir).filter((entry) => entry.includes(`${name}-planted`) || entry.includes(`${name}-stale`))).toEqual([
      `${name}-planted.json`,
      `${name}-stale.json`,
    ]);
  });

  it('throws when the rename fails (a folder at the target) and leaves no temporary file', async () => {
    const sub = join(dir, `${name}-sub`);
    mkdirSync(join(sub, 'sheet.csv'), { recursive: true });
    writeFileSync(join(sub, 'sheet.csv', 'inside'), 'x');
    await expect(write(join(sub, 'sheet.csv'), 'a,b\n')).rejects.toThrow();
    expect(readdirSync(sub)).toEqual(['sheet.csv']);
  });

  it('throws when the folder is missing, creating nothing', async () => {
    await expect(write(join(dir, `${name}-missing`, 'a.json'), '{}')).rejects.toThrow(/ENOENT/);
    expect(readdirSync(dir).filter((entry) => entry.startsWith(`${name}-missing`))).toEqual([]);
  });
});
