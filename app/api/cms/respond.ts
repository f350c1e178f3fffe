import 'server-only';
import { AuthorizationError } from '@/db/queries/session';

/**
 * Runs a picker search for a signed-in editor: 401 when signed out, 403 without the role, 400 for
 * a missing query, JSON `{ results }` otherwise. Never cached (answers depend on who asks).
 */
export async function pickerResponse<T>(
  request: Request,
  search: (q: string, params: URLSearchParams) => Promise<T[]>,
): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const q = (params.get('q') ?? '').slice(0, 200);
  const headers = { 'Cache-Control': 'no-store' };
  try {
    const results = await search(q, params);
    return Response.json({ results }, { headers });
  } catch (error) {
    if (error instanceof AuthorizationError) {
      return Response.json(
        { error: error.message },
        { status: error.reason === 'unauthenticated' ? 401 : 403, headers },
      );
    }
    throw error;
  }
}
