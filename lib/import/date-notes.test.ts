import { describe, expect, it } from 'vitest';
import { MONTH_NAMES, formatHistoricalDate, howLongAgo } from '@/lib/dates';
import { MAYBE_SWEDISH_DATE_NOTE, SWEDISH_DATE_NOTE, dateNoteWarnings } from './date-notes';
import { parseImportJson, type ImportRow } from './index';

// What an entry's text says about its own date. Every line below is an entry of
// ../shared/data/muffinlabs as it is there (date page, section, entry), with what the importer must
// store: every line of the corpus that marks a date's calendar (Julian, Old Style, O.S., New Style,
// N.S.), each way a line calls its date traditional, likely, probable, approximate or unknown (and
// the look-alikes that do not), and Swedish entries of 1700–1712. The corpus-wide counts are in
// db/queries/import.real-data.test.ts.

type Expected = { calendar?: 'julian' | 'gregorian'; circa: boolean; note?: 'swedish' | 'maybe' };
type DateCase = [where: string, date: string, section: string, entry: unknown, expected: Expected];

const JULIAN: DateCase[] = [
  // "(Old Style date)": Louisbourg, 1745
  [
    '06-16 Events #5',
    'June 16',
    'Events',
    {
      year: '1745',
      text: 'War of the Austrian Succession: New England colonial troops under the command of William Pepperrell capture the Fortress of Louisbourg in Louisbourg, New France (Old Style date).',
      html: '1745 - <a href="https://wikipedia.org/wiki/War_of_the_Austrian_Succession" title="War of the Austrian Succession">War of the Austrian Succession</a>: <a href="https://wikipedia.org/wiki/New_England" title="New England">New England</a> colonial troops under the command of <a href="https://wikipedia.org/wiki/William_Pepperrell" title="William Pepperrell">William Pepperrell</a> capture the <a href="https://wikipedia.org/wiki/Fortress_of_Louisbourg" title="Fortress of Louisbourg">Fortress of Louisbourg</a> in <a href="https://wikipedia.org/wiki/Louisbourg" title="Louisbourg">Louisbourg</a>, <a href="https://wikipedia.org/wiki/New_France" title="New France">New France</a> (<a href="https://wikipedia.org/wiki/Old_Style" class="mw-redirect" title="Old Style">Old Style</a> date).',
      no_year_html:
        '<a href="https://wikipedia.org/wiki/War_of_the_Austrian_Succession" title="War of the Austrian Succession">War of the Austrian Succession</a>: <a href="https://wikipedia.org/wiki/New_England" title="New England">New England</a> colonial troops under the command of <a href="https://wikipedia.org/wiki/William_Pepperrell" title="William Pepperrell">William Pepperrell</a> capture the <a href="https://wikipedia.org/wiki/Fortress_of_Louisbourg" title="Fortress of Louisbourg">Fortress of Louisbourg</a> in <a href="https://wikipedia.org/wiki/Louisbourg" title="Louisbourg">Louisbourg</a>, <a href="https://wikipedia.org/wiki/New_France" title="New France">New France</a> (<a href="https://wikipedia.org/wiki/Old_Style" class="mw-redirect" title="Old Style">Old Style</a> date).',
      links: [
        {
          title: 'War of the Austrian Succession',
          link: 'https://wikipedia.org/wiki/War_of_the_Austrian_Succession',
        },
        { title: 'New England', link: 'https://wikipedia.org/wiki/New_England' },
        { title: 'William Pepperrell', link: 'https://wikipedia.org/wiki/William_Pepperrell' },
        {
          title: 'Fortress of Louisbourg',
          link: 'https://wikipedia.org/wiki/Fortress_of_Louisbourg',
        },
        { title: 'Louisbourg', link: 'https://wikipedia.org/wiki/Louisbourg' },
        { title: 'New France', link: 'https://wikipedia.org/wiki/New_France' },
        { title: 'Old Style', link: 'https://wikipedia.org/wiki/Old_Style' },
      ],
    },
    { calendar: 'julian', circa: false },
  ],
  // "(as reckoned under the Julian calendar)": the Battle of the Boyne, 1690
  [
    '07-01 Events #8',
    'July 1',
    'Events',
    {
      year: '1690',
      text: 'Glorious Revolution: Battle of the Boyne in Ireland (as reckoned under the Julian calendar).',
      html: '1690 - <a href="https://wikipedia.org/wiki/Glorious_Revolution" title="Glorious Revolution">Glorious Revolution</a>: <a href="https://wikipedia.org/wiki/Battle_of_the_Boyne" title="Battle of the Boyne">Battle of the Boyne</a> in Ireland (as reckoned under the <a href="https://wikipedia.org/wiki/Julian_calendar" title="Julian calendar">Julian calendar</a>).',
      no_year_html:
        '<a href="https://wikipedia.org/wiki/Glorious_Revolution" title="Glorious Revolution">Glorious Revolution</a>: <a href="https://wikipedia.org/wiki/Battle_of_the_Boyne" title="Battle of the Boyne">Battle of the Boyne</a> in Ireland (as reckoned under the <a href="https://wikipedia.org/wiki/Julian_calendar" title="Julian calendar">Julian calendar</a>).',
      links: [
        { title: 'Glorious Revolution', link: 'https://wikipedia.org/wiki/Glorious_Revolution' },
        { title: 'Battle of the Boyne', link: 'https://wikipedia.org/wiki/Battle_of_the_Boyne' },
        { title: 'Julian calendar', link: 'https://wikipedia.org/wiki/Julian_calendar' },
      ],
    },
    { calendar: 'julian', circa: false },
  ],
  // "(Julian calendar date)": the Romanovs, 1918
  [
    '07-04 Events #47',
    'July 4',
    'Events',
    {
      year: '1918',
      text: 'Bolsheviks kill Tsar Nicholas II of Russia and his family (Julian calendar date).',
      html: '1918 - <a href="https://wikipedia.org/wiki/Bolshevik" class="mw-redirect" title="Bolshevik">Bolsheviks</a> kill Tsar <a href="https://wikipedia.org/wiki/Nicholas_II_of_Russia" title="Nicholas II of Russia">Nicholas II of Russia</a> and his family (<a href="https://wikipedia.org/wiki/Julian_calendar" title="Julian calendar">Julian calendar</a> date).',
      no_year_html:
        '<a href="https://wikipedia.org/wiki/Bolshevik" class="mw-redirect" title="Bolshevik">Bolsheviks</a> kill Tsar <a href="https://wikipedia.org/wiki/Nicholas_II_of_Russia" title="Nicholas II of Russia">Nicholas II of Russia</a> and his family (<a href="https://wikipedia.org/wiki/Julian_calendar" title="Julian calendar">Julian calendar</a> date).',
      links: [
        { title: 'Bolshevik', link: 'https://wikipedia.org/wiki/Bolshevik' },
        {
          title: 'Nicholas II of Russia',
          link: 'https://wikipedia.org/wiki/Nicholas_II_of_Russia',
        },
        { title: 'Julian calendar', link: 'https://wikipedia.org/wiki/Julian_calendar' },
      ],
    },
    { calendar: 'julian', circa: false },
  ],
  // "(Julian calendar)": Aughrim, 1691
  [
    '07-12 Events #10',
    'July 12',
    'Events',
    {
      year: '1691',
      text: "Battle of Aughrim (Julian calendar): The decisive victory of William III of England's forces in Ireland.",
      html: '1691 - <a href="https://wikipedia.org/wiki/Battle_of_Aughrim" title="Battle of Aughrim">Battle of Aughrim</a> (<a href="https://wikipedia.org/wiki/Julian_calendar" title="Julian calendar">Julian calendar</a>): The decisive victory of <a href="https://wikipedia.org/wiki/William_III_of_England" title="William III of England">William III of England</a>\'s forces in Ireland.',
      no_year_html:
        '<a href="https://wikipedia.org/wiki/Battle_of_Aughrim" title="Battle of Aughrim">Battle of Aughrim</a> (<a href="https://wikipedia.org/wiki/Julian_calendar" title="Julian calendar">Julian calendar</a>): The decisive victory of <a href="https://wikipedia.org/wiki/William_III_of_England" title="William III of England">William III of England</a>\'s forces in Ireland.',
      links: [
        { title: 'Battle of Aughrim', link: 'https://wikipedia.org/wiki/Battle_of_Aughrim' },
        { title: 'Julian calendar', link: 'https://wikipedia.org/wiki/Julian_calendar' },
        {
          title: 'William III of England',
          link: 'https://wikipedia.org/wiki/William_III_of_England',
        },
      ],
    },
    { calendar: 'julian', circa: false },
  ],
  // "(Julian calendar)": Nerchinsk, 1689
  [
    '08-27 Events #4',
    'August 27',
    'Events',
    {
      year: '1689',
      text: 'The Treaty of Nerchinsk is signed by Russia and the Qing Empire (Julian calendar).',
      html: '1689 - The <a href="https://wikipedia.org/wiki/Treaty_of_Nerchinsk" title="Treaty of Nerchinsk">Treaty of Nerchinsk</a> is signed by <a href="https://wikipedia.org/wiki/Tsardom_of_Russia" title="Tsardom of Russia">Russia</a> and the <a href="https://wikipedia.org/wiki/Qing_Empire" class="mw-redirect" title="Qing Empire">Qing Empire</a> (<a href="https://wikipedia.org/wiki/Julian_calendar" title="Julian calendar">Julian calendar</a>).',
      no_year_html:
        'The <a href="https://wikipedia.org/wiki/Treaty_of_Nerchinsk" title="Treaty of Nerchinsk">Treaty of Nerchinsk</a> is signed by <a href="https://wikipedia.org/wiki/Tsardom_of_Russia" title="Tsardom of Russia">Russia</a> and the <a href="https://wikipedia.org/wiki/Qing_Empire" class="mw-redirect" title="Qing Empire">Qing Empire</a> (<a href="https://wikipedia.org/wiki/Julian_calendar" title="Julian calendar">Julian calendar</a>).',
      links: [
        { title: 'Treaty of Nerchinsk', link: 'https://wikipedia.org/wiki/Treaty_of_Nerchinsk' },
        { title: 'Tsardom of Russia', link: 'https://wikipedia.org/wiki/Tsardom_of_Russia' },
        { title: 'Qing Empire', link: 'https://wikipedia.org/wiki/Qing_Empire' },
        { title: 'Julian calendar', link: 'https://wikipedia.org/wiki/Julian_calendar' },
      ],
    },
    { calendar: 'julian', circa: false },
  ],
  // "(Old Style date; September 16 per New Style date.)": the Mayflower, 1620
  [
    '09-06 Events #3',
    'September 6',
    'Events',
    {
      year: '1620',
      text: 'The Pilgrims sail from Plymouth, England on the Mayflower to settle in North America. (Old Style date; September 16 per New Style date.)',
      html: '1620 - The <a href="https://wikipedia.org/wiki/Pilgrim_Fathers" class="mw-redirect" title="Pilgrim Fathers">Pilgrims</a> sail from <a href="https://wikipedia.org/wiki/Plymouth" title="Plymouth">Plymouth</a>, England on the <i><a href="https://wikipedia.org/wiki/Mayflower" title="Mayflower">Mayflower</a></i> to settle in North America. (<a href="https://wikipedia.org/wiki/Old_Style" class="mw-redirect" title="Old Style">Old Style</a> date; <a href="https://wikipedia.org/wiki/September_16" title="September 16">September 16</a> per <a href="https://wikipedia.org/wiki/New_Style" class="mw-redirect" title="New Style">New Style</a> date.)',
      no_year_html:
        'The <a href="https://wikipedia.org/wiki/Pilgrim_Fathers" class="mw-redirect" title="Pilgrim Fathers">Pilgrims</a> sail from <a href="https://wikipedia.org/wiki/Plymouth" title="Plymouth">Plymouth</a>, England on the <i><a href="https://wikipedia.org/wiki/Mayflower" title="Mayflower">Mayflower</a></i> to settle in North America. (<a href="https://wikipedia.org/wiki/Old_Style" class="mw-redirect" title="Old Style">Old Style</a> date; <a href="https://wikipedia.org/wiki/September_16" title="September 16">September 16</a> per <a href="https://wikipedia.org/wiki/New_Style" class="mw-redirect" title="New Style">New Style</a> date.)',
      links: [
        { title: 'Pilgrim Fathers', link: 'https://wikipedia.org/wiki/Pilgrim_Fathers' },
        { title: 'Plymouth', link: 'https://wikipedia.org/wiki/Plymouth' },
        { title: 'Mayflower', link: 'https://wikipedia.org/wiki/Mayflower' },
        { title: 'Old Style', link: 'https://wikipedia.org/wiki/Old_Style' },
        { title: 'September 16', link: 'https://wikipedia.org/wiki/September_16' },
        { title: 'New Style', link: 'https://wikipedia.org/wiki/New_Style' },
      ],
    },
    { calendar: 'julian', circa: false },
  ],
  // "Old Style date of": the October Revolution, 1917
  [
    '10-25 Events #12',
    'October 25',
    'Events',
    {
      year: '1917',
      text: 'Old Style date of the October Revolution in Russia.',
      html: '1917 - <a href="https://wikipedia.org/wiki/Old_Style_and_New_Style_dates" title="Old Style and New Style dates">Old Style date</a> of the <a href="https://wikipedia.org/wiki/October_Revolution" title="October Revolution">October Revolution</a> in Russia.',
      no_year_html:
        '<a href="https://wikipedia.org/wiki/Old_Style_and_New_Style_dates" title="Old Style and New Style dates">Old Style date</a> of the <a href="https://wikipedia.org/wiki/October_Revolution" title="October Revolution">October Revolution</a> in Russia.',
      links: [
        {
          title: 'Old Style and New Style dates',
          link: 'https://wikipedia.org/wiki/Old_Style_and_New_Style_dates',
        },
        { title: 'October Revolution', link: 'https://wikipedia.org/wiki/October_Revolution' },
      ],
    },
    { calendar: 'julian', circa: false },
  ],
  // "(March 8 in the Gregorian calendar)": the same day in the other calendar, so this one is Julian
  [
    '02-23 Events #21',
    'February 23',
    'Events',
    {
      year: '1917',
      text: 'First demonstrations in Saint Petersburg, Russia. The beginning of the February Revolution (March 8 in the Gregorian calendar).',
      html: '1917 - First demonstrations in <a href="https://wikipedia.org/wiki/Saint_Petersburg" title="Saint Petersburg">Saint Petersburg</a>, Russia. The beginning of the <a href="https://wikipedia.org/wiki/February_Revolution" title="February Revolution">February Revolution</a> (March 8 in the <a href="https://wikipedia.org/wiki/Gregorian_calendar" title="Gregorian calendar">Gregorian calendar</a>).',
      no_year_html:
        'First demonstrations in <a href="https://wikipedia.org/wiki/Saint_Petersburg" title="Saint Petersburg">Saint Petersburg</a>, Russia. The beginning of the <a href="https://wikipedia.org/wiki/February_Revolution" title="February Revolution">February Revolution</a> (March 8 in the <a href="https://wikipedia.org/wiki/Gregorian_calendar" title="Gregorian calendar">Gregorian calendar</a>).',
      links: [
        { title: 'Saint Petersburg', link: 'https://wikipedia.org/wiki/Saint_Petersburg' },
        { title: 'February Revolution', link: 'https://wikipedia.org/wiki/February_Revolution' },
        { title: 'Gregorian calendar', link: 'https://wikipedia.org/wiki/Gregorian_calendar' },
      ],
    },
    { calendar: 'julian', circa: false },
  ],
  // Sweden's last Julian day, 1753
  [
    '02-17 Events #7',
    'February 17',
    'Events',
    {
      year: '1753',
      text: 'In Sweden February 17 is followed by March 1 as the country moves from the Julian calendar to the Gregorian calendar.',
      html: '1753 - In Sweden February 17 is followed by <a href="https://wikipedia.org/wiki/March_1" title="March 1">March 1</a> as the country moves from the <a href="https://wikipedia.org/wiki/Julian_calendar" title="Julian calendar">Julian calendar</a> to the <a href="https://wikipedia.org/wiki/Gregorian_calendar" title="Gregorian calendar">Gregorian calendar</a>.',
      no_year_html:
        'In Sweden February 17 is followed by <a href="https://wikipedia.org/wiki/March_1" title="March 1">March 1</a> as the country moves from the <a href="https://wikipedia.org/wiki/Julian_calendar" title="Julian calendar">Julian calendar</a> to the <a href="https://wikipedia.org/wiki/Gregorian_calendar" title="Gregorian calendar">Gregorian calendar</a>.',
      links: [
        { title: 'March 1', link: 'https://wikipedia.org/wiki/March_1' },
        { title: 'Julian calendar', link: 'https://wikipedia.org/wiki/Julian_calendar' },
        { title: 'Gregorian calendar', link: 'https://wikipedia.org/wiki/Gregorian_calendar' },
      ],
    },
    { calendar: 'julian', circa: false },
  ],
  // Sweden before its own calendar, 1700: still Julian
  [
    '02-28 Events #5',
    'February 28',
    'Events',
    {
      year: '1700',
      text: 'Today is followed by March 1 in Sweden, thus creating the Swedish calendar.',
      html: '1700 - Today is followed by <a href="https://wikipedia.org/wiki/March_1" title="March 1">March 1</a> in Sweden, thus creating the <a href="https://wikipedia.org/wiki/Swedish_calendar" title="Swedish calendar">Swedish calendar</a>.',
      no_year_html:
        'Today is followed by <a href="https://wikipedia.org/wiki/March_1" title="March 1">March 1</a> in Sweden, thus creating the <a href="https://wikipedia.org/wiki/Swedish_calendar" title="Swedish calendar">Swedish calendar</a>.',
      links: [
        { title: 'March 1', link: 'https://wikipedia.org/wiki/March_1' },
        { title: 'Swedish calendar', link: 'https://wikipedia.org/wiki/Swedish_calendar' },
      ],
    },
    { calendar: 'julian', circa: false },
  ],
  // "(Julian calendar)" before 1582: Julian as the rule has it
  [
    '10-12 Events #0',
    'October 12',
    'Events',
    {
      year: '539 BC',
      text: 'The army of Cyrus the Great of Persia takes Babylon, ending the Babylonian empire. (Julian calendar)[1]',
      html: '539 BC - 539 BC – The army of <a href="https://wikipedia.org/wiki/Cyrus_the_Great" title="Cyrus the Great">Cyrus the Great</a> of <a href="https://wikipedia.org/wiki/Persia" class="mw-redirect" title="Persia">Persia</a> takes <a href="https://wikipedia.org/wiki/Babylon" title="Babylon">Babylon</a>, ending the Babylonian empire. (<a href="https://wikipedia.org/wiki/Julian_calendar" title="Julian calendar">Julian calendar</a>)',
      no_year_html:
        '539 BC – The army of <a href="https://wikipedia.org/wiki/Cyrus_the_Great" title="Cyrus the Great">Cyrus the Great</a> of <a href="https://wikipedia.org/wiki/Persia" class="mw-redirect" title="Persia">Persia</a> takes <a href="https://wikipedia.org/wiki/Babylon" title="Babylon">Babylon</a>, ending the Babylonian empire. (<a href="https://wikipedia.org/wiki/Julian_calendar" title="Julian calendar">Julian calendar</a>)',
      links: [
        { title: 'Cyrus the Great', link: 'https://wikipedia.org/wiki/Cyrus_the_Great' },
        { title: 'Persia', link: 'https://wikipedia.org/wiki/Persia' },
        { title: 'Babylon', link: 'https://wikipedia.org/wiki/Babylon' },
        { title: 'Julian calendar', link: 'https://wikipedia.org/wiki/Julian_calendar' },
      ],
    },
    { calendar: 'julian', circa: false },
  ],
  // "(OS)" in the year field: Isaac Newton
  [
    '12-25 Births #13',
    'December 25',
    'Births',
    {
      year: '1642 (OS)',
      text: 'Isaac Newton, English physicist and mathematician (d. 1726/1727)',
      html: '1642 (OS) - <a href="https://wikipedia.org/wiki/1642" title="1642">1642</a> (<a href="https://wikipedia.org/wiki/Julian_calendar" title="Julian calendar">OS</a>) – <a href="https://wikipedia.org/wiki/Isaac_Newton" title="Isaac Newton">Isaac Newton</a>, English physicist and mathematician (d. 1726/1727)',
      no_year_html:
        '<a href="https://wikipedia.org/wiki/1642" title="1642">1642</a> (<a href="https://wikipedia.org/wiki/Julian_calendar" title="Julian calendar">OS</a>) – <a href="https://wikipedia.org/wiki/Isaac_Newton" title="Isaac Newton">Isaac Newton</a>, English physicist and mathematician (d. 1726/1727)',
      links: [
        { title: '1642', link: 'https://wikipedia.org/wiki/1642' },
        { title: 'Julian calendar', link: 'https://wikipedia.org/wiki/Julian_calendar' },
        { title: 'Isaac Newton', link: 'https://wikipedia.org/wiki/Isaac_Newton' },
      ],
    },
    { calendar: 'julian', circa: false },
  ],
];

