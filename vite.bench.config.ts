import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The bench's baseline page (a bare @dnd-kit/core board, build/bench-baseline/), built by
 * `npm run bench` into its own folder so it never touches dist/renderer.
 */
export default defineConfig({
  root: 'build/bench-baseline',
  base: './',
  plugins: [react()],
  build: {
    outDir: resolve(process.env.REMIT_BENCH_BASELINE_DIR ?? 'dist/bench-baseline'),
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: false,
    reportCompressedSize: false,
    rollupOptions: { input: fileURLToPath(new URL('./build/bench-baseline/index.html', import.meta.url)) },
  },
});
