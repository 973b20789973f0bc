// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'web/dist/', 'data/', 'test-output/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // The pure core imports nothing from the outer layers and no Node built-ins.
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'fs', 'path', 'os', 'child_process', 'http', 'crypto'], message: 'src/core is pure: no Node built-ins (pass I/O in).' },
            { group: ['**/server/**', '**/store/**', '**/judge/**', '**/speech/**', '**/report/**', '**/cli/**', '**/content/**', '**/web/**'], message: 'src/core must not import outer layers.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', { name: 'Date', message: 'src/core: pass `now` in.' }],
      'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: 'src/core: pass `rng` in.' }],
    },
  },
);
