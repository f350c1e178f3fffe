import type { Metadata } from 'next';
import { CreateUserForm } from '@/components/cms/create-user-form';
import { ForbiddenNotice } from '@/components/cms/forbidden-notice';
import { Card } from '@/components/cms/ui';
import { UserRowActions } from '@/components/cms/user-row-actions';
import { listUsers } from '@/db/store';
import { ROLE_LABELS } from '@/lib/auth/roles';
import { authorizePage } from '@/server/cms-auth';
import {
  changeRoleAction,
  createUserAction,
  resetPasswordAction,
  setDisabledAction,
} from './actions';

export const metadata: Metadata = { title: 'Users' };

const dateTime = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'UTC',
});

export default async function AdminUsersPage() {
  const me = await authorizePage('admin', '/admin/users');
  if (!me) return <ForbiddenNotice required="admin" />;
  const users = await listUsers(me);
  const activeAdmins = users.filter((u) => u.role === 'admin' && !u.disabled).length;

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Users</h1>
        <p className="mt-1 max-w-3xl text-stone-600 dark:text-stone-400">
          Editors write and publish events; reviewers also approve what waits for review (see
          Settings); admins also manage users and settings. Disabling a user or resetting their
          password signs them out at once. There is always at least one active admin.
        </p>
      </div>

      <div className="grid items-start gap-6 lg:grid-cols-3">
        <section aria-labelledby="user-list-heading" className="lg:col-span-2">
          <h2 id="user-list-heading" className="sr-only">
            All users
          </h2>
          <ul className="divide-y divide-stone-200 overflow-hidden rounded-lg border border-stone-200 bg-white shadow-sm dark:divide-stone-800 dark:border-stone-800 dark:bg-stone-900">
            {users.map((user) => {
              const nameId = `user-${user.id}-name`;
              return (
                <li key={user.id} aria-labelledby={nameId} className="space-y-3 p-4 sm:p-5">
                  <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-1">
                    <div className="min-w-0">
                      <p id={nameId} className="font-medium">
                        {user.name}
                        {user.id === me.id && (
                          <span className="ml-1.5 text-sm font-normal text-stone-500 dark:text-stone-400">
                            (you)
                          </span>
                        )}
                      </p>
                      <p className="truncate text-sm text-stone-600 dark:text-stone-400">
                        {user.email}
                      </p>
                    </div>
                    <div className="flex flex-wrap gap-1.5 text-xs font-medium">
                      <span
                        className={`rounded-full px-2 py-0.5 ${user.role === 'admin' ? 'bg-amber-100 text-amber-900 dark:bg-amber-900/50 dark:text-amber-100' : 'bg-stone-100 text-stone-700 dark:bg-stone-800 dark:text-stone-200'}`}
                      >
                        {ROLE_LABELS[user.role]}
                      </span>
                      <span
                        className={`rounded-full px-2 py-0.5 ${user.disabled ? 'bg-red-100 text-red-800 dark:bg-red-950 dark:text-red-200' : 'bg-emerald-100 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-200'}`}
                      >
                        {user.disabled ? 'Disabled' : 'Active'}
                      </span>
                    </div>
                  </div>
                  <p className="text-xs text-stone-500 dark:text-stone-400">
                    Last sign-in:{' '}
                    {user.lastLoginAt ? `${dateTime.format(user.lastLoginAt)} UTC` : 'never'} ·
                    Added {dateTime.format(user.createdAt)} UTC
                    {user.role === 'admin' &&
                      !user.disabled &&
                      activeAdmins === 1 &&
                      ' · the only active admin'}
                  </p>
                  <UserRowActions
                    userId={user.id}
                    userName={user.name}
                    role={user.role}
                    disabled={user.disabled}
                    isSelf={user.id === me.id}
                    changeRole={changeRoleAction.bind(null, user.id)}
                    setDisabled={setDisabledAction.bind(null, user.id)}
                    resetPassword={resetPasswordAction.bind(null, user.id)}
                  />
                </li>
              );
            })}
          </ul>
        </section>

        <Card>
          <h2 id="create-user-heading" className="text-lg font-semibold">
            Add a user
          </h2>
          <div className="mt-4">
            <CreateUserForm action={createUserAction} />
          </div>
        </Card>
      </div>
    </div>
  );
}
