/**
 * Loads pdx.cjs so that a run after the first skips most of parsing and
 * compiling its 2 MB (the command line in main.ts, each batch worker in
 * batch/worker-entry.ts). Measured side by side (one small report from a cold
 * start, medians of paired CPU times of alternate runs; figures in
 * loadBundle's comments), whichever is quicker on the Node at hand:
 *   Node ≥ 22.1: Node's own compile cache, module.enableCompileCache(). It
 *     holds what was compiled at load (0.45 MB), shared by the command line
 *     and the workers.
 *   Node 20: vm.Script with V8's code cache, made after the run, so that it
 *     holds every function the run compiled (1.3 MB), one per use.
 *
 * Both caches live in the user's own cache folder ($XDG_CACHE_HOME or
 * ~/.cache), never a shared temporary folder where someone else could plant
 * code. The vm.Script cache is keyed by the bundle's sha256, the Node version
 * and the architecture; V8 rejects a cache made under other flags, and the
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

/**
 * Loads the CommonJS bundle `file` through the quicker cache of this Node;
 * `use` names the vm.Script cache: code run for different ends (the command
 * line, a batch worker) compiles different functions.
 */
export function loadBundle(file: string, use: string): CachedBundle {
  const enableCompileCache = (nodeModule as { enableCompileCache?: EnableCompileCache }).enableCompileCache;
  // Against the vm.Script cache on Node 22 and 24 (one small report, 21 paired runs): 20–30 ms less CPU, 120–145 ms less wall.
  // Node 20, against a plain require: one small report 60 ms less CPU (medians of 31 alternate runs, load 8–11 on 2 cores);
  // pdx batch of the 102 corpus reports, 230 ms less CPU and 0.87 s less wall (13 paired runs).
  if (!enableCompileCache) return loadWithCodeCache(file, use);
  enableCompileCache(join(cacheFolder(), 'compile-cache'));
  return { exports: createRequire(file)(file), saveCache: () => undefined };
}

/** Runs `file` through vm.Script with V8's code cache, kept as `use`'s (exported for its test: Node ≥ 22.1 takes loadBundle's other way). */
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
