import crypto from 'node:crypto';
import { expect, test, type Browser, type Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { account, submitSignIn } from './fixtures/auth';
import { startOwnServer, type OwnServer } from './fixtures/own-server';

// With no proxy configured (TRUSTED_PROXY_HOPS unset: the default), the client address is the
// socket's and X-Forwarded-For / X-Real-IP change nothing: a guesser cannot rotate them to escape
// the throttles, or write addresses of its choosing into the audit log. The shared e2e server
// trusts one proxy hop (scripts/e2e-server.mjs), so these tests run against a server of their own.

let server: OwnServer;
test.beforeAll(async () => {
  test.setTimeout(120_000);
  server = await startOwnServer({ TRUSTED_PROXY_HOPS: undefined });
});
test.afterAll(async () => {
  await server?.stop();
});

const rotating = () => `198.18.${crypto.randomInt(256)}.${crypto.randomInt(1, 255)}`;
const alert = (page: Page) => page.getByRole('alert').filter({ hasText: /\S/ });

/** A page on the own server that claims a new address (and a new X-Real-IP) on every request. */
async function rotatingPage(browser: Browser) {
  const context = await browser.newContext({ baseURL: server.baseURL });
  await context.route('**/*', (route) =>
    route.continue({
      headers: {
        ...route.request().headers(),
        'x-forwarded-for': `${rotating()}, ${rotating()}`,
        'x-real-ip': rotating(),
      },
    }),
  );
  return context.newPage();
}

test('a rotating X-Forwarded-For does not escape the sign-in throttle', async ({ browser }) => {
  test.setTimeout(90_000);
  // An account of its own (an unknown email is throttled like a real one), so no other test's
  // attempts count; the copied database has everyone else's.
  const email = `rotating-${crypto.randomInt(1e9)}@example.org`;
  const page = await rotatingPage(browser);
  for (let i = 0; i < 5; i++) {
    await submitSignIn(page, { email, password: `wrong guess ${i}` });
    await expect(alert(page)).toHaveText('Email or password is incorrect.');
  }
  // Five failures from one socket address, whatever the headers said: the next one waits.
  await submitSignIn(page, { email, password: 'another guess' });
  await expect(alert(page)).toHaveText('Too many attempts, try again in 1 minute.');

  // The audit log holds the socket address, never a header's claim.
  const db = new Database(server.databasePath, { readonly: true });
  const rows = db
    .prepare(
      "SELECT details FROM audit_log WHERE action = 'auth.sign_in_failed' AND details ->> 'email' = ?",
    )
    .all(email) as { details: string }[];
  db.close();
  expect(rows.map((r) => (JSON.parse(r.details) as { ip: string }).ip)).toEqual(
    Array(5).fill('127.0.0.1'),
  );

  // And the real editor, from the same machine, is not kept out by it.
  const editor = account('editor');
  await submitSignIn(page, editor);
  await expect(page).toHaveURL(/\/editor$/);
  await page.context().close();
});

test('a rotating X-Forwarded-For does not escape the report throttle', async ({ browser }) => {
  test.setTimeout(90_000);
  const page = await rotatingPage(browser);
  // A published sample event (every fresh database has them).
  const db = new Database(server.databasePath, { readonly: true });
  const { slug } = db
    .prepare("SELECT slug FROM events WHERE status = 'published' AND deleted_at IS NULL LIMIT 1")
    .get() as { slug: string };
  db.close();

  const outcomes: string[] = [];
  for (let i = 0; i < 6; i++) {
    await page.goto(`/events/${slug}/report`);
    await page
      .getByLabel('What is wrong?')
      .fill(`Report number ${i} about this event (${rotating()}).`);
    await page.getByLabel('Source', { exact: true }).fill('https://example.org/source');
    await page.waitForTimeout(3_200);
    await page.getByRole('button', { name: 'Send report' }).click();
    const thanks = page.getByRole('heading', { name: 'Thank you' });
    const refused = alert(page).filter({ hasText: 'many reports from you' });
    await expect(thanks.or(refused)).toBeVisible();
    outcomes.push((await thanks.count()) > 0 ? 'sent' : 'refused');
  }
  // 5 reports per address in 10 minutes, and every one came from 127.0.0.1.
  expect(outcomes).toEqual(['sent', 'sent', 'sent', 'sent', 'sent', 'refused']);
  await page.context().close();
});