const GREGORIAN: DateCase[] = [
  // "(February 23rd in the Julian calendar)": the Julian date in passing
  [
    '03-08 Events #21',
    'March 8',
    'Events',
    {
      year: '1917',
      text: "International Women's Day protests in St. Petersburg mark the beginning of the February Revolution (February 23rd in the Julian calendar).",
      html: '1917 - International Women\'s Day protests in <a href="https://wikipedia.org/wiki/St._Petersburg" class="mw-redirect" title="St. Petersburg">St. Petersburg</a> mark the beginning of the <a href="https://wikipedia.org/wiki/February_Revolution" title="February Revolution">February Revolution</a> (February 23rd in the <a href="https://wikipedia.org/wiki/Julian_calendar" title="Julian calendar">Julian calendar</a>).',
      no_year_html:
        'International Women\'s Day protests in <a href="https://wikipedia.org/wiki/St._Petersburg" class="mw-redirect" title="St. Petersburg">St. Petersburg</a> mark the beginning of the <a href="https://wikipedia.org/wiki/February_Revolution" title="February Revolution">February Revolution</a> (February 23rd in the <a href="https://wikipedia.org/wiki/Julian_calendar" title="Julian calendar">Julian calendar</a>).',
      links: [
        { title: 'St. Petersburg', link: 'https://wikipedia.org/wiki/St._Petersburg' },
        { title: 'February Revolution', link: 'https://wikipedia.org/wiki/February_Revolution' },
        { title: 'Julian calendar', link: 'https://wikipedia.org/wiki/Julian_calendar' },
      ],
    },
    { calendar: 'gregorian', circa: false },
  ],
  // "(this is the Gregorian date; it was March 1 in the Julian calendar …)"
  [
    '03-13 Events #13',
    'March 13',
    'Events',
    {
      year: '1881',
      text: 'Alexander II of Russia is killed near his palace when a bomb is thrown at him (this is the Gregorian date; it was March 1 in the Julian calendar then in use in Russia).',
      html: '1881 - <a href="https://wikipedia.org/wiki/Alexander_II_of_Russia" title="Alexander II of Russia">Alexander II of Russia</a> is killed near his palace when a bomb is thrown at him (this is the Gregorian date; it was March 1 in the <a href="https://wikipedia.org/wiki/Julian_calendar" title="Julian calendar">Julian calendar</a> then in use in Russia).',
      no_year_html:
        '<a href="https://wikipedia.org/wiki/Alexander_II_of_Russia" title="Alexander II of Russia">Alexander II of Russia</a> is killed near his palace when a bomb is thrown at him (this is the Gregorian date; it was March 1 in the <a href="https://wikipedia.org/wiki/Julian_calendar" title="Julian calendar">Julian calendar</a> then in use in Russia).',
      links: [
        {
          title: 'Alexander II of Russia',
          link: 'https://wikipedia.org/wiki/Alexander_II_of_Russia',
        },
        { title: 'Julian calendar', link: 'https://wikipedia.org/wiki/Julian_calendar' },
      ],
    },
    { calendar: 'gregorian', circa: false },
  ],
  // "(on April 23 by the Julian calendar)"
  [
    '05-06 Events #20',
    'May 6',
    'Events',
    {
      year: '1906',
      text: 'The Russian Constitution of 1906 is adopted (on April 23 by the Julian calendar).',
      html: '1906 - The <a href="https://wikipedia.org/wiki/Russian_Constitution_of_1906" title="Russian Constitution of 1906">Russian Constitution of 1906</a> is adopted (on April 23 by the <a href="https://wikipedia.org/wiki/Julian_calendar" title="Julian calendar">Julian calendar</a>).',
      no_year_html:
        'The <a href="https://wikipedia.org/wiki/Russian_Constitution_of_1906" title="Russian Constitution of 1906">Russian Constitution of 1906</a> is adopted (on April 23 by the <a href="https://wikipedia.org/wiki/Julian_calendar" title="Julian calendar">Julian calendar</a>).',
      links: [
        {
          title: 'Russian Constitution of 1906',
          link: 'https://wikipedia.org/wiki/Russian_Constitution_of_1906',
        },
        { title: 'Julian calendar', link: 'https://wikipedia.org/wiki/Julian_calendar' },
      ],
    },
    { calendar: 'gregorian', circa: false },
  ],
  // "(New Style)": Louisbourg again, 1745
  [
    '06-28 Events #9',
    'June 28',
    'Events',
    {
      year: '1745',
      text: 'A New England colonial army captures the French fortifications at Louisbourg (New Style).',
      html: '1745 - A <a href="https://wikipedia.org/wiki/New_England" title="New England">New England</a> colonial army captures the French fortifications at <a href="https://wikipedia.org/wiki/Siege_of_Louisbourg_(1745)" title="Siege of Louisbourg (1745)">Louisbourg</a> (<a href="https://wikipedia.org/wiki/New_Style" class="mw-redirect" title="New Style">New Style</a>).',
      no_year_html:
        'A <a href="https://wikipedia.org/wiki/New_England" title="New England">New England</a> colonial army captures the French fortifications at <a href="https://wikipedia.org/wiki/Siege_of_Louisbourg_(1745)" title="Siege of Louisbourg (1745)">Louisbourg</a> (<a href="https://wikipedia.org/wiki/New_Style" class="mw-redirect" title="New Style">New Style</a>).',
      links: [
        { title: 'New England', link: 'https://wikipedia.org/wiki/New_England' },
        {
          title: 'Siege of Louisbourg (1745)',
          link: 'https://wikipedia.org/wiki/Siege_of_Louisbourg_(1745)',
        },
        { title: 'New Style', link: 'https://wikipedia.org/wiki/New_Style' },
      ],
    },
    { calendar: 'gregorian', circa: false },
  ],
  // "(OS date: September 3)"
  [
    '09-13 Events #20',
    'September 13',
    'Events',
    {
      year: '1843',
      text: 'The Greek Army rebels (OS date: September 3) against the autocratic rule of king Otto of Greece, demanding the granting of a constitution.',
      html: '1843 - The Greek Army <a href="https://wikipedia.org/wiki/3_September_1843_Revolution" title="3 September 1843 Revolution">rebels</a> (<a href="https://wikipedia.org/wiki/Old_Style_and_New_Style_dates" title="Old Style and New Style dates">OS date</a>: September 3) against the autocratic rule of king <a href="https://wikipedia.org/wiki/Otto_of_Greece" title="Otto of Greece">Otto of Greece</a>, demanding the granting of a constitution.',
      no_year_html:
        'The Greek Army <a href="https://wikipedia.org/wiki/3_September_1843_Revolution" title="3 September 1843 Revolution">rebels</a> (<a href="https://wikipedia.org/wiki/Old_Style_and_New_Style_dates" title="Old Style and New Style dates">OS date</a>: September 3) against the autocratic rule of king <a href="https://wikipedia.org/wiki/Otto_of_Greece" title="Otto of Greece">Otto of Greece</a>, demanding the granting of a constitution.',
      links: [
        {
          title: '3 September 1843 Revolution',
          link: 'https://wikipedia.org/wiki/3_September_1843_Revolution',
        },
        {
          title: 'Old Style and New Style dates',
          link: 'https://wikipedia.org/wiki/Old_Style_and_New_Style_dates',
        },
        { title: 'Otto of Greece', link: 'https://wikipedia.org/wiki/Otto_of_Greece' },
      ],
    },
    { calendar: 'gregorian', circa: false },
  ],
  // "(October 17 in the Julian calendar)"
  [
    '10-30 Events #13',
    'October 30',
    'Events',
    {
      year: '1905',
      text: 'Czar Nicholas II issues the October Manifesto, granting the Russian peoples basic civil liberties and the right to form a duma. (October 17 in the Julian calendar)',
      html: '1905 - <a href="https://wikipedia.org/wiki/Czar_Nicholas_II" class="mw-redirect" title="Czar Nicholas II">Czar Nicholas II</a> issues the <a href="https://wikipedia.org/wiki/October_Manifesto" title="October Manifesto">October Manifesto</a>, granting the Russian peoples basic civil liberties and the right to form a duma. (October 17 in the Julian calendar)',
      no_year_html:
        '<a href="https://wikipedia.org/wiki/Czar_Nicholas_II" class="mw-redirect" title="Czar Nicholas II">Czar Nicholas II</a> issues the <a href="https://wikipedia.org/wiki/October_Manifesto" title="October Manifesto">October Manifesto</a>, granting the Russian peoples basic civil liberties and the right to form a duma. (October 17 in the Julian calendar)',
      links: [
        { title: 'Czar Nicholas II', link: 'https://wikipedia.org/wiki/Czar_Nicholas_II' },
        { title: 'October Manifesto', link: 'https://wikipedia.org/wiki/October_Manifesto' },
      ],
    },
    { calendar: 'gregorian', circa: false },
  ],
  // "(22 October O.S.)"
  [
    '11-01 Events #14',
    'November 1',
    'Events',
    {
      year: '1612',
      text: "During the Time of Troubles, Polish troops are expelled from Moscow's Kitay-gorod by Russian troops under the command of Dmitry Pozharsky (22 October O.S.) .",
      html: '1612 - During the <a href="https://wikipedia.org/wiki/Time_of_Troubles" title="Time of Troubles">Time of Troubles</a>, Polish troops are expelled from Moscow\'s <a href="https://wikipedia.org/wiki/Kitay-gorod" title="Kitay-gorod">Kitay-gorod</a> by Russian troops under the command of <a href="https://wikipedia.org/wiki/Dmitry_Pozharsky" title="Dmitry Pozharsky">Dmitry Pozharsky</a> (<a href="https://wikipedia.org/wiki/22_October" class="mw-redirect" title="22 October">22 October</a> <a href="https://wikipedia.org/wiki/Old_Style" class="mw-redirect" title="Old Style">O.S.</a>) .',
      no_year_html:
        'During the <a href="https://wikipedia.org/wiki/Time_of_Troubles" title="Time of Troubles">Time of Troubles</a>, Polish troops are expelled from Moscow\'s <a href="https://wikipedia.org/wiki/Kitay-gorod" title="Kitay-gorod">Kitay-gorod</a> by Russian troops under the command of <a href="https://wikipedia.org/wiki/Dmitry_Pozharsky" title="Dmitry Pozharsky">Dmitry Pozharsky</a> (<a href="https://wikipedia.org/wiki/22_October" class="mw-redirect" title="22 October">22 October</a> <a href="https://wikipedia.org/wiki/Old_Style" class="mw-redirect" title="Old Style">O.S.</a>) .',
      links: [
        { title: 'Time of Troubles', link: 'https://wikipedia.org/wiki/Time_of_Troubles' },
        { title: 'Kitay-gorod', link: 'https://wikipedia.org/wiki/Kitay-gorod' },
        { title: 'Dmitry Pozharsky', link: 'https://wikipedia.org/wiki/Dmitry_Pozharsky' },
        { title: '22 October', link: 'https://wikipedia.org/wiki/22_October' },
        { title: 'Old Style', link: 'https://wikipedia.org/wiki/Old_Style' },
      ],
    },
    { calendar: 'gregorian', circa: false },
  ],
  // "The Gregorian calendar date of the October Revolution … the Julian calendar date of 25 October"
  [
    '11-07 Events #27',
    'November 7',
    'Events',
    {
      year: '1917',
      text: 'The Gregorian calendar date of the October Revolution, which gets its name from the Julian calendar date of 25 October. On this date in 1917, the Bolsheviks storm the Winter Palace.',
      html: '1917 - The Gregorian calendar date of the <a href="https://wikipedia.org/wiki/October_Revolution" title="October Revolution">October Revolution</a>, which gets its name from the Julian calendar date of <a href="https://wikipedia.org/wiki/25_October" class="mw-redirect" title="25 October">25 October</a>. On this date in 1917, the Bolsheviks storm the <a href="https://wikipedia.org/wiki/Winter_Palace" title="Winter Palace">Winter Palace</a>.',
      no_year_html:
        'The Gregorian calendar date of the <a href="https://wikipedia.org/wiki/October_Revolution" title="October Revolution">October Revolution</a>, which gets its name from the Julian calendar date of <a href="https://wikipedia.org/wiki/25_October" class="mw-redirect" title="25 October">25 October</a>. On this date in 1917, the Bolsheviks storm the <a href="https://wikipedia.org/wiki/Winter_Palace" title="Winter Palace">Winter Palace</a>.',
      links: [
        { title: 'October Revolution', link: 'https://wikipedia.org/wiki/October_Revolution' },
        { title: '25 October', link: 'https://wikipedia.org/wiki/25_October' },
        { title: 'Winter Palace', link: 'https://wikipedia.org/wiki/Winter_Palace' },
      ],
    },
    { calendar: 'gregorian', circa: false },
  ],
  // "(November 11, O.S.)": the Mayflower Compact, 1620
  [
    '11-21 Events #4',
    'November 21',
    'Events',
    {
      year: '1620',
      text: 'Plymouth Colony settlers sign the Mayflower Compact (November 11, O.S.)',
      html: '1620 - <a href="https://wikipedia.org/wiki/Plymouth_Colony" title="Plymouth Colony">Plymouth Colony</a> <a href="https://wikipedia.org/wiki/List_of_Mayflower_passengers" title="List of Mayflower passengers">settlers</a> sign the <a href="https://wikipedia.org/wiki/Mayflower_Compact" title="Mayflower Compact">Mayflower Compact</a> (<a href="https://wikipedia.org/wiki/November_11" title="November 11">November 11</a>, <a href="https://wikipedia.org/wiki/Old_Style_and_New_Style_dates" title="Old Style and New Style dates">O.S.</a>)',
      no_year_html:
        '<a href="https://wikipedia.org/wiki/Plymouth_Colony" title="Plymouth Colony">Plymouth Colony</a> <a href="https://wikipedia.org/wiki/List_of_Mayflower_passengers" title="List of Mayflower passengers">settlers</a> sign the <a href="https://wikipedia.org/wiki/Mayflower_Compact" title="Mayflower Compact">Mayflower Compact</a> (<a href="https://wikipedia.org/wiki/November_11" title="November 11">November 11</a>, <a href="https://wikipedia.org/wiki/Old_Style_and_New_Style_dates" title="Old Style and New Style dates">O.S.</a>)',
      links: [
        { title: 'Plymouth Colony', link: 'https://wikipedia.org/wiki/Plymouth_Colony' },
        {
          title: 'List of Mayflower passengers',
          link: 'https://wikipedia.org/wiki/List_of_Mayflower_passengers',
        },
        { title: 'Mayflower Compact', link: 'https://wikipedia.org/wiki/Mayflower_Compact' },
        { title: 'November 11', link: 'https://wikipedia.org/wiki/November_11' },
        {
          title: 'Old Style and New Style dates',
          link: 'https://wikipedia.org/wiki/Old_Style_and_New_Style_dates',
        },
      ],
    },
    { calendar: 'gregorian', circa: false },
  ],
  // "effective February 14(NS)": another day (the decree took effect later), nothing about this one
  [
    '01-24 Events #20',
    'January 24',
    'Events',
    {
      year: '1918',
      text: "The Gregorian calendar is introduced in Russia by decree of the Council of People's Commissars effective February 14(NS).",
      html: '1918 - The <a href="https://wikipedia.org/wiki/Gregorian_calendar" title="Gregorian calendar">Gregorian calendar</a> is introduced in Russia by decree of the <a href="https://wikipedia.org/wiki/Council_of_People%27s_Commissars" title="Council of People\'s Commissars">Council of People\'s Commissars</a> effective <a href="https://wikipedia.org/wiki/February_14" title="February 14">February 14</a>(NS).',
      no_year_html:
        'The <a href="https://wikipedia.org/wiki/Gregorian_calendar" title="Gregorian calendar">Gregorian calendar</a> is introduced in Russia by decree of the <a href="https://wikipedia.org/wiki/Council_of_People%27s_Commissars" title="Council of People\'s Commissars">Council of People\'s Commissars</a> effective <a href="https://wikipedia.org/wiki/February_14" title="February 14">February 14</a>(NS).',
      links: [
        { title: 'Gregorian calendar', link: 'https://wikipedia.org/wiki/Gregorian_calendar' },
        {
          title: "Council of People's Commissars",
          link: 'https://wikipedia.org/wiki/Council_of_People%27s_Commissars',
        },
        { title: 'February 14', link: 'https://wikipedia.org/wiki/February_14' },
      ],
    },
    { calendar: 'gregorian', circa: false },
  ],
  // "(O.S. 27 March)" in the year field: the Old Style date in passing
  [
    '04-08 Births #30',
    'April 8',
    'Births',
    {
      year: '1882 (O.S. 27 March)',
      text: 'Dmytro Doroshenko, Lithuanian-Ukrainian historian and politician, Minister of Foreign Affairs of Ukraine and Prime Minister of Ukraine (d. 1951)',
      html: '1882 (O.S. 27 March) - <a href="https://wikipedia.org/wiki/1882" title="1882">1882</a> (O.S. 27 March) – <a href="https://wikipedia.org/wiki/Dmytro_Doroshenko" title="Dmytro Doroshenko">Dmytro Doroshenko</a>, Lithuanian-Ukrainian historian and politician, <a href="https://wikipedia.org/wiki/Minister_of_Foreign_Affairs_of_Ukraine" class="mw-redirect" title="Minister of Foreign Affairs of Ukraine">Minister of Foreign Affairs of Ukraine</a> and Prime Minister of Ukraine (d. 1951)',
      no_year_html:
        '<a href="https://wikipedia.org/wiki/1882" title="1882">1882</a> (O.S. 27 March) – <a href="https://wikipedia.org/wiki/Dmytro_Doroshenko" title="Dmytro Doroshenko">Dmytro Doroshenko</a>, Lithuanian-Ukrainian historian and politician, <a href="https://wikipedia.org/wiki/Minister_of_Foreign_Affairs_of_Ukraine" class="mw-redirect" title="Minister of Foreign Affairs of Ukraine">Minister of Foreign Affairs of Ukraine</a> and Prime Minister of Ukraine (d. 1951)',
      links: [
        { title: '1882', link: 'https://wikipedia.org/wiki/1882' },
        { title: 'Dmytro Doroshenko', link: 'https://wikipedia.org/wiki/Dmytro_Doroshenko' },
        {
          title: 'Minister of Foreign Affairs of Ukraine',
          link: 'https://wikipedia.org/wiki/Minister_of_Foreign_Affairs_of_Ukraine',
        },
      ],
    },
    { calendar: 'gregorian', circa: false },
  ],
];

