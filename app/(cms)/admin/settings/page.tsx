import type { Metadata } from 'next';
import { ForbiddenNotice } from '@/components/cms/forbidden-notice';
import { SettingsForm } from '@/components/cms/settings-form';
import { Card } from '@/components/cms/ui';
import { getSiteSettings } from '@/db/store';
import { authorizePage } from '@/server/cms-auth';
import { saveSettingsAction } from './actions';

export const metadata: Metadata = { title: 'Settings' };

const timeFormat = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'UTC',
});

export default async function AdminSettingsPage() {
  const me = await authorizePage('admin', '/admin/settings');
  if (!me) return <ForbiddenNotice required="admin" />;
  const settings = await getSiteSettings(me);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Settings</h1>
        <p className="mt-1 text-stone-600 dark:text-stone-400">For the whole site.</p>
      </div>
      <Card>
        <h2 className="text-lg font-semibold">Review before publish</h2>
        <div className="mt-3">
          <SettingsForm action={saveSettingsAction} reviewRequired={settings.reviewRequired} />
        </div>
        {settings.reviewChanged && (
          <p className="mt-4 text-xs text-stone-500 dark:text-stone-400">
            Last changed {timeFormat.format(settings.reviewChanged.at)} UTC
            {settings.reviewChanged.byName ? ` by ${settings.reviewChanged.byName}` : ''}.
          </p>
        )}
      </Card>
    </div>
  );
}
