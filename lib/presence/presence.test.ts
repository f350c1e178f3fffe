import { describe, expect, it } from 'vitest';
import { describePresence } from './presence';

const time = (ms: number) => new Date(ms).toISOString().slice(11, 16);
const at = (hhmm: string) => Date.parse(`2026-03-01T${hhmm}:00Z`);

describe('describePresence', () => {
  it('says nothing when nobody else has the event open', () => {
    expect(describePresence([], time)).toBeNull();
  });

  it('names one person and since when', () => {
    expect(describePresence([{ userId: 2, name: 'Ada Editor', openedAt: at('10:42') }], time)).toBe(
      'Ada Editor has this open since 10:42.',
    );
  });

  it('names several, each with their time', () => {
    expect(
      describePresence(
        [
          { userId: 2, name: 'Ada Editor', openedAt: at('10:42') },
          { userId: 3, name: 'Bo Admin', openedAt: at('10:50') },
          { userId: 4, name: 'Cy Reviewer', openedAt: at('11:05') },
        ],
        time,
      ),
    ).toBe(
      'Ada Editor (since 10:42), Bo Admin (since 10:50) and Cy Reviewer (since 11:05) have this open.',
    );
  });
});