const CIRCA: DateCase[] = [
  // "Traditional date for"
  [
    '02-11 Events #0',
    'February 11',
    'Events',
    {
      year: '660 BC',
      text: 'Traditional date for the foundation of Japan by Emperor Jimmu.',
      html: '660 BC - 660 BC – Traditional date for the foundation of Japan by <a href="https://wikipedia.org/wiki/Emperor_Jimmu" title="Emperor Jimmu">Emperor Jimmu</a>.',
      no_year_html:
        '660 BC – Traditional date for the foundation of Japan by <a href="https://wikipedia.org/wiki/Emperor_Jimmu" title="Emperor Jimmu">Emperor Jimmu</a>.',
      links: [{ title: 'Emperor Jimmu', link: 'https://wikipedia.org/wiki/Emperor_Jimmu' }],
    },
    { circa: true, calendar: 'julian' },
  ],
  // "Traditional date for" the Gutenberg Bible
  [
    '02-23 Events #2',
    'February 23',
    'Events',
    {
      year: '1455',
      text: 'Traditional date for the publication of the Gutenberg Bible, the first Western book printed with movable type.',
      html: '1455 - Traditional date for the publication of the <a href="https://wikipedia.org/wiki/Gutenberg_Bible" title="Gutenberg Bible">Gutenberg Bible</a>, the first <a href="https://wikipedia.org/wiki/Western_culture" title="Western culture">Western</a> <a href="https://wikipedia.org/wiki/Book" title="Book">book</a> printed with <a href="https://wikipedia.org/wiki/Movable_type" title="Movable type">movable type</a>.',
      no_year_html:
        'Traditional date for the publication of the <a href="https://wikipedia.org/wiki/Gutenberg_Bible" title="Gutenberg Bible">Gutenberg Bible</a>, the first <a href="https://wikipedia.org/wiki/Western_culture" title="Western culture">Western</a> <a href="https://wikipedia.org/wiki/Book" title="Book">book</a> printed with <a href="https://wikipedia.org/wiki/Movable_type" title="Movable type">movable type</a>.',
      links: [
        { title: 'Gutenberg Bible', link: 'https://wikipedia.org/wiki/Gutenberg_Bible' },
        { title: 'Western culture', link: 'https://wikipedia.org/wiki/Western_culture' },
        { title: 'Book', link: 'https://wikipedia.org/wiki/Book' },
        { title: 'Movable type', link: 'https://wikipedia.org/wiki/Movable_type' },
      ],
    },
    { circa: true, calendar: 'julian' },
  ],
  // "Traditional date of"; its "(Julian calendar)" belongs to another date, 23 February
  [
    '03-25 Events #15',
    'March 25',
    'Events',
    {
      year: '1821',
      text: 'Traditional date of the start of the Greek War of Independence. The war had actually begun on 23 February 1821 (Julian calendar).',
      html: '1821 - Traditional date of the start of the <a href="https://wikipedia.org/wiki/Greek_War_of_Independence" title="Greek War of Independence">Greek War of Independence</a>. The war had actually begun on <a href="https://wikipedia.org/wiki/23_February" class="mw-redirect" title="23 February">23 February</a> 1821 (<a href="https://wikipedia.org/wiki/Julian_calendar" title="Julian calendar">Julian calendar</a>).',
      no_year_html:
        'Traditional date of the start of the <a href="https://wikipedia.org/wiki/Greek_War_of_Independence" title="Greek War of Independence">Greek War of Independence</a>. The war had actually begun on <a href="https://wikipedia.org/wiki/23_February" class="mw-redirect" title="23 February">23 February</a> 1821 (<a href="https://wikipedia.org/wiki/Julian_calendar" title="Julian calendar">Julian calendar</a>).',
      links: [
        {
          title: 'Greek War of Independence',
          link: 'https://wikipedia.org/wiki/Greek_War_of_Independence',
        },
        { title: '23 February', link: 'https://wikipedia.org/wiki/23_February' },
        { title: 'Julian calendar', link: 'https://wikipedia.org/wiki/Julian_calendar' },
      ],
    },
    { circa: true, calendar: 'gregorian' },
  ],
  // "Likely date of"
  [
    '04-16 Events #0',
    'April 16',
    'Events',
    {
      year: '1457 BC',
      text: 'Likely date of the Battle of Megiddo between Thutmose III and a large Canaanite coalition under the King of Kadesh, the first battle to have been recorded in what is accepted as relatively reliable detail.',
      html: '1457 BC - 1457 BC – Likely date of the <a href="https://wikipedia.org/wiki/Battle_of_Megiddo_(15th_century_BC)" title="Battle of Megiddo (15th century BC)">Battle of Megiddo</a> between <a href="https://wikipedia.org/wiki/Thutmose_III" title="Thutmose III">Thutmose III</a> and a large <a href="https://wikipedia.org/wiki/Canaan" title="Canaan">Canaanite</a> coalition under the King of <a href="https://wikipedia.org/wiki/Kadesh_(biblical)" title="Kadesh (biblical)">Kadesh</a>, the first battle to have been recorded in what is accepted as relatively reliable detail.',
      no_year_html:
        '1457 BC – Likely date of the <a href="https://wikipedia.org/wiki/Battle_of_Megiddo_(15th_century_BC)" title="Battle of Megiddo (15th century BC)">Battle of Megiddo</a> between <a href="https://wikipedia.org/wiki/Thutmose_III" title="Thutmose III">Thutmose III</a> and a large <a href="https://wikipedia.org/wiki/Canaan" title="Canaan">Canaanite</a> coalition under the King of <a href="https://wikipedia.org/wiki/Kadesh_(biblical)" title="Kadesh (biblical)">Kadesh</a>, the first battle to have been recorded in what is accepted as relatively reliable detail.',
      links: [
        {
          title: 'Battle of Megiddo (15th century BC)',
          link: 'https://wikipedia.org/wiki/Battle_of_Megiddo_(15th_century_BC)',
        },
        { title: 'Thutmose III', link: 'https://wikipedia.org/wiki/Thutmose_III' },
        { title: 'Canaan', link: 'https://wikipedia.org/wiki/Canaan' },
        { title: 'Kadesh (biblical)', link: 'https://wikipedia.org/wiki/Kadesh_(biblical)' },
      ],
    },
    { circa: true, calendar: 'julian' },
  ],
  // "(traditional date)"
  [
    '04-21 Events #0',
    'April 21',
    'Events',
    {
      year: '753 BC',
      text: 'Romulus founds Rome (traditional date).',
      html: '753 BC - 753 BC – <a href="https://wikipedia.org/wiki/Romulus" title="Romulus">Romulus</a> founds <a href="https://wikipedia.org/wiki/Ancient_Rome" title="Ancient Rome">Rome</a> (<a href="https://wikipedia.org/wiki/Founding_of_Rome" title="Founding of Rome">traditional date</a>).',
      no_year_html:
        '753 BC – <a href="https://wikipedia.org/wiki/Romulus" title="Romulus">Romulus</a> founds <a href="https://wikipedia.org/wiki/Ancient_Rome" title="Ancient Rome">Rome</a> (<a href="https://wikipedia.org/wiki/Founding_of_Rome" title="Founding of Rome">traditional date</a>).',
      links: [
        { title: 'Romulus', link: 'https://wikipedia.org/wiki/Romulus' },
        { title: 'Ancient Rome', link: 'https://wikipedia.org/wiki/Ancient_Rome' },
        { title: 'Founding of Rome', link: 'https://wikipedia.org/wiki/Founding_of_Rome' },
      ],
    },
    { circa: true, calendar: 'julian' },
  ],
  // "(approximate date)"
  [
    '06-14 Events #7',
    'June 14',
    'Events',
    {
      year: '1618',
      text: 'Joris Veseler prints the first Dutch newspaper Courante uyt Italien, Duytslandt, &c. in Amsterdam (approximate date).',
      html: '1618 - Joris Veseler prints the first Dutch newspaper <i><a href="https://wikipedia.org/wiki/Courante_uyt_Italien,_Duytslandt,_%26c." title="Courante uyt Italien, Duytslandt, &amp;c.">Courante uyt Italien, Duytslandt, &amp;c.</a></i> in <a href="https://wikipedia.org/wiki/Amsterdam" title="Amsterdam">Amsterdam</a> (approximate date).',
      no_year_html:
        'Joris Veseler prints the first Dutch newspaper <i><a href="https://wikipedia.org/wiki/Courante_uyt_Italien,_Duytslandt,_%26c." title="Courante uyt Italien, Duytslandt, &amp;c.">Courante uyt Italien, Duytslandt, &amp;c.</a></i> in <a href="https://wikipedia.org/wiki/Amsterdam" title="Amsterdam">Amsterdam</a> (approximate date).',
      links: [
        {
          title: 'Courante uyt Italien, Duytslandt, &c.',
          link: 'https://wikipedia.org/wiki/Courante_uyt_Italien,_Duytslandt,_%26c.',
        },
        { title: 'Amsterdam', link: 'https://wikipedia.org/wiki/Amsterdam' },
      ],
    },
    { circa: true, calendar: 'gregorian' },
  ],
  // "(traditional date, the exact date is unknown)"
  [
    '06-15 Events #16',
    'June 15',
    'Events',
    {
      year: '1752',
      text: 'Benjamin Franklin proves that lightning is electricity (traditional date, the exact date is unknown).',
      html: '1752 - <a href="https://wikipedia.org/wiki/Benjamin_Franklin" title="Benjamin Franklin">Benjamin Franklin</a> proves that <a href="https://wikipedia.org/wiki/Lightning" title="Lightning">lightning</a> is <a href="https://wikipedia.org/wiki/Electricity" title="Electricity">electricity</a> (traditional date, the exact date is unknown).',
      no_year_html:
        '<a href="https://wikipedia.org/wiki/Benjamin_Franklin" title="Benjamin Franklin">Benjamin Franklin</a> proves that <a href="https://wikipedia.org/wiki/Lightning" title="Lightning">lightning</a> is <a href="https://wikipedia.org/wiki/Electricity" title="Electricity">electricity</a> (traditional date, the exact date is unknown).',
      links: [
        { title: 'Benjamin Franklin', link: 'https://wikipedia.org/wiki/Benjamin_Franklin' },
        { title: 'Lightning', link: 'https://wikipedia.org/wiki/Lightning' },
        { title: 'Electricity', link: 'https://wikipedia.org/wiki/Electricity' },
      ],
    },
    { circa: true, calendar: 'gregorian' },
  ],
  // "(approximate date)"
  [
    '06-21 Events #0',
    'June 21',
    'Events',
    {
      year: '533',
      text: 'A Byzantine expeditionary fleet under Belisarius sails from Constantinople to attack the Vandals in Africa, via Greece and Sicily (approximate date).',
      html: '533 - A Byzantine expeditionary fleet under Belisarius sails from Constantinople to <a href="https://wikipedia.org/wiki/Vandalic_War" title="Vandalic War">attack the Vandals</a> in Africa, via Greece and Sicily (approximate date).',
      no_year_html:
        'A Byzantine expeditionary fleet under Belisarius sails from Constantinople to <a href="https://wikipedia.org/wiki/Vandalic_War" title="Vandalic War">attack the Vandals</a> in Africa, via Greece and Sicily (approximate date).',
      links: [{ title: 'Vandalic War', link: 'https://wikipedia.org/wiki/Vandalic_War' }],
    },
    { circa: true, calendar: 'julian' },
  ],
  // "(possible date of the crucifixion)"
  [
    '04-07 Deaths #0',
    'April 7',
    'Deaths',
    {
      year: '30',
      text: 'Jesus Christ of Nazareth, (possible date of the crucifixion)[2][3][4] (b. circa 4 BC)',
      html: '30 - AD 30 – <a href="https://wikipedia.org/wiki/Jesus" title="Jesus">Jesus Christ of Nazareth</a>, (possible <a href="https://wikipedia.org/wiki/Chronology_of_Jesus#Date_of_crucifixion" title="Chronology of Jesus">date of the crucifixion</a>) (b. <i>circa</i> <a href="https://wikipedia.org/wiki/4_BC" title="4 BC">4 BC</a>)',
      no_year_html:
        'AD 30 – <a href="https://wikipedia.org/wiki/Jesus" title="Jesus">Jesus Christ of Nazareth</a>, (possible <a href="https://wikipedia.org/wiki/Chronology_of_Jesus#Date_of_crucifixion" title="Chronology of Jesus">date of the crucifixion</a>) (b. <i>circa</i> <a href="https://wikipedia.org/wiki/4_BC" title="4 BC">4 BC</a>)',
      links: [
        { title: 'Jesus', link: 'https://wikipedia.org/wiki/Jesus' },
        {
          title: 'Chronology of Jesus',
          link: 'https://wikipedia.org/wiki/Chronology_of_Jesus#Date_of_crucifixion',
        },
        { title: '4 BC', link: 'https://wikipedia.org/wiki/4_BC' },
      ],
    },
    { circa: true, calendar: 'julian' },
  ],
  // "Date traditionally ascribed to"
  [
    '08-04 Events #5',
    'August 4',
    'Events',
    {
      year: '1693',
      text: "Date traditionally ascribed to Dom Perignon's invention of champagne; it is not clear whether he actually invented champagne, however he has been credited as an innovator who developed the techniques used to perfect sparkling wine.",
      html: '1693 - Date traditionally ascribed to <a href="https://wikipedia.org/wiki/Dom_P%C3%A9rignon_(monk)" title="Dom Pérignon (monk)">Dom Perignon</a>\'s invention of <a href="https://wikipedia.org/wiki/Champagne" title="Champagne">champagne</a>; it is not clear whether he actually invented <a href="https://wikipedia.org/wiki/Champagne" title="Champagne">champagne</a>, however he has been credited as an innovator who developed the techniques used to perfect <a href="https://wikipedia.org/wiki/Sparkling_wine" title="Sparkling wine">sparkling wine</a>.',
      no_year_html:
        'Date traditionally ascribed to <a href="https://wikipedia.org/wiki/Dom_P%C3%A9rignon_(monk)" title="Dom Pérignon (monk)">Dom Perignon</a>\'s invention of <a href="https://wikipedia.org/wiki/Champagne" title="Champagne">champagne</a>; it is not clear whether he actually invented <a href="https://wikipedia.org/wiki/Champagne" title="Champagne">champagne</a>, however he has been credited as an innovator who developed the techniques used to perfect <a href="https://wikipedia.org/wiki/Sparkling_wine" title="Sparkling wine">sparkling wine</a>.',
      links: [
        {
          title: 'Dom Pérignon (monk)',
          link: 'https://wikipedia.org/wiki/Dom_P%C3%A9rignon_(monk)',
        },
        { title: 'Champagne', link: 'https://wikipedia.org/wiki/Champagne' },
        { title: 'Champagne', link: 'https://wikipedia.org/wiki/Champagne' },
        { title: 'Sparkling wine', link: 'https://wikipedia.org/wiki/Sparkling_wine' },
      ],
    },
    { circa: true, calendar: 'gregorian' },
  ],
  // "Traditional date of"
  [
    '08-11 Events #1',
    'August 11',
    'Events',
    {
      year: '2492 BC',
      text: 'Traditional date of the defeat of Bel by Hayk, progenitor and founder of the Armenian nation.',
      html: '2492 BC - 2492 BC – Traditional date of the defeat of <a href="https://wikipedia.org/wiki/Bel_(mythology)" title="Bel (mythology)">Bel</a> by <a href="https://wikipedia.org/wiki/Hayk" title="Hayk">Hayk</a>, progenitor and founder of the <a href="https://wikipedia.org/wiki/Armenians" title="Armenians">Armenian</a> nation.',
      no_year_html:
        '2492 BC – Traditional date of the defeat of <a href="https://wikipedia.org/wiki/Bel_(mythology)" title="Bel (mythology)">Bel</a> by <a href="https://wikipedia.org/wiki/Hayk" title="Hayk">Hayk</a>, progenitor and founder of the <a href="https://wikipedia.org/wiki/Armenians" title="Armenians">Armenian</a> nation.',
      links: [
        { title: 'Bel (mythology)', link: 'https://wikipedia.org/wiki/Bel_(mythology)' },
        { title: 'Hayk', link: 'https://wikipedia.org/wiki/Hayk' },
        { title: 'Armenians', link: 'https://wikipedia.org/wiki/Armenians' },
      ],
    },
    { circa: true, calendar: 'julian' },
  ],
  // "Traditional founding of"
  [
    '10-27 Events #2',
    'October 27',
    'Events',
    {
      year: '1275',
      text: 'Traditional founding of the city of Amsterdam.',
      html: '1275 - Traditional founding of the city of <a href="https://wikipedia.org/wiki/Amsterdam" title="Amsterdam">Amsterdam</a>.',
      no_year_html:
        'Traditional founding of the city of <a href="https://wikipedia.org/wiki/Amsterdam" title="Amsterdam">Amsterdam</a>.',
      links: [{ title: 'Amsterdam', link: 'https://wikipedia.org/wiki/Amsterdam' }],
    },
    { circa: true, calendar: 'julian' },
  ],
  // "(probable; d. 193)"
  [
    '01-30 Births #1',
    'January 30',
    'Births',
    {
      year: '133',
      text: 'Didius Julianus, Roman emperor (probable; d. 193)[8]',
      html: '133 - <a href="https://wikipedia.org/wiki/Didius_Julianus" title="Didius Julianus">Didius Julianus</a>, Roman emperor (probable; d. 193)',
      no_year_html:
        '<a href="https://wikipedia.org/wiki/Didius_Julianus" title="Didius Julianus">Didius Julianus</a>, Roman emperor (probable; d. 193)',
      links: [{ title: 'Didius Julianus', link: 'https://wikipedia.org/wiki/Didius_Julianus' }],
    },
    { circa: true, calendar: 'julian' },
  ],
  // "(probable;[4] d. 1072)"
  [
    '01-20 Births #1',
    'January 20',
    'Births',
    {
      year: '1029',
      text: 'Alp Arslan, Seljuk sultan (probable;[4] d. 1072)',
      html: '1029 - <a href="https://wikipedia.org/wiki/Alp_Arslan" title="Alp Arslan">Alp Arslan</a>, Seljuk sultan (probable; d. 1072)',
      no_year_html:
        '<a href="https://wikipedia.org/wiki/Alp_Arslan" title="Alp Arslan">Alp Arslan</a>, Seljuk sultan (probable; d. 1072)',
      links: [{ title: 'Alp Arslan', link: 'https://wikipedia.org/wiki/Alp_Arslan' }],
    },
    { circa: true, calendar: 'julian' },
  ],
  // "(probable;[2] d. 1816)" after 1582
  [
    '05-09 Births #6',
    'May 9',
    'Births',
    {
      year: '1740',
      text: 'Giovanni Paisiello, Italian composer and educator (probable;[2] d. 1816)',
      html: '1740 - <a href="https://wikipedia.org/wiki/Giovanni_Paisiello" title="Giovanni Paisiello">Giovanni Paisiello</a>, Italian composer and educator (probable; d. 1816)',
      no_year_html:
        '<a href="https://wikipedia.org/wiki/Giovanni_Paisiello" title="Giovanni Paisiello">Giovanni Paisiello</a>, Italian composer and educator (probable; d. 1816)',
      links: [
        { title: 'Giovanni Paisiello', link: 'https://wikipedia.org/wiki/Giovanni_Paisiello' },
      ],
    },
    { circa: true, calendar: 'gregorian' },
  ],
  // "[year disputed]" on a birth
  [
    '06-21 Births #54',
    'June 21',
    'Births',
    {
      year: '1876',
      text: 'Swami Kalyan Dev, philosopher [year disputed]. (d. 2004)',
      html: '1876 - <a href="https://wikipedia.org/wiki/Swami_Kalyan_Dev" class="mw-redirect" title="Swami Kalyan Dev">Swami Kalyan Dev</a>, philosopher [year disputed]. (d. 2004)',
      no_year_html:
        '<a href="https://wikipedia.org/wiki/Swami_Kalyan_Dev" class="mw-redirect" title="Swami Kalyan Dev">Swami Kalyan Dev</a>, philosopher [year disputed]. (d. 2004)',
      links: [{ title: 'Swami Kalyan Dev', link: 'https://wikipedia.org/wiki/Swami_Kalyan_Dev' }],
    },
    { circa: true, calendar: 'gregorian' },
  ],
];

