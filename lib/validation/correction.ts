import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

/** Limits for the public "Report an error" form. */
export const REPORT_LIMITS = {
  descriptionMin: 10,
  descriptionMax: 2000,
  sourceMax: 500,
  contactMax: 200,
  noteMax: 1000,
  /** A person needs at least this long to read the page and write a report. */
  minFillMs: 3_000,
  /** A form token older than this is refused (the visitor reloads the page). */
  maxFormAgeMs: 24 * 60 * 60_000,
} as const;

/** Throttling: per address hash and per event. */
export const REPORT_THROTTLE = {
  perAddress: { max: 5, windowMs: 10 * 60_000 },
  perEvent: { max: 20, windowMs: 60 * 60_000 },
} as const;

export type ReportField = 'description' | 'suggestedSource' | 'contact';
export type ReportValues = Record<ReportField, string>;

export const emptyReportValues = (): ReportValues => ({
  description: '',
  suggestedSource: '',
  contact: '',
});

export const reportSchema = z.object({
  description: z
    .string()
    .trim()
    .min(
      REPORT_LIMITS.descriptionMin,
      `Tell us what is wrong (at least ${REPORT_LIMITS.descriptionMin} characters).`,
    )
    .max(REPORT_LIMITS.descriptionMax, `Keep it under ${REPORT_LIMITS.descriptionMax} characters.`),
  suggestedSource: z
    .string()
    .trim()
    .min(1, 'Name a source (a link, a book, an article) that shows the right information.')
    .max(REPORT_LIMITS.sourceMax, `Keep the source under ${REPORT_LIMITS.sourceMax} characters.`),
  contact: z
    .string()
    .trim()
    .max(REPORT_LIMITS.contactMax, `Keep the contact under ${REPORT_LIMITS.contactMax} characters.`)
    .transform((v) => (v === '' ? null : v)),
});
export type ReportInput = z.infer<typeof reportSchema>;

export type ReportValidation =
  { ok: true; input: ReportInput } | { ok: false; errors: Partial<Record<ReportField, string[]>> };

export function validateReport(values: ReportValues): ReportValidation {
  const parsed = reportSchema.safeParse(values);
  if (parsed.success) return { ok: true, input: parsed.data };
  const errors: Partial<Record<ReportField, string[]>> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as ReportField;
    (errors[field] ??= []).push(issue.message);
  }
  return { ok: false, errors };
}

const sign = (secret: string, payload: string) =>
  createHmac('sha256', secret).update(payload).digest('base64url');

/**
 * A token for the hidden field: when the form was shown, for which event, and a random id, signed.
 * The id makes each token file at most one report (db/queries/corrections.ts keeps the ids of the
 * tokens used, for as long as a token lives).
 */
export function createFormToken(o: { secret: string; eventId: number; now: number }): string {
  const payload = `${o.eventId}.${o.now}.${randomBytes(16).toString('base64url')}`;
  return `${payload}.${sign(o.secret, payload)}`;
}

export type FormTokenCheck =
  { ok: true; tokenId: string } | { ok: false; reason: 'invalid' | 'too-fast' | 'expired' };

/** Checks the hidden token: genuine, for this event, and neither too fresh (a bot) nor too old. */
export function checkFormToken(o: {
  token: string;
  secret: string;
  eventId: number;
  now: number;
}): FormTokenCheck {
  const parts = o.token.split('.');
  if (parts.length !== 4) return { ok: false, reason: 'invalid' };
  const [id, at, tokenId, mac] = parts as [string, string, string, string];
  const expected = Buffer.from(sign(o.secret, `${id}.${at}.${tokenId}`));
  const given = Buffer.from(mac);
  if (expected.length !== given.length || !timingSafeEqual(expected, given))
    return { ok: false, reason: 'invalid' };
  if (Number(id) !== o.eventId || !/^[\w-]{16,64}$/.test(tokenId))
    return { ok: false, reason: 'invalid' };
  const shownAt = Number(at);
  if (!Number.isFinite(shownAt)) return { ok: false, reason: 'invalid' };
  const age = o.now - shownAt;
  if (age < REPORT_LIMITS.minFillMs) return { ok: false, reason: 'too-fast' };
  if (age > REPORT_LIMITS.maxFormAgeMs) return { ok: false, reason: 'expired' };
  return { ok: true, tokenId };
}

/** The address as stored for throttling: a keyed hash, so raw addresses never reach the database. */
export function hashAddress(o: { secret: string; address: string }): string {
  return createHmac('sha256', o.secret)
    .update(`report-address:${o.address}`)
    .digest('hex')
    .slice(0, 32);
}

const idField = z.coerce.number().int().positive();

export const acceptCorrectionSchema = z.object({
  correctionId: idField,
  revisionId: z.coerce
    .number({ error: 'Choose the revision that fixed it.' })
    .int()
    .positive('Choose the revision that fixed it.'),
  note: z
    .string()
    .trim()
    .max(REPORT_LIMITS.noteMax, `Keep the note under ${REPORT_LIMITS.noteMax} characters.`)
    .transform((v) => (v === '' ? null : v)),
});
export type AcceptCorrectionInput = z.infer<typeof acceptCorrectionSchema>;

export const rejectCorrectionSchema = z.object({
  correctionId: idField,
  note: z
    .string()
    .trim()
    .min(1, 'Say why the report is rejected.')
    .max(REPORT_LIMITS.noteMax, `Keep the note under ${REPORT_LIMITS.noteMax} characters.`),
});
export type RejectCorrectionInput = z.infer<typeof rejectCorrectionSchema>;
