import type { ReactNode } from 'react';
import { verifySession } from '@/server/session';
import { CmsHeader } from './cms-header';

/**
 * The frame of the signed-in CMS pages. It only displays the user: each page still checks the role
 * itself, because a layout is not re-run on every navigation.
 */
export async function CmsShell({
  children,
  signOutAction,
}: {
  children: ReactNode;
  signOutAction: () => Promise<void>;
}) {
  const user = await verifySession();
  return (
    <>
      <a
        href="#main"
        className="sr-only rounded-md bg-white px-3 py-2 text-sm font-medium focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-10 dark:bg-stone-900"
      >
        Skip to content
      </a>
      <CmsHeader user={user} signOutAction={signOutAction} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-8 sm:px-6">
        {children}
      </main>
    </>
  );
}
