export const DEFAULT_CALLBACK_PATH = '/editor';

const PLACEHOLDER_ORIGIN = 'http://almanac.invalid';

/**
 * Where to go after signing in or out: only a path on this site. Anything else (absolute URLs,
 * protocol-relative `//host`, `/\host` which browsers read as `//host`, control characters that
 * browsers strip, `javascript:`) falls back to `fallback`.
 */
export function safeCallbackPath(raw: unknown, fallback: string = DEFAULT_CALLBACK_PATH): string {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 2048) return fallback;
  if (!raw.startsWith('/') || raw.startsWith('//')) return fallback;
  if (/[\\\u0000-\u001f\u007f]/.test(raw)) return fallback;
  let url: URL;
  try {
    url = new URL(raw, PLACEHOLDER_ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== PLACEHOLDER_ORIGIN) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
