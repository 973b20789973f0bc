import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'content/**/*.test.ts', 'web/src/**/*.test.ts'],
    pool: 'forks',
    // isolated-vm needs Node without its startup snapshot.
    execArgv: ['--no-node-snapshot'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
