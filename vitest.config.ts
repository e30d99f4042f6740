import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // CLI tests spawn node processes and the first extract loads jieba's dictionary.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    watch: false,
  },
});
