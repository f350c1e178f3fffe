import { expect, test, type Locator, type Page } from '@playwright/test';
import { signIn } from './fixtures/auth';
import { answerConfirm } from './fixtures/confirm';
import { EventFormPage, randomDate, uniq } from './pages/event-form';

// "Nothing changes that the editor did not change": a refused save (a field error, the duplicate
// warning, an edit conflict) leaves every control of the event form as the editor set it, and the
// one-click retries ("save anyway", "save mine anyway") store exactly what the form showed.

type Control = { name: string; type: string; value: string };

/** Every named control of the form, in order, with its value (checkboxes: on/off); not Next's own. */
async function controls(form: Locator): Promise<Control[]> {
  return form.evaluate((f) =>
    [...(f as HTMLFormElement).elements]
      .filter(
        (e): e is HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement =>
          'name' in e &&
          Boolean((e as HTMLInputElement).name) &&
          !(e as HTMLInputElement).name.startsWith('$ACTION') &&
          !(e instanceof HTMLButtonElement),
      )
      .map((e) => ({
        name: e.name,
        type: e.type,
        value:
          e instanceof HTMLInputElement && (e.type === 'checkbox' || e.type === 'radio')
            ? e.checked
              ? 'on'
              : 'off'
            : e.value,
      })),
  );
}

/**
 * What the saved event must show: the same controls, apart from the bookkeeping the save itself
 * changes (the version, the note, which starts empty again) and the id a new person receives.
 */
function asSaved(list: Control[]): Control[] {
  return list
    .filter((c) => c.name !== 'version' && c.name !== 'note')
    .map((c) => (/^people\[\d+\]\[personId\]$/.test(c.name) ? { ...c, value: '*' } : c));
}

async function pickPerson(form: Locator, name: string) {
  await form
    .getByRole('combobox', { name: /^(Add a person|Search people or type a new name…)$/ })
    .fill(name.slice(0, 6));
  await form.getByRole('option', { name: new RegExp(`^${name}`) }).click();
}

/** Sets a non-default value in every control of the event form. */
async function fillEverything(page: Page, form: EventFormPage, o: { title: string; year: string }) {
  const f = form.form;
  const suffix = uniq();
  await form.field('Title').fill(o.title);
  await form.field('Kind').selectOption({ label: 'Birth' });
  const categories = await form
    .field('Category')
    .locator('option')
    .evaluateAll((os) => os.map((x) => (x as HTMLOptionElement).value).filter(Boolean));
  await form.field('Category').selectOption(categories[1] ?? categories[0] ?? '');
  await form.field('URL slug').fill(`every-control-${suffix}`);

  await form.field('Year').fill(o.year);
  await form.field('Month').selectOption('5');
  await form.field('Known to the').first().selectOption({ label: 'Month' });
  await form.field('Calendar').selectOption({ label: 'Julian (as recorded)' });
  await f.getByLabel('Approximate (circa)').check();
  await f.getByText('Ends on a later date (a span)').click();
  await form.field('End year').fill(String(Number(o.year) + 1));
  await form.field('End month').selectOption('3');
  await f.getByLabel('Known to the').nth(1).selectOption({ label: 'Month' });

  await form.field('Location').fill('Gdańsk, Poland');
  await form.field('Latitude').fill('54.35');
  await form.field('Longitude').fill('18.65');

  await form
    .field('Summary')
    .fill('Every control of the form holds a value that is not its default.');
  await form.field('Key points').fill('The first point\nThe second point');
  await form.field('What happened, and why it matters').fill('## What happened\n\nA **test**.');
  await form.field('Fun fact').fill('Written by a *browser*.');
  await form.field('Further reading').fill('- [A book](https://example.org/book)');

  await form.field('Image address').fill(`https://example.org/${suffix}.jpg`);
  await form.field('Image description (alt text)').fill('A test image');
  await form.field('Credit').fill('The tester');

  // People in a chosen order, each with a role; one is new (created on save).
  await pickPerson(f, 'Ramsay MacDonald');
  await form.addNewPerson(`Ada Everyfield ${suffix}`);
  await pickPerson(f, 'Maxim Litvinov');
  await f.getByRole('button', { name: 'Move Maxim Litvinov up' }).click();
  await f.getByLabel('Role of Ramsay MacDonald').fill('Prime Minister');
  await f.getByLabel('Role of Maxim Litvinov').fill('Diplomat');
  await f.getByLabel(`Role of Ada Everyfield ${suffix}`).fill('Witness');

  // Tags in alphabetical order, the order the event lists them in once saved.
  await form.addNewTag(`Alpha ${suffix}`);
  await form.addNewTag(`Beta ${suffix}`);

  // References, the second moved up.
  await form.addReference(1, { title: 'First source', url: `https://example.org/a/${suffix}` });
  await form.addReference(2, { title: 'Second source', url: `https://example.org/b/${suffix}` });
  await f.getByLabel('Publisher of reference 2', { exact: true }).fill('The Publisher');
  await f.getByLabel('Accessed of reference 2', { exact: true }).fill('2026-01-15');
  await f.getByRole('button', { name: 'Move reference 2 up' }).click();

  // Links, each with a type that is not the default "Related to".
  await form.linkEvent('Italy recognises the Soviet Union', 'Led to');
  await form.linkEvent('Mexico establishes diplomatic relations with the Soviet Union', 'Includes');

  await form.setStatus('Scheduled');
  const at = new Date(Date.now() + 30 * 86_400_000);
  await form.field('Publish at (UTC)').fill(at.toISOString().slice(0, 16));
  await f.getByLabel('Featured on its day’s page').check();
  await form.setNote('Set every control');
}

