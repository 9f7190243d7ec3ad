// @ts-check
// ESLint for `npm run lint`: JavaScript's and typescript-eslint's recommended rules, and Astro's.
// Types are checked by `npm run typecheck` (astro check, strictest tsconfig).
// Kept in .config/ (run with --config) so the project's top level stays as README describes.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist*/**',
      '.astro/**',
      '.cache/**',
      'node_modules/**',
      'content/**',
      'tests/fixtures/**',
      'coverage/**',
      'test-results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  // Configuration files run in Node.
  { files: ['**/*.mjs'], languageOptions: { globals: globals.node } },
  {
    rules: {
      // `_name` marks a value left out on purpose (a destructured field, an unused parameter).
      // Refusing and stripping control characters is part of the release format, so patterns match them on purpose.
      'no-control-regex': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
);
