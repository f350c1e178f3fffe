import { describe, expect, it } from 'vitest';
import { parseImportJson, type ParseResult } from './index';

// Entries the importer used to drop but a careful person can read: their whole line in the year
// field ("1993 –Eritrea gains …", text null) and "before 160". Each is an entry of
// ../shared/data/muffinlabs as it is there; what stays skipped says why.

type ReadCase = [
  where: string,
  date: string,
  section: string,
  entry: unknown,
  expected: {
    year: number;
    circa: boolean;
    title: string;
    person?: { name: string; birthYear?: number; deathYear?: number };
  },
];

const READ_BACK: ReadCase[] = [
  // "1993 –Eritrea …": no space after the dash
  [
    '05-24 Events #43',
    'May 24',
    'Events',
    {
      year: '1993 –Eritrea gains its independence from Ethiopia.',
      text: null,
      html: '1993 –Eritrea gains its independence from Ethiopia. - <a href="https://wikipedia.org/wiki/1993" title="1993">1993</a> –<a href="https://wikipedia.org/wiki/Eritrea" title="Eritrea">Eritrea</a> gains its independence from <a href="https://wikipedia.org/wiki/Ethiopia" title="Ethiopia">Ethiopia</a>.',
      no_year_html:
        '<a href="https://wikipedia.org/wiki/1993" title="1993">1993</a> –<a href="https://wikipedia.org/wiki/Eritrea" title="Eritrea">Eritrea</a> gains its independence from <a href="https://wikipedia.org/wiki/Ethiopia" title="Ethiopia">Ethiopia</a>.',
      links: [
        { title: '1993', link: 'https://wikipedia.org/wiki/1993' },
        { title: 'Eritrea', link: 'https://wikipedia.org/wiki/Eritrea' },
        { title: 'Ethiopia', link: 'https://wikipedia.org/wiki/Ethiopia' },
      ],
    },
    { year: 1993, circa: false, title: 'Eritrea gains its independence from Ethiopia' },
  ],
  // an em dash
  [
    '03-23 Events #43',
    'March 23',
    'Events',
    {
      year: '2018 — President of Peru Pedro Pablo Kuczynski resigns from the presidency amid a mass corruption scandal before certain impeachment by the opposition-majority Congress of Peru.',
      text: null,
      html: '2018 — President of Peru Pedro Pablo Kuczynski resigns from the presidency amid a mass corruption scandal before certain impeachment by the opposition-majority Congress of Peru. - <a href="https://wikipedia.org/wiki/2018" title="2018">2018</a> — <a href="https://wikipedia.org/wiki/President_of_Peru" title="President of Peru">President of Peru</a> <a href="https://wikipedia.org/wiki/Pedro_Pablo_Kuczynski" title="Pedro Pablo Kuczynski">Pedro Pablo Kuczynski</a> resigns from the presidency amid a <a href="https://wikipedia.org/wiki/Operation_Car_Wash" title="Operation Car Wash">mass corruption scandal</a> before certain <a href="https://wikipedia.org/wiki/Impeachment" title="Impeachment">impeachment</a> by the <a href="https://wikipedia.org/wiki/Parliamentary_opposition" title="Parliamentary opposition">opposition</a>-majority <a href="https://wikipedia.org/wiki/Congress_of_the_Republic_of_Peru" title="Congress of the Republic of Peru">Congress of Peru</a>.',
      no_year_html:
        '<a href="https://wikipedia.org/wiki/2018" title="2018">2018</a> — <a href="https://wikipedia.org/wiki/President_of_Peru" title="President of Peru">President of Peru</a> <a href="https://wikipedia.org/wiki/Pedro_Pablo_Kuczynski" title="Pedro Pablo Kuczynski">Pedro Pablo Kuczynski</a> resigns from the presidency amid a <a href="https://wikipedia.org/wiki/Operation_Car_Wash" title="Operation Car Wash">mass corruption scandal</a> before certain <a href="https://wikipedia.org/wiki/Impeachment" title="Impeachment">impeachment</a> by the <a href="https://wikipedia.org/wiki/Parliamentary_opposition" title="Parliamentary opposition">opposition</a>-majority <a href="https://wikipedia.org/wiki/Congress_of_the_Republic_of_Peru" title="Congress of the Republic of Peru">Congress of Peru</a>.',
      links: [
        { title: '2018', link: 'https://wikipedia.org/wiki/2018' },
        { title: 'President of Peru', link: 'https://wikipedia.org/wiki/President_of_Peru' },
        {
          title: 'Pedro Pablo Kuczynski',
          link: 'https://wikipedia.org/wiki/Pedro_Pablo_Kuczynski',
        },
        { title: 'Operation Car Wash', link: 'https://wikipedia.org/wiki/Operation_Car_Wash' },
        { title: 'Impeachment', link: 'https://wikipedia.org/wiki/Impeachment' },
        {
          title: 'Parliamentary opposition',
          link: 'https://wikipedia.org/wiki/Parliamentary_opposition',
        },
        {
          title: 'Congress of the Republic of Peru',
          link: 'https://wikipedia.org/wiki/Congress_of_the_Republic_of_Peru',
        },
      ],
    },
    {
      year: 2018,
      circa: false,
      title:
        'President of Peru Pedro Pablo Kuczynski resigns from the presidency amid a mass corruption scandal before certain impeachment by the opposition-majority Congress of Peru',
    },
  ],
  // a colon, and a citation mark
  [
    '07-17 Events #12',
    'July 17',
    'Events',
    {
      year: '1821: The Kingdom of Spain cedes the territory of Florida to the United States.[1]',
      text: null,
      html: '1821: The Kingdom of Spain cedes the territory of Florida to the United States.[1] - <a href="https://wikipedia.org/wiki/1821" title="1821">1821</a>: The <a href="https://wikipedia.org/wiki/Kingdom_of_Spain" class="mw-redirect" title="Kingdom of Spain">Kingdom of Spain</a> cedes the territory of <a href="https://wikipedia.org/wiki/History_of_Florida#End_of_Spanish_control" title="History of Florida">Florida</a> to the United States.',
      no_year_html:
        '<a href="https://wikipedia.org/wiki/1821" title="1821">1821</a>: The <a href="https://wikipedia.org/wiki/Kingdom_of_Spain" class="mw-redirect" title="Kingdom of Spain">Kingdom of Spain</a> cedes the territory of <a href="https://wikipedia.org/wiki/History_of_Florida#End_of_Spanish_control" title="History of Florida">Florida</a> to the United States.',
      links: [
        { title: '1821', link: 'https://wikipedia.org/wiki/1821' },
        { title: 'Kingdom of Spain', link: 'https://wikipedia.org/wiki/Kingdom_of_Spain' },
        {
          title: 'History of Florida',
          link: 'https://wikipedia.org/wiki/History_of_Florida#End_of_Spanish_control',
        },
      ],
    },
    {
      year: 1821,
      circa: false,
      title: 'The Kingdom of Spain cedes the territory of Florida to the United States',
    },
  ],
  // a non-breaking space before the dash
  [
    '09-15 Events #3',
    'September 15',
    'Events',
    {
      year: '1530 – Appearance of the miraculous portrait of Saint Dominic in Soriano in Soriano Calabro, Calabria, Italy; commemorated as a feast day by the Roman Catholic Church 1644-1912.',
      text: null,
      html: '1530 – Appearance of the miraculous portrait of Saint Dominic in Soriano in Soriano Calabro, Calabria, Italy; commemorated as a feast day by the Roman Catholic Church 1644-1912. - <a href="https://wikipedia.org/wiki/1530" title="1530">1530</a> – Appearance of the miraculous portrait of <i><a href="https://wikipedia.org/wiki/Saint_Dominic_in_Soriano" title="Saint Dominic in Soriano">Saint Dominic in Soriano</a></i> in <a href="https://wikipedia.org/wiki/Soriano_Calabro" title="Soriano Calabro">Soriano Calabro</a>, <a href="https://wikipedia.org/wiki/Calabria" title="Calabria">Calabria</a>, Italy; commemorated as a feast day by the Roman Catholic Church 1644-1912.',
      no_year_html:
        '<a href="https://wikipedia.org/wiki/1530" title="1530">1530</a> – Appearance of the miraculous portrait of <i><a href="https://wikipedia.org/wiki/Saint_Dominic_in_Soriano" title="Saint Dominic in Soriano">Saint Dominic in Soriano</a></i> in <a href="https://wikipedia.org/wiki/Soriano_Calabro" title="Soriano Calabro">Soriano Calabro</a>, <a href="https://wikipedia.org/wiki/Calabria" title="Calabria">Calabria</a>, Italy; commemorated as a feast day by the Roman Catholic Church 1644-1912.',
      links: [
        { title: '1530', link: 'https://wikipedia.org/wiki/1530' },
        {
          title: 'Saint Dominic in Soriano',
          link: 'https://wikipedia.org/wiki/Saint_Dominic_in_Soriano',
        },
        { title: 'Soriano Calabro', link: 'https://wikipedia.org/wiki/Soriano_Calabro' },
        { title: 'Calabria', link: 'https://wikipedia.org/wiki/Calabria' },
      ],
    },
    {
      year: 1530,
      circa: false,
      title:
        'Appearance of the miraculous portrait of Saint Dominic in Soriano in Soriano Calabro, Calabria, Italy; commemorated as a feast day by the Roman Catholic Church 1644-1912',
    },
  ],
  // a list bullet after the dash
  [
    '12-17 Events #13',
    'December 17',
    'Events',
    {
      year: '1819 –*Simón Bolívar declares the independence of Gran Colombia in Angostura (now Ciudad Bolívar in Venezuela).',
      text: null,
      html: '1819 –*Simón Bolívar declares the independence of Gran Colombia in Angostura (now Ciudad Bolívar in Venezuela). - <a href="https://wikipedia.org/wiki/1819" title="1819">1819</a> –*<a href="https://wikipedia.org/wiki/Sim%C3%B3n_Bol%C3%ADvar" title="Simón Bolívar">Simón Bolívar</a> declares the independence of <a href="https://wikipedia.org/wiki/Gran_Colombia" title="Gran Colombia">Gran Colombia</a> in Angostura (now <a href="https://wikipedia.org/wiki/Ciudad_Bol%C3%ADvar" title="Ciudad Bolívar">Ciudad Bolívar</a> in <a href="https://wikipedia.org/wiki/Venezuela" title="Venezuela">Venezuela</a>).',
      no_year_html:
        '<a href="https://wikipedia.org/wiki/1819" title="1819">1819</a> –*<a href="https://wikipedia.org/wiki/Sim%C3%B3n_Bol%C3%ADvar" title="Simón Bolívar">Simón Bolívar</a> declares the independence of <a href="https://wikipedia.org/wiki/Gran_Colombia" title="Gran Colombia">Gran Colombia</a> in Angostura (now <a href="https://wikipedia.org/wiki/Ciudad_Bol%C3%ADvar" title="Ciudad Bolívar">Ciudad Bolívar</a> in <a href="https://wikipedia.org/wiki/Venezuela" title="Venezuela">Venezuela</a>).',
      links: [
        { title: '1819', link: 'https://wikipedia.org/wiki/1819' },
        { title: 'Simón Bolívar', link: 'https://wikipedia.org/wiki/Sim%C3%B3n_Bol%C3%ADvar' },
        { title: 'Gran Colombia', link: 'https://wikipedia.org/wiki/Gran_Colombia' },
        { title: 'Ciudad Bolívar', link: 'https://wikipedia.org/wiki/Ciudad_Bol%C3%ADvar' },
        { title: 'Venezuela', link: 'https://wikipedia.org/wiki/Venezuela' },
      ],
    },
    {
      year: 1819,
      circa: false,
      title:
        'Simón Bolívar declares the independence of Gran Colombia in Angostura (now Ciudad Bolívar in Venezuela)',
    },
  ],
  // a death, its life note without a space
  [
    '01-11 Deaths #130',
    'January 11',
    'Deaths',
    {
      year: '2018 –Michael Atiyah, British-Lebanese mathematician (b.1929)[4]',
      text: null,
      html: '2018 –Michael Atiyah, British-Lebanese mathematician (b.1929)[4] - 2018 –<a href="https://wikipedia.org/wiki/Michael_Atiyah" title="Michael Atiyah">Michael Atiyah</a>, British-Lebanese mathematician (b.1929)',
      no_year_html:
        '2018 –<a href="https://wikipedia.org/wiki/Michael_Atiyah" title="Michael Atiyah">Michael Atiyah</a>, British-Lebanese mathematician (b.1929)',
      links: [{ title: 'Michael Atiyah', link: 'https://wikipedia.org/wiki/Michael_Atiyah' }],
    },
    {
      year: 2018,
      circa: false,
      title: 'Michael Atiyah',
      person: { name: 'Michael Atiyah', birthYear: 1929 },
    },
  ],
  // a year BC
  [
    '08-12 Deaths #0',
    'August 12',
    'Deaths',
    {
      year: '30 BC– Cleopatra, Egyptian queen (b. 69 BC)',
      text: null,
      html: '30 BC– Cleopatra, Egyptian queen (b. 69 BC) - <a href="https://wikipedia.org/wiki/30_BC" title="30 BC">30 BC</a>– <a href="https://wikipedia.org/wiki/Cleopatra" title="Cleopatra">Cleopatra</a>, Egyptian queen (b. 69 BC)',
      no_year_html:
        '<a href="https://wikipedia.org/wiki/30_BC" title="30 BC">30 BC</a>– <a href="https://wikipedia.org/wiki/Cleopatra" title="Cleopatra">Cleopatra</a>, Egyptian queen (b. 69 BC)',
      links: [
        { title: '30 BC', link: 'https://wikipedia.org/wiki/30_BC' },
        { title: 'Cleopatra', link: 'https://wikipedia.org/wiki/Cleopatra' },
      ],
    },
    { year: -30, circa: false, title: 'Cleopatra', person: { name: 'Cleopatra', birthYear: -69 } },
  ],
  // the year of the AD 40 link
  [
    '06-13 Births #0',
    'June 13',
    'Births',
    {
      year: '40– Gnaeus Julius Agricola, Roman general (d. 93)',
      text: null,
      html: '40– Gnaeus Julius Agricola, Roman general (d. 93) - <a href="https://wikipedia.org/wiki/AD_40" title="AD 40">AD 40</a>– <a href="https://wikipedia.org/wiki/Gnaeus_Julius_Agricola" title="Gnaeus Julius Agricola">Gnaeus Julius Agricola</a>, Roman general (d. 93)',
      no_year_html:
        '<a href="https://wikipedia.org/wiki/AD_40" title="AD 40">AD 40</a>– <a href="https://wikipedia.org/wiki/Gnaeus_Julius_Agricola" title="Gnaeus Julius Agricola">Gnaeus Julius Agricola</a>, Roman general (d. 93)',
      links: [
        { title: 'AD 40', link: 'https://wikipedia.org/wiki/AD_40' },
        {
          title: 'Gnaeus Julius Agricola',
          link: 'https://wikipedia.org/wiki/Gnaeus_Julius_Agricola',
        },
      ],
    },
    {
      year: 40,
      circa: false,
      title: 'Gnaeus Julius Agricola',
      person: { name: 'Gnaeus Julius Agricola', deathYear: 93 },
    },
  ],
  // "1986– Neil Wagner"
  [
    '03-13 Births #170',
    'March 13',
    'Births',
    {
      year: '1986– Neil Wagner, South African-New Zealand cricketer',
      text: null,
      html: '1986– Neil Wagner, South African-New Zealand cricketer - <a href="https://wikipedia.org/wiki/1986" title="1986">1986</a>– <a href="https://wikipedia.org/wiki/Neil_Wagner" title="Neil Wagner">Neil Wagner</a>, South African-New Zealand cricketer',
      no_year_html:
        '<a href="https://wikipedia.org/wiki/1986" title="1986">1986</a>– <a href="https://wikipedia.org/wiki/Neil_Wagner" title="Neil Wagner">Neil Wagner</a>, South African-New Zealand cricketer',
      links: [
        { title: '1986', link: 'https://wikipedia.org/wiki/1986' },
        { title: 'Neil Wagner', link: 'https://wikipedia.org/wiki/Neil_Wagner' },
      ],
    },
    { year: 1986, circa: false, title: 'Neil Wagner', person: { name: 'Neil Wagner' } },
  ],
  // a minus sign for the dash
  [
    '12-02 Births #206',
    'December 2',
    'Births',
    {
      year: '1995 − Inori Minase, Japanese actress, voice actress and singer',
      text: null,
      html: '1995 − Inori Minase, Japanese actress, voice actress and singer - 1995 − <a href="https://wikipedia.org/wiki/Inori_Minase" title="Inori Minase">Inori Minase</a>, Japanese actress, voice actress and singer',
      no_year_html:
        '1995 − <a href="https://wikipedia.org/wiki/Inori_Minase" title="Inori Minase">Inori Minase</a>, Japanese actress, voice actress and singer',
      links: [{ title: 'Inori Minase', link: 'https://wikipedia.org/wiki/Inori_Minase' }],
    },
    { year: 1995, circa: false, title: 'Inori Minase', person: { name: 'Inori Minase' } },
  ],
  // "before 160": circa 160
  [
    '05-07 Births #0',
    'May 7',
    'Births',
    {
      year: 'before 160',
      text: 'Julia Maesa, Roman noblewoman (d. 224)',
      html: 'before 160 - before <a href="https://wikipedia.org/wiki/160" title="160">160</a> – <a href="https://wikipedia.org/wiki/Julia_Maesa" title="Julia Maesa">Julia Maesa</a>, Roman noblewoman (d. 224)',
      no_year_html:
        'before <a href="https://wikipedia.org/wiki/160" title="160">160</a> – <a href="https://wikipedia.org/wiki/Julia_Maesa" title="Julia Maesa">Julia Maesa</a>, Roman noblewoman (d. 224)',
      links: [
        { title: '160', link: 'https://wikipedia.org/wiki/160' },
        { title: 'Julia Maesa', link: 'https://wikipedia.org/wiki/Julia_Maesa' },
      ],
    },
    {
      year: 160,
      circa: true,
      title: 'Julia Maesa',
      person: { name: 'Julia Maesa', deathYear: 224 },
    },
  ],
];

