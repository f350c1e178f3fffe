'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getReportableEvent, submitCorrectionReport } from '@/db/queries/corrections';
import { throttleKey } from '@/lib/auth/client-address';
import { requestClientAddress } from '@/server/client-address';
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

  const address = throttleKey(requestClientAddress(await headers()));
  const result = submitCorrectionReport({
    eventId: event.id,
    input: checked.input,
    addressHash: hashAddress({ secret, address }),
    formTokenId: token.tokenId,
    now,
  });
  if (!result.ok) {
    if (result.reason === 'already-sent')
      return {
        values,
        at: now,
        // A new form: whoever sent it can still send a genuinely new report.
        token: createFormToken({ secret, eventId: event.id, now }),
        message:
          'This report has already been sent, thank you. To report something else, change the text and send the form again.',
      };
    return {
      values,
      at: now,
      message:
        result.reason === 'throttled'
          ? 'We have received many reports from you or about this event recently. Please try again later.'
          : 'This event is no longer available for reports.',
    };
  }
  redirect(thanks);
}
