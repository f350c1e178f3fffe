/** What a picker search asks for: the text typed (at most 200 characters) and the other parameters. */
export function pickerQuery(request: Request): { q: string; params: URLSearchParams } {
  const params = new URL(request.url).searchParams;
  return { q: (params.get('q') ?? '').slice(0, 200), params };
}
