import js from '@eslint/js';
import { readdirSync } from 'node:fs';
import { URL } from 'node:url';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import testingLibrary from 'eslint-plugin-testing-library';
import vitest from '@vitest/eslint-plugin';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Layering: app -> features -> charts -> state -> data, geo, lib, components. No feature imports another
// feature (zones generated from the folders, so a new feature is fenced on the day it is born); nothing imports
// the app shell; only src/data reads the data files, only src/geo reads geometry. scripts/__tests__/fence.test.ts
// feeds each rule a bad import and sees it fail.
const FEATURES = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const BASE_LAYERS = ['./src/data', './src/geo', './src/lib', './src/components'];
// The chart descriptors, which the statistics and the exports share: below the features, above the store.
const CHARTS = './src/charts';

// Imports only some places may make (no-restricted-imports; the zones below cannot see them: an alias or a
// package is no path in the tree).
const ECHARTS_WHOLE = { name: 'echarts', message: "Import from 'echarts/core' via src/lib/echarts.ts." };
const ECHARTS_PARTS = {
  group: ['echarts/*', 'zrender', 'zrender/*'],
  allowTypeImports: true,
  message: 'Only src/lib/echarts.ts (and echarts-lazy-parts.ts) import ECharts; take it from there.',
};
const LISTS_ALIAS = {
  group: ['@lists', '@lists/*'],
  message: 'Only src/data reads the year lists (the @lists alias); take a ProjectList instead.',
};
const TEST_HELPERS = {
  group: ['**/test', '**/test/*'],
  message: 'The app must not import test helpers (src/test); only tests do.',
};
const restrictImports = (...patterns) => ({
  'no-restricted-imports': ['error', { paths: [ECHARTS_WHOLE], patterns }],
});
const TESTS = ['src/**/__tests__/**', 'src/test/**'];
const ECHARTS_SETUP = ['src/lib/echarts.ts', 'src/lib/echarts-lazy-parts.ts'];

// import.meta.glob reads files past every import rule: only src/data globs the lists, only src/geo the geometry.
const glob = (pattern) =>
  `CallExpression[callee.object.type='MetaProperty'][callee.property.name=/^glob/] > Literal[value=${pattern}]`;
const GLOB_ANYTHING = "MemberExpression[object.type='MetaProperty'][property.name=/^glob/]";
const globBan = (selector, message) => ({ 'no-restricted-syntax': ['error', { selector, message }] });

const featureZones = FEATURES.map((name) => ({
  target: `./src/features/${name}`,
  from: './src/features',
  except: [`./${name}`],
  message: 'A feature must not import another feature; move what they share down a level.',
}));

export default tseslint.config(
  {
    ignores: ['dist', 'dist-*', 'coverage', 'test-results', 'playwright-report', 'node_modules', 'data'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'import-x': importX },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      ...restrictImports(LISTS_ALIAS),
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...featureZones,
            {
              target: ['./src/features', CHARTS, './src/state', ...BASE_LAYERS],
              from: './src/app',
              message: 'Nothing imports the app shell; it composes the features.',
            },
            {
              target: [CHARTS, './src/state', ...BASE_LAYERS],
              from: './src/features',
              message: 'Lower layers must not import features.',
            },
            {
              target: ['./src/state', ...BASE_LAYERS],
              from: CHARTS,
              message: 'The store and the layers below must not import the chart descriptors (src/charts).',
            },
            {
              target: BASE_LAYERS,
              from: './src/state',
              message: 'data, geo, lib and components must not import the store; take values as arguments.',
            },
            {
              target: [
                './src/app',
                './src/features',
                CHARTS,
                './src/state',
                './src/geo',
                './src/lib',
                './src/components',
              ],
              from: './data/lists',
              message: 'Only src/data reads the year lists (data/lists); take a ProjectList instead.',
            },
            {
              target: [
                './src/app',
                './src/features',
                CHARTS,
                './src/state',
                './src/data',
                './src/lib',
                './src/components',
              ],
              from: './data/geo',
              message: 'Only src/geo reads geometry.',
            },
          ],
        },
      ],
    },
    settings: {
      // Without these, import-x reads no .ts file it is led to, and no-cycle finds nothing.
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.app.json' })],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: [...TESTS, ...ECHARTS_SETUP, 'src/data/**'],
    rules: restrictImports(ECHARTS_PARTS, LISTS_ALIAS, TEST_HELPERS),
  },
  { files: ECHARTS_SETUP, rules: restrictImports(LISTS_ALIAS, TEST_HELPERS) },
  { files: ['src/data/**/*.{ts,tsx}'], ignores: TESTS, rules: restrictImports(ECHARTS_PARTS, TEST_HELPERS) },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/data/**', 'src/geo/**'],
    rules: globBan(
      GLOB_ANYTHING,
      'Only src/data (the lists) and src/geo (the geometry) use import.meta.glob.',
    ),
  },
  {
    files: ['src/geo/**/*.{ts,tsx}'],
    rules: globBan(glob('/@lists|data\\u002Flists/'), 'Only src/data reads the year lists (data/lists).'),
  },
  {
    files: ['src/data/**/*.{ts,tsx}'],
    rules: globBan(glob('/data\\u002Fgeo/'), 'Only src/geo reads geometry (data/geo).'),
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  // Unit tests: vitest's recommended rules (no focused or disabled tests left behind, expectations that can
  // fail), and on component tests Testing Library's React rules (no act() around what already wraps it, queries
  // by role and text, no waiting on side effects).
  {
    files: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    plugins: { vitest },
    rules: {
      ...vitest.configs.recommended.rules,
      'vitest/no-focused-tests': 'error',
      'vitest/no-disabled-tests': 'error',
      'vitest/no-conditional-expect': 'off',
      // vitest's expect takes a message second.
      'vitest/valid-expect': ['error', { maxArgs: 2 }],
      'vitest/expect-expect': ['error', { assertFunctionNames: ['expect*', 'assert*', 'fc.assert'] }],
    },
    languageOptions: { globals: vitest.environments.env.globals },
  },
  {
    files: ['src/**/*.test.tsx', 'src/**/__tests__/use-*.test.ts'],
    ...testingLibrary.configs['flat/react'],
    rules: {
      ...testingLibrary.configs['flat/react'].rules,
      // The pictures (SVG maps, canvases) have no roles inside: a test may read their drawing from the DOM.
      'testing-library/no-node-access': 'off',
      'testing-library/no-container': 'off',
    },
  },
);
