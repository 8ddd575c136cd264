// Lint: TypeScript and Svelte rules, plus the import direction of the layers (renderer ->
// shared -> core; node/electron -> shared -> core; core imports nothing of ours).
import svelte from 'eslint-plugin-svelte';
import tseslint from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

const nodeBuiltins = {
  group: ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'http', 'crypto'],
  message: 'This layer runs in the renderer or is pure: no Node built-ins.',
};
const electronOnly = { group: ['electron'], message: 'Only electron/ may import electron.' };
const layer = (files, patterns) => ({ files, rules: { 'no-restricted-imports': ['error', { patterns }] } });

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.work/**'] },
  ...tseslint.configs.recommended,
  ...svelte.configs.recommended,
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.svelte'], svelteConfig } },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'svelte/no-at-html-tags': 'error',
      'svelte/no-navigation-without-resolve': 'off',
      'svelte/require-each-key': 'off',
    },
  },
  { files: ['src/renderer/components/SafeHtml.svelte'], rules: { 'svelte/no-at-html-tags': 'off' } },
  layer(
    ['src/core/**'],
    [
      nodeBuiltins,
      electronOnly,
      {
        group: ['**/shared/**', '**/node/**', '**/renderer/**', '**/cli/**', 'svelte', 'svelte/*', 'lowdb', 'lowdb/*'],
        message: 'src/core imports nothing of ours and no runtime.',
      },
    ],
  ),
  layer(
    ['src/shared/**'],
    [
      nodeBuiltins,
      electronOnly,
      { group: ['**/node/**', '**/renderer/**', '**/cli/**'], message: 'The contract depends on the core only.' },
    ],
  ),
  layer(
    ['src/renderer/**'],
    [
      nodeBuiltins,
      electronOnly,
      { group: ['**/node/**', '**/cli/**', 'svelte/store'], message: 'The renderer reaches data only through the Api.' },
    ],
  ),
  layer(['src/node/**', 'src/cli/**'], [electronOnly, { group: ['**/renderer/**'], message: 'Node code never imports the renderer.' }]),
  layer(['electron/**'], [{ group: ['**/renderer/**'], message: 'The main process never imports the renderer.' }]),
);
