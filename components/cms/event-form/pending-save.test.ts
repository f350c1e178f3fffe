import { describe, expect, it } from 'vitest';
import { describePendingSave, readPendingSave, type PendingSave } from './pending-save';

const at = Date.parse('2026-03-01T14:05:30Z');
const pending: PendingSave = { fromVersion: 3, at };
const edit = (over: Partial<{ version: number; updatedById: number | null; updatedAt: number }>) =>
  ({ kind: 'edit', version: 4, updatedById: 7, updatedAt: at + 800, me: 7, ...over }) as const;

describe('what became of a save that got no answer', () => {
  it('was stored: a newer version, saved by this editor after it was sent', () => {
    expect(describePendingSave(pending, edit({}), 12)).toEqual({
      tone: 'success',
      text: 'Your save of 14:05 UTC was stored (version 4), though the answer did not reach you. The form shows it.',
      link: { href: '/editor/events/12/history', label: 'See it in the history' },
    });
    // The server's clock a few minutes behind the browser's still counts.
    expect(describePendingSave(pending, edit({ updatedAt: at - 180_000 }), 12).tone).toBe(
      'success',
    );
  });

  it('was not: the same version, or a newer one by someone else or long before', () => {
    expect(
      describePendingSave(pending, edit({ version: 3, updatedAt: at - 3_600_000 }), 12),
    ).toEqual({
      tone: 'error',
      text: 'Your save of 14:05 UTC did not reach Almanac: the form shows version 3, as stored.',
    });
    expect(describePendingSave(pending, edit({ updatedById: 8 }), 12)).toMatchObject({
      tone: 'error',
      text: expect.stringMatching(
        /may not have been stored: the event has changed since \(version 4\)/,
      ),
    });
    expect(describePendingSave(pending, edit({ updatedAt: at - 3_600_000 }), 12).tone).toBe(
      'error',
    );
  });

  it('a new event: this editor’s latest new event, created after it was sent', () => {
    const latest = { id: 40, title: 'Treaty of Nowhere', createdAt: at + 500 };
    expect(describePendingSave({ fromVersion: 0, at }, { kind: 'new', latest }, null)).toEqual({
      tone: 'success',
      text: 'Your new event “Treaty of Nowhere” was stored at 14:05 UTC, though the answer did not reach you.',
      link: { href: '/editor/events/40', label: 'Open it' },
    });
    expect(
      describePendingSave(
        { fromVersion: 0, at },
        { kind: 'new', latest: { ...latest, createdAt: at - 86_400_000 } },
        null,
      ).text,
    ).toBe('Your new event sent at 14:05 UTC did not reach Almanac: nothing was stored.');
  });

  it('reads only what the form wrote', () => {
    expect(readPendingSave('{"fromVersion":3,"at":5}')).toEqual({ fromVersion: 3, at: 5 });
    for (const junk of [null, '', 'nope', '{"fromVersion":"3"}', '[]'])
      expect(readPendingSave(junk)).toBeNull();
  });
});
