// A test hook, preloaded into pdx by test/cli/batch-kill.test.ts with
// `node --import`: the process kills itself with SIGKILL in the middle of its
// PDX_KILL_AT_WRITE-th file write under the folder PDX_KILL_UNDER, after half
// of the bytes are on disk. Where a kill lands is then a property of the run
// (the k-th output, half written), not of the clock, and the worst moment is
// hit every time: whatever pdx writes next never comes. Outputs are written by
// the main thread (src/cli/batch/run-batch.ts), through fs.writeFileSync.
import fs from 'node:fs';
import { resolve, sep } from 'node:path';
import { isMainThread } from 'node:worker_threads';

const at = Number(process.env.PDX_KILL_AT_WRITE);
const under = resolve(process.env.PDX_KILL_UNDER ?? '.') + sep;

if (isMainThread && at > 0) {
  const writeFileSync = fs.writeFileSync;
  let writes = 0;
  fs.writeFileSync = function (path, data, ...rest) {
    if (typeof path === 'string' && resolve(path).startsWith(under) && ++writes === at) {
      const bytes = typeof data === 'string' ? Buffer.from(data) : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
      writeFileSync(path, bytes.subarray(0, bytes.length >> 1));
      process.kill(process.pid, 'SIGKILL');
      // Nothing runs on while the signal lands.
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
    }
    return writeFileSync.call(this, path, data, ...rest);
  };
}
