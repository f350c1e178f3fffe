import { describe, expect, it } from 'vitest';
import { SHORT_TITLE_MAX, shortTitle, splitTitle, textAfterShortTitle } from './short-title';

describe('shortTitle', () => {
  it('keeps a title that fits as it is', () => {
    expect(shortTitle('Caesar is assassinated')).toBe('Caesar is assassinated');
    const fits = 'x'.repeat(SHORT_TITLE_MAX);
    expect(shortTitle(fits)).toBe(fits);
  });

  it('cuts a long sentence at its last clause boundary, with an ellipsis', () => {
    const title =
      'A storm floods the lower town of a river port and carries away two of its bridges, leaving thousands of families without a home for the winter';
    expect(shortTitle(title)).toBe(
      'A storm floods the lower town of a river port and carries away two of its bridges…',
    );
    expect(
      shortTitle(
        'Harbour strike: dock workers in a northern port walk out over pay and the length of their shifts; the strike spreads along the coast within a week',
      ),
    ).toBe(
      'Harbour strike: dock workers in a northern port walk out over pay and the length of their shifts…',
    );
  });

  it('does not cut at the comma that closes an apposition, nor at a topic prefix', () => {
    // ", opens" follows the subject: the head before it would have no verb.
    const title =
      'The Grand Hall of the Northern Academy, long the largest covered market in the region, opens again to the public after twelve years';
    const short = shortTitle(title);
    expect(short).not.toBe(
      'The Grand Hall of the Northern Academy, long the largest covered market in the region…',
    );
    expect(short).toMatch(
      /^The Grand Hall of the Northern Academy, long the largest covered market in the region, opens again\b.*…$/,
    );
    // "Second Coastal War:" is too early to be the cut.
    expect(
      shortTitle(
        'Second Coastal War: the western fleet lands an army of eight thousand on the island and besieges its only fortified town for three months',
      ),
    ).toMatch(
      /^Second Coastal War: the western fleet lands an army of eight thousand on the island\b/,
    );
  });

  it('cuts at a word otherwise, not after "the" or "of", inside a name or an open bracket', () => {
    const title =
      'The museum of the old city receives a painting long thought lost from the private collection of an elderly sea captain';
    const short = shortTitle(title);
    expect(short.length).toBeLessThanOrEqual(SHORT_TITLE_MAX);
    expect(short).toMatch(/…$/);
    expect(short).not.toMatch(/\b(?:the|of|from|an)…$/);
    expect(title.startsWith(short.slice(0, -1))).toBe(true);

    // A cut at the last space that fits would end "…in the presence of Queen Mariana…".
    const named = shortTitle(
      'The new cathedral is consecrated before a crowd of pilgrims in the presence of Queen Mariana Teresa Alvarado and her court',
    );
    expect(named).toBe(
      'The new cathedral is consecrated before a crowd of pilgrims in the presence…',
    );

    const bracket = shortTitle(
      'The first public library of the province opens its doors to readers in the market town (a gift of the merchant guild and of the bishop)',
    );
    expect(bracket).not.toContain('(');
  });

  it('never goes past its limit, whatever the title', () => {
    const titles = [
      'word '.repeat(60).trim(),
      'x'.repeat(300),
      `${'a, '.repeat(80)}end`,
      'Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Mu Nu Xi Omicron Pi Rho Sigma Tau Upsilon',
    ];
    for (const t of titles) expect(shortTitle(t).length).toBeLessThanOrEqual(SHORT_TITLE_MAX);
  });
});

describe('splitTitle', () => {
  it('gives the head and the rest, which make the title again', () => {
    const title =
      'A storm floods the lower town of a river port and carries away two of its bridges, leaving thousands of families without a home for the winter';
    const { head, rest } = splitTitle(title);
    expect(head).toBe(
      'A storm floods the lower town of a river port and carries away two of its bridges',
    );
    expect(rest).toBe(', leaving thousands of families without a home for the winter');
    expect(head + rest).toBe(title);
  });

  it('leaves nothing over for a short title', () => {
    expect(splitTitle('  Caesar is assassinated ')).toEqual({
      head: 'Caesar is assassinated',
      rest: '',
    });
  });
});

describe('textAfterShortTitle', () => {
  const sentence =
    'A storm floods the lower town of a river port and carries away two of its bridges, leaving thousands of families without a home for the winter';

  it('continues a cut title where its short form stopped, then gives the summary', () => {
    expect(textAfterShortTitle({ title: sentence, summary: '' })).toBe(
      '…leaving thousands of families without a home for the winter',
    );
    expect(textAfterShortTitle({ title: sentence, summary: 'The town is rebuilt in stone.' })).toBe(
      '…leaving thousands of families without a home for the winter. The town is rebuilt in stone.',
    );
  });

  it('is the summary under a whole title, and nothing without one', () => {
    expect(textAfterShortTitle({ title: 'Caesar is assassinated', summary: 'Senators act.' })).toBe(
      'Senators act.',
    );
    expect(textAfterShortTitle({ title: 'The canal opens to barges', summary: '' })).toBe('');
  });
});
