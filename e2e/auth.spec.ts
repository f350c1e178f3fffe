import crypto from 'node:crypto';
import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { account, signIn, submitSignIn } from './fixtures/auth';

// Deliberate failures come from made-up client addresses (the app throttles on the last
// X-Forwarded-For hop), so they never use up the shared 127.0.0.1 allowance other tests sign in from.
const fakeAddress = () => `198.18.${crypto.randomInt(256)}.${crypto.randomInt(1, 255)}`;
const unique = (prefix: string) => `${prefix}-${Date.now()}-${crypto.randomInt(1e6)}`;

/** The sign-in error (Next's route announcer is an empty role=alert too). */
const signInAlert = (page: Page) => page.getByRole('alert').filter({ hasText: /\S/ });

async function newPage(
  browser: Browser,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<Page> {
  const context = await browser.newContext(options);
  return context.newPage();
}

/** As the admin, creates a user through the form and returns their one-time generated password. */
async function createUserAsAdmin(
  page: Page,
  user: { name: string; email: string; role?: 'editor' | 'admin'; password?: string },
) {
  await page.goto('/admin/users');
  const form = page.locator('form', { has: page.getByRole('button', { name: 'Create user' }) });
  await form.getByLabel('Name').fill(user.name);
  await form.getByLabel('Email').fill(user.email);
  await form.getByLabel('Role').selectOption(user.role ?? 'editor');
  if (user.password) await form.getByLabel(/Initial password/).fill(user.password);
  await form.getByRole('button', { name: 'Create user' }).click();
  await expect(form.getByRole('status')).toContainText(`Created ${user.name} (${user.email})`);
  if (user.password) return user.password;
  const password = (await form.locator('code').textContent())?.trim() ?? '';
  expect(password).toMatch(/^\S{20}$/);
  return password;
}

/**
 * Calls the "create user" server action as Next's client would (a Next-Action header and React's
 * encoding of [previous state, form data]), with whatever session `request` carries.
 */
function postCreateUser(
  request: APIRequestContext,
  call: { actionId: string; path: string; email: string; origin: string },
) {
  const body = new FormData();
  for (const [key, value] of Object.entries({
    name: 'Hand Made',
    email: call.email,
    role: 'admin',
    password: 'hand-made password 1',
  })) {
    body.append(`_1_${key}`, value);
  }
  body.append('0', JSON.stringify([{}, '$K1'])); // last: the server resolves the form data when it reads this
  return request.post(call.path, {
    multipart: body,
    headers: { 'Next-Action': call.actionId, Accept: 'text/x-component', Origin: call.origin },
    maxRedirects: 0,
  });
}

test.describe('signing in', () => {
  test('a signed-out visitor to /editor or /admin is sent to /login and comes back after signing in', async ({
    page,
  }) => {
    await page.goto('/admin/users');
    await expect(page).toHaveURL(/\/login\?/);
    expect(new URL(page.url()).searchParams.get('callbackUrl')).toBe('/admin/users');
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();

    await page.goto('/editor');
    await expect(page).toHaveURL(/\/login\?/);
    expect(new URL(page.url()).searchParams.get('callbackUrl')).toBe('/editor');
    await page.getByLabel('Email').fill(account('editor').email);
    await page.getByLabel('Password', { exact: true }).fill(account('editor').password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/editor$/);
  });

  test('an editor signs in to the dashboard, under a nonce CSP, and signs out @phone', async ({
    page,
  }) => {
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await signIn(page, 'editor');
    await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
    await expect(page.getByText(`Signed in as ${account('editor').name}`)).toBeVisible();
    for (const label of ['Drafts', 'Scheduled', 'Published', 'Open corrections']) {
      await expect(
        page
          .getByRole('definition')
          .or(page.getByRole('term'))
          .filter({ hasText: new RegExp(`^${label}$`) }),
      ).toBeVisible();
    }
    await expect(page.getByRole('link', { name: 'Users' })).toHaveCount(0);

    const response = await page.request.get('/editor');
    const csp = response.headers()['content-security-policy'] ?? '';
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce, csp).toBeTruthy();
    expect(csp).toContain("'strict-dynamic'");
    const html = await response.text();
    expect(html).toContain(`nonce="${nonce}"`);
    expect(violations).toEqual([]);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/login\?signedOut=1$/);
    await expect(page.getByText('You have signed out.')).toBeVisible();
    await page.goto('/editor');
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Feditor/);
  });

  test('a wrong password or an unknown email gets the same generic error', async ({ browser }) => {
    const page = await newPage(browser, { extraHTTPHeaders: { 'x-forwarded-for': fakeAddress() } });
    const editor = account('editor');
    await submitSignIn(page, { email: editor.email, password: 'not the password' });
    await expect(signInAlert(page)).toHaveText('Email or password is incorrect.');
    await expect(page.getByLabel('Email')).toHaveValue(editor.email);
    await expect(page).toHaveURL(/\/login/);

    await submitSignIn(page, { email: 'nobody-here@example.org', password: editor.password });
    await expect(signInAlert(page)).toHaveText('Email or password is incorrect.');
    await page.context().close();
  });

  test('the sign-in form works without JavaScript', async ({ browser }) => {
    const page = await newPage(browser, {
      javaScriptEnabled: false,
      extraHTTPHeaders: { 'x-forwarded-for': fakeAddress() },
    });
    await submitSignIn(
      page,
      { email: account('editor').email, password: 'wrong password!' },
      '/editor',
    );
    await expect(page).toHaveURL(/\/login\?.*error=CredentialsSignin/);
    await expect(signInAlert(page)).toHaveText('Email or password is incorrect.');

    await page.getByLabel('Email').fill(account('editor').email);
    await page.getByLabel('Password', { exact: true }).fill(account('editor').password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/editor$/);
    await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
    await page.context().close();
  });

  test('after 5 failures an account is refused for a while, even with the right password', async ({
    page,
    browser,
  }) => {
    await signIn(page, 'admin', { callbackUrl: '/admin/users' });
    const victim = {
      name: 'Throttle Target',
      email: `${unique('throttle')}@example.org`,
      password: 'right password for throttling',
    };
    await createUserAsAdmin(page, victim);

    const attacker = await newPage(browser, {
      extraHTTPHeaders: { 'x-forwarded-for': fakeAddress() },
    });
    for (let i = 0; i < 5; i++) {
      await submitSignIn(attacker, { email: victim.email, password: `wrong guess ${i}` });
      await expect(signInAlert(attacker)).toHaveText('Email or password is incorrect.');
    }
    // The owner, from elsewhere and with the right password, is refused without the password being checked.
    const owner = await newPage(browser, {
      extraHTTPHeaders: { 'x-forwarded-for': fakeAddress() },
    });
    await submitSignIn(owner, victim);
    await expect(signInAlert(owner)).toHaveText('Too many attempts, try again in 15 minutes.');
    await expect(owner).toHaveURL(/\/login/);
    await attacker.context().close();
    await owner.context().close();
  });

  test('callbackUrl never leads off the site', async ({ browser }) => {
    for (const target of [
      'https://evil.example/phish',
      '//evil.example/phish',
      '/\\evil.example/phish',
    ]) {
      const page = await newPage(browser);
      await page.goto(`/login?callbackUrl=${encodeURIComponent(target)}`);
      await expect(page.locator('input[name="callbackUrl"]')).toHaveValue('/editor');
      await page.getByLabel('Email').fill(account('editor').email);
      await page.getByLabel('Password', { exact: true }).fill(account('editor').password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/editor$/);
      await page.context().close();
    }
  });
});

