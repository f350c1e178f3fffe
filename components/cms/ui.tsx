import type { ReactNode } from 'react';

/** Shared class names and small pieces of the CMS look (server-safe: no hooks). */
export const inputClass =
  'block rounded-md border border-stone-300 bg-white px-3 py-2 text-base text-stone-900 shadow-sm placeholder:text-stone-400 focus:border-amber-600 focus:outline-none focus:ring-2 focus:ring-amber-500/40 aria-[invalid=true]:border-red-600 disabled:opacity-60 sm:text-sm dark:border-stone-600 dark:bg-stone-900 dark:text-stone-100 dark:aria-[invalid=true]:border-red-400';

export const labelClass = 'block text-sm font-medium text-stone-800 dark:text-stone-200';
export const hintClass = 'mt-1 text-xs text-stone-500 dark:text-stone-400';

const buttonBase =
  'inline-flex items-center justify-center gap-2 whitespace-nowrap rounded-md px-3.5 py-2 text-sm font-semibold transition-colors focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-amber-500 focus-visible:ring-offset-2 focus-visible:ring-offset-white disabled:cursor-not-allowed disabled:opacity-60 dark:focus-visible:ring-offset-stone-950';
export const buttonClass = {
  primary: `${buttonBase} bg-stone-900 text-white hover:bg-stone-700 dark:bg-stone-100 dark:text-stone-900 dark:hover:bg-white`,
  secondary: `${buttonBase} border border-stone-300 bg-white text-stone-800 hover:bg-stone-100 dark:border-stone-600 dark:bg-stone-900 dark:text-stone-100 dark:hover:bg-stone-800`,
  danger: `${buttonBase} border border-red-300 bg-white text-red-700 hover:bg-red-50 dark:border-red-800 dark:bg-stone-900 dark:text-red-300 dark:hover:bg-red-950`,
  ghost: `${buttonBase} text-stone-700 hover:bg-stone-200/70 dark:text-stone-200 dark:hover:bg-stone-800`,
} as const;

const tones = {
  error:
    'border-red-300 bg-red-50 text-red-900 dark:border-red-800 dark:bg-red-950/60 dark:text-red-100',
  success:
    'border-emerald-300 bg-emerald-50 text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950/60 dark:text-emerald-100',
  info: 'border-sky-300 bg-sky-50 text-sky-900 dark:border-sky-800 dark:bg-sky-950/60 dark:text-sky-100',
} as const;

export function Notice({
  tone,
  children,
  id,
}: {
  tone: keyof typeof tones;
  children: ReactNode;
  id?: string;
}) {
  return (
    <div
      id={id}
      role={tone === 'error' ? 'alert' : 'status'}
      className={`rounded-md border px-3.5 py-2.5 text-sm ${tones[tone]}`}
    >
      {children}
    </div>
  );
}

export function FieldErrors({ id, errors }: { id: string; errors: readonly string[] | undefined }) {
  if (!errors?.length) return null;
  return (
    <p id={id} className="mt-1 text-sm text-red-700 dark:text-red-300">
      {errors.join(' ')}
    </p>
  );
}

export function Card({ children, className = '' }: { children: ReactNode; className?: string }) {
  return (
    <section
      className={`rounded-lg border border-stone-200 bg-white p-5 shadow-sm dark:border-stone-800 dark:bg-stone-900 ${className}`}
    >
      {children}
    </section>
  );
}

/** A password shown once, right after it was generated: selectable, never stored anywhere readable. */
export function OneTimePassword({ password, label }: { password: string; label: string }) {
  return (
    <div className="mt-2">
      <p className="text-sm">{label}</p>
      <code className="mt-1 inline-block rounded bg-stone-900 px-2.5 py-1.5 font-mono text-base tracking-wide text-white select-all dark:bg-black">
        {password}
      </code>
      <p className="mt-1 text-xs opacity-80">It is shown only this once: pass it on securely.</p>
    </div>
  );
}
