import type { Skip } from './types';

// How an import ended, for a person and for a script (the command's exit code):
//   0  every file was read whole, and its entries are in Almanac (new, updated or as they were);
//   2  the import went ahead, but a file could not be read or was cut off: the rest is in;
//   1  nothing was imported (or would be, in a dry run): no entries, or every one was skipped.

/** Entries skipped because Almanac has them already (from another source, or edited there): not missing. */
const IN_ALMANAC_ALREADY: ReadonlySet<Skip['code']> = new Set([
  'same-as-existing',
  'edited-in-almanac',
]);

export type ImportVerdict = { exitCode: 0 | 1 | 2; problems: string[] };

const plural = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

export function judgeImport(o: {
  /** Entries read from the files (imported or skipped). */
  entries: number;
  /** Entries (and Almanac categories, tags, people) imported, updated or found unchanged. */
  written: number;
  skipped: readonly Skip[];
  /** One message per file that could not be read, naming it. */
  unreadable: readonly string[];
  dryRun: boolean;
}): ImportVerdict {
  const problems: string[] = [];
  if (o.unreadable.length > 0)
    problems.push(
      `${plural(o.unreadable.length, 'file')} could not be read and ${o.unreadable.length === 1 ? 'was' : 'were'} left out:`,
      ...o.unreadable.map((e) => `  ${e}`),
    );
  const cutOff = [
    ...new Set(o.skipped.filter((s) => s.code === 'cut-off').map((s) => s.where.file)),
  ];
  if (cutOff.length > 0)
    problems.push(
      `${plural(cutOff.length, 'file')} ${cutOff.length === 1 ? 'is' : 'are'} cut off: the entries before each cut were read, the rest of the file is missing:`,
      ...cutOff.map((f) => `  ${f}`),
    );

  const would = o.dryRun ? 'would be ' : 'was ';
  const inAlmanac = o.skipped.filter((s) => IN_ALMANAC_ALREADY.has(s.code)).length;
  if (o.entries === 0)
    return {
      exitCode: 1,
      problems: [...problems, 'Nothing to import: the files hold no entries.'],
    };
  if (o.written + inAlmanac === 0)
    return {
      exitCode: 1,
      problems: [
        ...problems,
        `Nothing ${would}imported: ${o.entries === 1 ? 'its one entry was' : `all ${plural(o.entries, 'entry', 'entries')} were`} skipped (the reasons are listed above).`,
      ],
    };
  return { exitCode: problems.length > 0 ? 2 : 0, problems };
}
