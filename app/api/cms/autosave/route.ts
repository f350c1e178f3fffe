import { z } from 'zod';
import { discardAutosave, saveAutosave } from '@/db/store';
import { AUTOSAVE_MAX_BYTES } from '@/lib/events/autosave';
import { fail } from '@/lib/failure';
import { cmsRoute, NO_STORE } from '@/server/route';

/*
 * /api/cms/autosave: the event form's draft copy (lib/events/autosave.ts). PUT keeps what the
 * editor typed, DELETE discards it (the offer's "Discard"). Editors only, same site only; the
 * store checks the role again and refuses a copy older than the editor's own later save.
 */

const slotSchema = z.object({
  eventId: z.number().int().positive().nullable(),
});
const putSchema = slotSchema.extend({
  baseVersion: z.number().int().min(0),
  values: z.record(z.string(), z.unknown()),
});

async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text.length > AUTOSAVE_MAX_BYTES) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export const PUT = cmsRoute({ role: 'editor', sameSiteOnly: true }, async (request, { actor }) => {
  const parsed = putSchema.safeParse(await readJson(request));
  if (!parsed.success) return fail('invalid', 'Not a draft copy of the event form.');
  const result = await saveAutosave(actor, parsed.data);
  if (!result.ok) return result;
  return Response.json({ savedAt: result.savedAt.toISOString() }, { headers: NO_STORE });
});

export const DELETE = cmsRoute(
  { role: 'editor', sameSiteOnly: true },
  async (request, { actor }) => {
    const parsed = slotSchema.safeParse(await readJson(request));
    if (!parsed.success) return fail('invalid', 'Which event?');
    await discardAutosave(actor, parsed.data);
    return Response.json({ discarded: true }, { headers: NO_STORE });
  },
);
