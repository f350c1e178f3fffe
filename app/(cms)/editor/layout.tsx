import type { ReactNode } from 'react';
import { CmsShell } from '@/components/cms/cms-shell';
import { signOut } from '../actions';

export default function EditorLayout({ children }: { children: ReactNode }) {
  return <CmsShell signOutAction={signOut}>{children}</CmsShell>;
}
