import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const features = ['reviews', 'caseload', 'contacts', 'compare', 'backup', 'settings', 'services', 'consensus', 'report', 'outcomes', 'sync'];

export default tseslint.config(
  { ignores: ['dist/', 'dev-dist/', 'node_modules/', 'coverage/', 'test-results/', 'docs/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  // One direction of dependency (DEVELOPERS.md): only src/db imports Dexie; the domain stays pure.
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/db/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['dexie', 'dexie-*'], message: 'Only src/db/ talks to Dexie.' }] }],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-*', 'dexie', 'dexie-*', 'zustand', 'recharts', 'i18next', 'wouter'], message: 'src/domain/ is pure TypeScript.' },
            { group: ['**/db/**', '**/features/**', '**/ui/**', '**/app/**', '**/i18n/**'], message: 'src/domain/ depends on nothing outside it.' },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Pass the time in; the domain never reads the clock.' },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Pass the time in; the domain never reads the clock.' },
      ],
    },
  },
  {
    files: ['src/db/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/features/**', '**/ui/**', '**/app/**'], message: 'src/db/ sits under the UI.' }] }],
    },
  },
  // A feature never reaches into another feature's internals.
  ...features.map((feature) => ({
    files: [`src/features/${feature}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['dexie', 'dexie-*'], message: 'Only src/db/ talks to Dexie.' },
            {
              group: features.filter((other) => other !== feature).map((other) => `**/features/${other}/**`),
              message: 'Features do not import each other; move shared pieces to src/ui or src/domain.',
            },
            { group: ['**/app/**'], message: 'Features do not depend on the app shell.' },
          ],
        },
      ],
    },
  })),
);
