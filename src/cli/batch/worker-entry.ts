/**
 * What piscina starts in each worker thread: the batch task bundle
 * (batch-worker.cjs), run through V8's code cache like the command line
 * itself (../code-cache.ts), since every `pdx batch` starts fresh workers.
 */
import { fileURLToPath } from 'node:url';
import { loadWithCodeCache } from '../code-cache.js';
import type convertTask from './batch-worker.js';
import type { BatchResult, BatchTask } from './protocol.js';

const bundle = loadWithCodeCache(fileURLToPath(new URL('./batch-worker.cjs', import.meta.url)));
const convert = (bundle.exports as { default: typeof convertTask }).default;
let cacheSaved = false;

/**
 * One task is a chunk of files, converted in order. Reading stays synchronous:
 * handing reads (and writes, when workers wrote) to the thread pool cost more
 * CPU in thread wake-ups than it saved by overlapping (measured: 5.3–5.5 s
 * against 5.7–6.4 s for the bench corpus with --jobs 1).
 */
export default async function run(tasks: BatchTask[]): Promise<BatchResult[]> {
  const results: BatchResult[] = [];
  for (const task of tasks) results.push(await convert(task));
  // After a chunk of conversions the cache holds the code every task runs.
  if (!cacheSaved) {
    cacheSaved = true;
    bundle.saveCache();
  }
  return results;
}
