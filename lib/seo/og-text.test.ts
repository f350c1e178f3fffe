import { describe, expect, it } from 'vitest';
import { hasGlyph, toDrawableText } from './og-text';

describe('toDrawableText', () => {
  it('keeps Latin, Cyrillic and typographic punctuation as they are', () => {
    const text = 'Ивана Купала — “Saint-Étienne” Đồng Khánh 1 Feb 1924 · 44 BCE';
    expect(toDrawableText(text)).toBe(text);
  });

  it('falls back to base letters and leaves out what the font cannot draw', () => {
    expect(toDrawableText('Ĕ Ǿ')).toBe('E Ø');
    // Geist has λ, μ and π but not the rest of Greek: the word goes whole, not as "(μπλ)".
    expect(toDrawableText('Battle of Thermopylae (Θερμοπύλαι) 🎉 中国 ends')).toBe(
      'Battle of Thermopylae ends',
    );
    expect(toDrawableText('  tab\tand\nnewline  ')).toBe('tab and newline');
  });

  it('agrees with the font’s character map', () => {
    expect(hasGlyph(0x41)).toBe(true);
    expect(hasGlyph(0x114)).toBe(false);
    expect(hasGlyph(0x4e2d)).toBe(false);
    expect(hasGlyph(0x1f389)).toBe(false);
  });
});
