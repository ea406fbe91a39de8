// Lint, including the process boundaries: which folder may import what (see README, Architecture).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { allowedImports } from './scripts/lint/allowedImports.js';

const electronOnly = { name: 'electron', message: 'Only the Electron shell (electron/main, electron/preload) may import electron.' };

// What each runtime folder may import (an allow-list: anything not named is an error). Folders are repo-relative.
const BOUNDARIES = [
  { root: 'shared', boundary: 'shared/ (pure code that runs anywhere)', packages: ['zod', 'date-fns'], folders: ['shared'] },
  {
    root: 'renderer',
    boundary: 'The renderer (a sandboxed page that reaches the station only through shared/api)',
    packages: ['react', 'react-dom', 'recharts', 'i18next', 'react-i18next'],
    folders: ['renderer', 'shared'],
  },
  // @medplum/core parses and builds the HL7 v2 messages of drivers/hl7.
  { root: 'drivers', boundary: 'drivers/ (device codecs, no station or window)', packages: ['serialport', '@medplum/core'], folders: ['drivers', 'shared'], nodeBuiltins: true },
  {
    root: 'electron/preload',
    boundary: 'The preload (the bridge between window and shell)',
    packages: ['electron'],
     folders: ['electron/preload', 'shared/api/wire'],
    testFolders: ['electron/testing'],
  },
  {
    root: 'electron/main',
    boundary: 'The Electron shell',
    packages: ['electron'],
    folders: ['electron/main', 'electron/station', 'shared'],
    nodeBuiltins: true,
    // The shell's test loads the real preload to carry every method from the window to the station.
    testFolders: ['electron/testing', 'electron/preload'],
  },
];
// Tests and their support files run under Node with vitest (plus each boundary's own `testFolders`).
const TEST_EXCEPTIONS = { packages: ['vitest', 'fast-check'], folders: ['test/helpers'], nodeBuiltins: true };
const testFilesIn = (root) => [`${root}/**/*.test.{ts,tsx}`, `${root}/**/*test-support.ts`];

const allowList = ({ root, boundary, packages, folders, nodeBuiltins = false, testFolders = [] }) => [
  { files: [`${root}/**/*.{ts,tsx}`], rules: { 'vigil/allowed-imports': ['error', { boundary, packages, folders, nodeBuiltins }] } },
  {
    files: testFilesIn(root),
    rules: {
      'vigil/allowed-imports': [
        'error',
        {
          boundary: `Tests of ${root}/`,
          packages: [...packages, ...TEST_EXCEPTIONS.packages],
          folders: [...folders, ...TEST_EXCEPTIONS.folders, ...testFolders],
          nodeBuiltins: TEST_EXCEPTIONS.nodeBuiltins,
        },
      ],
    },
  },
];

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
  { plugins: { vigil: { rules: { 'allowed-imports': allowedImports } } } },
  ...BOUNDARIES.flatMap(allowList),
  { files: ['renderer/vite.config.ts'], rules: { 'vigil/allowed-imports': 'off' } },
  { files: ['shared/**/*.ts'], rules: { 'no-restricted-globals': ['error', 'window', 'document', 'process', 'Buffer'] } },
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
