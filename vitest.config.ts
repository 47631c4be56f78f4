import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Vitest leaves a core free by default, which on a 2-core machine runs the files one at a
    // time; the suite is mostly document builds and child processes, so two at once pay there.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    testTimeout: 30_000,
    // Hooks build whole document sets; on a loaded 2-core machine that can pass 10 s.
    hookTimeout: 60_000,
  },
});
