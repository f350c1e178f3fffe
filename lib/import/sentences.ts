// The sentences of a scraped entry, for its title (the first) and its summary (the others).
//
// A wrong split makes a title of a fragment ("…the Battle of St"), a missed one only a longer
// title, so this splits only where a sentence surely ends: after ".", "!" or "?" (and any closing
// quote or bracket), then a space and a capital letter, outside brackets and quotes, and not after
// an initial, an abbreviation or a short number.

const ABBREVIATIONS = new Set(
  (
    'Mr Mrs Ms Mme Mlle Messrs Dr St Sts Ste Mt Mts Ft Pt Jr Sr Rev Fr Msgr Bp Abp Card Gen Col ' +
    'Capt Cpt Lt Lieut Sgt Cpl Pvt Maj Brig Adm Cmdr Cdr Gov Sen Rep Pres Prof Hon Rt Esq Atty ' +
    'No Nos Vol Vols Op Art Fig Ch Co Corp Inc Ltd Bros Dept Univ Assn Ave Blvd Rd Hwy ' +
    'Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec ' +
    'Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo Mont ' +
    'Neb Nebr Nev Okla Ore Pa Penn Tenn Tex Va Vt Wash Wis Wisc Wyo ' +
    'Cie Cir Cia c ca cf vs v etc al approx est incl viz fl no pp op vol ch'
  ).split(' '),
);

const END = /([.!?])(["”’')\]]*)\s+(?=["“‘'(]?\p{Lu})/gu;
const MIN_WORDS = 3;

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** Is the text before `end` (a full stop) inside brackets or quotes, or its last word an abbreviation? */
function endsSentence(text: string, end: number): boolean {
  if (text[end] !== '.') return true;
  const before = text.slice(0, end).replace(/[)\]"”’']+$/, '');
  const token = (before.slice(before.lastIndexOf(' ') + 1).match(/[\p{L}\p{N}.'’-]*$/u) ?? [''])[0];
  // "Minneapolis-St." ends in "St".
  const word = token.slice(token.lastIndexOf('-') + 1);
  if (word === '') return false;
  if (/^\p{L}$/u.test(word)) return false; // an initial: "Laura E. Richards"
  if (word.includes('.')) return false; // "U.S.", "D.C.", "a.m."
  if (/^\p{N}{1,3}$/u.test(word)) return false; // "1. FC Köln", "No. 5"
  return !ABBREVIATIONS.has(word);
}

function outsideBrackets(text: string): boolean {
  let round = 0;
  let curly = 0;
  let straight = 0;
  for (const ch of text) {
    if (ch === '(') round++;
    else if (ch === ')') round--;
    else if (ch === '“') curly++;
    else if (ch === '”') curly--;
    else if (ch === '"') straight++;
  }
  return round <= 0 && curly <= 0 && straight % 2 === 0;
}

/** The sentences of a one-paragraph text, each trimmed; a text with one sentence is returned whole. */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const m of text.matchAll(END)) {
    const stop = m.index + m[1]!.length + m[2]!.length;
    const sentence = text.slice(start, stop).trim();
    if (words(sentence) < MIN_WORDS) continue;
    if (!endsSentence(text, m.index) || !outsideBrackets(sentence)) continue;
    sentences.push(sentence);
    start = m.index + m[0].length;
  }
  const last = text.slice(start).trim();
  if (last === '') return sentences;
  // A last "sentence" of a word or two is more likely the tail of a missed abbreviation.
  if (sentences.length > 0 && words(last) < 2) sentences.push(`${sentences.pop()} ${last}`);
  else sentences.push(last);
  return sentences;
}
