import { describe, expect, it } from 'vitest';
import { linkSegments } from './inline-links';

describe('linkSegments', () => {
  const einstein = { anchor: 'Albert Einstein', href: '/people/albert-einstein' };
  const physics = { anchor: 'Nobel Prize', href: '/tags/nobel-prize-in-physics' };

  it('links each anchor where the text shows it, and keeps the text as it is', () => {
    const text = 'Albert Einstein, German-American physicist, Nobel Prize laureate (d. 1955)';
    const segments = linkSegments(text, [einstein, physics]);
    expect(segments).toEqual([
      { text: 'Albert Einstein', href: '/people/albert-einstein' },
      { text: ', German-American physicist, ' },
      { text: 'Nobel Prize', href: '/tags/nobel-prize-in-physics' },
      { text: ' laureate (d. 1955)' },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });

  it('matches whole words only, and leaves out an anchor the text no longer has', () => {
    const segments = linkSegments('The Romans of Rome; Rome falls.', [
      { anchor: 'Rome', href: '/tags/rome' },
      { anchor: 'Carthage', href: '/tags/carthage' },
    ]);
    expect(segments).toEqual([
      { text: 'The Romans of ' },
      { text: 'Rome', href: '/tags/rome' },
      { text: '; Rome falls.' },
    ]);
  });

  it('never links the same words twice', () => {
    const segments = linkSegments('Paris, Texas', [
      { anchor: 'Paris', href: '/tags/paris' },
      { anchor: 'Paris', href: '/people/paris' },
    ]);
    expect(segments.filter((s) => s.href)).toEqual([{ text: 'Paris', href: '/tags/paris' }]);
  });
});
