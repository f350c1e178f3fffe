import { describe, expect, it } from 'vitest';
import { publishingProblems } from './publishing';

describe('publishingProblems', () => {
  it('asks an event written here for a summary: its title is a headline', () => {
    expect(publishingProblems({ summary: '  ' }).map((p) => p.field)).toEqual(['summary']);
    expect(publishingProblems({ summary: '', source: null }).map((p) => p.field)).toEqual([
      'summary',
    ]);
    expect(publishingProblems({ summary: 'What the card says.' })).toEqual([]);
    // The sample content is ours too, whatever its source says.
    expect(
      publishingProblems({ summary: '', source: 'almanac-sample' }).map((p) => p.field),
    ).toEqual(['summary']);
  });

  it('asks nothing more of an imported entry: its title is its first sentence, whole', () => {
    expect(publishingProblems({ summary: '', source: 'muffinlabs' })).toEqual([]);
    expect(publishingProblems({ summary: null, source: 'wikimedia' })).toEqual([]);
  });
});
