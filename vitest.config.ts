import { configDefaults, defineConfig } from 'vitest/config';
import { notRunLines } from './test/requirements.js';

// Test files that need what this machine lacks (Chromium, the npm registry, ../shared) are left
// out, with one line each at the end of the run; under CI they run, and fail (test/requirements.ts).
const notRun = await notRunLines();

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/temporary-folder.ts'],
    exclude: [...configDefaults.exclude, ...notRun.excluded],
    reporters: [
      'default',
      {
        onTestRunEnd() {
          for (const line of notRun.lines) process.stderr.write(`${line}\n`);
        },
      },
    ],
    // CLI tests spawn node processes and the first extract loads jieba's dictionary.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    watch: false,
  },
});
