import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { guidanceVersion } from './build/scripts/guidance-version.mjs';
import { CONTENT_SECURITY_POLICY } from './shared/ipc/csp.js';

const packageJson = JSON.parse(
  readFileSync(fileURLToPath(new URL('./package.json', import.meta.url)), 'utf8'),
) as { version: string };

// Browsers ignore frame-ancestors in a <meta> policy (and log an error); the header carries it.
const META_POLICY = CONTENT_SECURITY_POLICY.split('; ')
  .filter((directive) => !directive.startsWith('frame-ancestors'))
  .join('; ');

/**
 * Puts the CSP meta tag into the built page only: the dev server injects inline scripts
 * (React refresh) that a strict policy would block.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'remit-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: META_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  root: 'renderer',
  base: './',
  publicDir: 'public',
  plugins: [react(), contentSecurityPolicy()],
  define: {
    __APP_VERSION__: JSON.stringify(packageJson.version),
    // Keys the stored guidance checks (renderer/state/check-cache.ts): a build whose guidance
    // changed never shows a result the previous one stored.
    __GUIDANCE_VERSION__: JSON.stringify(guidanceVersion()),
  },
  build: {
    // REMIT_OUT_DIR lets parallel test runs build into separate folders.
    outDir: process.env.REMIT_OUT_DIR ? resolve(process.env.REMIT_OUT_DIR) : '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: false,
    reportCompressedSize: false,
    rollupOptions: {
      input: {
        main: fileURLToPath(new URL('./renderer/index.html', import.meta.url)),
      },
    },
  },
  server: { port: 5173, strictPort: false },
});
