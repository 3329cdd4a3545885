/** The app version from package.json, injected at build time by Vite. */
declare const __APP_VERSION__: string;
declare module '*.css';
