/** The password policy, safe to import anywhere (the form hints use it too). */
export const PASSWORD_MIN_LENGTH = 12;
/** Long enough for any passphrase or manager-generated password, short enough that hashing stays cheap. */
export const PASSWORD_MAX_LENGTH = 256;

/** The password policy; returns a message for a person, or null when the password is acceptable. */
export function checkPasswordPolicy(
  password: string,
  context: { email?: string } = {},
): string | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return `Use at least ${PASSWORD_MIN_LENGTH} characters.`;
  if (length > PASSWORD_MAX_LENGTH) return `Use at most ${PASSWORD_MAX_LENGTH} characters.`;
  if (password.trim().length === 0) return 'A password cannot be only spaces.';
  if (new Set(password).size < 4) return 'Use more than a few different characters.';
  if (context.email && password.trim().toLowerCase() === context.email.trim().toLowerCase()) {
    return 'A password cannot be the email address.';
  }
  return null;
}
