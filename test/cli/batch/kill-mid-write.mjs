// A test hook, preloaded into pdx by test/cli/batch/kill.test.ts with
// `node --import`: the process kills itself with SIGKILL in the middle of its
// PDX_KILL_AT_WRITE-th file write under the folder PDX_KILL_UNDER, after half
// of the bytes are on disk. Where a kill lands is then a property of the run
// (the k-th output, half written), not of the clock, and the worst moment is
// hit every time: whatever pdx writes next never comes. Outputs are written by
// the main thread (src/cli/batch/run-batch.ts) through AtomicFile
// (src/cli/io/output-files.ts): fs.openSync, then fs.writeSync.
import fs from 'node:fs';
import { resolve, sep } from 'node:path';
import { isMainThread } from 'node:worker_threads';

const at = Number(process.env.PDX_KILL_AT_WRITE);
const under = resolve(process.env.PDX_KILL_UNDER ?? '.') + sep;

if (isMainThread && at > 0) {
  const { openSync, writeSync } = fs;
  let opened = 0;
  // The file descriptor of the file whose first write the kill cuts in half.
  let doomed = -1;
  fs.openSync = function (path, flags, ...rest) {
    const fd = openSync.call(this, path, flags, ...rest);
    if (typeof path === 'string' && flags === 'w' && resolve(path).startsWith(under) && ++opened === at) doomed = fd;
    return fd;
  };
  fs.writeSync = function (fd, data, offset, length, ...rest) {
    if (fd === doomed && typeof data !== 'string') {
      const start = offset ?? 0;
      writeSync(fd, data, start, (length ?? data.byteLength - start) >> 1);
      process.kill(process.pid, 'SIGKILL');
      // Nothing runs on while the signal lands.
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
    }
    return writeSync.call(this, fd, data, offset, length, ...rest);
  };
}