test('a refused save keeps every control, and the one-click retries store what was shown', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  await signIn(page, 'editor');
  const suffix = uniq();
  const { year } = randomDate();
  const title = `Every control survives ${suffix}`;

  // An event the new one resembles (same date, nearly the same title): the duplicate warning.
  const twin = new EventFormPage(page);
  await twin.gotoNew();
  await twin.fillBasics({ title, year, month: '5', day: '1', summary: 'The twin.' });
  await twin.field('Known to the').first().selectOption({ label: 'Month' });
  await twin.field('Day').fill('');
  await twin.create();

  const form = new EventFormPage(page);
  await form.gotoNew();
  await fillEverything(page, form, { title: `${title}!`, year });

  // 1. A field error: the longitude is missing.
  await form.field('Longitude').fill('');
  const withError = await controls(form.form);
  await form.form.getByRole('button', { name: 'Create event' }).click();
  // (The server's answer, not the live check made when the field was left.)
  await expect(form.form.getByText('Check the highlighted fields.')).toBeVisible();
  await expect(form.form.getByText('Enter the longitude too, or neither')).toBeVisible();
  expect(await controls(form.form)).toEqual(withError);

  // 2. The duplicate warning, then "save anyway".
  await form.field('Longitude').fill('18.65');
  const shown = await controls(form.form);
  await form.form.getByRole('button', { name: 'Create event' }).click();
  const anyway = form.form.getByRole('button', { name: 'It is a different event: save anyway' });
  await expect(anyway).toBeVisible();
  expect(await controls(form.form)).toEqual(shown);
  await anyway.click();
  await expect(page).toHaveURL(/\/editor\/events\/\d+\?saved=created/);
  const id = Number(/\/editor\/events\/(\d+)/.exec(page.url())?.[1]);
  await expect(form.form.getByLabel(/^How this event relates to Italy/)).toHaveValue('led_to:from');
  expect(asSaved(await controls(form.form))).toEqual(asSaved(shown));

  // 3. An edit conflict, then "save mine anyway".
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signIn(otherPage, 'admin');
  const theirs = new EventFormPage(otherPage);
  await theirs.gotoEdit(id);
  await theirs.field('Location').fill('Danzig');
  await theirs.saveChanges();
  await other.close();

  await form.form
    .getByLabel(/^How this event relates to Mexico/)
    .selectOption({ label: 'Same story as' });
  await form.form.getByLabel('Role of Maxim Litvinov').fill('People’s Commissar');
  await form.setNote('Mine');
  const mine = await controls(form.form);
  await form.save();
  const replace = form.form.getByRole('button', {
    name: 'Save mine anyway, replacing their changes',
  });
  await expect(replace).toBeVisible();
  expect(await controls(form.form)).toEqual(mine);

  // Enter in a field is the main button, never "save mine anyway": still refused, nothing replaced.
  const answered = page.waitForResponse((r) => r.request().method() === 'POST');
  await form.field('Title').press('Enter');
  await answered;
  await expect(replace).toBeVisible();
  expect(page.url()).not.toContain('saved=updated');
  expect(await controls(form.form)).toEqual(mine);

  // A refusal after a refusal changes nothing either.
  await form.field('Latitude').fill('');
  const again = await controls(form.form);
  await replace.click();
  await expect(form.form.getByText('Check the highlighted fields.')).toBeVisible();
  await expect(form.form.getByText('Enter the latitude too, or neither')).toBeVisible();
  // (Only the version moves on: the editor chose to replace the current one.)
  const withoutVersion = (list: Control[]) => list.filter((c) => c.name !== 'version');
  expect(withoutVersion(await controls(form.form))).toEqual(withoutVersion(again));
  await form.field('Latitude').fill('54.35');
  const final = await controls(form.form);
  await form.save();
  await expect(page).toHaveURL(/saved=updated/);
  await form.gotoEdit(id);
  expect(asSaved(await controls(form.form))).toEqual(asSaved(final));
  await expect(form.field('Location')).toHaveValue('Gdańsk, Poland');
});

