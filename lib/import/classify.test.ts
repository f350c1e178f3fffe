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
    [
      'Vandal king Huneric organises a conference between Catholic and Arian bishops at Carthage.',
      'general-history',
    ],
  ])('%s -> %s', (text, slug) => {
    expect(classifyEntry({ kind: 'event', text })).toBe(slug);
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