const NOT_CIRCA: DateCase[] = [
  // "(Traditional Japanese date: July 2, 1863)" names the day in another calendar
  [
    '08-15 Events #35',
    'August 15',
    'Events',
    {
      year: '1863',
      text: 'The Anglo-Satsuma War begins between the Satsuma Domain of Japan and the United Kingdom (Traditional Japanese date: July 2, 1863).',
      html: '1863 - The <a href="https://wikipedia.org/wiki/Bombardment_of_Kagoshima" title="Bombardment of Kagoshima">Anglo-Satsuma War</a> begins between the <a href="https://wikipedia.org/wiki/Satsuma_Domain" title="Satsuma Domain">Satsuma Domain</a> of Japan and the United Kingdom (Traditional <a href="https://wikipedia.org/wiki/Japanese_calendar" title="Japanese calendar">Japanese date</a>: July 2, 1863).',
      no_year_html:
        'The <a href="https://wikipedia.org/wiki/Bombardment_of_Kagoshima" title="Bombardment of Kagoshima">Anglo-Satsuma War</a> begins between the <a href="https://wikipedia.org/wiki/Satsuma_Domain" title="Satsuma Domain">Satsuma Domain</a> of Japan and the United Kingdom (Traditional <a href="https://wikipedia.org/wiki/Japanese_calendar" title="Japanese calendar">Japanese date</a>: July 2, 1863).',
      links: [
        {
          title: 'Bombardment of Kagoshima',
          link: 'https://wikipedia.org/wiki/Bombardment_of_Kagoshima',
        },
        { title: 'Satsuma Domain', link: 'https://wikipedia.org/wiki/Satsuma_Domain' },
        { title: 'Japanese calendar', link: 'https://wikipedia.org/wiki/Japanese_calendar' },
      ],
    },
    { calendar: 'gregorian', circa: false },
  ],
  // "the city's foundation date is unknown": another date
  [
    '08-24 Events #15',
    'August 24',
    'Events',
    {
      year: '1690',
      text: "Job Charnock of the East India Company establishes a factory in Calcutta, an event formerly considered the founding of the city (in 2003 the Calcutta High Court ruled that the city's foundation date is unknown).",
      html: '1690 - <a href="https://wikipedia.org/wiki/Job_Charnock" title="Job Charnock">Job Charnock</a> of the <a href="https://wikipedia.org/wiki/East_India_Company" title="East India Company">East India Company</a> establishes a <a href="https://wikipedia.org/wiki/Factory_(trading_post)" title="Factory (trading post)">factory</a> in <a href="https://wikipedia.org/wiki/Kolkata" title="Kolkata">Calcutta</a>, an event formerly considered the founding of the city (in 2003 the <a href="https://wikipedia.org/wiki/Calcutta_High_Court" title="Calcutta High Court">Calcutta High Court</a> ruled that the city\'s foundation date is unknown).',
      no_year_html:
        '<a href="https://wikipedia.org/wiki/Job_Charnock" title="Job Charnock">Job Charnock</a> of the <a href="https://wikipedia.org/wiki/East_India_Company" title="East India Company">East India Company</a> establishes a <a href="https://wikipedia.org/wiki/Factory_(trading_post)" title="Factory (trading post)">factory</a> in <a href="https://wikipedia.org/wiki/Kolkata" title="Kolkata">Calcutta</a>, an event formerly considered the founding of the city (in 2003 the <a href="https://wikipedia.org/wiki/Calcutta_High_Court" title="Calcutta High Court">Calcutta High Court</a> ruled that the city\'s foundation date is unknown).',
      links: [
        { title: 'Job Charnock', link: 'https://wikipedia.org/wiki/Job_Charnock' },
        { title: 'East India Company', link: 'https://wikipedia.org/wiki/East_India_Company' },
        {
          title: 'Factory (trading post)',
          link: 'https://wikipedia.org/wiki/Factory_(trading_post)',
        },
        { title: 'Kolkata', link: 'https://wikipedia.org/wiki/Kolkata' },
        { title: 'Calcutta High Court', link: 'https://wikipedia.org/wiki/Calcutta_High_Court' },
      ],
    },
    { calendar: 'gregorian', circa: false },
  ],
  // "(year of birth disputed)" on a death: the other end of the life
  [
    '05-10 Deaths #47',
    'May 10',
    'Deaths',
    {
      year: '1977',
      text: 'Joan Crawford, American actress (year of birth disputed)',
      html: '1977 - <a href="https://wikipedia.org/wiki/Joan_Crawford" title="Joan Crawford">Joan Crawford</a>, American actress (year of birth disputed)',
      no_year_html:
        '<a href="https://wikipedia.org/wiki/Joan_Crawford" title="Joan Crawford">Joan Crawford</a>, American actress (year of birth disputed)',
      links: [{ title: 'Joan Crawford', link: 'https://wikipedia.org/wiki/Joan_Crawford' }],
    },
    { calendar: 'gregorian', circa: false },
  ],
  // "this date is now traditionally called \"Bloomsday\"": the date is known
  [
    '06-16 Events #25',
    'June 16',
    'Events',
    {
      year: '1904',
      text: 'Irish author James Joyce begins a relationship with Nora Barnacle and subsequently uses the date to set the actions for his novel Ulysses; this date is now traditionally called "Bloomsday".',
      html: '1904 - Irish author <a href="https://wikipedia.org/wiki/James_Joyce" title="James Joyce">James Joyce</a> begins a relationship with <a href="https://wikipedia.org/wiki/Nora_Barnacle" title="Nora Barnacle">Nora Barnacle</a> and subsequently uses the date to set the actions for his novel <i><a href="https://wikipedia.org/wiki/Ulysses_(novel)" title="Ulysses (novel)">Ulysses</a></i>; this date is now traditionally called "<a href="https://wikipedia.org/wiki/Bloomsday" title="Bloomsday">Bloomsday</a>".',
      no_year_html:
        'Irish author <a href="https://wikipedia.org/wiki/James_Joyce" title="James Joyce">James Joyce</a> begins a relationship with <a href="https://wikipedia.org/wiki/Nora_Barnacle" title="Nora Barnacle">Nora Barnacle</a> and subsequently uses the date to set the actions for his novel <i><a href="https://wikipedia.org/wiki/Ulysses_(novel)" title="Ulysses (novel)">Ulysses</a></i>; this date is now traditionally called "<a href="https://wikipedia.org/wiki/Bloomsday" title="Bloomsday">Bloomsday</a>".',
      links: [
        { title: 'James Joyce', link: 'https://wikipedia.org/wiki/James_Joyce' },
        { title: 'Nora Barnacle', link: 'https://wikipedia.org/wiki/Nora_Barnacle' },
        { title: 'Ulysses (novel)', link: 'https://wikipedia.org/wiki/Ulysses_(novel)' },
        { title: 'Bloomsday', link: 'https://wikipedia.org/wiki/Bloomsday' },
      ],
    },
    { calendar: 'gregorian', circa: false },
  ],
];

