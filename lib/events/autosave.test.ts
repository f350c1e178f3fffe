import { describe, expect, it } from 'vitest';
import { emptyEventFormValues } from '@/lib/validation/event';
import { autosaveTimeLabel, formFingerprint, parseAutosaveValues } from './autosave';

describe('autosave values', () => {
  it('reads back the form’s values, filling in what a copy left out', () => {
    const values = parseAutosaveValues({ title: 'T', people: [{ name: 'Ada', role: 'x' }] });
    expect(values).toMatchObject({ title: 'T', kind: 'event', selectable: true });
    expect(values?.people).toEqual([{ personId: '', name: 'Ada', role: 'x' }]);
  });

  it('refuses what the form cannot hold', () => {
    expect(parseAutosaveValues(null)).toBeNull();
    expect(parseAutosaveValues('title')).toBeNull();
    expect(parseAutosaveValues({ title: 1 })).toBeNull();
    expect(parseAutosaveValues({ unknown: 'x' })).toBeNull();
    expect(parseAutosaveValues({ tags: Array.from({ length: 500 }, () => 't') })).toBeNull();
  });

  it('compares what was typed, not where the form started', () => {
    const a = { ...emptyEventFormValues(), title: 'Same', version: '3' };
    expect(formFingerprint(a)).toBe(formFingerprint({ ...a, version: '4' }));
    expect(formFingerprint(a)).not.toBe(formFingerprint({ ...a, title: 'Other' }));
  });

  it('says when the copy was kept', () => {
    const now = new Date('2026-12-07T18:00:00Z');
    expect(autosaveTimeLabel(new Date('2026-12-07T10:42:31Z'), now)).toBe('10:42 UTC');
    expect(autosaveTimeLabel(new Date('2026-12-06T10:42:31Z'), now)).toBe(
      '10:42 UTC on 6 Dec 2026',
    );
  });
});
