import js from '@eslint/js';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Layering (STYLE.md): features -> state, data, geo, lib, components; no feature imports another feature,
// and only src/data reads data/*.json, only src/geo reads data/geo.
const featureZones = ['map', 'filters', 'projects', 'charts', 'export', 'present'].map((name) => ({
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
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'echarts', message: "Import from 'echarts/core' via src/lib/echarts.ts." }],
        },
      ],
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...featureZones,
            {
              target: ['./src/state', './src/data', './src/geo', './src/lib', './src/components'],
              from: ['./src/features', './src/app'],
              message: 'Lower layers must not import features or the app shell.',
            },
            {
              target: [
                './src/app',
                './src/features',
                './src/state',
                './src/geo',
                './src/lib',
                './src/components',
              ],
              from: './data/projects.json',
              message: 'Only src/data imports data/projects.json.',
            },
            {
              target: [
                './src/app',
                './src/features',
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
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
);
