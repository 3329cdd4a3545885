import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    pool: 'threads',
    // Builds the CLI bundle the CLI tests start, once per run.
    globalSetup: ['tests/support/build-cli.ts'],
  },
});
