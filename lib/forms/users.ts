/** What the user-admin actions hand back to their forms (no password typed by a person is ever echoed). */
export type CreateUserField = 'name' | 'email' | 'role' | 'password';

export type CreateUserState = {
  errors?: Partial<Record<CreateUserField, string[]>>;
  message?: string;
  values?: { name: string; email: string; role: string };
  /** Set once the user exists; `password` only when it was generated, to show it this once. */
  created?: { name: string; email: string; password: string | null };
};

export type UserActionState = {
  ok?: boolean;
  /** When the action ran, so a row with several forms shows only the latest outcome. */
  at?: number;
  message?: string;
  /** A newly generated password, shown once. */
  password?: string;
};
