import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import path from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { signIn, type Account } from './fixtures/auth';
import { insertEvents } from './fixtures/events';
import { EventFormPage } from './pages/event-form';

// A second editor of this run (the run's editor is "E2E Editor"), made as `npm run create-admin` would.
const ada: Account = {
  email: `ada-${crypto.randomBytes(4).toString('hex')}@e2e.almanac.test`,
  name: 'Ada Editor',
  password: crypto.randomBytes(18).toString('base64url'),
};

test.beforeAll(() => {
  const run = spawnSync(
    'npx',
    ['tsx', '--conditions=react-server', 'scripts/create-admin.ts', '--role', 'editor'],
    {
      env: {
        ...process.env,
        DATABASE_PATH: path.resolve(process.env.E2E_DIR || '.e2e', 'almanac-e2e.db'),
        ADMIN_EMAIL: ada.email,
        ADMIN_NAME: ada.name,
        ADMIN_PASSWORD: ada.password,
      },
      encoding: 'utf8',
    },
  );
  if (run.status !== 0) throw new Error(`create-admin failed: ${run.stderr}`);
});

async function openAs(browser: Browser, who: 'editor' | Account, id: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await signIn(page, who);
  await new EventFormPage(page).gotoEdit(id);
  return page;
}

const HHMM = /\b([01]\d|2[0-3]):[0-5]\d\b/;

test('two editors with one event open each see the other, and the notice goes when one leaves', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const [id] = insertEvents([{ title: `Presence ${crypto.randomBytes(3).toString('hex')}` }]);
  const first = await openAs(browser, 'editor', id!);
  const notice = (page: Page) => page.getByTestId('presence').getByRole('status');
  // Alone: no notice.
  await expect(notice(first)).toHaveCount(0);

  const second = await openAs(browser, ada, id!);
  // The one who arrives sees at once who is there, and since when.
  await expect(notice(second)).toContainText('E2E Editor has this open since');
  await expect(notice(second)).toContainText(HHMM);
  await expect(notice(second)).not.toContainText('Ada Editor');
  if (process.env.SHOTS_DIR) {
    for (const [size, width, height] of [
      ['desktop', 1280, 900],
      ['phone', 390, 844],
    ] as const) {
      await second.setViewportSize({ width, height });
      for (const scheme of ['light', 'dark'] as const) {
        await second.emulateMedia({ colorScheme: scheme });
        await second.screenshot({
          path: path.join(process.env.SHOTS_DIR, `presence-${size}-${scheme}.png`),
        });
      }
    }
    await second.emulateMedia({ colorScheme: 'light' });
  }
  // The one already there learns at the next heartbeat (every 20 s).
  await expect(notice(first)).toContainText('Ada Editor has this open since', { timeout: 25_000 });
  await expect(notice(first)).not.toContainText('E2E Editor');

  // Leaving the page (pagehide: navigator.sendBeacon) ends the presence; the other's next beat says so.
  await second.goto('/editor');
  await expect(notice(first)).toHaveCount(0, { timeout: 25_000 });
  await first.context().close();
  await second.context().close();
});