test('users: a refused new user keeps its role; a role change shows the new role', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await signIn(page, 'admin', { callbackUrl: '/admin/users' });
  const suffix = uniq();
  const create = page.getByRole('form', { name: 'Add a user' });
  await create.getByLabel('Name').fill(`Refused ${suffix}`);
  await create.getByLabel('Email').fill('editor@e2e.almanac.test');
  await create.getByLabel('Role').selectOption('admin');
  await create.getByLabel('Initial password (optional)').fill('a long enough password');
  await create.getByRole('button', { name: 'Create user' }).click();
  await expect(create.getByText(/already/).first()).toBeVisible();
  await expect(create.getByLabel('Name')).toHaveValue(`Refused ${suffix}`);
  await expect(create.getByLabel('Email')).toHaveValue('editor@e2e.almanac.test');
  await expect(create.getByLabel('Role')).toHaveValue('admin');
  await expect(create.getByLabel('Initial password (optional)')).toHaveValue(
    'a long enough password',
  );

  // Created: a fresh form.
  const name = `Role change ${suffix}`;
  await create.getByLabel('Name').fill(name);
  await create.getByLabel('Email').fill(`role-${suffix}@e2e.almanac.test`);
  await create.getByLabel('Role').selectOption('editor');
  await create.getByRole('button', { name: 'Create user' }).click();
  await expect(page.getByText(`Created ${name}`)).toBeVisible();
  await expect(create.getByLabel('Name')).toHaveValue('');
  await expect(create.getByLabel('Role')).toHaveValue('editor');

  // The row's role select shows the role the user has after the change.
  const role = page.getByLabel(`Role for ${name}`);
  await role.selectOption('admin');
  await page.getByRole('button', { name: `Change role for ${name}` }).click();
  await expect(page.getByText(`${name} is now an admin.`)).toBeVisible();
  await expect(role).toHaveValue('admin');
  await page.reload();
  await expect(page.getByLabel(`Role for ${name}`)).toHaveValue('admin');
});