const SWEDISH: DateCase[] = [
  // Sweden's 29 February 1712, a day of its own calendar
  [
    '02-29 Events #3',
    'February 29',
    'Events',
    {
      year: '1712',
      text: 'February 29 is followed by February 30 in Sweden, in a move to abolish the Swedish calendar for a return to the Julian calendar.',
      html: '1712 - February 29 is followed by <a href="https://wikipedia.org/wiki/February_30" class="mw-redirect" title="February 30">February 30</a> in Sweden, in a move to abolish the <a href="https://wikipedia.org/wiki/Swedish_calendar" title="Swedish calendar">Swedish calendar</a> for a return to the <a href="https://wikipedia.org/wiki/Julian_calendar" title="Julian calendar">Julian calendar</a>.',
      no_year_html:
        'February 29 is followed by <a href="https://wikipedia.org/wiki/February_30" class="mw-redirect" title="February 30">February 30</a> in Sweden, in a move to abolish the <a href="https://wikipedia.org/wiki/Swedish_calendar" title="Swedish calendar">Swedish calendar</a> for a return to the <a href="https://wikipedia.org/wiki/Julian_calendar" title="Julian calendar">Julian calendar</a>.',
      links: [
        { title: 'February 30', link: 'https://wikipedia.org/wiki/February_30' },
        { title: 'Swedish calendar', link: 'https://wikipedia.org/wiki/Swedish_calendar' },
        { title: 'Julian calendar', link: 'https://wikipedia.org/wiki/Julian_calendar' },
      ],
    },
    { circa: true, calendar: 'gregorian', note: 'swedish' },
  ],
  // the first day of the Swedish calendar, 1700
  [
    '03-01 Events #14',
    'March 1',
    'Events',
    {
      year: '1700',
      text: 'Sweden introduces its own Swedish calendar, in an attempt to gradually merge into the Gregorian calendar, reverts to the Julian calendar on this date in 1712, and introduces the Gregorian calendar on this date in 1753.',
      html: '1700 - Sweden introduces its own <a href="https://wikipedia.org/wiki/Swedish_calendar" title="Swedish calendar">Swedish calendar</a>, in an attempt to gradually merge into the <a href="https://wikipedia.org/wiki/Gregorian_calendar" title="Gregorian calendar">Gregorian calendar</a>, reverts to the <a href="https://wikipedia.org/wiki/Julian_calendar" title="Julian calendar">Julian calendar</a> on this date in <a href="https://wikipedia.org/wiki/1712" title="1712">1712</a>, and introduces the Gregorian calendar on this date in <a href="https://wikipedia.org/wiki/1753" title="1753">1753</a>.',
      no_year_html:
        'Sweden introduces its own <a href="https://wikipedia.org/wiki/Swedish_calendar" title="Swedish calendar">Swedish calendar</a>, in an attempt to gradually merge into the <a href="https://wikipedia.org/wiki/Gregorian_calendar" title="Gregorian calendar">Gregorian calendar</a>, reverts to the <a href="https://wikipedia.org/wiki/Julian_calendar" title="Julian calendar">Julian calendar</a> on this date in <a href="https://wikipedia.org/wiki/1712" title="1712">1712</a>, and introduces the Gregorian calendar on this date in <a href="https://wikipedia.org/wiki/1753" title="1753">1753</a>.',
      links: [
        { title: 'Swedish calendar', link: 'https://wikipedia.org/wiki/Swedish_calendar' },
        { title: 'Gregorian calendar', link: 'https://wikipedia.org/wiki/Gregorian_calendar' },
        { title: 'Julian calendar', link: 'https://wikipedia.org/wiki/Julian_calendar' },
        { title: '1712', link: 'https://wikipedia.org/wiki/1712' },
        { title: '1753', link: 'https://wikipedia.org/wiki/1753' },
      ],
    },
    { circa: true, calendar: 'gregorian', note: 'swedish' },
  ],
  // Poltava on 28 June 1709: the Swedish date (27 June Julian, 8 July Gregorian), though the text does not say
  [
    '06-28 Events #8',
    'June 28',
    'Events',
    {
      year: '1709',
      text: 'Peter the Great defeats Charles XII of Sweden at the Battle of Poltava.',
      html: '1709 - <a href="https://wikipedia.org/wiki/Peter_the_Great" title="Peter the Great">Peter the Great</a> defeats <a href="https://wikipedia.org/wiki/Charles_XII_of_Sweden" title="Charles XII of Sweden">Charles XII of Sweden</a> at the <a href="https://wikipedia.org/wiki/Battle_of_Poltava" title="Battle of Poltava">Battle of Poltava</a>.',
      no_year_html:
        '<a href="https://wikipedia.org/wiki/Peter_the_Great" title="Peter the Great">Peter the Great</a> defeats <a href="https://wikipedia.org/wiki/Charles_XII_of_Sweden" title="Charles XII of Sweden">Charles XII of Sweden</a> at the <a href="https://wikipedia.org/wiki/Battle_of_Poltava" title="Battle of Poltava">Battle of Poltava</a>.',
      links: [
        { title: 'Peter the Great', link: 'https://wikipedia.org/wiki/Peter_the_Great' },
        {
          title: 'Charles XII of Sweden',
          link: 'https://wikipedia.org/wiki/Charles_XII_of_Sweden',
        },
        { title: 'Battle of Poltava', link: 'https://wikipedia.org/wiki/Battle_of_Poltava' },
      ],
    },
    { circa: false, calendar: 'gregorian', note: 'maybe' },
  ],
  // Poltava on 8 July 1709: the Gregorian date; flagged all the same, as nothing in the text tells
  [
    '07-08 Events #5',
    'July 8',
    'Events',
    {
      year: '1709',
      text: "Peter I of Russia defeats Charles XII of Sweden at the Battle of Poltava, thus effectively ending Sweden's status as a major power in Europe.",
      html: '1709 - <a href="https://wikipedia.org/wiki/Peter_the_Great" title="Peter the Great">Peter I of Russia</a> defeats <a href="https://wikipedia.org/wiki/Charles_XII_of_Sweden" title="Charles XII of Sweden">Charles XII of Sweden</a> at the <a href="https://wikipedia.org/wiki/Battle_of_Poltava" title="Battle of Poltava">Battle of Poltava</a>, thus effectively ending Sweden\'s status as a major power in Europe.',
      no_year_html:
        '<a href="https://wikipedia.org/wiki/Peter_the_Great" title="Peter the Great">Peter I of Russia</a> defeats <a href="https://wikipedia.org/wiki/Charles_XII_of_Sweden" title="Charles XII of Sweden">Charles XII of Sweden</a> at the <a href="https://wikipedia.org/wiki/Battle_of_Poltava" title="Battle of Poltava">Battle of Poltava</a>, thus effectively ending Sweden\'s status as a major power in Europe.',
      links: [
        { title: 'Peter the Great', link: 'https://wikipedia.org/wiki/Peter_the_Great' },
        {
          title: 'Charles XII of Sweden',
          link: 'https://wikipedia.org/wiki/Charles_XII_of_Sweden',
        },
        { title: 'Battle of Poltava', link: 'https://wikipedia.org/wiki/Battle_of_Poltava' },
      ],
    },
    { circa: false, calendar: 'gregorian', note: 'maybe' },
  ],
  // Helsingborg, 1710
  [
    '02-28 Events #6',
    'February 28',
    'Events',
    {
      year: '1710',
      text: 'Battle of Helsingborg: 14,000 Danish invaders under Jørgen Rantzau are decisively defeated by an equally sized Swedish force under Magnus Stenbock. This is the last time Swedish and Danish troops meet on Swedish soil.',
      html: '1710 - <a href="https://wikipedia.org/wiki/Battle_of_Helsingborg" title="Battle of Helsingborg">Battle of Helsingborg</a>: 14,000 Danish invaders under <a href="https://wikipedia.org/wiki/J%C3%B8rgen_Rantzau" title="Jørgen Rantzau">Jørgen Rantzau</a> are decisively defeated by an equally sized Swedish force under <a href="https://wikipedia.org/wiki/Magnus_Stenbock" title="Magnus Stenbock">Magnus Stenbock</a>. This is the last time Swedish and Danish troops meet on Swedish soil.',
      no_year_html:
        '<a href="https://wikipedia.org/wiki/Battle_of_Helsingborg" title="Battle of Helsingborg">Battle of Helsingborg</a>: 14,000 Danish invaders under <a href="https://wikipedia.org/wiki/J%C3%B8rgen_Rantzau" title="Jørgen Rantzau">Jørgen Rantzau</a> are decisively defeated by an equally sized Swedish force under <a href="https://wikipedia.org/wiki/Magnus_Stenbock" title="Magnus Stenbock">Magnus Stenbock</a>. This is the last time Swedish and Danish troops meet on Swedish soil.',
      links: [
        {
          title: 'Battle of Helsingborg',
          link: 'https://wikipedia.org/wiki/Battle_of_Helsingborg',
        },
        { title: 'Jørgen Rantzau', link: 'https://wikipedia.org/wiki/J%C3%B8rgen_Rantzau' },
        { title: 'Magnus Stenbock', link: 'https://wikipedia.org/wiki/Magnus_Stenbock' },
      ],
    },
    { circa: false, calendar: 'gregorian', note: 'maybe' },
  ],
  // Carl Linnaeus, born 1707
  [
    '05-23 Births #11',
    'May 23',
    'Births',
    {
      year: '1707',
      text: 'Carl Linnaeus, Swedish botanist, physician, and zoologist (d. 1778)',
      html: '1707 - <a href="https://wikipedia.org/wiki/Carl_Linnaeus" title="Carl Linnaeus">Carl Linnaeus</a>, Swedish botanist, physician, and zoologist (d. 1778)',
      no_year_html:
        '<a href="https://wikipedia.org/wiki/Carl_Linnaeus" title="Carl Linnaeus">Carl Linnaeus</a>, Swedish botanist, physician, and zoologist (d. 1778)',
      links: [{ title: 'Carl Linnaeus', link: 'https://wikipedia.org/wiki/Carl_Linnaeus' }],
    },
    { circa: false, calendar: 'gregorian', note: 'maybe' },
  ],
  // Sweden after 30 February 1712: back on the Julian calendar, which the date pages convert; no flag
  [
    '07-31 Events #13',
    'July 31',
    'Events',
    {
      year: '1712',
      text: 'Action of 31 July 1712 (Great Northern War): Danish and Swedish ships clash in the Baltic Sea; the result is inconclusive.',
      html: '1712 - <a href="https://wikipedia.org/wiki/Action_of_31_July_1712" title="Action of 31 July 1712">Action of 31 July 1712</a> (<a href="https://wikipedia.org/wiki/Great_Northern_War" title="Great Northern War">Great Northern War</a>): Danish and Swedish ships clash in the <a href="https://wikipedia.org/wiki/Baltic_Sea" title="Baltic Sea">Baltic Sea</a>; the result is inconclusive.',
      no_year_html:
        '<a href="https://wikipedia.org/wiki/Action_of_31_July_1712" title="Action of 31 July 1712">Action of 31 July 1712</a> (<a href="https://wikipedia.org/wiki/Great_Northern_War" title="Great Northern War">Great Northern War</a>): Danish and Swedish ships clash in the <a href="https://wikipedia.org/wiki/Baltic_Sea" title="Baltic Sea">Baltic Sea</a>; the result is inconclusive.',
      links: [
        {
          title: 'Action of 31 July 1712',
          link: 'https://wikipedia.org/wiki/Action_of_31_July_1712',
        },
        { title: 'Great Northern War', link: 'https://wikipedia.org/wiki/Great_Northern_War' },
        { title: 'Baltic Sea', link: 'https://wikipedia.org/wiki/Baltic_Sea' },
      ],
    },
    { circa: false, calendar: 'gregorian' },
  ],
];

