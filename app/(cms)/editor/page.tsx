import type { Metadata } from 'next';
import Link from 'next/link';
import { ForbiddenNotice } from '@/components/cms/forbidden-notice';
import { ReviewQueue } from '@/components/cms/review-queue';
import { getDashboardCounts } from '@/db/store';
import { hasRole, ROLE_LABELS } from '@/lib/auth/roles';
import { authorizePage } from '@/server/cms-auth';

export const metadata: Metadata = { title: 'Dashboard' };

const numberFormat = new Intl.NumberFormat('en');

export default async function EditorDashboardPage() {
  const user = await authorizePage('editor', '/editor');
  if (!user) return <ForbiddenNotice required="editor" />;
  const counts = await getDashboardCounts(user);

  const figures = [
    { label: 'Drafts', value: counts.drafts, hint: 'not scheduled' },
    { label: 'Scheduled', value: counts.scheduled, hint: 'drafts with a publish time' },
    { label: 'Published', value: counts.published, hint: 'visible to readers' },
    { label: 'Open corrections', value: counts.openCorrections, hint: 'reader reports to review' },
  ];

  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Dashboard</h1>
        <p className="mt-1 text-stone-600 dark:text-stone-400">
          Signed in as{' '}
          <span className="font-medium text-stone-900 dark:text-stone-100">{user.name}</span> (
          {user.email}) · {ROLE_LABELS[user.role]}
        </p>
      </div>

      <ReviewQueue user={user} />

      <section aria-labelledby="content-heading">
        <h2
          id="content-heading"
          className="font-sans text-sm font-semibold tracking-wide text-stone-500 uppercase dark:text-stone-400"
        >
          Content
        </h2>
        <dl className="mt-3 grid grid-cols-2 gap-3 lg:grid-cols-4">
          {figures.map((f) => (
            <div
              key={f.label}
              className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm dark:border-stone-800 dark:bg-stone-900"
            >
              <dt className="text-sm font-medium text-stone-600 dark:text-stone-300">{f.label}</dt>
              <dd className="mt-1 text-3xl font-semibold tabular-nums">
                {numberFormat.format(f.value)}
              </dd>
              <dd className="mt-0.5 text-xs text-stone-500 dark:text-stone-400">{f.hint}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="events-heading">
        <h2
          id="events-heading"
          className="font-sans text-sm font-semibold tracking-wide text-stone-500 uppercase dark:text-stone-400"
        >
          Events
        </h2>
        <ul className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          {[
            {
              href: '/editor/events',
              label: 'All events',
              hint: 'Filter, search, publish in bulk',
            },
            { href: '/editor/events/new', label: 'New event', hint: 'Write a new entry' },
            {
              href: '/editor/events?status=scheduled&sort=date',
              label: 'Scheduled',
              hint: 'Drafts waiting for their time',
            },
            { href: '/editor/events/trash', label: 'Trash', hint: 'Restore what was thrown away' },
            {
              href: '/editor/corrections',
              label: 'Corrections',
              hint: `${numberFormat.format(counts.openCorrections)} open reader reports`,
            },
          ].map((l) => (
            <li key={l.href}>
              <Link
                href={l.href}
                className="block rounded-lg border border-stone-200 bg-white p-4 shadow-sm hover:border-amber-500 dark:border-stone-800 dark:bg-stone-900 dark:hover:border-amber-500"
              >
                <span className="font-medium text-stone-900 dark:text-stone-100">{l.label}</span>
                <span className="mt-0.5 block text-sm text-stone-600 dark:text-stone-400">
                  {l.hint}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      {hasRole(user.role, 'admin') && (
        <section aria-labelledby="admin-heading">
          <h2
            id="admin-heading"
            className="font-sans text-sm font-semibold tracking-wide text-stone-500 uppercase dark:text-stone-400"
          >
            Administration
          </h2>
          <ul className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
            <li>
              <Link
                href="/admin/settings"
                className="block rounded-lg border border-stone-200 bg-white p-4 shadow-sm hover:border-amber-500 dark:border-stone-800 dark:bg-stone-900 dark:hover:border-amber-500"
              >
                <span className="font-medium text-stone-900 dark:text-stone-100">Settings</span>
                <span className="mt-0.5 block text-sm text-stone-600 dark:text-stone-400">
                  Review before publish, for the whole site
                </span>
              </Link>
            </li>
            <li>
              <Link
                href="/admin/users"
                className="block rounded-lg border border-stone-200 bg-white p-4 shadow-sm hover:border-amber-500 dark:border-stone-800 dark:bg-stone-900 dark:hover:border-amber-500"
              >
                <span className="font-medium text-stone-900 dark:text-stone-100">Users</span>
                <span className="mt-0.5 block text-sm text-stone-600 dark:text-stone-400">
                  Create accounts, change roles, disable, reset passwords
                </span>
              </Link>
            </li>
          </ul>
        </section>
      )}
    </div>
  );
}
