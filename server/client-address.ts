import 'server-only';
import { clientAddress } from '@/lib/auth/client-address';
import { getConfig } from '@/lib/config';

/** The client's address for throttling and the audit log, as TRUSTED_PROXY_HOPS says to read it. */
export function requestClientAddress(
  headers: Headers | Record<string, string | string[] | undefined>,
): string {
  return clientAddress(headers, getConfig().trustedProxyHops);
}
