/**
 * Loads pdx.cjs so that a run after the first skips most of parsing and
 * compiling its 2 MB, with whichever cache measured quicker for the use
 * (alternate runs side by side, medians of paired CPU times; the figures
 * stand beside each choice):
 *   the command line (main.ts), loadBundle: Node's own compile cache,
 *     module.enableCompileCache(), on Node ≥ 22.1, which holds what was
 *     compiled at load (0.45 MB); on Node 20, which has none, vm.Script's.
 *   a batch worker (batch/worker-entry.ts), loadWithCodeCache on every Node:
 *     vm.Script with V8's code cache, made after the worker's first chunk, so
 *     that it holds every function converting a report compiled (1.4 MB);
 *     what Node's cache holds is compiled at load, and a worker compiles most
 *     of what it runs after that.
 *
 * Both caches live in the user's own cache folder ($XDG_CACHE_HOME or
 * ~/.cache), never a shared temporary folder where someone else could plant
 * code. The vm.Script cache is keyed by the bundle's sha256, the Node version
 * and the architecture, one per use; V8 rejects a cache made under other flags, and the
 * cache is then rewritten. Failing to read or write either costs only the speed-up.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import nodeModule, { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import vm from 'node:vm';
import { threadId } from 'node:worker_threads';

export interface CachedBundle {
  exports: unknown;
  /** Stores the code compiled so far, when there was no usable cache; call it after the run, which compiles what it used. */
  saveCache(): void;
}

function cacheFolder(): string {
  return join(process.env['XDG_CACHE_HOME'] || join(homedir(), '.cache'), 'policy-directives');
}

/** Node ≥ 22.1's compile cache switch (absent from Node 20's types). */
type EnableCompileCache = (directory: string) => unknown;

/** Loads the command line's bundle, `file`, through the quicker cache of this Node. */
export function loadBundle(file: string): CachedBundle {
  const enableCompileCache = (nodeModule as { enableCompileCache?: EnableCompileCache }).enableCompileCache;
  // Node 20, against a plain require: one small report 60 ms less CPU (medians of 31 alternate runs, load 8–11 on 2 cores).
  if (!enableCompileCache) return loadWithCodeCache(file, 'cli');
  // Against the vm.Script cache on Node 22 and 24: one small report 20–30 ms less CPU, 120–145 ms less wall (21 paired runs).
  enableCompileCache(join(cacheFolder(), 'compile-cache'));
  return { exports: createRequire(file)(file), saveCache: () => undefined };
}

/** Runs `file` through vm.Script with V8's code cache, kept as `use`'s: code run for different ends compiles different functions. */
export function loadWithCodeCache(file: string, use: string): CachedBundle {
  // Hashed as bytes: hashing the decoded string would first encode its 2 MB back to UTF-8.
  const bytes = readFileSync(file);
  const source = bytes.toString('utf8');
  const built = `-${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}-${process.version}-${process.arch}.v8cache`;
  const key = `${basename(file)}-${use}${built}`;
  const folder = cacheFolder();
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(join(folder, key));
  } catch {
    cachedData = undefined;
  }
  // The same wrapper Node puts around a CommonJS module.
  const wrapper = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
  const script = new vm.Script(wrapper, {
    filename: file,
    ...(cachedData ? { cachedData } : {}),
    // Without it an `import()` left in the bundle (of a package kept external) would throw.
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const module = { exports: {} as unknown };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(file), module, file, dirname(file));
  return {
    exports: module.exports,
    saveCache(): void {
      if (cachedData && !script.cachedDataRejected) return;
      try {
        mkdirSync(folder, { recursive: true, mode: 0o700 });
        // Caches of earlier builds of this bundle, for any use, are of no more use.
        for (const name of readdirSync(folder)) if (name.startsWith(`${basename(file)}-`) && !name.endsWith(built)) rmSync(join(folder, name), { force: true });
        // Worker threads of one process may save at the same moment.
        const temp = join(folder, `.${key}.${process.pid}-${threadId}.tmp`);
        writeFileSync(temp, script.createCachedData());
        renameSync(temp, join(folder, key));
      } catch {
        // A read-only or missing home: run without the cache.
      }
    },
  };
}
