import { defineConfig } from 'vitest/config';
import { guidanceVersion } from './build/scripts/guidance-version.mjs';

export default defineConfig({
  // The same guidance version the renderer's build injects (vite.config.ts).
  define: { __GUIDANCE_VERSION__: JSON.stringify(guidanceVersion()) },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    pool: 'threads',
    // Builds the CLI bundle the CLI tests start, once per run.
    globalSetup: ['tests/support/build-cli.ts'],
  },
});
