// Bundles the project into dist/. pdx.cjs is the one copy of pdx's code in the
// package (library, command line and batch worker: src/cli/bundle.ts); the
// other outputs are small doors into it:
//   pdx.cjs           everything, CommonJS: on Node 20 only a classic script can be
//                     given a code cache (src/cli/code-cache.ts), and Node's
//                     cjs-module-lexer reads the names esbuild annotates, so that
//                     ESM can import them
//   index.js          the library (ESM), what `import … from 'policy-directives'`
//                     loads (and `require`, through Node's require of ESM): the
//                     names src/index.ts exports, imported from pdx.cjs
//   cli.js            what bin/pdx.js imports: a small launcher that runs pdx.cjs
//                     through a V8 code cache (src/cli/main.ts says why)
//   worker.js         piscina's own worker bootstrap: piscina (bundled into pdx.cjs)
//                     starts `worker.js` from the folder its code sits in
//   batch-worker-entry.js  what piscina runs in each `pdx batch` worker: runs
//                     pdx.cjs's batch task (one report in, one document out) through the code cache
//   segmenter-thread-worker.cjs  jieba in a helper thread for one-report runs
//                     (src/cli/segmenter-thread.ts); CommonJS, which a worker starts
//                     faster, and 3 kB: the segmenter alone, not a second copy of pdx
// @node-rs/jieba stays external: it is a native addon with its own dictionary file.
// Before pdx.cjs, index.js, pdx.cjs and batch-worker.cjs each carried the whole
// library: the package unpacked to 5.7 MB; test/package.test.ts keeps it under 3 MB.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist');

// zod's namespace export carries every locale's error messages (≈360 kB, a
// quarter of the bundle); pdx reports in English only, so `z.locales` keeps `en`.
const englishOnlyZod = {
  name: 'english-only-zod',
  setup(builder) {
    builder.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      args.importer.includes(`${join('node_modules', 'zod')}`)
        ? { path: join(args.resolveDir, '..', 'locales', 'english-only.js'), namespace: 'english-only-zod', pluginData: args.resolveDir }
        : undefined,
    );
    builder.onLoad({ filter: /.*/, namespace: 'english-only-zod' }, (args) => ({
      contents: 'export { default as en } from "./en.js";',
      resolveDir: join(args.pluginData, '..', 'locales'),
      loader: 'js',
    }));
  },
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  external: ['@node-rs/jieba', '@napi-rs/nice'],
  plugins: [englishOnlyZod],
  sourcemap: true,
  write: false,
  logLevel: 'warning',
};

// ESM output has no `require`, `__filename` or `__dirname`; bundled CommonJS packages use them.
const esmBanner = [
  "import { createRequire as __pdxCreateRequire } from 'node:module';",
  "import { fileURLToPath as __pdxFileURLToPath } from 'node:url';",
  'const require = __pdxCreateRequire(import.meta.url);',
  'const __filename = __pdxFileURLToPath(import.meta.url);',
  "const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));",
].join(' ');

// CommonJS output has no `import.meta`; the sources use import.meta.url to find packages at run time.
const cjsOptions = {
  ...common,
  format: 'cjs',
  outExtension: { '.js': '.cjs' },
  define: { 'import.meta.url': '__pdxImportMetaUrl' },
  banner: { js: "var __pdxImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
};

// The library's entry with every import of src/index.ts answered by pdx.cjs:
// its output is src/index.ts's own list of names, `export { … } from './pdx.cjs'`.
const libraryEntry = join(root, 'src', 'index.ts');
const libraryFromCore = {
  name: 'library-from-core',
  setup(builder) {
    builder.onResolve({ filter: /.*/ }, (args) => (args.importer === libraryEntry ? { path: './pdx.cjs', external: true } : undefined));
  },
};

const results = await Promise.all([
  build({ ...common, format: 'esm', entryPoints: { index: libraryEntry }, outdir, plugins: [libraryFromCore] }),
  build({
    ...common,
    format: 'esm',
    entryPoints: {
      cli: 'src/cli/main.ts',
      worker: 'node_modules/piscina/dist/worker.js',
      'batch-worker-entry': 'src/cli/batch/worker-entry.ts',
    },
    outdir,
    banner: { js: esmBanner },
  }),
  build({
    ...cjsOptions,
    entryPoints: {
      pdx: 'src/cli/bundle.ts',
      'segmenter-thread-worker': 'src/cli/segmenter-thread-worker.ts',
    },
    outdir,
  }),
]);

// Write everything at once, then drop what an earlier build left behind, so a
// pdx started meanwhile by someone else sees a complete dist/ for as long as possible.
// dist/types holds the library's .d.ts files, written by `npm run build:types` (tsc), not by esbuild.
const written = new Set(['types']);
mkdirSync(outdir, { recursive: true });
for (const file of results.flatMap((result) => result.outputFiles)) {
  writeFileSync(file.path, file.contents);
  written.add(relative(outdir, file.path));
}
for (const name of readdirSync(outdir)) if (!written.has(name)) rmSync(join(outdir, name), { recursive: true, force: true });
