import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import js from '@eslint/js';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
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

/** The renderer's features, one folder each (a new folder is covered without editing this file). */
const FEATURES = readdirSync(join(import.meta.dirname, 'renderer/features'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/**
 * The renderer's floors (ARCHITECTURE.md): app/ -> features/* -> state/ -> persistence/,
 * platform/, ui/ -> shared/. Each zone forbids `target` to import `from`; the message says
 * where the code goes instead.
 */
const rooms = [
  ...FEATURES.map((feature) => ({
    target: `./renderer/features/${feature}`,
    from: './renderer/features',
    except: [`./${feature}`],
    message: 'A feature never imports another feature: move what both need down to renderer/ui/, renderer/state/ or shared/.',
  })),
  {
    target: './renderer/features',
    from: './renderer/persistence',
    message: 'Features never touch storage: go through renderer/state/ (the library session, its hooks).',
  },
  {
    target: ['./renderer/features', './renderer/state', './renderer/ui', './renderer/platform', './renderer/persistence'],
    from: './renderer/app',
    message: 'renderer/app/ is the composition root: only renderer/main.tsx imports it.',
  },
  {
    target: ['./renderer/state', './renderer/ui', './renderer/platform', './renderer/persistence'],
    from: './renderer/features',
    message: 'Imports point down: move this code below renderer/features/, or pass it in from the feature.',
  },
  {
    target: ['./renderer/ui', './renderer/platform', './renderer/persistence'],
    from: './renderer/state',
    message: 'Imports point down: renderer/ui/, platform/ and persistence/ stand below renderer/state/; pass the value in.',
  },
  {
    target: ['./renderer/platform', './renderer/persistence'],
    from: './renderer/ui',
    message: 'renderer/platform/ and persistence/ stand below renderer/ui/: pass what they need in.',
  },
  {
    target: './renderer/ui',
    from: './renderer/persistence',
    message: 'renderer/ui/ holds primitives without storage: read data in renderer/state/ and pass it in.',
  },
  {
    target: './renderer/persistence',
    from: './renderer/platform',
    message: 'renderer/persistence/ stands beside platform/, not on it: share through shared/.',
  },
  {
    target: './electron/preload',
    from: './electron/main',
    message: 'The preload is a thin sandboxed bridge: it never imports the main process (share through shared/ipc/).',
  },
];

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
    // Type-aware rules: every TypeScript file is checked with its own tsconfig (projectService).
    files: ['**/*.{ts,tsx}'],
    extends: [tseslint.configs.strictTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // A union switch without a default must name every member: a new command, menu item or
      // lane fails lint until each switch handles it.
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true, requireDefaultForNonUnion: false },
      ],
      // Numbers read fine in messages; undefined, objects and unions with undefined do not.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // Style only: `() => void promise` and `(event) => setValue(event)` are the codebase's idiom.
      '@typescript-eslint/no-confusing-void-expression': 'off',
      // The DOM and ES lib types call values non-null that are null at run time (textContent,
      // JSON.stringify(undefined), navigator.storage in older engines, a child's stdout): this
      // rule would have real guards removed.
      '@typescript-eslint/no-unnecessary-condition': 'off',
      // dnd-kit's KeyboardCode is a string enum meant to be compared with KeyboardEvent.code.
      '@typescript-eslint/no-unsafe-enum-comparison': 'off',
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}'],
    rules: {
      // Tests index fixtures they just built; noUncheckedIndexedAccess would make each a guard.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Test doubles: async fakes of promise APIs, deleting keys to build bad input, spying on
      // methods (`expect(api.save).toHaveBeenCalled()`), and loosely typed Electron stubs.
      '@typescript-eslint/no-dynamic-delete': 'off',
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-class-instance-assignment': 'off',
      '@typescript-eslint/prefer-promise-reject-errors': 'off',
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports (config files excepted).' },
        {
          selector: "MemberExpression[property.name='only']",
          message: 'No focused tests on the branch: `.only` silently skips the rest of the suite. Remove it before committing.',
        },
      ],
    },
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
  {
    files: ['**/*.{ts,tsx,mts}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.mts', '.js', '.mjs', '.cjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx', '.mts'] },
      // Sources import TypeScript files by their emitted .js names (NodeNext style).
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.mts', '.js', '.mjs', '.json'], extensionAlias: { '.js': ['.ts', '.tsx', '.js'], '.mjs': ['.mts', '.mjs'] } })],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { zones: rooms }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/platform/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'window', property: 'remit', message: 'Only renderer/platform/ reads the preload bridge: call getPlatform().' },
        { object: 'globalThis', property: 'remit', message: 'Only renderer/platform/ reads the preload bridge: call getPlatform().' },
        { object: 'self', property: 'remit', message: 'Only renderer/platform/ reads the preload bridge: call getPlatform().' },
      ],
    },
  },
);
