// A test hook, preloaded into pdx by test/cli/batch/kill.test.ts with
// `node --import`: the process kills itself with SIGKILL in the middle of its
// PDX_KILL_AT_WRITE-th file write under the folder PDX_KILL_UNDER, after half
// of the bytes are on disk. Where a kill lands is then a property of the run
// (the k-th output, half written), not of the clock, and the worst moment is
// hit every time: whatever pdx writes next never comes. Outputs are written
// for the main thread (src/cli/batch/run-batch.ts) by writeFileAtomicAsync
// (src/cli/io/output-files.ts), several at a time: fs.promises.writeFile of a
// temporary file, then fs.promises.rename. The kill waits until the outputs
// begun before the k-th are renamed, and those begun after it never start, so
// that k - 1 outputs are whole and one is cut in half, however the writes
// interleave.
import fs from 'node:fs';
import { resolve, sep } from 'node:path';
import { isMainThread } from 'node:worker_threads';

const at = Number(process.env.PDX_KILL_AT_WRITE);
const under = resolve(process.env.PDX_KILL_UNDER ?? '.') + sep;
const isUnder = (path) => typeof path === 'string' && resolve(path).startsWith(under);

if (isMainThread && at > 0) {
  const { writeFile, rename } = fs.promises;
  const never = new Promise(() => {});
  let begun = 0;
  let renamed = 0;
  let doomed = false;
  const killWhenDue = () => {
    if (!doomed || renamed < at - 1) return;
    process.kill(process.pid, 'SIGKILL');
    // Nothing runs on while the signal lands.
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
  };
  fs.promises.writeFile = function (path, data, ...rest) {
    if (isUnder(path) && typeof data !== 'string') {
      if (doomed) return never;
      if (++begun === at) {
        fs.writeFileSync(path, data.subarray(0, data.byteLength >> 1));
        doomed = true;
        killWhenDue();
        return never;
      }
    }
    return writeFile.call(this, path, data, ...rest);
  };
  fs.promises.rename = async function (from, to) {
    await rename.call(this, from, to);
    if (isUnder(to)) {
      renamed++;
      killWhenDue();
    }
  };
}
