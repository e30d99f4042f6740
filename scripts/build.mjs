// Bundles the library and the CLI into dist/ (one file each, so start-up reads few modules).
// @node-rs/jieba stays external: it is a native addon with its own dictionary file.
import { build } from 'esbuild';

await build({
  entryPoints: { index: 'src/index.ts', cli: 'src/cli/main.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['@node-rs/jieba', '@node-rs/jieba/dict'],
  banner: { js: "import { createRequire as __pdxCreateRequire } from 'node:module'; const require = __pdxCreateRequire(import.meta.url);" },
  sourcemap: true,
  logLevel: 'warning',
});
