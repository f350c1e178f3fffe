import { throttleMessage } from './throttle';

/** The message every wrong email, wrong password or disabled account gets: it never says which. */
const INVALID_CREDENTIALS_MESSAGE = 'Email or password is incorrect.';

/** next-auth passes a thrown error's message through as `?error=`; a throttle refusal is `Throttled:<minutes>`. */
export const THROTTLED_ERROR_PREFIX = 'Throttled:';

/** The `error` next-auth appends to /login when the browser came back without the CSRF cookie. */
export const COOKIES_REQUIRED_ERROR = 'CookiesRequired';

/** Turns next-auth's `?error=` code into a message for a person (codes are never shown as such). */
export function signInErrorMessage(code: string | undefined | null): string | null {
  if (!code || code === COOKIES_REQUIRED_ERROR) return null;
  if (code === 'CredentialsSignin') return INVALID_CREDENTIALS_MESSAGE;
  if (code.startsWith(THROTTLED_ERROR_PREFIX)) {
    const minutes = Number(code.slice(THROTTLED_ERROR_PREFIX.length));
    return throttleMessage(
      Number.isInteger(minutes) && minutes > 0 && minutes <= 24 * 60 ? minutes : 15,
    );
  }
  if (code === 'Configuration')
    return 'Signing in is not available: the server is not configured for it. Check the server log.';
  return 'Signing in did not work. Try again.';
}
