import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '@/lib/auth/actor';
import { insertActor } from '@/test/actors';
import { leavePresence, touchPresence } from './presence';
import { insertCategory, insertEvent } from './test-fixtures';

const T0 = new Date('2026-03-01T10:42:00Z');
const after = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

let ada: SessionUser;
let bo: SessionUser;
let categoryId: number;

beforeAll(() => {
  categoryId = insertCategory({ name: 'Presence' });
  ada = insertActor('editor', 'Ada Editor');
  bo = insertActor('admin', 'Bo Admin');
});

function newEvent() {
  return insertEvent({ title: `Presence ${Math.random()}`, categoryId }).id;
}

function others(actor: SessionUser, eventId: number, now: Date) {
  const answer = touchPresence(actor, { eventId, now });
  if (!answer.ok) throw new Error(answer.message);
  return answer.others.map((o) => ({ name: o.name, openedAt: new Date(o.openedAt) }));
}

describe('presence in the editor', () => {
  it('shows the others with the event open, never the caller', () => {
    const eventId = newEvent();
    expect(others(ada, eventId, T0)).toEqual([]);
    expect(others(bo, eventId, after(5))).toEqual([{ name: 'Ada Editor', openedAt: T0 }]);
    expect(others(ada, eventId, after(20))).toEqual([{ name: 'Bo Admin', openedAt: after(5) }]);
  });

  it('keeps the time the editing began across heartbeats', () => {
    const eventId = newEvent();
    others(ada, eventId, T0);
    others(ada, eventId, after(20));
    others(ada, eventId, after(40));
    expect(others(bo, eventId, after(45))).toEqual([{ name: 'Ada Editor', openedAt: T0 }]);
  });

  it('ignores an entry not seen for a minute, and starts a new one when it comes back', () => {
    const eventId = newEvent();
    others(ada, eventId, T0);
    expect(others(bo, eventId, after(59))).toHaveLength(1);
    expect(others(bo, eventId, after(61))).toEqual([]);
    others(ada, eventId, after(120));
    expect(others(bo, eventId, after(121))).toEqual([{ name: 'Ada Editor', openedAt: after(120) }]);
  });

  it('is per event', () => {
    const one = newEvent();
    const two = newEvent();
    others(ada, one, T0);
    expect(others(bo, two, after(1))).toEqual([]);
  });

  it('drops the entry at once when the page is left', () => {
    const eventId = newEvent();
    others(ada, eventId, T0);
    leavePresence(ada, { eventId });
    expect(others(bo, eventId, after(1))).toEqual([]);
  });

  it('refuses a missing event and a caller who is not signed in', () => {
    expect(touchPresence(ada, { eventId: 987654, now: T0 })).toMatchObject({
      ok: false,
      code: 'not_found',
    });
    expect(() => touchPresence(null, { eventId: newEvent(), now: T0 })).toThrow();
    expect(() => leavePresence(null, { eventId: newEvent() })).toThrow();
  });
});
