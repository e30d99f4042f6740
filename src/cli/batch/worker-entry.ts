/**
 * What piscina starts in each worker thread: the batch task of pdx.cjs
 * (batch-worker.ts), run through V8's code cache like the command line
 * itself (../code-cache.ts), since every `pdx batch` starts fresh workers.
 */
import { fileURLToPath } from 'node:url';
import { workerData } from 'node:worker_threads';
import { loadWithCodeCache } from '../code-cache.js';
import type { convertBatchTask } from '../bundle.js';
import type { TaskResult } from './batch-worker.js';
import type { BatchTask, ChunkReply, SentResult, WorkerConfig } from './protocol.js';
import { claimSlot } from './slots.js';

// Its own cache, apart from the command line's: a worker compiles other functions than the main thread.
// vm.Script's on every Node: pdx batch of the 102 corpus reports on Node 20 took 230 ms less CPU and 0.87 s
// less wall than without a cache (13 paired runs); on Node 24, 110 ms less CPU and 0.26 s less wall than
// with Node's compile cache in the workers too (9 paired runs, load 6–9 on 2 cores).
const bundle = loadWithCodeCache(fileURLToPath(new URL('./pdx.cjs', import.meta.url)), 'batch-worker');
const convert = (bundle.exports as { convertBatchTask: typeof convertBatchTask }).convertBatchTask;
const { slots } = workerData as WorkerConfig;
const utf8 = new TextEncoder();
let cacheSaved = false;

/** The chunk's converted documents encoded into a free slot, back to back; each as its own bytes when there is none. */
function send(results: readonly TaskResult[]): ChunkReply {
  const bytes = results.reduce((sum, result) => sum + (result.status === 'converted' ? Buffer.byteLength(result.text, 'utf8') : 0), 0);
  const slot = claimSlot(slots, bytes);
  const area = slot >= 0 ? new Uint8Array(slots.buffers[slot]!) : null;
  let at = 0;
  const sent = results.map((result): SentResult => {
    if (result.status !== 'converted') return result;
    const { text, ...rest } = result;
    if (!area) {
      const data = utf8.encode(text);
      return { ...rest, length: data.length, data };
    }
    const { written } = utf8.encodeInto(text, area.subarray(at));
    at += written;
    return { ...rest, length: written, data: null };
  });
  return { results: sent, slot };
}

/**
 * One task is a chunk of files, converted in order. Reading stays synchronous:
 * handing reads (and writes, when workers wrote) to the thread pool cost more
 * CPU in thread wake-ups than it saved by overlapping (measured: 5.3–5.5 s
 * against 5.7–6.4 s for the bench corpus with --jobs 1).
 */
export default async function run(tasks: BatchTask[]): Promise<ChunkReply> {
  const results: TaskResult[] = [];
  for (const task of tasks) results.push(await convert(task));
  // After a chunk of conversions the cache holds the code every task runs.
  if (!cacheSaved) {
    cacheSaved = true;
    bundle.saveCache();
  }
  return send(results);
}