/** "July 1" -> "07-01.json", the file the entry comes from. */
const fileName = (date: string) => {
  const [month = '', day = ''] = date.split(' ');
  const m = MONTH_NAMES.indexOf(month) + 1;
  return `${String(m).padStart(2, '0')}-${day.padStart(2, '0')}.json`;
};

/** The row a muffinlabs day file holding only this entry becomes. */
function importedRow(date: string, section: string, entry: unknown): ImportRow {
  const parsed = parseImportJson(
    {
      date,
      url: `https://wikipedia.org/wiki/${date.replace(' ', '_')}`,
      data: { [section]: [entry] },
    },
    { fileName: fileName(date) },
  );
  if (!parsed.ok) throw new Error(parsed.error);
  const [row] = parsed.value.rows;
  if (!row) throw new Error(`not imported: ${JSON.stringify(parsed.value.skipped)}`);
  return row;
}

const NOTES = { swedish: SWEDISH_DATE_NOTE, maybe: MAYBE_SWEDISH_DATE_NOTE };

function expectDate(row: ImportRow, expected: Expected) {
  expect({ calendar: row.calendar, circa: row.circa, dateNote: row.dateNote }).toEqual({
    calendar: expected.calendar ?? row.calendar,
    circa: expected.circa,
    dateNote: expected.note ? NOTES[expected.note] : undefined,
  });
}

