// Lint, including the process boundaries: which folder may import what (see README, Architecture).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const electronOnly = { name: 'electron', message: 'Only the Electron shell (electron/main, electron/preload) may import electron.' };
// Bare built-in names go in `paths` (exact match); a pattern like 'events' would also match './events'.
const nodeBuiltinNames = ['fs', 'path', 'os', 'child_process', 'net', 'http', 'crypto', 'util', 'events', 'stream'];
const noNodeBuiltins = (message) => nodeBuiltinNames.map((name) => ({ name, message }));

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'dist/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronOnly, ...noNodeBuiltins('shared/ runs anywhere: no Node built-ins.')],
          patterns: [
            { group: ['**/electron/**', '**/drivers/**', '**/renderer/**'], message: 'shared/ is pure: it imports only shared/ and pure libraries.' },
            { group: ['node:*'], message: 'shared/ runs anywhere: no Node built-ins.' },
            { group: ['react', 'react-dom', 'better-sqlite3', 'serialport', 'ws'], message: 'shared/ is pure: no UI, database or I/O libraries.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'Buffer'],
    },
  },
  {
    // Tests of shared/ run under Node and may read the reference pack from disk; shipped shared/ code never does.
    files: ['shared/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [electronOnly], patterns: [{ group: ['**/electron/**', '**/renderer/**'], message: 'shared/ tests exercise shared/ only.' }] }] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/vite.config.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronOnly, ...noNodeBuiltins('The renderer runs in a sandboxed page: no Node modules.')],
          patterns: [
            { group: ['**/electron/**', '**/drivers/**'], message: 'The renderer reaches the station only through the API contract in shared/api.' },
            { group: ['node:*', 'better-sqlite3', 'serialport', 'ws'], message: 'The renderer runs in a sandboxed page: no Node modules.' },
          ],
        },
      ],
    },
  },
  {
    files: ['drivers/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronOnly],
          patterns: [{ group: ['**/electron/**', '**/renderer/**'], message: 'drivers/ know nothing of the station or the window.' }],
        },
      ],
    },
  },
  {
    files: ['electron/station/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronOnly],
          patterns: [{ group: ['**/renderer/**', '**/electron/main/**', '**/electron/preload/**'], message: 'The station core runs under plain Node and never reaches the shell or the window.' }],
        },
      ],
    },
  },
);
