import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

// The layer lines of docs/architecture.md, enforced the way VS Code enforces its own.
const restrict = (paths, patterns) => ['error', { paths: paths.map((name) => ({ name, message: 'crosses a layer line (see docs/architecture.md)' })), patterns }];
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
      'no-restricted-syntax': [
        'error',
        { selector: "Property[key.name='nodeIntegration'][value.value=true]", message: 'nodeIntegration stays off' },
        { selector: "Property[key.name='contextIsolation'][value.value=false]", message: 'contextIsolation stays on' },
        { selector: "Property[key.name='sandbox'][value.value=false]", message: 'sandbox stays on' },
        { selector: "Property[key.name='webSecurity'][value.value=false]", message: 'webSecurity stays on' },
      ],
    },
  },
  // main/'s own layers, as VS Code has them: electron only in electron-main/ and preload/;
  // node/ (files, services, the app protocol) under everything; web/ and cli/ beside
  // electron-main/, each a way in that knows nothing of the others.
  ...Object.entries({
    'electron-main': { electron: true, above: ['preload', 'web', 'cli'] },
    node: { electron: false, above: ['electron-main', 'preload', 'web', 'cli'] },
    web: { electron: false, above: ['electron-main', 'preload', 'cli'] },
    cli: { electron: false, above: ['electron-main', 'preload', 'web'] },
  }).map(([folder, { electron, above }]) => ({
    files: [`main/${folder}/**/*.ts`],
    rules: {
      'no-restricted-imports': restrict(electron ? [] : ['electron'], [
        { group: ['**/renderer/**'], message: 'main never imports renderer code' },
        { group: above.flatMap((layer) => [`**/main/${layer}/**`, `../${layer}/**`]), message: `main/${folder} does not reach into ${above.join(', ')} (see docs/architecture.md)` },
      ]),
    },
  })),
  {
    // A sandboxed preload can load nothing but electron; the channel table's names are written
    // in at build time, so from core it takes types only.
    files: ['main/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(nodeBuiltins, [
        { group: ['**/core/**', 'zod'], allowTypeImports: true, message: 'the sandboxed preload loads only electron; import types only' },
        { group: ['**/renderer/**', '**/main/**', '../node/**', '../electron-main/**', '../web/**', '../cli/**'], message: 'the preload stands alone: electron and types from core' },
      ]),
    },
  },
  {
    files: ['build/**/*.ts'],
    rules: { 'no-restricted-imports': restrict(['electron'], [{ group: ['**/renderer/**'], message: 'build scripts never import renderer code' }]) },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
