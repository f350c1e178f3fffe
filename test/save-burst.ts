// Editors saving, as fast as a person clicking can't: a burst of saves through the event form's
// save pipeline (db/store getEventForEditor + validateEventForm + updateEvent, as saveEventAction
// runs them), round-robin over the given events, until SIGTERM. Each acknowledged save is printed
// as one JSON line {id, version, title, at}: what a test needs to know what was stored and when.
// Usage: tsx --conditions=react-server test/save-burst.ts <editor user id> <event id>...
import { getEventForEditor, updateEvent } from '@/db/store';
import { createEventSchema, validateEventForm } from '@/lib/validation/event';

const [userId = 0, ...ids] = process.argv.slice(2).map(Number);
const actor = {
  id: userId,
  email: 'burst@example.org',
  name: 'Burst Editor',
  role: 'editor' as const,
};
const PAUSE_MS = Number(process.env.SAVE_BURST_PAUSE_MS ?? 10);

let stopping = false;
process.on('SIGTERM', () => (stopping = true));

async function saveOnce(id: number, n: number) {
  const editing = await getEventForEditor(actor, id);
  if (!editing) throw new Error(`no event ${id}`);
  const title = `${editing.values.title.replace(/ \(save \d+\)$/, '')} (save ${n})`;
  const parsed = validateEventForm(
    { ...editing.values, title, note: `burst save ${n}`, version: String(editing.version) },
    createEventSchema({ stored: editing.values, source: editing.source }),
  );
  if (!parsed.ok) throw new Error(`invalid: ${JSON.stringify(parsed.errors)}`);
  const result = await updateEvent(actor, {
    id,
    expectedVersion: parsed.data.version ?? 0,
    input: parsed.data,
    allowDuplicates: true,
  });
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result)}`);
  process.stdout.write(
    `${JSON.stringify({ id, version: result.version, title, at: Date.now() })}\n`,
  );
}

for (let n = 1; !stopping; n++) {
  await saveOnce(ids[n % ids.length] ?? 0, n);
  await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
}
