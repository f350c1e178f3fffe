import { describe, expect, it } from 'vitest';
import { chooseNamedEntities, matchName, type EntityCandidate } from './entities';

describe('matchName', () => {
  it('takes a whole name or its last word, not a first name or a word inside a topic', () => {
    expect(matchName('Paris', 'topic', ['paris'])).toBe('exact');
    expect(matchName('Paris (mythology)', 'person', ['paris'])).toBe('exact');
    expect(matchName('Albert Einstein', 'person', ['einstein'])).toBe('surname');
    expect(matchName('Albert Einstein', 'person', ['einstein', 'albert'])).toBe('exact');
    expect(matchName('John F. Kennedy', 'person', ['john', 'kennedy'])).toBe('surname');
    expect(matchName('RMS Titanic', 'topic', ['titanic'])).toBe('surname');
    expect(matchName('Martin Luther King Jr.', 'person', ['king'])).toBe('surname');
    expect(matchName('Martin Luther King Jr.', 'person', ['martin', 'luther', 'king', 'jr'])).toBe(
      'exact',
    );
    expect(matchName('Paris Hilton', 'person', ['paris'])).toBeNull();
    expect(matchName('World War II', 'topic', ['war'])).toBeNull();
    expect(matchName('Albert Einstein', 'person', ['einstein', 'relativity'])).toBeNull();
    expect(matchName('Ludwig van Beethoven', 'person', ['beethoven'])).toBe('surname');
    expect(matchName('Maria Anna Walburga Ignatia Mozart', 'person', ['mozart'])).toBeNull();
    expect(matchName('Émile Zola', 'person', ['emile', 'zola'])).toBe('exact');
  });
});

let id = 0;
const candidate = (
  name: string,
  match: EntityCandidate['match'],
  notability: number,
  extra: Partial<EntityCandidate> = {},
): EntityCandidate => ({
  kind: 'person',
  id: ++id,
  name,
  notability,
  count: 10,
  byAlias: false,
  match,
  ...extra,
});
const names = (r: ReturnType<typeof chooseNamedEntities>) => ({
  named: r.named.map((c) => c.name),
  lead: r.lead?.name ?? null,
});
/** A query with 20 matches that 2 names hold. */
const few = { containing: 2, matches: 20 };

describe('chooseNamedEntities', () => {
  it('leads with a far better known bearer of a surname', () => {
    const albert = candidate('Albert Einstein', 'surname', 40);
    const alfred = candidate('Alfred Einstein', 'surname', 3);
    expect(names(chooseNamedEntities([alfred, albert], few))).toEqual({
      named: ['Albert Einstein'],
      lead: 'Albert Einstein',
    });
  });

  it('shows a few bearers of a shared surname but puts none first', () => {
    const r = chooseNamedEntities(
      [candidate('Ted Kennedy', 'surname', 20), candidate('John F. Kennedy', 'surname', 30)],
      few,
    );
    expect(names(r)).toEqual({ named: ['John F. Kennedy', 'Ted Kennedy'], lead: null });
  });

  it('names no one for a word most names hold as a first name', () => {
    expect(
      names(
        chooseNamedEntities([candidate('Elton John', 'surname', 50)], {
          containing: 400,
          matches: 20,
        }),
      ),
    ).toEqual({ named: [], lead: null });
  });

  it('leads with the one bearer of a surname who holds a fair share of the matches', () => {
    // "lincoln": 115 matches, 40 names hold the word, a dozen end with it; Abraham Lincoln has 33.
    const others = Array.from({ length: 11 }, (_, i) =>
      candidate(`Someone Lincoln ${i}`, 'surname', 1, { count: 2 }),
    );
    const abraham = candidate('Abraham Lincoln', 'surname', 3.5, { count: 33 });
    expect(
      names(chooseNamedEntities([...others, abraham], { containing: 40, matches: 115 })),
    ).toEqual({ named: ['Abraham Lincoln'], lead: 'Abraham Lincoln' });
  });

  it('names no one for a common word that is also somebody’s surname', () => {
    const born = candidate('Max Born', 'surname', 30, { count: 2 });
    expect(names(chooseNamedEntities([born], { containing: 1, matches: 354 }))).toEqual({
      named: [],
      lead: null,
    });
  });

  it('shows a one-word name that is a common word, but does not put it first', () => {
    const prince = candidate('Prince', 'exact', 30, { count: 5 });
    expect(names(chooseNamedEntities([prince], { containing: 40, matches: 500 }))).toEqual({
      named: ['Prince'],
      lead: null,
    });
  });

  it('puts an alias’s subject and exact names before surnames', () => {
    const ww2 = candidate('World War II', 'exact', 5, { kind: 'topic', byAlias: true });
    const paris = candidate('Paris', 'exact', 90, { kind: 'topic' });
    const gaston = candidate('Gaston Paris', 'surname', 1);
    expect(names(chooseNamedEntities([gaston, paris, ww2], few))).toEqual({
      named: ['World War II', 'Paris', 'Gaston Paris'],
      lead: 'World War II',
    });
    expect(names(chooseNamedEntities([gaston, paris], few)).lead).toBe('Paris');
  });

  it('puts no one first when nobody is known at all', () => {
    const r = chooseNamedEntities(
      [candidate('A Smith', 'surname', 0), candidate('B Smith', 'surname', 0)],
      few,
    );
    expect(r.lead).toBeNull();
  });
});
