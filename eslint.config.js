import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

// The layer lines of ../shared/docs/architecture.md, enforced the way VS Code enforces its own.
const restrict = (paths, patterns) => ['error', { paths: paths.map((name) => ({ name, message: 'crosses a layer line (see docs/architecture)' })), patterns }];
const coreForbidden = ['react', 'react-dom', 'slate-react', 'slate-dom', 'electron', ...nodeBuiltins];
const coreOnly = { group: ['**/renderer/**', '**/main/**'], message: 'core must not import renderer or main' };

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      'no-fallthrough': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['core/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(coreForbidden, [coreOnly]),
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage'],
    },
  },
  {
    // The print plan is what 预览 draws as well as what the export writes: it never loads the
    // docx writer (the editor starts without it) and never reaches back into the export.
    files: ['core/print/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([...coreForbidden, 'docx', 'fflate'], [coreOnly, { group: ['**/export/**'], message: 'the export maps the print plan, not the other way round' }]),
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': restrict(
        ['electron', ...nodeBuiltins],
        [{ group: ['**/main/**'], message: 'the renderer reaches the host only through renderer/platform' }],
      ),
    },
  },
  {
    files: ['main/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([], [{ group: ['**/renderer/**'], message: 'main never imports renderer code' }]),
      'no-restricted-syntax': [
        'error',
        { selector: "Property[key.name='nodeIntegration'][value.value=true]", message: 'nodeIntegration stays off' },
        { selector: "Property[key.name='contextIsolation'][value.value=false]", message: 'contextIsolation stays on' },
        { selector: "Property[key.name='sandbox'][value.value=false]", message: 'sandbox stays on' },
        { selector: "Property[key.name='webSecurity'][value.value=false]", message: 'webSecurity stays on' },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
