// Lint is where the process boundaries are enforced: the solver knows no Electron, Node, React or
// SQLite; the renderer reaches the rest of the app only through the typed contract.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'worker_threads', 'http', 'https', 'net', 'crypto', 'url'];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'coverage/**', 'bin/**', '.tmp/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['scripts/**/*.mjs', 'bin/**/*.js', '*.config.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['solver/**/*.ts'],
    rules: {
      'no-console': 'error',
      'no-restricted-imports': ['error', {
        patterns: [
          { group: [...nodeBuiltins, 'electron', 'react', 'react-dom', 'better-sqlite3'], message: 'The solver and domain model are pure TypeScript.' },
          { group: ['**/db/**', '**/electron/**', '**/renderer/**', '**/handlers/**', '**/server/**', '**/cli/**', '**/api/**'], message: 'The solver depends on nothing else in the app.' },
        ],
      }],
    },
  },
  {
    // The importer is pure like the solver (bytes and a school in, a preview out), so the app and the CLI share it exactly.
    files: ['import/**/*.ts'],
    rules: {
      'no-console': 'error',
      'no-restricted-imports': ['error', {
        patterns: [
          { group: [...nodeBuiltins, 'electron', 'react', 'react-dom', 'better-sqlite3'], message: 'The importer is pure TypeScript.' },
          { group: ['**/db/**', '**/electron/**', '**/renderer/**', '**/handlers/**', '**/server/**', '**/cli/**', '**/api/**'], message: 'The importer depends only on the solver model.' },
        ],
      }],
    },
  },
  {
    // The exports are pure like the solver (a school in, HTML, CSV and iCalendar text out): the app,
    // the command line and the print tests share them exactly.
    files: ['export/**/*.ts'],
    rules: {
      'no-console': 'error',
      'no-restricted-imports': ['error', {
        patterns: [
          { group: [...nodeBuiltins, 'electron', 'react', 'react-dom', 'better-sqlite3'], message: 'The exports are pure TypeScript.' },
          { group: ['**/db/**', '**/electron/**', '**/renderer/**', '**/handlers/**', '**/server/**', '**/cli/**', '**/api/**'], message: 'The exports depend only on the solver model.' },
        ],
      }],
    },
  },
  {
    files: ['db/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['electron', 'react', 'react-dom'], message: 'The store knows no Electron or React.' },
          { group: ['**/electron/**', '**/renderer/**', '**/handlers/**', '**/server/**', '**/cli/**'], message: 'db depends only on the solver model.' },
        ],
      }],
    },
  },
  {
    files: ['handlers/**/*.ts', 'server/**/*.ts', 'cli/**/*.ts', 'api/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['electron'], message: 'Only electron/ imports Electron; handlers serve the browser path and tests too.' },
          { group: ['**/electron/**', '**/renderer/**'], message: 'Handlers know nothing of the shell or the renderer.' },
        ],
      }],
    },
  },
  {
    // The sandboxed preload is CommonJS (electron/preload.cts): `import x = require()` is how a
    // typed CommonJS file imports.
    files: ['electron/**/*.cts'],
    rules: { '@typescript-eslint/no-require-imports': ['error', { allowAsImport: true }] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-console': 'error',
      'no-restricted-imports': ['error', {
        patterns: [
          { group: [...nodeBuiltins, 'electron', 'better-sqlite3'], message: 'The renderer has no Node.' },
          { group: ['**/db/**', '**/electron/**', '**/handlers/**', '**/server/**', '**/cli/**'], message: 'The renderer reaches the app only through api/contract.', allowTypeImports: true },
          // Except solver/model/upn, which is pure and imports nothing: the pupil form checks a UPN as it is typed.
          { regex: '(^|/)solver/(?!model/upn$)', message: 'The renderer reaches the app only through api/contract.', allowTypeImports: true },
        ],
      }],
    },
  },
);