test.describe('roles', () => {
  test('an editor is refused the user admin page', async ({ page }) => {
    await signIn(page, 'editor');
    await page.goto('/admin/users');
    await expect(page.getByRole('heading', { name: 'This page is for admins' })).toBeVisible();
    await expect(page.getByText(account('admin').email)).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Create user' })).toHaveCount(0);
  });

  test('an admin disables an editor, who is locked out at once', async ({ page, browser }) => {
    await signIn(page, 'admin', { callbackUrl: '/admin/users' });
    const editor = {
      name: `Temp Editor ${crypto.randomInt(1e6)}`,
      email: `${unique('temp')}@example.org`,
    };
    const password = await createUserAsAdmin(page, editor);

    const editorPage = await newPage(browser);
    await signIn(editorPage, { ...editor, password });
    await expect(editorPage.getByText(`Signed in as ${editor.name}`)).toBeVisible();

    const row = page.getByRole('listitem').filter({ hasText: editor.email });
    await row.getByRole('button', { name: `Disable ${editor.name}` }).click();
    await expect(row.getByRole('status')).toContainText(
      `${editor.name} is disabled and signed out.`,
    );
    await expect(row.getByText('Disabled', { exact: true })).toBeVisible();

    // The editor's next request, with the same (still unexpired) cookie, is refused.
    await editorPage.reload();
    await expect(editorPage).toHaveURL(/\/login\?.*expired=1/);
    await expect(editorPage.getByText('Your session has ended.')).toBeVisible();
    await submitSignIn(editorPage, { email: editor.email, password });
    await expect(signInAlert(editorPage)).toHaveText('Email or password is incorrect.');
    await editorPage.context().close();
  });

  test('an admin resets a password: the old one stops working and the new one is shown once', async ({
    page,
    browser,
  }) => {
    await signIn(page, 'admin', { callbackUrl: '/admin/users' });
    const user = {
      name: `Reset Me ${crypto.randomInt(1e6)}`,
      email: `${unique('reset')}@example.org`,
    };
    const first = await createUserAsAdmin(page, user);
    const row = page.getByRole('listitem').filter({ hasText: user.email });
    await row.getByRole('button', { name: `Reset password for ${user.name}` }).click();
    await expect(row.getByRole('status')).toContainText('password was reset');
    const second = (await row.locator('code').textContent())?.trim() ?? '';
    expect(second).toMatch(/^\S{20}$/);
    expect(second).not.toBe(first);
    await page.reload();
    await expect(page.getByText(second)).toHaveCount(0);

    const other = await newPage(browser, {
      extraHTTPHeaders: { 'x-forwarded-for': fakeAddress() },
    });
    await submitSignIn(other, { email: user.email, password: first });
    await expect(signInAlert(other)).toHaveText('Email or password is incorrect.');
    await signIn(other, { ...user, password: second });
    await other.context().close();
  });

  test('hand-made POSTs to an admin server action are refused unless the caller is an active admin', async ({
    page,
    browser,
    baseURL,
  }) => {
    // Four sign-ins (argon2id) and a dozen page loads: more than the default 30 s on a busy machine.
    test.setTimeout(90_000);
    await signIn(page, 'admin', { callbackUrl: '/admin/users' });
    // The action id, as anyone who can load the page could read it from the form.
    const ref = await page
      .locator('form', { has: page.getByRole('button', { name: 'Create user' }) })
      .locator('input[name^="$ACTION_"][name$=":0"]')
      .getAttribute('value');
    const actionId = (JSON.parse(ref ?? '{}') as { id?: string }).id ?? '';
    expect(actionId).toMatch(/^[0-9a-f]{20,}$/);
    const listed = async (email: string) => {
      await page.goto('/admin/users');
      return page.getByText(email, { exact: true }).count();
    };
    const post = (request: APIRequestContext, path: string, email: string) =>
      postCreateUser(request, { actionId, path, email, origin: baseURL ?? '' });

    // Signed out: nothing is created, whichever page the POST is sent to.
    const anonymous = await newPage(browser);
    for (const path of ['/admin/users', '/login']) {
      const email = `${unique('anon')}@example.org`;
      await post(anonymous.request, path, email);
      expect(await listed(email)).toBe(0);
    }

    // An editor gets past proxy.ts (they are signed in); the DAL refuses.
    const editor = await newPage(browser);
    await signIn(editor, 'editor');
    const byEditor = `${unique('editor')}@example.org`;
    expect(await (await post(editor.request, '/admin/users', byEditor)).text()).toContain(
      'You do not have permission to do that.',
    );
    expect(await listed(byEditor)).toBe(0);

    // An admin disabled a moment ago still has an unexpired cookie, which proxy.ts accepts; the DAL does not.
    const second = {
      name: `Second Admin ${crypto.randomInt(1e6)}`,
      email: `${unique('admin2')}@example.org`,
    };
    const secondPassword = await createUserAsAdmin(page, { ...second, role: 'admin' });
    const secondPage = await newPage(browser);
    await signIn(secondPage, { ...second, password: secondPassword });
    await page
      .getByRole('listitem')
      .filter({ hasText: second.email })
      .getByRole('button', { name: `Disable ${second.name}` })
      .click();
    await expect(
      page.getByRole('listitem').filter({ hasText: second.email }).getByRole('status'),
    ).toContainText('is disabled');
    const byDisabled = `${unique('disabled')}@example.org`;
    expect(await (await post(secondPage.request, '/admin/users', byDisabled)).text()).toContain(
      'Your session has ended. Sign in again.',
    );
    expect(await listed(byDisabled)).toBe(0);

    // The same hand-made request from the active admin works, so the refusals above are real.
    const byAdmin = `${unique('admin')}@example.org`;
    expect(await (await post(page.request, '/admin/users', byAdmin)).text()).toContain(
      `"created":{"name":"Hand Made","email":"${byAdmin}"`,
    );
    expect(await listed(byAdmin)).toBe(1);

    for (const p of [anonymous, editor, secondPage]) await p.context().close();
  });
});
