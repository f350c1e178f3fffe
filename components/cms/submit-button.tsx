'use client';

import type { ReactNode } from 'react';
import { useFormStatus } from 'react-dom';
import { buttonClass } from './ui';

/** A submit button that is disabled (and says so) while its form is being sent. */
export function SubmitButton({
  children,
  pendingLabel,
  variant = 'primary',
  className = '',
  disabled = false,
}: {
  children: ReactNode;
  pendingLabel: string;
  variant?: keyof typeof buttonClass;
  className?: string;
  disabled?: boolean;
}) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending || disabled}
      aria-disabled={pending || disabled}
      className={`${buttonClass[variant]} ${className}`}
    >
      {pending ? pendingLabel : children}
    </button>
  );
}
