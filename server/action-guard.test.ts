import { describe, expect, it } from 'vitest';
import { ACTION_BODY_LIMIT, checkActionRequest, readActionCall } from './action-guard';
import { FormDataArg } from './action-signatures';

const SAVE = 'app/(cms)/editor/events/actions.ts#saveEventAction';
const REPORT = 'app/(site)/events/[slug]/report/actions.ts#submitReportAction';
const PREVIEW = 'app/(cms)/editor/events/actions.ts#previewMarkdownAction';
const names: Record<string, string> = { a1: SAVE, a2: REPORT, a3: PREVIEW };
const nameOf = (id: string) => names[id];

const url = 'http://127.0.0.1/editor/events/new';
function fetchAction(id: string, body: string | FormData, contentType?: string) {
  const headers: Record<string, string> = { 'next-action': id };
  if (contentType) headers['content-type'] = contentType;
  return new Request(url, { method: 'POST', headers, body });
}
/** What React sends for `action(...bound, prev, formData)` from JavaScript. */
function replyWithForm(args: unknown[], entries: Record<string, string>) {
  const form = new FormData();
  form.set('0', JSON.stringify(args));
  for (const [k, v] of Object.entries(entries)) form.set(`1_${k}`, v);
  return form;
}

describe('readActionCall', () => {
  it('reads the arguments React encodes, FormData and outlined parts included', () => {
    const form = replyWithForm([12, '$1', '$K1'], { title: 'x' });
    form.set(
      '1',
      JSON.stringify({ message: '$$5 off', at: '$undefined', when: '$D2020-01-01T00:00:00.000Z' }),
    );
    const call = readActionCall({ actionId: 'a1', body: form });
    expect(call?.id).toBe('a1');
    expect(call?.args[0]).toBe(12);
    expect(call?.args[1]).toEqual({
      message: '$5 off',
      at: undefined,
      when: new Date('2020-01-01T00:00:00Z'),
    });
    expect(call?.args[2]).toBeInstanceOf(FormDataArg);
  });

  it("reads a no-JS form post's action and bound arguments from its $ACTION fields", () => {
    const form = new FormData();
    form.set('$ACTION_REF_1', '');
    form.set('$ACTION_1:0', JSON.stringify({ id: 'a2', bound: '$@1' }));
    form.set('$ACTION_1:1', JSON.stringify(['the-slug', {}]));
    form.set('description', 'short');
    expect(readActionCall({ actionId: null, body: form })).toEqual({
      id: 'a2',
      args: ['the-slug', {}, new FormDataArg()],
    });
    const plain = new FormData();
    plain.set('$ACTION_ID_a9', '');
    expect(readActionCall({ actionId: null, body: plain })).toEqual({
      id: 'a9',
      args: [new FormDataArg()],
    });
  });

  it('finds no action in a multipart post without $ACTION fields', () => {
    const form = new FormData();
    form.set('file', 'x');
    expect(readActionCall({ actionId: null, body: form })).toBeNull();
  });
});

describe('checkActionRequest', () => {
  it('lets a well-formed call through', async () => {
    const form = replyWithForm([null, {}, '$K1'], { title: 'A title' });
    expect(await checkActionRequest(fetchAction('a1', form), nameOf)).toBeNull();
    expect(
      await checkActionRequest(
        fetchAction('a3', '["# Heading"]', 'text/plain;charset=UTF-8'),
        nameOf,
      ),
    ).toBeNull();
  });

  it('answers 413 to a body over 1 MB, declared or not', async () => {
    const big = `["${'a'.repeat(ACTION_BODY_LIMIT)}"]`;
    expect(await checkActionRequest(fetchAction('a3', big, 'text/plain'), nameOf)).toMatchObject({
      status: 413,
    });
    const chunked = new Request(url, {
      method: 'POST',
      headers: { 'next-action': 'a3', 'content-type': 'text/plain' },
      body: new Blob([big]).stream(),
      duplex: 'half',
    } as RequestInit);
    expect(await checkActionRequest(chunked, nameOf)).toMatchObject({ status: 413 });
  });

  it('answers 400 to a payload nested 100,000 deep, or one that is not a payload', async () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(await checkActionRequest(fetchAction('a3', deep, 'text/plain'), nameOf)).toMatchObject({
      status: 400,
    });
    for (const body of ['{{{', '{"a":1}', '"x"', ''])
      expect(
        await checkActionRequest(fetchAction('a3', body, 'text/plain'), nameOf),
        body,
      ).toMatchObject({
        status: 400,
      });
    // Parts that refer to each other endlessly.
    const loop = new FormData();
    loop.set('0', '["$1"]');
    loop.set('1', '["$1"]');
    expect(await checkActionRequest(fetchAction('a3', loop), nameOf)).toMatchObject({
      status: 400,
    });
  });

  it('answers 400 to arguments of the wrong types', async () => {
    const cases: [string, string | FormData][] = [
      ['a1', '[1,2,3]'],
      ['a1', '["1",{},"x"]'],
      ['a1', '[-4,{},"x"]'],
      ['a2', '["slug",{},"not a form"]'],
      ['a2', '[{"slug":1},{},"x"]'],
      ['a3', '[42]'],
      ['a3', '["$Q1"]'],
      ['a1', replyWithForm(['abc', {}, '$K1'], { title: 'x' })],
      ['a1', replyWithForm([1, {}, '$K1', 'extra'], { title: 'x' })],
    ];
    for (const [id, body] of cases)
      expect(
        await checkActionRequest(
          fetchAction(id, body, typeof body === 'string' ? 'text/plain' : undefined),
          nameOf,
        ),
        `${id} ${typeof body === 'string' ? body : '(form)'}`,
      ).toMatchObject({ status: 400 });
  });

  it('leaves unknown actions and non-action posts to Next', async () => {
    expect(await checkActionRequest(fetchAction('ffff', '[1]', 'text/plain'), nameOf)).toBeNull();
    const plain = new Request(url, {
      method: 'POST',
      body: 'a=1',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(await checkActionRequest(plain, nameOf)).toBeNull();
  });
});
