/**
 * Runs a CommonJS bundle with V8's code cache, so that a run after the first
 * skips parsing and compiling the ≈1 MB command line (measured by
 * `npm run bench`, "cold single report"). On every Node, Node 20 included,
 * through vm.Script: its cache is made after the run and holds every function
 * the run compiled (1.3 MB for pdx.cjs). Node 22's module.enableCompileCache()
 * keeps the cache made at load, without the functions compiled lazily later
 * (0.6 MB): measured side by side on Node 22 and 24, a run took 30–50 ms more
 * CPU with it than with this cache.
 *
 * The cache lives in the user's own cache folder ($XDG_CACHE_HOME or
 * ~/.cache), never a shared temporary folder where someone else could plant
 * code, keyed by the bundle's sha256, the Node version and the architecture;
 * V8 rejects a cache made under other flags, and the cache is then rewritten.
 * Failing to read or write it costs only the speed-up.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
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

/** `use` names the cache: code run for different ends (the command line, a batch worker) compiles different functions. */
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
