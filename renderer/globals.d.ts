/** The app version from package.json, injected at build time by Vite. */
declare const __APP_VERSION__: string;
/** A hash of the guidance's sources, injected at build time (build/scripts/guidance-version.mjs). */
declare const __GUIDANCE_VERSION__: string;
declare module '*.css';
/** Vite's build mode flags (`import.meta.env.DEV`: true in `vite` dev and in Vitest, false in a build). */
interface ImportMetaEnv {
  readonly DEV: boolean;
}
interface ImportMeta {
  readonly env: ImportMetaEnv;
}
