import crypto from 'node:crypto';
import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { account, signIn, submitSignIn } from './fixtures/auth';
import { answerConfirm } from './fixtures/confirm';

// Deliberate failures come from made-up client addresses (the e2e server trusts one proxy hop, see
// scripts/e2e-server.mjs, so the last X-Forwarded-For entry is the client), so they never use up
// the shared 127.0.0.1 allowance other tests sign in from.
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

  test('a guesser is slowed after 5 failures, while the owner still signs in from elsewhere', async ({
    page,
    browser,
  }) => {
    // Eight sign-ins (argon2id) and a user created: more than the default 30 s on a busy machine.
    test.setTimeout(90_000);
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
    // The guesser must wait now, even if its next guess were right.
    await submitSignIn(attacker, victim);
    await expect(signInAlert(attacker)).toHaveText('Too many attempts, try again in 1 minute.');
    await expect(attacker).toHaveURL(/\/login/);

    // The owner, from another address and with the right password, is not kept out.
    const owner = await newPage(browser, {
      extraHTTPHeaders: { 'x-forwarded-for': fakeAddress() },
    });
    await signIn(owner, victim);
    await expect(owner.getByText(`Signed in as ${victim.name}`)).toBeVisible();
    await attacker.context().close();
    await owner.context().close();
  });

  test('callbackUrl never leads off the site', async ({ browser }) => {
    for (const target of [
      'https://evil.example/phish',
      '//evil.example/phish',
      '/\\evil.example/phish',
      '/x/..//evil.invalid',
      '/%2e%2e//evil.invalid',
    ]) {
      const page = await newPage(browser);
      // Once for the CSRF cookie (a first visit goes through next-auth and back), then the link.
      await page.goto('/login');
      await page.goto(`/login?callbackUrl=${encodeURIComponent(target)}`);
      await expect(page.locator('input[name="callbackUrl"]')).toHaveValue('/editor');
      await page.getByLabel('Email').fill(account('editor').email);
      await page.getByLabel('Password', { exact: true }).fill(account('editor').password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/editor$/);
      await page.context().close();
    }
  });

  test('a signed-in visitor to /login is never redirected off the site', async ({ page }) => {
    await signIn(page, 'editor');
    for (const target of [
      '/x/..//evil.invalid',
      '/x/../\\evil.invalid',
      '/%2e%2e//evil.invalid',
      '/a/b/../..//evil.invalid/editor',
      '/%2F%2Fevil.invalid',
      '/%5Cevil.invalid',
      '////evil.invalid',
      '//evil.invalid',
      'https:evil.invalid',
      'http://127.0.0.1@evil.invalid/',
      'javascript:alert(1)',
    ]) {
      const response = await page.request.get(`/login?callbackUrl=${encodeURIComponent(target)}`, {
        maxRedirects: 0,
      });
      expect(response.status(), target).toBe(307);
      expect(response.headers().location, target).toBe('/editor');
    }
    // A path on the site is kept.
    const ok = await page.request.get(`/login?callbackUrl=${encodeURIComponent('/editor/tags')}`, {
      maxRedirects: 0,
    });
    expect(ok.headers().location).toBe('/editor/tags');
  });

  test('the credentials callback never redirects off the site', async ({ playwright, baseURL }) => {
    const editor = account('editor');
    for (const [target, json] of [
      ['/x/..//evil.invalid', false],
      ['/x/..//evil.invalid', true],
      [`${baseURL}//evil.invalid`, false],
      [`${baseURL}/x/..//evil.invalid`, true],
      ['/%2e%2e//evil.invalid', false],
      ['https://evil.invalid/', true],
    ] as const) {
      const request = await playwright.request.newContext({ baseURL });
      const { csrfToken } = (await (await request.get('/api/auth/csrf')).json()) as {
        csrfToken: string;
      };
      const response = await request.post('/api/auth/callback/credentials', {
        form: {
          csrfToken,
          email: editor.email,
          password: editor.password,
          callbackUrl: target,
          ...(json ? { json: 'true' } : {}),
        },
        maxRedirects: 0,
      });
      const location = json
        ? ((await response.json()) as { url: string }).url
        : (response.headers().location ?? '');
      expect(new URL(location, baseURL).origin, `${target} → ${location}`).toBe(
        new URL(baseURL ?? '').origin,
      );
      expect(location, target).toMatch(/^(?:\/editor|http:\/\/127\.0\.0\.1:\d+\/editor)$/);
      // It did sign in: the session is real.
      expect(
        ((await (await request.get('/api/auth/session')).json()) as { uid?: number }).uid,
      ).toBeGreaterThan(0);
      await request.dispose();
    }
  });

  test('signing out ends the session on the server: a copy of the cookie is refused', async ({
    browser,
  }) => {
    const page = await newPage(browser);
    await signIn(page, 'editor');
    const copied = await page.context().cookies();
    expect(copied.some((c) => c.name === 'next-auth.session-token')).toBe(true);

    // The copy works while the session stands.
    const thief = await browser.newContext();
    await thief.addCookies(copied);
    const thiefPage = await thief.newPage();
    await thiefPage.goto('/editor');
    await expect(thiefPage.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/login\?signedOut=1$/);

    // The copied cookie (unexpired, correctly signed) no longer opens anything.
    const stale = await browser.newContext();
    await stale.addCookies(copied);
    const stalePage = await stale.newPage();
    await stalePage.goto('/editor');
    await expect(stalePage).toHaveURL(/\/login\?.*expired=1/);
    expect(await (await stale.request.get('/api/auth/session')).json()).toEqual({});
    // Nor does the thief's copy, already in use before the sign-out.
    await thiefPage.goto('/editor/events');
    await expect(thiefPage).toHaveURL(/\/login\?/);

    // Signing in again gives a new, working session.
    await signIn(page, 'editor');
    await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
    for (const c of [page.context(), thief, stale]) await c.close();
  });

  test('the sign-in page has a nonce CSP and its script still shows errors in place', async ({
    browser,
  }) => {
    const context = await browser.newContext({
      extraHTTPHeaders: { 'x-forwarded-for': fakeAddress() },
    });
    const page = await context.newPage();
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    const response = await page.goto('/login');
    const csp = response?.headers()['content-security-policy'] ?? '';
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce, csp).toBeTruthy();
    expect(csp).toContain("'strict-dynamic'");
    expect(csp).not.toContain("'unsafe-inline'");
    expect(await response?.text()).toContain(`nonce="${nonce}"`);

    // The JavaScript path: the error appears without a page load (no ?error= in the URL) and the
    // email stays filled in. It only works if the page's scripts ran under the policy.
    const editor = account('editor');
    const before = page.url();
    await page.getByLabel('Email').fill(editor.email);
    await page.getByLabel('Password', { exact: true }).fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(signInAlert(page)).toHaveText('Email or password is incorrect.');
    expect(page.url()).toBe(before);
    expect(page.url()).not.toContain('CredentialsSignin');
    await expect(page.getByLabel('Email')).toHaveValue(editor.email);
    await expect(page.getByLabel('Password', { exact: true })).toBeFocused();
    await page.getByLabel('Password', { exact: true }).fill(editor.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/editor$/);
    expect(violations).toEqual([]);
    await context.close();
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
    // What /api/auth/session answers to the editor's cookie (from a copy of it: next-auth clears the
    // cookie of a session that ended, and the page below must still present it).
    const session = async () => {
      const copy = await browser.newContext();
      await copy.addCookies(await editorPage.context().cookies());
      const body: unknown = await (await copy.request.get('/api/auth/session')).json();
      await copy.close();
      return body;
    };
    expect(await session()).toMatchObject({ uid: expect.any(Number) });

    const row = page.getByRole('listitem').filter({ hasText: editor.email });
    await row.getByRole('button', { name: `Disable ${editor.name}` }).click();
    await answerConfirm(page, { title: `Disable ${editor.name}?` });
    await expect(row.getByRole('status')).toContainText(
      `${editor.name} is disabled and signed out.`,
    );
    await expect(row.getByText('Disabled', { exact: true })).toBeVisible();
    // The session endpoint answers nothing for them any more.
    expect(await session()).toEqual({});
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
    await answerConfirm(page, { title: `Reset the password of ${user.name}?` });
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
    await answerConfirm(page, { title: `Disable ${second.name}?` });
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
