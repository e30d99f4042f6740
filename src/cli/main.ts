/**
 * Entry point of the `pdx` binary (dist/cli.js). It only starts the bundled
 * command line, dist/pdx.cjs, through V8's code cache (code-cache.ts): most
 * of a one-report run is start-up.
 */
import { fileURLToPath } from 'node:url';
import { loadBundle } from './code-cache.js';
import { runsExtract } from './command-names.js';
import type { main } from './bundle.js';
import { startSegmenterThread } from './segmenter-thread.js';

// First of all, so that jieba loads on another core while pdx itself loads. That pays only
// when a core is free: on this project's shared 2-core machine under load 9–11, one small
// report took 50–70 ms more CPU and ≈ 0.1 s more wall with the thread than without (25
// paired runs, Node 20 and 24); to be measured again on a quiet machine before it is dropped.
const segmenterThread = runsExtract(process.argv.slice(2)) ? startSegmenterThread(new URL('./segmenter-thread-worker.cjs', import.meta.url)) : null;

// `pdx … | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const bundle = loadBundle(fileURLToPath(new URL('./pdx.cjs', import.meta.url)));
process.exitCode = await (bundle.exports as { main: typeof main }).main(process.argv, segmenterThread ? { segmenter: segmenterThread.segmenterFor } : {});
bundle.saveCache();