// 01-24 Births #244: a year and a dash, and nothing else
const YEAR_ONLY = {
  year: '1988 –',
  text: null,
  html: '1988 – - <a href="https://wikipedia.org/wiki/1988" title="1988">1988</a> –',
  no_year_html: '<a href="https://wikipedia.org/wiki/1988" title="1988">1988</a> –',
  links: [{ title: '1988', link: 'https://wikipedia.org/wiki/1988' }],
};

// 01-28 Deaths #54 and #55: the Challenger crew, then its first member again on its own
const CHALLENGER_CREW = {
  year: '1986',
  text: 'Space Shuttle Challenger crew\nGregory Jarvis, American captain, engineer, and astronaut (b. 1944)\nChrista McAuliffe, American educator and astronaut (b. 1948)\nRonald McNair, American physicist and astronaut (b. 1950)\nEllison Onizuka, American engineer and astronaut (b. 1946)\nJudith Resnik, American colonel, engineer, and astronaut (b. 1949)\nDick Scobee, American colonel, pilot, and astronaut (b. 1939)\nMichael J. Smith, American captain, pilot, and astronaut (b. 1945)',
  html: '1986 - <a href="https://wikipedia.org/wiki/Space_Shuttle_Challenger" title="Space Shuttle Challenger">Space Shuttle Challenger</a> crew\n<ul>\n<li>\n<a href="https://wikipedia.org/wiki/Gregory_Jarvis" title="Gregory Jarvis">Gregory Jarvis</a>, American captain, engineer, and astronaut (b. 1944)</li>\n<li>\n<a href="https://wikipedia.org/wiki/Christa_McAuliffe" title="Christa McAuliffe">Christa McAuliffe</a>, American educator and astronaut (b. 1948)</li>\n<li>\n<a href="https://wikipedia.org/wiki/Ronald_McNair" title="Ronald McNair">Ronald McNair</a>, American physicist and astronaut (b. 1950)</li>\n<li>\n<a href="https://wikipedia.org/wiki/Ellison_Onizuka" title="Ellison Onizuka">Ellison Onizuka</a>, American engineer and astronaut (b. 1946)</li>\n<li>\n<a href="https://wikipedia.org/wiki/Judith_Resnik" title="Judith Resnik">Judith Resnik</a>, American colonel, engineer, and astronaut (b. 1949)</li>\n<li>\n<a href="https://wikipedia.org/wiki/Dick_Scobee" title="Dick Scobee">Dick Scobee</a>, American colonel, pilot, and astronaut (b. 1939)</li>\n<li>\n<a href="https://wikipedia.org/wiki/Michael_J._Smith_(astronaut)" title="Michael J. Smith (astronaut)">Michael J. Smith</a>, American captain, pilot, and astronaut (b. 1945)</li>\n</ul>',
  no_year_html:
    '<a href="https://wikipedia.org/wiki/Space_Shuttle_Challenger" title="Space Shuttle Challenger">Space Shuttle Challenger</a> crew\n<ul>\n<li>\n<a href="https://wikipedia.org/wiki/Gregory_Jarvis" title="Gregory Jarvis">Gregory Jarvis</a>, American captain, engineer, and astronaut (b. 1944)</li>\n<li>\n<a href="https://wikipedia.org/wiki/Christa_McAuliffe" title="Christa McAuliffe">Christa McAuliffe</a>, American educator and astronaut (b. 1948)</li>\n<li>\n<a href="https://wikipedia.org/wiki/Ronald_McNair" title="Ronald McNair">Ronald McNair</a>, American physicist and astronaut (b. 1950)</li>\n<li>\n<a href="https://wikipedia.org/wiki/Ellison_Onizuka" title="Ellison Onizuka">Ellison Onizuka</a>, American engineer and astronaut (b. 1946)</li>\n<li>\n<a href="https://wikipedia.org/wiki/Judith_Resnik" title="Judith Resnik">Judith Resnik</a>, American colonel, engineer, and astronaut (b. 1949)</li>\n<li>\n<a href="https://wikipedia.org/wiki/Dick_Scobee" title="Dick Scobee">Dick Scobee</a>, American colonel, pilot, and astronaut (b. 1939)</li>\n<li>\n<a href="https://wikipedia.org/wiki/Michael_J._Smith_(astronaut)" title="Michael J. Smith (astronaut)">Michael J. Smith</a>, American captain, pilot, and astronaut (b. 1945)</li>\n</ul>',
  links: [
    {
      title: 'Space Shuttle Challenger',
      link: 'https://wikipedia.org/wiki/Space_Shuttle_Challenger',
    },
    { title: 'Gregory Jarvis', link: 'https://wikipedia.org/wiki/Gregory_Jarvis' },
    { title: 'Christa McAuliffe', link: 'https://wikipedia.org/wiki/Christa_McAuliffe' },
    { title: 'Ronald McNair', link: 'https://wikipedia.org/wiki/Ronald_McNair' },
    { title: 'Ellison Onizuka', link: 'https://wikipedia.org/wiki/Ellison_Onizuka' },
    { title: 'Judith Resnik', link: 'https://wikipedia.org/wiki/Judith_Resnik' },
    { title: 'Dick Scobee', link: 'https://wikipedia.org/wiki/Dick_Scobee' },
    {
      title: 'Michael J. Smith (astronaut)',
      link: 'https://wikipedia.org/wiki/Michael_J._Smith_(astronaut)',
    },
  ],
};
const CHALLENGER_MEMBER = {
  year: 'Gregory Jarvis, American captain, engineer, and astronaut (b. 1944)',
  text: null,
  html: 'Gregory Jarvis, American captain, engineer, and astronaut (b. 1944) - <a href="https://wikipedia.orghttps://wikipedia.org/wiki/Gregory_Jarvis" title="Gregory Jarvis">Gregory Jarvis</a>, American captain, engineer, and astronaut (b. 1944)',
  no_year_html:
    '<a href="https://wikipedia.orghttps://wikipedia.org/wiki/Gregory_Jarvis" title="Gregory Jarvis">Gregory Jarvis</a>, American captain, engineer, and astronaut (b. 1944)',
  links: [
    {
      title: 'Gregory Jarvis',
      link: 'https://wikipedia.orghttps://wikipedia.org/wiki/Gregory_Jarvis',
    },
  ],
};

