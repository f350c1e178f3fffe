import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import drizzle from 'eslint-plugin-drizzle';

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
