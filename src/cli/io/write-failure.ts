/**
 * What a system error met while writing a file means, and how to fix it: the
 * one mapping of errno codes for every file pdx writes, as readFailure is for
 * every file it reads. A code no user can act on is not shown bare.
 */
export function writeFailure(error: unknown): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return 'its folder does not exist (create it first, or check the path)';
    case 'ENOTDIR':
      return 'a part of the path is a file, not a folder (check the path)';
    case 'EISDIR':
      return 'is a folder; give the name of a file';
    case 'EACCES':
    case 'EPERM':
      return "permission denied (check the folder's permissions)";
    case 'ENOSPC':
      return 'the disk is full (free some space, or write elsewhere)';
    case 'EDQUOT':
      return 'the disk quota is used up (free some space, or write elsewhere)';
    case 'EROFS':
      return 'the file system is read-only (write elsewhere)';
    default:
      return (error as Error).message;
  }
}
