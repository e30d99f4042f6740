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
 * One task is a chunk of files, all started at once: while one is converted
 * (synchronous work), the others are read and the finished ones written in
 * the thread pool. Results keep the chunk's order.
 */
export default async function run(tasks: BatchTask[]): Promise<BatchResult[]> {
  const results = await Promise.all(tasks.map(convert));
  // After a chunk of conversions the cache holds the code every task runs.
  if (!cacheSaved) {
    cacheSaved = true;
    bundle.saveCache();
  }
  return results;
}
