/**
 * What piscina starts in each worker thread: the batch task bundle
 * (batch-worker.cjs), run through V8's code cache like the command line
 * itself (../code-cache.ts), since every `pdx batch` starts fresh workers.
 */
import { fileURLToPath } from 'node:url';
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
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
 * whenever this much garbage has piled up since the last keeps the peak flat:
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
let liveHeap = 0;

/**
 * One task is a chunk of files, all started at once: while one is converted
 * (synchronous work), the others are read and the finished ones written in
 * the thread pool. Results keep the chunk's order.
 */
export default async function run(tasks: BatchTask[]): Promise<BatchResult[]> {
  const results = await Promise.all(tasks.map(convert));
  if (getHeapStatistics().used_heap_size > liveHeap + GARBAGE_ALLOWANCE) {
    collectGarbage();
    liveHeap = getHeapStatistics().used_heap_size;
  }
  // After a chunk of conversions the cache holds the code every task runs.
  if (!cacheSaved) {
    cacheSaved = true;
    bundle.saveCache();
  }
  return results;
}