test('bulk publish names each event it did not publish, and why, and keeps it selected', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await signIn(page, 'editor');
  const suffix = uniq();
  const form = new EventFormPage(page);
  const draft = async (title: string, summary: string) => {
    await form.gotoNew();
    await form.fillBasics({ title, ...randomDate(), summary });
    return form.create();
  };
  const withSummary = `Bulk ready ${suffix}`;
  const without = `Bulk unready ${suffix}`;
  await draft(withSummary, 'Ready to go.');
  await draft(without, '');

  await page.goto(`/editor/events?q=${suffix}`);
  const list = page.getByRole('form', { name: 'Selected events' });
  await list.getByLabel(`Select “${withSummary}”`).check();
  await list.getByLabel(`Select “${without}”`).check();
  await list.getByRole('button', { name: 'Publish', exact: true }).click();
  const notice = list.getByRole('alert');
  await expect(notice).toContainText('Published 1 event. 1 event not published:');
  await expect(notice.getByRole('listitem')).toHaveText(`${without}: it needs a summary.`);
  await expect(notice.getByRole('link', { name: without })).toBeVisible();
  await expect(list.getByLabel(`Select “${without}”`)).toBeChecked();
  await expect(list.getByLabel(`Select “${withSummary}”`)).not.toBeChecked();
  await expect(
    list.getByRole('row', { name: new RegExp(withSummary) }).getByText('Published'),
  ).toBeVisible();
});

test('a person merged away while the form is open is named in the refusal; hidden controls in a title are refused', async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  await signIn(page, 'editor');
  const suffix = uniq();
  const form = new EventFormPage(page);
  await form.gotoNew();
  await form.fillBasics({
    title: `Merged away ${suffix}`,
    ...randomDate(),
    summary: 'Two people.',
  });
  await form.addNewPerson(`Duplicate Dora ${suffix}`);
  await form.addNewPerson(`Dora Original ${suffix}`);
  const id = await form.create();
  await form.gotoEdit(id);

  // Meanwhile someone merges the duplicate into the original.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signIn(otherPage, 'editor');
  await otherPage.goto(`/editor/people?q=${encodeURIComponent(`Duplicate Dora ${suffix}`)}`);
  await otherPage
    .getByRole('link', { name: `Duplicate Dora ${suffix}` })
    .first()
    .click();
  await otherPage.getByLabel('Slug of the person to keep').fill(`dora-original-${suffix}`);
  await otherPage.getByRole('button', { name: 'Merge' }).click();
  await answerConfirm(otherPage, {
    title: `Merge Duplicate Dora ${suffix} into dora-original-${suffix}?`,
  });
  await expect(otherPage).toHaveURL(/\/editor\/people(\?|$)/);
  await other.close();

  await form.field('Title').fill(`Merged away ${suffix} (edited)`);
  await form.save();
  await expect(form.form.getByText('Check the highlighted fields.')).toBeVisible();
  await expect(
    form.form.getByText(
      `“Duplicate Dora ${suffix}” was merged into “Dora Original ${suffix}” after this form was opened: remove this row, and add Dora Original ${suffix} if they belong here`,
    ),
  ).toBeVisible();
  await form.form.getByRole('button', { name: `Remove Duplicate Dora ${suffix}` }).click();

  // A title with a right-to-left override is refused where it is typed.
  await form.field('Title').fill(`Merged away ${suffix} \u202Edetide`);
  await form.save();
  await expect(
    form.form.getByText(
      'Remove the invisible control character (U+202E): it changes how the text is shown',
    ),
  ).toBeVisible();
  await expect(form.field('Title')).toHaveAttribute('aria-invalid', 'true');
  await form.field('Title').fill(`Merged away ${suffix} (edited)`);
  await form.saveChanges();
  await form.gotoEdit(id);
  await expect(form.form.getByLabel(`Role of Dora Original ${suffix}`)).toBeVisible();
  await expect(form.form.getByLabel(`Role of Duplicate Dora ${suffix}`)).toHaveCount(0);
});
