import { describe, expect, it } from 'vitest';
import { personFromPage } from './page-person';
import type { WikimediaPage } from './schemas';

// Page summaries as the Wikimedia response of 30 October carries them (their openings, verbatim):
// the articles its events link that are people's, and articles that span years but are not people.
const PAGES: [
  WikimediaPage,
  { name: string; birthYear: number | null; deathYear: number | null } | null,
][] = [
  [
    {
      title: 'Margot_Frank',
      extract:
        "Margot Betti Frank (February 16, 1926 – February 1945) was the eldest daughter of Otto Frank and Edith Frank and the older sister of Anne Frank. Margot's deportation order from the Gestapo hastened the Frank family into hiding. According to the diary of her younger sister, Anne, Margot kept a diary of her own, but no trace of Margot's diary has ever been found.",
      description: 'older sister of Anne Frank',
    },
    { name: 'Margot Frank', birthYear: 1926, deathYear: 1945 },
  ],
  [
    {
      title: 'Pope_Pius_XII',
      extract:
        'Pope Pius XII (Italian: Pio XII), born Eugenio Maria Giuseppe Giovanni Pacelli (Italian pronunciation: [euˈdʒɛːnjo maˈriːa dʒuˈzɛppe dʒoˈvanni paˈtʃɛlli]; 2 March 1876 – 9 October 1958), was head of the Catholic Church from 2 March 1939 to his death in 1958. Before his election to the papacy, Pacelli served as secretary of the Department of Extraordinary Ecclesiastical Affairs, papal nuncio to Germany (1917–1929), an',
      description: '260th Pope of the Catholic Church',
    },
    { name: 'Pope Pius XII', birthYear: 1876, deathYear: 1958 },
  ],
  [
    {
      title: 'George_Foreman',
      extract:
        'George Edward Foreman (born January 10, 1949) is an American former professional boxer who competed from 1969 to 1977, and from 1987 to 1997. Nicknamed "Big George", he is a two-time world heavyweight champion and an Olympic gold medalist. Outside the sport he is an ordained minister, author, and entrepreneur.\nAfter a troubled childhood Foreman took up amateur boxing and won a gold medal in the heavyweight division a',
      description:
        'a retired American professional boxer, ordained Baptist minister, author and entrepreneur',
    },
    { name: 'George Foreman', birthYear: 1949, deathYear: null },
  ],
  [
    {
      title: 'Ranulf_II_of_Alife',
      extract:
        "Ranulf II (or Rainulf II, Italian: Rainulfo; died 30 April 1139) was the count of Alife and Caiazzo, and duke of Apulia. He was a member of the Italo-Norman Drengot family which dominated the Principality of Capua for most of the century between 1050 and 1150. Ranulf's wife, Matilda, was the sister of King Roger II of Sicily.\nRanulf II was the son of Robert, count of Alife and Caiazzo. and Gaitelgrima. His grandfathe",
      description: 'count',
    },
    { name: 'Ranulf II of Alife', birthYear: null, deathYear: 1139 },
  ],
  [
    {
      title: 'Muhammad_Ali',
      extract:
        'Muhammad Ali (; born Cassius Marcellus Clay Jr.; January 17, 1942 – June 3, 2016) was an American professional boxer and activist. He is widely regarded as one of the most significant and celebrated sports figures of the 20th century. From early in his career, Ali was known as an inspiring, controversial, and polarizing figure both inside and outside the ring.\nCassius Clay was born and raised in Louisville, Kentucky,',
      description: 'African American boxer, philanthropist and activist',
    },
    { name: 'Muhammad Ali', birthYear: 1942, deathYear: 2016 },
  ],
  [
    {
      title: 'Anne_Frank',
      extract:
        'Annelies Marie "Anne" Frank (German pronunciation: [ʔanəliːs maˈʁiː ˈʔanə ˈfʁaŋk]; Dutch pronunciation: [ʔɑnəˈlis maˈri ˈʔɑnə ˈfrɑŋk]; 12 June 1929 – February or March 1945) was a German-born diarist. One of the most discussed Jewish victims of the Holocaust, she gained fame posthumously with the publication of The Diary of a Young Girl (originally Het Achterhuis; English: The Secret Annex), in which she documents he',
      description: 'victim of the Holocaust and author of a diary',
    },
    { name: 'Anne Frank', birthYear: 1929, deathYear: 1945 },
  ],
  [
    {
      title: 'Tommy_Brown_(NAAFI_assistant)',
      extract:
        'Thomas William Brown GM (c. 1926 – 13 February 1945) was an English recipient of the George Medal, the youngest person to have ever received that award. In October 1942, as a NAAFI canteen assistant, he was involved in the action between Petard and U-559, being one of three men to board the sinking submarine in an effort to retrieve vital documents, and was the only one of the three to survive. These documents would ',
      description: 'Royal Navy officer',
    },
    { name: 'Tommy Brown', birthYear: 1926, deathYear: 1945 },
  ],
  [
    {
      title: 'Occupation_of_Constantinople',
      extract:
        "The Occupation of Constantinople (Turkish: İstanbul'un İşgali) (November 13, 1918 – September 23, 1923), the capital of the Ottoman Empire, by British, French and Italian forces, took place in accordance with the Armistice of Mudros, which ended Ottoman participation in the First World War. The first French troops entered the city on November 12, 1918, followed by British troops the next day. The Italian troops lande",
    },
    null,
  ],
  [
    {
      title: 'Rashidun_Caliphate',
      extract:
        'The Rashidun Caliphate (Arabic: اَلْخِلَافَةُ ٱلرَّاشِدَةُ‎‎ al-Khilāfa-al-Rāshidah) (632–661) was the first of the four major caliphates established after the death of the Islamic Prophet Muhammad. It was ruled by the first four successive caliphs (successors) of Muhammad after his death in 632 CE (11 AH in the Islamic calendar). These caliphs are collectively known in Sunni Islam as the Rashidun, or "Rightly Guided',
      description: 'first four caliphs in Islamic history',
    },
    null,
  ],
  [
    {
      title: 'Lend-Lease',
      extract:
        'The Lend-Lease policy, formally titled "An Act to Promote the Defense of the United States", (Pub.L. 77–11, H.R. 1776, 55 Stat. 31, enacted March 11, 1941) was a program under which the United States supplied Free France, the United Kingdom, the Republic of China, and later the Soviet Union and other Allied nations with food, oil, and materiel between 1941 and August 1945. This included warships and warplanes, along ',
      description: 'United States foreign policy during World War II',
    },
    null,
  ],
  [
    {
      title: 'Space_Shuttle_Challenger',
      extract:
        "Space Shuttle Challenger (Orbiter Vehicle Designation: OV-099) was the second orbiter of NASA's space shuttle program to be put into service following Columbia. The shuttle was built by Rockwell International's Space Transportation Systems Division in Downey, California. Its maiden flight, STS-6, started on April 4, 1983. It launched and landed nine times before breaking apart 73 seconds into its tenth mission, STS-5",
      description: 'space shuttle orbiter',
    },
    null,
  ],
  [
    {
      title: 'Partition_of_the_Ottoman_Empire',
      extract:
        'The partition of the Ottoman Empire (Armistice of Mudros, 30 October 1918 – Abolition of the Ottoman Sultanate, 1 November 1922) was a political event that occurred after World War I and the occupation of Constantinople by British, French and Italian troops in November 1918. The partitioning was planned in several agreements made by the Allies early in the course of World War I, notably the Sykes-Picot Agreement. As ',
      description: 'Wikimedia list article',
    },
    null,
  ],
  [
    {
      title: 'Colectiv_nightclub_fire',
      extract:
        "The Colectiv nightclub fire was a deadly fire in Bucharest, Romania, on 30 October 2015, which killed 64 people (26 on site, 38 in hospitals) and injured 147. The fire, the worst incident in Romania since the Balotești plane crash, occurred during a free concert performed by the metalcore band Goodbye to Gravity to celebrate the release of their new album, Mantras of War. The band's pyrotechnics, consisting of sparkl",
      description: 'October 2015 fire in Bucharest, Romania',
    },
    null,
  ],
];

describe('personFromPage', () => {
  it.each(PAGES)('reads $title', (page, expected) => {
    const url = `https://en.wikipedia.org/wiki/${page.title}`;
    const person = personFromPage(page, url, page.title.replace(/_/g, ' '));
    if (expected === null) expect(person).toBeNull();
    else
      expect(person).toEqual({
        ...expected,
        description: page.description ?? '',
        referenceUrl: url,
      });
  });

  it('takes no page without a summary for a person', () => {
    expect(personFromPage({ title: 'Tony_Fasson' }, 'u', 'Tony Fasson')).toBeNull();
  });
});
