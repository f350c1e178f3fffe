import { describe, expect, it } from 'vitest';
import { classifyEntry } from './classify';

describe('classifyEntry', () => {
  it('files births, deaths and observances by kind', () => {
    expect(classifyEntry({ kind: 'birth', text: 'Edward Coke, English lawyer' })).toBe('births');
    expect(classifyEntry({ kind: 'death', text: 'Kan Balam I, ruler of Palenque' })).toBe('deaths');
    expect(classifyEntry({ kind: 'observance', text: 'Christian feast day: Theonistus' })).toBe(
      'holidays-observances',
    );
  });

  // Real lines from the muffinlabs and Wikimedia files.
  it.each([
    [
      'Arab–Byzantine wars: Antioch surrenders to the Rashidun Caliphate after the Battle of the Iron Bridge.',
      'military-warfare',
    ],
    [
      'Reconquista: Portuguese and Castilian forces halt a Muslim invasion at the Battle of Río Salado.',
      'military-warfare',
    ],
    [
      'Faucett Flight 251 crashes in the Andes; all 123 passengers and crew die.',
      'accidents-tragedies',
    ],
    ['An earthquake in Lisbon destroys much of the city.', 'accidents-tragedies'],
    [
      'The first democratic elections in Argentina, after seven years of military rule, are held.',
      'politics-government',
    ],
    [
      'Sweden is the first European Union member state to officially recognize the State of Palestine.',
      'politics-government',
    ],
    [
      'Nat Turner is arrested for leading the bloodiest slave rebellion in United States history.',
      'crime-law',
    ],
    [
      'Space Shuttle Challenger lifts off for mission STS-61-A, its final successful mission.',
      'space-exploration',
    ],
    [
      'Cold War: The Soviet Union launches Sputnik 1, the first artificial satellite to orbit the Earth.',
      'space-exploration',
    ],
    [
      'Domenico Melegatti obtains a patent for a procedure to be applied in producing pandoro industrially.',
      'science-technology',
    ],
    [
      'The Rumble in the Jungle boxing match between Muhammad Ali and George Foreman takes place in Zaire.',
      'sports-recreation',
    ],
    ['Pope Pius XII witnesses the "Miracle of the Sun" while at the Vatican.', 'arts-culture'],
    ['The Roald Amundsen expedition reaches the South Pole.', 'exploration-discovery'],
  ])('%s -> %s', (text, slug) => {
    expect(classifyEntry({ kind: 'event', text })).toBe(slug);
  });

  // What an entry links says what it is about where its words do not (or not enough).
  it.each([
    [
      'Vandal king Huneric organises a conference between Catholic and Arian bishops at Carthage.',
      ['Vandals', 'Huneric', 'Catholicism', 'Arianism', 'Carthage', 'Bishop'],
      'politics-government', // a king, a conference
      'arts-culture', // ... about Catholicism, Arianism and bishops: religion
    ],
    [
      'The Davis Cup competition is established.',
      ['Davis Cup'],
      'general-history',
      'sports-recreation',
    ],
    [
      'All Nippon Airways Flight 60 plunges into Tokyo Bay, killing 133.',
      ['All Nippon Airways Flight 60', 'Tokyo Bay'],
      'general-history',
      'accidents-tragedies',
    ],
    [
      'The United States bans all Cuban imports and exports.',
      ['United States embargo against Cuba', 'Cuba'],
      'general-history',
      'politics-government',
    ],
    [
      'Nuclear testing at the Nevada Test Site begins with Operation Ranger.',
      ['Nuclear weapons testing', 'Nevada Test Site', 'Operation Ranger'],
      'general-history',
      'military-warfare',
    ],
  ])('%s (links %j): %s by its words, %s with its links', (text, links, byWords, withLinks) => {
    expect(classifyEntry({ kind: 'event', text })).toBe(byWords);
    expect(classifyEntry({ kind: 'event', text, links: links.map((title) => ({ title })) })).toBe(
      withLinks,
    );
  });

  it('reads words whole in text with accented letters', () => {
    // "Blériot" is no "riot": JavaScript's \b takes "é" for a word boundary.
    expect(
      classifyEntry({
        kind: 'event',
        text: 'Louis Blériot makes the first flight across the English Channel in a heavier-than-air machine from Calais to Dover.',
      }),
    ).toBe('science-technology');
  });

  it('uses the given default for events no keyword places', () => {
    expect(
      classifyEntry({
        kind: 'event',
        text: 'The Stuttgart Cable Car is constructed.',
        defaultCategory: 'science-technology',
      }),
    ).toBe('science-technology');
    expect(classifyEntry({ kind: 'event', text: 'The Stuttgart Cable Car is constructed.' })).toBe(
      'general-history',
    );
  });
});
