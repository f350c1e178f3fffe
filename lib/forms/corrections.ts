/** What an accept/reject form gets back: a message, field errors, and the note as typed. */
export type ResolveFormState = {
  ok?: boolean;
  message?: string;
  errors?: { revisionId?: string[]; note?: string[] };
  note?: string;
  at?: number;
};
