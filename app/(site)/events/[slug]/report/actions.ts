'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getReportableEvent, submitCorrectionReport } from '@/db/queries/corrections';
import { clientAddress } from '@/lib/auth/throttle';
import { sitePaths } from '@/lib/site-urls';
import {
  checkFormToken,
  createFormToken,
  hashAddress,
  validateReport,
  type ReportValues,
} from '@/lib/validation/correction';
import type { ReportFormState } from './form-state';
import { reportSecret } from './report-secret';

const text = (formData: FormData, name: string): string => {
  const v = formData.get(name);
  return typeof v === 'string' ? v : '';
};

/**
 * The public "Report an error" form (no sign-in): honeypot, signed minimum fill time, zod limits,
 * throttling per address hash and per event; then the thank-you page.
 */
export async function submitReportAction(
  slug: string,
  _prev: ReportFormState,
  formData: FormData,
): Promise<ReportFormState> {
  const event = getReportableEvent(slug);
  if (!event) return { message: 'This event is no longer available for reports.', at: Date.now() };
  const values: ReportValues = {
    description: text(formData, 'description'),
    suggestedSource: text(formData, 'suggestedSource'),
    contact: text(formData, 'contact'),
  };
  const secret = reportSecret();
  const now = Date.now();
  const thanks = `${sitePaths.event(event.slug)}/report/thanks`;

  // A filled honeypot is a bot: it is shown the thank-you page and nothing is stored.
  if (text(formData, 'website') !== '') redirect(thanks);

  const token = checkFormToken({ token: text(formData, 'token'), secret, eventId: event.id, now });
  if (!token.ok) {
    return {
      values,
      at: now,
      token: createFormToken({ secret, eventId: event.id, now }),
      message:
        token.reason === 'too-fast'
          ? 'That was quick! Please check your report and send it again.'
          : 'This form has expired. Please send it again.',
    };
  }

  const checked = validateReport(values);
  if (!checked.ok)
    return {
      values,
      errors: checked.errors,
      at: now,
      message: 'Please correct the highlighted fields.',
    };

  const h = await headers();
  const address = clientAddress({
    'x-forwarded-for': h.get('x-forwarded-for') ?? undefined,
    'x-real-ip': h.get('x-real-ip') ?? undefined,
  });
  const result = submitCorrectionReport({
    eventId: event.id,
    input: checked.input,
    addressHash: hashAddress({ secret, address }),
    now,
  });
  if (!result.ok)
    return {
      values,
      at: now,
      message:
        result.reason === 'throttled'
          ? 'We have received many reports from you or about this event recently. Please try again later.'
          : 'This event is no longer available for reports.',
    };
  redirect(thanks);
}
