import { ACTION_SIGNATURES, FormDataArg } from './action-signatures';

/*
 * Refuses server-action requests that Next.js would answer with a 500 or choke on: bodies over the
 * limit (413), payloads that are not what React sends, nest deeper than any form state does, or
 * carry arguments that do not fit the action (400). Runs in the proxy, before Next decodes anything,
 * on the request's buffered copy of the body. Reads the payload the way React's reply decoder does,
 * as far as the arguments' shapes go: "$K" is a FormData, "$<hex>" and "$@<hex>" a model stored in
 * another field, "$$" an escaped "$", "$undefined", "$D" dates and the number specials.
 */

/** Next's own default for server actions (serverActions.bodySizeLimit). */
export const ACTION_BODY_LIMIT = 1024 * 1024;
const MAX_DEPTH = 32;
const MAX_VALUES = 50_000;
const MAX_FIELDS = 2_000;

export type ActionRefusal = { status: 400 | 413; error: string };
type ActionCall = { id: string; args: unknown[] };

class BadPayload extends Error {}

/** A reference React can send but no Almanac action accepts (Map, Set, blob, stream, …). */
class OpaqueArg {
  constructor(readonly tag: string) {}
}

type Fields = (key: string) => string | null;

function decode(
  value: unknown,
  fields: Fields,
  prefix: string,
  depth: number,
  count: { n: number },
): unknown {
  if (depth > MAX_DEPTH) throw new BadPayload('The request nests too deeply.');
  if (++count.n > MAX_VALUES) throw new BadPayload('The request holds too many values.');
  if (Array.isArray(value)) return value.map((v) => decode(v, fields, prefix, depth + 1, count));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value))
      out[k] = decode(v, fields, prefix, depth + 1, count);
    return out;
  }
  if (typeof value !== 'string' || value[0] !== '$') return value;
  const tag = value[1];
  if (tag === '$') return value.slice(1);
  if (tag === 'K') return new FormDataArg();
  if (tag === 'u') return undefined;
  if (tag === 'D') return new Date(Date.parse(value.slice(2)));
  if (tag === 'I') return Infinity;
  if (tag === 'N') return NaN;
  if (tag === '-') return value === '$-0' ? -0 : -Infinity;
  const outlined = /^\$@?([0-9a-f]+)$/.exec(value);
  if (outlined) {
    const text = fields(`${prefix}${parseInt(outlined[1] ?? '', 16)}`);
    if (text === null) throw new BadPayload('The request refers to a part it does not hold.');
    return decode(parseJson(text), fields, prefix, depth + 1, count);
  }
  return new OpaqueArg(tag ?? '');
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new BadPayload('The request is not a server-action payload.');
  }
}

function argsList(value: unknown): unknown[] {
  if (!Array.isArray(value)) throw new BadPayload('The request is not a list of arguments.');
  return value;
}

function formFields(form: FormData): Fields {
  return (key) => {
    const v = form.get(key);
    return typeof v === 'string' ? v : null;
  };
}

/**
 * The action a request calls and its decoded arguments, or null when it calls none (a POST that
 * is not a server action). `actionId` is the Next-Action header: set by a call from JavaScript,
 * absent from a plain form post, whose action is named by its `$ACTION_…` fields.
 */
export function readActionCall(o: {
  actionId: string | null;
  body: string | FormData;
}): ActionCall | null {
  const count = { n: 0 };
  if (o.actionId !== null) {
    if (typeof o.body === 'string') {
      const noFields: Fields = () => null;
      return { id: o.actionId, args: argsList(decode(parseJson(o.body), noFields, '', 0, count)) };
    }
    const root = o.body.get('0');
    if (typeof root !== 'string') throw new BadPayload('The request has no arguments.');
    return {
      id: o.actionId,
      args: argsList(decode(parseJson(root), formFields(o.body), '', 0, count)),
    };
  }
  if (typeof o.body === 'string') return null;
  const fields = formFields(o.body);
  for (const key of o.body.keys()) {
    if (key.startsWith('$ACTION_ID_'))
      return { id: key.slice('$ACTION_ID_'.length), args: [new FormDataArg()] };
    if (key.startsWith('$ACTION_REF_')) {
      const prefix = `$ACTION_${key.slice('$ACTION_REF_'.length)}:`;
      const meta = fields(`${prefix}0`);
      if (meta === null) throw new BadPayload('The form names no action.');
      const ref = parseJson(meta) as { id?: unknown; bound?: unknown } | null;
      if (!ref || typeof ref.id !== 'string') throw new BadPayload('The form names no action.');
      const bound = ref.bound == null ? [] : argsList(decode(ref.bound, fields, prefix, 0, count));
      return { id: ref.id, args: [...bound, new FormDataArg()] };
    }
  }
  return null;
}

/** Whether the arguments fit the action's signature (null when they do, or the action is unknown to Next). */
function checkActionArgs(o: { name: string | undefined; args: unknown[] }): ActionRefusal | null {
  if (o.name === undefined) return null;
  const signature = ACTION_SIGNATURES[o.name];
  if (!signature) return { status: 400, error: 'This action takes no requests.' };
  return signature.safeParse(o.args).success
    ? null
    : { status: 400, error: 'The arguments do not fit this action.' };
}

/**
 * Checks a POST that may be a server action: its size, its payload, its arguments. `nameOf` maps an
 * action id to its `file#export` name (server/action-manifest.ts). Null when it may go on to Next.
 */
export async function checkActionRequest(
  request: Request,
  nameOf: (id: string) => string | undefined,
): Promise<ActionRefusal | null> {
  const tooBig: ActionRefusal = { status: 413, error: 'The request is larger than 1 MB.' };
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > ACTION_BODY_LIMIT) return tooBig;
  const bytes = await request.arrayBuffer();
  if (bytes.byteLength > ACTION_BODY_LIMIT) return tooBig;

  const contentType = request.headers.get('content-type') ?? '';
  const actionId = request.headers.get('next-action');
  try {
    let body: string | FormData;
    if (/^multipart\/form-data/i.test(contentType)) {
      try {
        body = await new Response(bytes, { headers: { 'content-type': contentType } }).formData();
      } catch {
        throw new BadPayload('The form data cannot be read.');
      }
      if ([...body.keys()].length > MAX_FIELDS)
        throw new BadPayload('The request has too many fields.');
    } else if (actionId !== null) {
      body = new TextDecoder().decode(bytes);
    } else {
      return null;
    }
    const call = readActionCall({ actionId, body });
    if (!call) return null;
    return checkActionArgs({ name: nameOf(call.id), args: call.args });
  } catch (error) {
    if (error instanceof BadPayload) return { status: 400, error: error.message };
    throw error;
  }
}
