import { CATEGORY_FOR_KIND, DEFAULT_CATEGORY_SLUG } from '@/lib/categories';
import type { ImportKind } from './types';

// A deliberately small classifier: an event lands in a specific category only when its wording
// says so plainly; everything else goes to the default category for an editor to refine.
// Each pattern is matched against whole words (prefixes where a word family is meant).
const RULES: readonly { slug: string; pattern: RegExp }[] = [
  {
    slug: 'space-exploration',
    pattern:
      /\b(?:spacecraft|spaceflights?|space (?:shuttle|station|probe|telescope|program(?:me)?|race)|satellites?|orbit(?:s|ed|ing|al)?|astronauts?|cosmonauts?|sputnik|apollo \d+|soyuz|vostok|gemini \d+|voyager \d|lunar|the moon|moon landing|rocket launch\w*|launch(?:es|ed)? (?:a |the )?rocket)\b/i,
  },
  { slug: 'space-exploration', pattern: /\b(?:NASA|ESA|Moon)\b/ },
  {
    slug: 'accidents-tragedies',
    pattern:
      /\b(?:earthquakes?|tsunamis?|(?:great )?fire (?:destroys|breaks out|in)|fires? (?:breaks? out|destroys?|kills?)|wildfires?|shipwrecks?|wrecked|crash(?:es|ed)?|explosions?|explodes|floods?|flooding|sinks|sank|capsizes?|derail(?:s|ed|ment)|collid(?:es|ed)|collision|avalanches?|hurricanes?|typhoons?|cyclones?|tornado(?:es)?|eruption|erupts|famine|epidemic|pandemic|disaster)\b/i,
  },
  {
    slug: 'military-warfare',
    pattern:
      /\b(?:battles?|wars?|sieges?|besieg\w*|army|armies|invad\w*|invasion|troops|navy|naval|bombing|bombs?|bombard\w*|offensive|surrenders?|armistice|ceasefire|garrison|regiment|fleet|warships?|soldiers)\b/i,
  },
  {
    slug: 'crime-law',
    pattern:
      /\b(?:murder\w*|assassinat\w*|trials?|courts?|convicted|sentenced|executed|execution|hanged|arrested|kidnapp\w*|robbery|robbed|terrorists?|hijack\w*|massacres?|lynch\w*|outlaw\w*|legali[sz]\w*|verdict|acquitted)\b/i,
  },
  {
    slug: 'sports-recreation',
    pattern:
      /\b(?:olympics?|olympic games|championships?|world cup|football|soccer|cricket|baseball|basketball|hockey|tennis|golf|boxing|marathon|grand prix|tournament|super bowl|world series|stadium|league)\b/i,
  },
  {
    slug: 'exploration-discovery',
    pattern:
      /\b(?:expeditions?|explorers?|circumnavigat\w*|North Pole|South Pole|first ascent|summit of|sights? land|lands? (?:at|in|on) the (?:island|coast))\b/i,
  },
  {
    slug: 'science-technology',
    pattern:
      /\b(?:discover\w*|invent\w*|patent\w*|scientists?|physicists?|chemists?|telescope|vaccine|experiment\w*|computer|telegraph|telephone|radio|television broadcast|electricity|nuclear reactor|theory of)\b/i,
  },
  {
    slug: 'politics-government',
    pattern:
      /\b(?:elected|elections?|treaty|parliament\w*|constitution\w*|president|prime minister|independence|coup|d'état|annex\w*|referendum|congress|senate|government|republic|declares?|proclaim\w*|crowned|coronation|abdicat\w*|recogni[sz]e[sd]?|recognition|riots?|revolts?|rebellion|uprising|protests?|revolution)\b/i,
  },
  {
    slug: 'arts-culture',
    pattern:
      /\b(?:novels?|opera|films?|premieres?|premiered|painting|paints|cathedral|pope|church|religio\w*|symphony|album|published|musical|theatre|theater|museum|poem|ballet|canoni[sz]ed|consecrated|broadway)\b/i,
  },
];

/**
 * Category slug for an entry: births, deaths and observances by kind; events by their wording,
 * the category with most keyword hits winning (ties go to the earlier, more specific, rule).
 * Words before a Wikipedia-style context prefix ("World War II: ...") count half.
 */
export function classifyEntry(o: {
  kind: ImportKind;
  text: string;
  links?: readonly string[];
  defaultCategory?: string;
}): string {
  if (o.kind !== 'event') return CATEGORY_FOR_KIND[o.kind];
  const fallback = o.defaultCategory ?? DEFAULT_CATEGORY_SLUG;
  const colon = o.text.indexOf(': ');
  const prefix = colon > 0 && colon < 60 ? o.text.slice(0, colon) : '';
  const main = prefix ? o.text.slice(colon + 2) : o.text;

  const scores = new Map<string, number>();
  for (const rule of GLOBAL_RULES) {
    const score = countMatches(rule.pattern, main) * 2 + countMatches(rule.pattern, prefix);
    if (score > 0) scores.set(rule.slug, (scores.get(rule.slug) ?? 0) + score);
  }
  let best: { slug: string; score: number } | null = null;
  for (const [slug, score] of scores) if (!best || score > best.score) best = { slug, score };
  return best?.slug ?? fallback;
}

const GLOBAL_RULES = RULES.map((r) => ({
  slug: r.slug,
  pattern: new RegExp(r.pattern.source, `${r.pattern.flags}g`),
}));

function countMatches(pattern: RegExp, text: string): number {
  if (!text) return 0;
  pattern.lastIndex = 0;
  return text.match(pattern)?.length ?? 0;
}
