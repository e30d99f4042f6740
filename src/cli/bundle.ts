/**
 * What dist/pdx.cjs holds and exports: the one copy of pdx's code in the
 * package. The library's ESM entry (dist/index.js) re-exports the library's
 * names from it, the launcher (main.ts) runs its command line, and each
 * `pdx batch` worker (batch/worker-entry.ts) its task; scripts/build.mjs says
 * why it is one CommonJS file.
 */
export * from '../index.js';
export { main } from './program.js';
export { default as convertBatchTask } from './batch/batch-worker.js';
