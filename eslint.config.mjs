import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import drizzle from 'eslint-plugin-drizzle';

/*
 * The layers (README, "Layers"), enforced here rather than by convention. Each entry forbids imports
 * by module name (`group`, gitignore-style, so relative paths are caught by their folder too) with
 * the reason the lint error gives. Tests (unit, e2e, fixtures) may reach any layer to set up and
 * check what they test; benchmarks too. A file gets exactly one list (ESLint's later configuration
 * of a rule replaces an earlier one), so the lists are composed here.
 */
const rule = (message, ...group) => ({ group, message });
const FRAMEWORK = ['next', 'next/**', 'next-auth', 'next-auth/**', 'react', 'react-dom'];
const forbid = {
  framework: rule(
    'lib/ is plain TypeScript: no Next.js, next-auth or React (put framework code in server/ or components/).',
    ...FRAMEWORK,
    'server-only',
  ),
  nextInData: rule(
    'The data layer knows nothing of Next.js, next-auth or React: the caller passes the actor, the edge expires cache tags.',
    ...FRAMEWORK,
  ),
  data: rule(
    'lib/ does not import the data layer: pass what it needs as arguments.',
    '@/db/**',
    '**/db/**',
    'drizzle-orm',
    'drizzle-orm/**',
    'better-sqlite3',
  ),
  upper: rule(
    'lib/ does not import server/, app/ or components/.',
    '@/server/**',
    '**/server/**',
    '@/app/**',
    '**/app/**',
    '@/components/**',
    '**/components/**',
  ),
  dataUpper: rule(
    'The data layer does not import server/, app/ or components/.',
    '@/server/**',
    '@/app/**',
    '@/components/**',
  ),
  app: rule(
    'Components do not import from app/: the page passes what a component needs (actions as props, shared types live in lib/).',
    '@/app/**',
    '**/app/**',
  ),
  sql: rule(
    "Outside db/, the data is reached through the store's promises only (import from '@/db/store'): no SQL, client, schema or implementation module.",
    'drizzle-orm',
    'drizzle-orm/**',
    'better-sqlite3',
    '@/db/**',
    '**/db/**',
    '!@/db/store',
  ),
};
const restrict = (...rules) => ({
  'no-restricted-imports': ['error', { patterns: rules }],
});
const TESTS = ['**/*.test.ts', '**/*.test.tsx', 'e2e/**', 'test/**', 'scripts/bench*'];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    plugins: { drizzle },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'drizzle/enforce-delete-with-where': ['error', { drizzleObjectName: ['db', 'tx'] }],
      'drizzle/enforce-update-with-where': ['error', { drizzleObjectName: ['db', 'tx'] }],
    },
  },
  {
    // An action bound (or wrapped) during render is a new server reference on every render; on a
    // no-JS form POST, React's server renderer then suspends on each new reference's arguments
    // forever and the server spins at 100 % CPU. Bind actions in the server component and pass them.
    files: ['**/*.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[callee.name='useActionState'][arguments.0.type=/^(CallExpression|ArrowFunctionExpression|FunctionExpression)$/]",
          message:
            'Pass useActionState a stable action (an import or a prop bound in a server component), not one made during render.',
        },
      ],
    },
  },
  {
    // The store's functions return promises (README, "The store"): a promise used as a value (in a
    // condition, spread, or left unawaited) is a bug that type checking alone does not catch.
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
      '@typescript-eslint/await-thenable': 'error',
    },
  },
  {
    files: ['lib/**'],
    ignores: TESTS,
    rules: restrict(forbid.framework, forbid.data, forbid.upper),
  },
  { files: ['components/**'], ignores: TESTS, rules: restrict(forbid.app, forbid.sql) },
  {
    files: ['app/**', 'server/**', 'scripts/**', 'proxy.ts', 'instrumentation.ts'],
    ignores: TESTS,
    rules: restrict(forbid.sql),
  },
  {
    files: ['db/**'],
    ignores: TESTS,
    rules: restrict(forbid.nextInData, forbid.dataUpper),
  },
  globalIgnores([
    '.next/**',
    '.next-*/**',
    'node_modules/**',
    'drizzle/**',
    'next-env.d.ts',
    'test-results/**',
    'playwright-report/**',
    'screenshots/**',
    'data/**',
  ]),
]);
