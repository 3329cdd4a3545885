import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'child_process',
  'crypto',
  'http',
  'https',
  'net',
  'url',
  'util',
  'stream',
  'events',
  'worker_threads',
];

/** Import bans that keep each layer in its lane; each message says where to go instead. */
const layer = {
  shared: [
    { group: ['**/renderer/**', '../renderer', '../../renderer'], message: 'shared/ is pure: move this code into shared/, or have renderer/ pass it in.' },
    { group: ['**/electron/**', 'electron', 'electron/*'], message: 'shared/ is pure: Electron code belongs in electron/.' },
    { group: ['react', 'react-dom', 'react/*', 'react-dom/*', '@dnd-kit/*'], message: 'shared/ has no UI: put components in renderer/features/.' },
    { group: ['dexie', 'dexie/*'], message: 'shared/ has no storage: only renderer/persistence/ imports Dexie.' },
    { group: NODE_BUILTINS, message: 'shared/ runs in the browser too: Node APIs belong in electron/ (inject what you need).' },
  ],
  renderer: [
    { group: ['electron', 'electron/*', '**/electron/**'], message: 'renderer/ is a sandboxed web page: reach the host through renderer/platform/ (the preload bridge).' },
    { group: NODE_BUILTINS, message: 'renderer/ is a sandboxed web page without Node: use renderer/platform/ or web APIs.' },
  ],
  dexie: { group: ['dexie', 'dexie/*'], message: 'Only renderer/persistence/ imports Dexie: add a repository method there.' },
  electron: [
    { group: ['**/renderer/**', 'react', 'react-dom', 'dexie'], message: 'electron/ is the main process: share code through shared/, talk to the page over IPC.' },
  ],
};

export default tseslint.config(
  {
    ignores: ['node_modules/', 'dist/', 'release/', '.tsbuild/', 'test-results/', 'playwright-report/', '.bench/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports (config files excepted).' },
      ],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  {
    files: ['*.config.{js,ts,cjs,mjs}', 'electron-builder.config.cjs'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['build/scripts/**/*.mjs', 'electron/**/*.{ts,mjs}', 'tests/**/*.ts', '*.config.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['shared/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: layer.shared }] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/persistence/**'],
    languageOptions: { globals: globals.browser },
    rules: { 'no-restricted-imports': ['error', { patterns: [...layer.renderer, layer.dexie] }] },
  },
  {
    files: ['renderer/persistence/**/*.ts'],
    languageOptions: { globals: globals.browser },
    rules: { 'no-restricted-imports': ['error', { patterns: layer.renderer }] },
  },
  {
    files: ['electron/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: layer.electron }] },
  },
  {
    files: ['renderer/**/*.tsx', 'renderer/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
);
