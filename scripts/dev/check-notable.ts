// Checks lib/graph/notable.ts against the corpus: every listed title should be the title of an
// article some muffinlabs entry links (`links[].title`), or it can raise no entry.
//   npx tsx scripts/dev/check-notable.ts [folder of MM-DD.json files, default ../shared/data/muffinlabs]
import fs from 'node:fs';
import path from 'node:path';
import { NOTABLE_ARTICLES } from '@/lib/graph/notable';

type DayFile = { data?: Record<string, { links?: { title?: unknown }[] }[] | undefined> };

const dir = path.resolve(process.argv[2] ?? '../shared/data/muffinlabs');
if (!fs.existsSync(dir)) {
  console.error(`No corpus at ${dir}: pass the folder of muffinlabs MM-DD.json files.`);
  process.exit(2);
}

// How many entries link each article title.
const linked = new Map<string, number>();
for (const name of fs.readdirSync(dir).filter((f) => f.endsWith('.json'))) {
  const day = JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as DayFile;
  for (const entries of Object.values(day.data ?? {}))
    for (const entry of entries ?? [])
      for (const link of entry.links ?? [])
        if (typeof link.title === 'string')
          linked.set(link.title, (linked.get(link.title) ?? 0) + 1);
}

const missing: string[] = [];
for (const tier of [2, 1] as const) {
  const titles = [...NOTABLE_ARTICLES].filter(([, t]) => t === tier).map(([title]) => title);
  const found = titles.filter((t) => linked.has(t));
  const links = found.reduce((sum, t) => sum + (linked.get(t) ?? 0), 0);
  console.log(
    `tier ${tier}: ${found.length} of ${titles.length} titles are linked by the corpus (${links.toLocaleString('en')} links)`,
  );
  missing.push(...titles.filter((t) => !linked.has(t)).map((t) => `  tier ${tier}: ${t}`));
}
if (missing.length > 0) {
  console.log(`Not a link title in ${dir}:\n${missing.join('\n')}`);
  process.exit(1);
}
