/** Every file pdx writes reports a system error in words that say how to fix it, not as a bare errno code. */
import { describe, expect, it } from 'vitest';
import { writeFailure } from '../../../src/cli/io/write-failure.js';

const errno = (code: string, message = `${code}: something, open 'x'`): NodeJS.ErrnoException => Object.assign(new Error(message), { code });

describe('writeFailure', () => {
  it.each([
    ['ENOENT', 'its folder does not exist (create it first, or check the path)'],
    ['ENOTDIR', 'a part of the path is a file, not a folder (check the path)'],
    ['EISDIR', 'is a folder; give the name of a file'],
    ['EACCES', "permission denied (check the folder's permissions)"],
    ['EPERM', "permission denied (check the folder's permissions)"],
    ['ENOSPC', 'the disk is full (free some space, or write elsewhere)'],
    ['EDQUOT', 'the disk quota is used up (free some space, or write elsewhere)'],
    ['EROFS', 'the file system is read-only (write elsewhere)'],
  ])('%s: %s', (code, message) => {
    expect(writeFailure(errno(code))).toBe(message);
  });

  it("keeps the system's own words for a code it has no advice for", () => {
    expect(writeFailure(errno('EIO', 'EIO: i/o error, write'))).toBe('EIO: i/o error, write');
  });
});
