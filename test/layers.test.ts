import fs from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// The layer rules of eslint.config.mjs, tried as a new engineer would: put a forbidden import in a
// file of each layer and see `npm run lint` fail on it; a permitted one passes.

let eslint: ESLint;
beforeAll(() => {
  // Import rules need no types: lint the text as if it were at the path, without the type service
  // (which only knows files on disk) and without the rules that need it.
  eslint = new ESLint({
    cwd: process.cwd(),
    overrideConfig: {
      languageOptions: { parserOptions: { projectService: false } },
      rules: {
        '@typescript-eslint/no-floating-promises': 'off',
        '@typescript-eslint/no-misused-promises': 'off',
        '@typescript-eslint/await-thenable': 'off',
      },
    },
  });
});

async function restricted(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${source}\nexport const used = x;\n`, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => m.message);
}

describe('layer rules', () => {
  it.each([
    ['lib/events/new-rule.ts', "import { revalidateTag as x } from 'next/cache';"],
    ['lib/events/new-rule.ts', "import { getServerSession as x } from 'next-auth';"],
    ['lib/events/new-rule.ts', "import { useState as x } from 'react';"],
    ['lib/events/new-rule.ts', "import { db as x } from '@/db/client';"],
    ['lib/events/new-rule.ts', "import { loadEvent as x } from '../../db/queries/event-store';"],
    ['lib/events/new-rule.ts', "import { eq as x } from 'drizzle-orm';"],
    ['lib/events/new-rule.ts', "import { authorizePage as x } from '@/server/cms-auth';"],
    ['lib/new-rule.ts', "import { authorizePage as x } from '../server/cms-auth';"],
    ['lib/events/new-rule.ts', "import { Card as x } from '@/components/cards';"],
    [
      'components/cms/new.tsx',
      "import { bulkEventsAction as x } from '@/app/(cms)/editor/events/actions';",
    ],
    ['components/cms/new.tsx', "import { db as x } from '@/db/client';"],
    ['components/cms/new.tsx', "import { events as x } from '@/db/schema';"],
    ['app/(site)/new/page.tsx', "import { db as x } from '@/db/client';"],
    ['app/(site)/new/page.tsx', "import { sql as x } from 'drizzle-orm';"],
    ['app/(site)/new/page.tsx', "import x from 'better-sqlite3';"],
    ['server/new.ts', "import { openSqlite as x } from '@/db/connection';"],
    ['server/new.ts', "import { loadEvent as x } from '@/db/queries/event-store';"],
    ['scripts/new.ts', "import { importFiles as x } from '@/db/queries/import-run';"],
    ['app/(site)/new/page.tsx', "import { getDayOverview as x } from '../../../db/queries/days';"],
    ['db/queries/new.ts', "import { getServerSession as x } from 'next-auth';"],
    ['db/queries/new.ts', "import { revalidateTag as x } from 'next/cache';"],
    ['db/queries/new.ts', "import { cache as x } from 'react';"],
    ['db/queries/new.ts', "import { authorizePage as x } from '@/server/cms-auth';"],
  ])('%s may not %s', async (file, source) => {
    expect(await restricted(file, source)).toHaveLength(1);
  });

  it.each([
    ['lib/events/new-rule.ts', "import { z as x } from 'zod';"],
    ['lib/events/new-rule.ts', "import { slugify as x } from '@/lib/slugs';"],
    ['components/cms/new.tsx', "import { buttonClass as x } from '@/components/cms/ui';"],
    [
      'app/(site)/new/page.tsx',
      "import { getCachedDayOverview as x } from '@/server/public-cache';",
    ],
    ['db/queries/new.ts', "import { eq as x } from 'drizzle-orm';"],
    ['db/queries/new.ts', "import { slugify as x } from '@/lib/slugs';"],
  ])('%s may %s', async (file, source) => {
    expect(await restricted(file, source)).toEqual([]);
  });
});

describe('promises of the store', () => {
  it('a store call used without await fails lint', { timeout: 60_000 }, async () => {
    // A real file, so that the type service sees it (and its import's types).
    const file = path.join(process.cwd(), 'server', `lint-probe-${process.pid}.ts`);
    fs.writeFileSync(
      file,
      [
        "import { listRevisions } from '@/db/store';",
        'export function f() {',
        '  listRevisions(1);',
        '  if (listRevisions(2)) return 1;',
        '  return 0;',
        '}',
        '',
      ].join('\n'),
    );
    let result: ESLint.LintResult | undefined;
    try {
      [result] = await new ESLint({ cwd: process.cwd() }).lintFiles([file]);
    } finally {
      fs.rmSync(file, { force: true });
    }
    expect((result?.messages ?? []).map((m) => m.ruleId).sort()).toEqual([
      '@typescript-eslint/no-floating-promises',
      '@typescript-eslint/no-misused-promises',
    ]);
  });
});
