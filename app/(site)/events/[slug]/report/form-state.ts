import type { ReportField, ReportValues } from '@/lib/validation/correction';

/** What a refused report hands back to the form: everything typed comes back in `values`. */
export type ReportFormState = {
  errors?: Partial<Record<ReportField, string[]>>;
  message?: string;
  values?: ReportValues;
  /** A fresh form token when the old one was refused (too fast or expired). */
  token?: string;
  at?: number;
};
