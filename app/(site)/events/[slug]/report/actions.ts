'use server';

import { headers } from 'next/headers';
import { getReportableEvent, submitCorrectionReport } from '@/db/store';
import { throttleKey } from '@/lib/auth/client-address';
import { fail, type Failure } from '@/lib/failure';
import { serverAction } from '@/server/action';
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

/** A refused report: its message and errors, a new form token when it needs one, what was typed. */
type Refused = Failure & { token?: string };

/**
 * The public "Report an error" form (no sign-in): honeypot, signed minimum fill time, zod limits,
 * throttling per address hash and per event; then the thank-you page.
 */
export async function submitReportAction(
  slug: string,
  _prev: ReportFormState,
  formData: FormData,
): Promise<ReportFormState> {
  const values: ReportValues = {
    description: text(formData, 'description'),
    suggestedSource: text(formData, 'suggestedSource'),
    contact: text(formData, 'contact'),
  };
  const now = Date.now();
  // What was typed comes back once the event is found (a form for a missing one is not shown again).
  let found = false;
  return serverAction(
    {
      name: 'submitReportAction',
      role: 'anyone',
      refused: (f: Refused | Failure): ReportFormState => ({
        message: f.message,
        ...(f.errors ? { errors: f.errors } : {}),
        ...('token' in f ? { token: f.token } : {}),
        ...(found ? { values } : {}),
        at: now,
      }),
    },
    async (): Promise<Refused | Failure | { redirect: string }> => {
      const event = await getReportableEvent(slug);
      if (!event) return fail('not_found', 'This event is no longer available for reports.');
      found = true;
      const secret = reportSecret();
      const thanks = `${sitePaths.event(event.slug)}/report/thanks`;
      const newToken = () => createFormToken({ secret, eventId: event.id, now });

      // A filled honeypot is a bot: it is shown the thank-you page and nothing is stored.
      if (text(formData, 'website') !== '') return { redirect: thanks };

      const token = checkFormToken({
        token: text(formData, 'token'),
        secret,
        eventId: event.id,
        now,
      });
      if (!token.ok)
        return {
          ...fail(
            'invalid',
            token.reason === 'too-fast'
              ? 'That was quick! Please check your report and send it again.'
              : 'This form has expired. Please send it again.',
          ),
          token: newToken(),
        };

      const checked = validateReport(values);
      if (!checked.ok)
        return fail('invalid', 'Please correct the highlighted fields.', {
          errors: checked.errors,
        });

      const address = throttleKey(requestClientAddress(await headers()));
      const result = await submitCorrectionReport({
        eventId: event.id,
        input: checked.input,
        addressHash: hashAddress({ secret, address }),
        formTokenId: token.tokenId,
        now,
      });
      if (result.ok) return { redirect: thanks };
      if (result.reason === 'already-sent')
        return {
          ...fail(
            'conflict',
            'This report has already been sent, thank you. To report something else, change the text and send the form again.',
          ),
          // A new form: whoever sent it can still send a genuinely new report.
          token: newToken(),
        };
      return result.reason === 'throttled'
        ? fail(
            'throttled',
            'We have received many reports from you or about this event recently. Please try again later.',
          )
        : fail('not_found', 'This event is no longer available for reports.');
    },
  );
}
