import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    // Hooks build whole document sets; on a loaded 2-core machine that can pass 10 s.
    hookTimeout: 60_000,
  },
});
