import type { z } from 'zod';
import type { AdminFormState } from '@/components/cms/admin-form';

// Shared by the taxonomy admin actions (categories, tags, people): reading form fields, and the
// notice shown after the redirect (lib/notices.ts). Refusals are server/action.ts's (echoing).

export type { AdminFormState };

function formText(formData: FormData, key: string): string {
  const value = formData.get(key);
  return typeof value === 'string' ? value : '';
}

export function formValues<K extends string>(
  formData: FormData,
  keys: readonly K[],
): Record<K, string> {
  return Object.fromEntries(keys.map((k) => [k, formText(formData, k)])) as Record<K, string>;
}

/** Zod issues as the form shows them: messages by top-level field. */
export function fieldErrors(error: z.ZodError): Partial<Record<string, string[]>> {
  const out: Partial<Record<string, string[]>> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? '_');
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

export { noticeText, readNotice, withNotice } from '@/lib/notices';
