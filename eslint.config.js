// Lint: TypeScript and Svelte rules, type-aware promise rules, the layers as an allow-list
// (eslint/layering.js), and files that stay a few screens long.
import svelte from 'eslint-plugin-svelte';
import tseslint from 'typescript-eslint';
import layering from './eslint/layering.js';
import svelteConfig from './svelte.config.js';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'release/**', '.work/**'] },
  ...tseslint.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname, extraFileExtensions: ['.svelte'] } },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: tseslint.parser, svelteConfig } },
  },
  {
    plugins: { local: { rules: { layering } } },
    rules: {
      'local/layering': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      'max-len': ['error', { code: 140, ignoreUrls: true, ignorePattern: '^\\s*(import|export) ' }],
      'svelte/no-at-html-tags': 'error',
      'svelte/no-navigation-without-resolve': 'off',
      'svelte/require-each-key': 'off',
    },
  },
  { files: ['src/**', 'electron/**'], rules: { 'max-lines': ['error', { max: 200 }] } },
  { files: ['**/*.js', '**/*.mjs', '**/*.cjs'], ...tseslint.configs.disableTypeChecked },
  // Markup from text is parsed in one place only, after sanitizing (renderMarkdown); SafeHtml
  // inserts the nodes it returns.
  {
    files: ['src/renderer/**'],
    ignores: ['src/renderer/lib/markdown.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]',
          message: 'Insert pack text only through SafeHtml (renderMarkdown sanitizes it).',
        },
        {
          selector: 'CallExpression[callee.property.name=/^(insertAdjacentHTML|createContextualFragment|parseFromString)$/]',
          message: 'Insert pack text only through SafeHtml (renderMarkdown sanitizes it).',
        },
      ],
    },
  },
);