describe('what the text says about its date', () => {
  it.each(JULIAN)('%s (%s) is stored Julian', (_where, date, section, entry, expected) => {
    expectDate(importedRow(date, section, entry), expected);
  });

  it.each(GREGORIAN)(
    '%s (%s) stays Gregorian: the other calendar is named in passing',
    (_where, date, section, entry, expected) => {
      expectDate(importedRow(date, section, entry), expected);
    },
  );

  it.each(CIRCA)('%s (%s) is circa', (_where, date, section, entry, expected) => {
    expectDate(importedRow(date, section, entry), expected);
  });

  it.each(NOT_CIRCA)('%s (%s) is not circa', (_where, date, section, entry, expected) => {
    expectDate(importedRow(date, section, entry), expected);
  });

  it.each(SWEDISH)(
    '%s (%s): a Swedish-calendar date is kept as written and flagged',
    (_where, date, section, entry, expected) => {
      expectDate(importedRow(date, section, entry), expected);
    },
  );

  it('reads the Wikimedia response the same way ("This was October 17 in the Julian calendar")', () => {
    // From ../shared/data/wikimedia/onthisday-all-10-30.json, events (its pages left out).
    const item = {
      text: 'Czar Nicholas II of Russia issues the October Manifesto, granting the Russian peoples basic civil liberties and the right to form a duma. This was October 17 in the Julian calendar.',
      year: 1905,
    };
    const parsed = parseImportJson({ events: [item] }, { fileName: 'onthisday-all-10-30.json' });
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.value.rows[0]).toMatchObject({ year: 1905, calendar: 'gregorian', circa: false });
  });

  it('keeps a date before 1582 Gregorian when the text says it is proleptic Gregorian', () => {
    // No line of the corpus says so; this one is written for the rule.
    const row = importedRow('March 21', 'Events', {
      year: '1500',
      text: 'An astronomer records the equinox on this day (proleptic Gregorian date).',
      html: '',
      no_year_html: '',
      links: [],
    });
    expect(row.calendar).toBe('gregorian');
  });

  it('keeps the text as the source wrote it, marker included, and the entry its id', () => {
    const [, date, section, entry] = JULIAN[1]!;
    const boyne = importedRow(date, section, entry);
    expect(boyne.title).toBe(
      'Glorious Revolution: Battle of the Boyne in Ireland (as reckoned under the Julian calendar)',
    );
    // The external id hashes the year and text only, as before: a re-import updates the event in place.
    expect(boyne.externalId).toBe('muffinlabs:07-01:event:de1ea738e7245e40');
  });

  it('gives a Julian date its Gregorian anniversary: the Boyne, 1 July 1690, was 11 July', () => {
    const [, date, section, entry] = JULIAN[1]!;
    const boyne = importedRow(date, section, entry);
    expect(formatHistoricalDate(boyne)).toBe('1 July 1690 (Julian)');
    expect(howLongAgo({ date: boyne, today: { year: 2025, month: 7, day: 11 } })).toBe(
      '335 years ago',
    );
    expect(howLongAgo({ date: boyne, today: { year: 2025, month: 7, day: 1 } })).toBe(
      '334 years, 11 months, 20 days ago',
    );
  });

  it('lists the dates an editor should check among the import notes', () => {
    const [, date, section, entry] = SWEDISH[0]!;
    expect(dateNoteWarnings([importedRow(date, section, entry)])).toEqual([
      `02-29.json Events #0 (1712): February 29 is followed by February 30 in Sweden, in a move to abolish the Swedish calendar for a return to the Julian calendar: ${SWEDISH_DATE_NOTE}`,
    ]);
  });
});
