import { describe, expect, it } from 'vitest';
import { entryText, summaryUnderTitle, textUnderShortTitle } from './entry-text';

const long =
  'A storm floods the lower town of a river port and carries away two of its bridges, leaving thousands of families without a home';

describe('entryText', () => {
  it('is the title sentence and the sentences after it', () => {
    expect(
      entryText({ title: 'The canal opens to barges', summary: 'Its first cargo is coal.' }),
    ).toBe('The canal opens to barges. Its first cargo is coal.');
    expect(entryText({ title: 'Is the canal open?', summary: 'Yes.' })).toBe(
      'Is the canal open? Yes.',
    );
  });

  it('is the title alone without a summary, and the summary when it starts with the title', () => {
    expect(entryText({ title: long, summary: '' })).toBe(long);
    expect(
      entryText({ title: 'Edward Coke', summary: 'Edward Coke, English lawyer (d. 1634)' }),
    ).toBe('Edward Coke, English lawyer (d. 1634)');
    // Imported before titles were whole sentences: the title is the text cut short.
    expect(entryText({ title: 'A storm floods the lower town…', summary: `${long}.` })).toBe(
      `${long}.`,
    );
  });
});

describe('textUnderShortTitle', () => {
  it('is the summary under a title shown whole, and nothing when there is none', () => {
    expect(textUnderShortTitle({ title: 'The canal opens', summary: 'Coal comes first.' })).toBe(
      'Coal comes first.',
    );
    expect(textUnderShortTitle({ title: 'The canal opens to barges', summary: '' })).toBe('');
  });

  it('is the whole text when the short title leaves part of the title out', () => {
    expect(textUnderShortTitle({ title: long, summary: '' })).toBe(long);
    expect(textUnderShortTitle({ title: long, summary: 'The town is rebuilt.' })).toBe(
      `${long}. The town is rebuilt.`,
    );
  });
});

describe('summaryUnderTitle', () => {
  it('does not repeat the title above it', () => {
    expect(summaryUnderTitle({ title: 'The canal opens', summary: 'The canal opens.' })).toBe('');
    expect(
      summaryUnderTitle({ title: 'Edward Coke', summary: 'Edward Coke, English lawyer (d. 1634)' }),
    ).toBe('English lawyer (d. 1634)');
    expect(summaryUnderTitle({ title: 'The canal opens', summary: 'Coal comes first.' })).toBe(
      'Coal comes first.',
    );
  });
});
