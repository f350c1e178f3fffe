import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AdminForm } from '@/components/cms/admin-form';
import { ForbiddenNotice } from '@/components/cms/forbidden-notice';
import { Card, Notice } from '@/components/cms/ui';
import { getPersonForEditor } from '@/db/store';
import { authorizePage } from '@/server/cms-auth';
import { noticeText, readNotice } from '../../../admin/categories/form-state';
import { mergePeopleAction, updatePersonAction } from '../actions';

export const metadata: Metadata = { title: 'Edit person' };

const s = (n: number | null) => (n === null ? '' : String(n));

export default async function EditPersonPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id: rawId } = await params;
  const me = await authorizePage('editor', `/editor/people/${rawId}`);
  if (!me) return <ForbiddenNotice required="editor" />;
  const id = Number(rawId);
  if (!Number.isInteger(id)) notFound();
  const [person, query] = await Promise.all([getPersonForEditor(me, id), searchParams]);
  if (!person) notFound();
  const notice = noticeText(readNotice(query, ['person-saved']), person.name);
  const num = { inputMode: 'numeric' as const, maxLength: 6, className: '' };

  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm">
          <Link
            href="/editor/people"
            className="text-amber-800 hover:underline dark:text-amber-300"
          >
            ← People
          </Link>
        </p>
        <h1 className="mt-1 text-2xl font-semibold tracking-tight">{person.name}</h1>
        <p className="mt-1 text-stone-600 dark:text-stone-400">
          {person.eventCount} {person.eventCount === 1 ? 'event' : 'events'} ·{' '}
          <Link href={`/people/${person.slug}`} className="hover:underline">
            /people/{person.slug}
          </Link>
        </p>
      </div>
      {notice && <Notice tone="success">{notice}</Notice>}
      <div className="grid items-start gap-6 lg:grid-cols-3">
        <Card className="lg:col-span-2">
          <h2 id="edit-person-heading" className="text-lg font-semibold">
            Details
          </h2>
          <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
            Dates may be partial (a year, or a year and month). Years BCE are negative: −44 is 44
            BCE.
          </p>
          <div className="mt-4">
            <AdminForm
              action={updatePersonAction.bind(null, person.id)}
              idPrefix="edit-person"
              labelledBy="edit-person-heading"
              submitLabel="Save person"
              pendingLabel="Saving…"
              layout="grid"
              fields={[
                {
                  name: 'name',
                  label: 'Name',
                  required: true,
                  maxLength: 120,
                  defaultValue: person.name,
                },
                {
                  name: 'slug',
                  label: 'Slug',
                  maxLength: 80,
                  defaultValue: person.slug,
                  hint: 'The page is /people/<slug>.',
                },
                {
                  name: 'description',
                  label: 'Description',
                  type: 'textarea',
                  maxLength: 300,
                  defaultValue: person.description,
                  className: 'sm:col-span-2',
                },
                {
                  name: 'birthYear',
                  label: 'Birth year',
                  defaultValue: s(person.birthYear),
                  ...num,
                },
                {
                  name: 'birthMonth',
                  label: 'Birth month (1–12)',
                  defaultValue: s(person.birthMonth),
                  ...num,
                },
                { name: 'birthDay', label: 'Birth day', defaultValue: s(person.birthDay), ...num },
                {
                  name: 'deathYear',
                  label: 'Death year',
                  defaultValue: s(person.deathYear),
                  ...num,
                },
                {
                  name: 'deathMonth',
                  label: 'Death month (1–12)',
                  defaultValue: s(person.deathMonth),
                  ...num,
                },
                { name: 'deathDay', label: 'Death day', defaultValue: s(person.deathDay), ...num },
                {
                  name: 'referenceUrl',
                  label: 'Reference URL',
                  type: 'url',
                  maxLength: 500,
                  defaultValue: person.referenceUrl ?? '',
                  className: 'sm:col-span-2',
                },
              ]}
            />
          </div>
        </Card>
        <Card>
          <h2 id="merge-person-heading" className="text-lg font-semibold">
            Merge into another person
          </h2>
          <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
            For a duplicate: its events move to the person you name, who keeps their own details,
            and {person.name} is deleted.
          </p>
          <div className="mt-4">
            <AdminForm
              action={mergePeopleAction.bind(null, person.id)}
              idPrefix="merge-person"
              labelledBy="merge-person-heading"
              submitLabel="Merge"
              pendingLabel="Merging…"
              variant="danger"
              confirm={{
                title: `Merge ${person.name} into {targetSlug}?`,
                body: `Their events move to the person with the slug {targetSlug}, and ${person.name} is deleted. This cannot be undone.`,
                confirmLabel: 'Merge',
              }}
              fields={[
                {
                  name: 'targetSlug',
                  label: 'Slug of the person to keep',
                  required: true,
                  maxLength: 80,
                  hint: 'As shown in the people list, e.g. vladimir-lenin.',
                },
              ]}
            />
          </div>
        </Card>
      </div>
    </div>
  );
}
