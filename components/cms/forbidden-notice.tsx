import Link from 'next/link';
import type { UserRole } from '@/lib/auth/roles';
import { ROLE_LABELS } from '@/lib/auth/roles';

/** What a signed-in user sees on a CMS page their role does not open. */
export function ForbiddenNotice({ required }: { required: UserRole }) {
  return (
    <div className="mx-auto max-w-lg py-16 text-center">
      <p className="text-sm font-semibold tracking-wide text-amber-700 uppercase dark:text-amber-400">
        403 · Not allowed
      </p>
      <h1 className="mt-2 text-2xl font-semibold">
        This page is for {ROLE_LABELS[required].toLowerCase()}s
      </h1>
      <p className="mt-3 text-stone-600 dark:text-stone-300">
        Your account does not have the {ROLE_LABELS[required].toLowerCase()} role. If you need it,
        ask an admin.
      </p>
      <p className="mt-6">
        <Link
          href="/editor"
          className="font-medium text-amber-800 underline underline-offset-4 hover:text-amber-950 dark:text-amber-300"
        >
          Back to the dashboard
        </Link>
      </p>
    </div>
  );
}
