import { expect, test, type APIRequestContext } from '@playwright/test';

// Hand-made server-action requests that Next.js itself answers with a 500 are refused by the
// proxy with a 4xx (server/action-guard.ts), and the site keeps answering.

const REPORT = '/events/united-kingdom-recognises-the-soviet-union/report';

/** The report action's id, as its no-JS form fields carry it. */
async function reportActionId(request: APIRequestContext): Promise<string> {
  const html = await (await request.get(REPORT)).text();
  const id = /name="\$ACTION_1:0" value="\{&quot;id&quot;:&quot;([0-9a-f]+)&quot;/.exec(html)?.[1];
  expect(id, 'the report form names its action').toBeTruthy();
  return id!;
}

function post(request: APIRequestContext, id: string, body: string) {
  return request.post(REPORT, {
    headers: {
      'next-action': id,
      'content-type': 'text/plain;charset=UTF-8',
      accept: 'text/x-component',
    },
    data: body,
  });
}

test('server-action requests that are too big, too deep or of the wrong shape answer 4xx', async ({
  request,
}) => {
  const id = await reportActionId(request);

  const big = await post(request, id, `["${'a'.repeat(1_200_000)}"]`);
  expect(big.status()).toBe(413);
  expect(await big.json()).toEqual({ error: 'The request is larger than 1 MB.' });

  const deep = await post(request, id, `${'['.repeat(100_000)}${']'.repeat(100_000)}`);
  expect(deep.status()).toBe(400);

  for (const body of ['[1,2,3]', '["a-slug",{},"not a form"]', '{"0":1}', '{{{']) {
    const r = await post(request, id, body);
    expect(r.status(), body).toBe(400);
    expect((await r.json()).error, body).toMatch(/arguments|payload|list/);
  }

  // A no-JS form post of the same action with an argument of the wrong type.
  const form = await request.post(REPORT, {
    multipart: {
      $ACTION_REF_1: '',
      '$ACTION_1:0': JSON.stringify({ id, bound: '$@1' }),
      '$ACTION_1:1': JSON.stringify([{ slug: 'x' }, {}]),
      description: 'A description that is long enough to pass.',
    },
  });
  expect(form.status()).toBe(400);

  expect((await request.get('/days/february-1')).status()).toBe(200);
});
