/**
 * What piscina starts in each worker thread: the batch task bundle
 * (batch-worker.cjs), run through V8's code cache like the command line
 * itself (../code-cache.ts), since every `pdx batch` starts fresh workers.
 */
import { fileURLToPath } from 'node:url';
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { loadWithCodeCache } from '../code-cache.js';
import type convertTask from './batch-worker.js';
import type { BatchResult, BatchTask } from './protocol.js';

const bundle = loadWithCodeCache(fileURLToPath(new URL('./batch-worker.cjs', import.meta.url)));
const convert = (bundle.exports as { default: typeof convertTask }).default;
let cacheSaved = false;

/**
 * Each report leaves a little garbage in V8's old generation, which is only
 * collected when it reaches a limit set at several times the live heap (about
 * 20 MB here): left alone, a worker's heap, and the peak RSS of a batch, grow
 * with the number of reports for the first few thousand. A full collection
 * whenever this much has piled up in the old generation since the last keeps the peak flat:
 * one collection of a few milliseconds per several hundred reports.
 * A worker cannot be started with --expose-gc, so the collector is fetched
 * the way jest's leak detector does.
 */
const GARBAGE_ALLOWANCE = 16 * 1024 * 1024;
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;
// Back to the default at once: V8 checks a code cache against the flags it was
// made under, and a changed flag would make every cache pdx saves look stale.
setFlagsFromString('--no-expose-gc');
let oldAfterCollection = 0;

/** Bytes in use in the old generation (the young one empties itself often and cheaply). */
function oldGeneration(): number {
  let used = 0;
  for (const space of getHeapSpaceStatistics()) if (space.space_name === 'old_space' || space.space_name === 'large_object_space') used += space.space_used_size;
  return used;
}

/**
 * One task is a chunk of files, converted in order. Reading and writing stay
 * synchronous: handing them to the thread pool cost more CPU in thread
 * wake-ups than it saved by overlapping (measured: 5.3–5.5 s against 5.7–6.4 s
 * for the bench corpus with --jobs 1).
 */
export default async function run(tasks: BatchTask[]): Promise<BatchResult[]> {
  const results: BatchResult[] = [];
  for (const task of tasks) results.push(await convert(task));
  if (oldGeneration() > oldAfterCollection + GARBAGE_ALLOWANCE) {
    collectGarbage();
    oldAfterCollection = oldGeneration();
  }
  // After a chunk of conversions the cache holds the code every task runs.
  if (!cacheSaved) {
    cacheSaved = true;
    bundle.saveCache();
  }
  return results;
}
