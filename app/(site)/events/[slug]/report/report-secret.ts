import 'server-only';
import { createFormToken } from '@/lib/validation/correction';

/** The key that signs the report form's token and hashes reporters' addresses (NEXTAUTH_SECRET). */
export function reportSecret(): string {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error('NEXTAUTH_SECRET is not set: report forms cannot be signed.');
  return secret;
}

/** A signed "this form was shown now" token for the report form's hidden field. */
export function issueReportFormToken(eventId: number): string {
  return createFormToken({ secret: reportSecret(), eventId, now: Date.now() });
}
