#!/usr/bin/env node
// A large corpus for the import's scale test (issue 12, BENCHMARKS.md): the muffinlabs corpus
// repeated COPIES times in the same 366 day files, each copy's years shifted back by 1,000 × copy
// (1969 → 969 for the first copy, 5032 BC for the seventh; years have at most 4 digits), so each entry is a new one (its external id has its year).
// Entries whose year is not a plain number are kept once.
//
//   node scripts/dev/make-million.mjs [--copies 8] SOURCE_DIR OUT_DIR

import fs from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
let copies = 8;
const dirs = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--copies') copies = Number(args[++i]);
  else dirs.push(args[i]);
}
const [source, out] = dirs;
if (!source || !out) {
  console.error('usage: make-million.mjs [--copies N] SOURCE_DIR OUT_DIR');
  process.exit(2);
}
fs.mkdirSync(out, { recursive: true });

const SHIFT = 1000;
const shifted = (year, k) => {
  const y = Number(year) - SHIFT * k;
  return y > 0 ? String(y) : `${1 - y} BC`;
};

let total = 0;
for (const name of fs
  .readdirSync(source)
  .filter((f) => f.endsWith('.json'))
  .sort()) {
  const day = JSON.parse(fs.readFileSync(path.join(source, name), 'utf8'));
  for (const section of Object.keys(day.data ?? {})) {
    const entries = day.data[section] ?? [];
    const all = [...entries];
    for (let k = 1; k < copies; k++)
      for (const e of entries)
        if (typeof e.year === 'string' && /^\d{1,4}$/.test(e.year.trim()))
          all.push({ ...e, year: shifted(e.year.trim(), k) });
    day.data[section] = all;
    total += all.length;
  }
  fs.writeFileSync(path.join(out, name), JSON.stringify(day));
}
console.log(`${total} entries in ${out}`);
