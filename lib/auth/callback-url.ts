export const DEFAULT_CALLBACK_PATH = '/editor';

const PLACEHOLDER_ORIGIN = 'http://almanac.invalid';

// Encoded slashes, backslashes, percent signs and control characters in a path: no route of ours
// has them, and any later decoding step (a proxy, a framework's slash normalisation) could turn
// them into `//host` or `/\host`.
const DANGEROUS_ESCAPE = /%(?:2f|5c|25|[01][0-9a-f]|7f)/i;

/**
 * Where to go after signing in or out: only a path on this site. The value is normalised first,
 * the way a browser would (dot segments, backslashes, stripped tabs and newlines), and the result
 * is what is checked: `/x/..//evil` normalises to `//evil`, which is refused. Absolute URLs,
 * scheme-relative `//host`, `/\host`, `javascript:` and anything else fall back to `fallback`.
 */
export function safeCallbackPath(raw: unknown, fallback: string = DEFAULT_CALLBACK_PATH): string {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 2048) return fallback;
  // Before normalising: a path, not `//host`, and nothing a browser would silently drop or flip.
  if (!raw.startsWith('/') || raw.startsWith('//')) return fallback;
  if (/[\\\s\u0000-\u001f\u007f]/.test(raw)) return fallback;
  const url = parse(raw);
  if (!url || url.origin !== PLACEHOLDER_ORIGIN) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // After normalising: still a path of this site, and stable (reading it again changes nothing).
  if (!url.pathname.startsWith('/') || url.pathname.startsWith('//')) return fallback;
  if (DANGEROUS_ESCAPE.test(url.pathname)) return fallback;
  const again = parse(path);
  if (!again || again.origin !== PLACEHOLDER_ORIGIN || again.href !== url.href) return fallback;
  return path;
}

function parse(value: string): URL | null {
  try {
    return new URL(value, PLACEHOLDER_ORIGIN);
  } catch {
    return null;
  }
}