function parseDay(date: string, section: string, entries: unknown[]): ParseResult {
  const parsed = parseImportJson(
    {
      date,
      url: `https://wikipedia.org/wiki/${date.replace(' ', '_')}`,
      data: { [section]: entries },
    },
    { fileName: 'day.json' },
  );
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

describe('entries whose text sits in the year field', () => {
  it.each(READ_BACK)('%s (%s) is imported', (_where, date, section, entry, expected) => {
    const { rows, skipped } = parseDay(date, section, [entry]);
    expect(skipped).toEqual([]);
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect(row).toMatchObject({
      year: expected.year,
      circa: expected.circa,
      title: expected.title,
    });
    if (expected.person) {
      expect(row?.people).toEqual([
        expect.objectContaining({ birthYear: null, deathYear: null, ...expected.person }),
      ]);
    }
  });

  it('keeps a year with nothing after it skipped, saying what the year field holds', () => {
    expect(parseDay('January 24', 'Births', [YEAR_ONLY]).skipped).toEqual([
      expect.objectContaining({
        code: 'null-text',
        reason: 'text is null (the year field holds only "1988 –")',
      }),
    ]);
  });

  it("skips a grouped entry's member repeated on its own, naming the group that holds it", () => {
    const { rows, skipped } = parseDay('January 28', 'Deaths', [
      CHALLENGER_CREW,
      CHALLENGER_MEMBER,
    ]);
    expect(rows.map((r) => r.year)).toEqual([1986]);
    expect(skipped).toEqual([
      {
        where: { file: 'day.json', section: 'Deaths', index: 1 },
        rawYear: 'Gregory Jarvis, American captain, engineer, and astronaut (b. 1944)',
        code: 'repeated-line',
        reason: 'repeats a line of the grouped entry Deaths #0 (1986), which is imported with it',
      },
    ]);
  });
});
