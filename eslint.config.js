// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

const browserSafePaths = [
  { name: 'zod', message: 'Browser-facing code must not import zod at runtime.' },
  { name: 'jose', message: 'Browser-facing code must not import jose at runtime.' },
  {
    name: '@digikokous/meeting-schema',
    allowTypeImports: true,
    message: 'Import types only, or use @digikokous/meeting-schema/codes or /fixtures (zod-free).',
  },
  { name: '@digikokous/security', allowTypeImports: true, message: 'Security builds on jose.' },
];
const noComponents = [
  { group: ['@digikokous/components', '@digikokous/components/*'], message: 'Libraries never import components.' },
];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/json-schema/**',
      '**/storybook-static/**',
      '**/.turbo/**',
      '**/coverage/**',
      '**/custom-elements.json',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node }, ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'smart'],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // Browser code: the components, their tests and the stories.
    files: ['packages/components/**/*.ts', 'apps/storybook/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    ...litConfigs['flat/recommended'],
  },
  {
    files: ['packages/components/**/*.ts', 'apps/storybook/**/*.ts'],
    ...wcConfigs['flat/recommended'],
  },
  {
    // Browser-facing code (the components and the procedure engine they run) never pulls zod or jose
    // into a bundle (docs/architecture.md).
    files: ['packages/components/src/**/*.ts', 'packages/procedure/src/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: browserSafePaths, patterns: [] }] },
  },
  {
    files: ['packages/procedure/src/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: browserSafePaths, patterns: noComponents }] },
  },
  {
    // Libraries never import the components.
    files: ['packages/*/src/**/*.ts'],
    ignores: ['packages/components/**', 'packages/procedure/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: noComponents }] },
  },
  {
    // Command-line tools and build scripts print.
    files: ['scripts/**', 'packages/*/scripts/**', 'packages/*/src/cli.ts', 'packages/*/src/cli/**'],
    rules: { 'no-console': 'off' },
  },
  prettier,
);
