import { formatHistoricalDate, type HistoricalDate } from '@/lib/dates';
import {
  fieldsOfSection,
  SCALAR_FIELDS,
  type FieldSection,
  type FieldsWith,
  type ScalarField,
  type ScalarValue,
} from '@/lib/events/fields';
import { KIND_LABELS, LINK_LABELS } from '@/lib/validation/event';
import type { RevisionSnapshot } from './snapshot';

export type DiffOp = 'equal' | 'insert' | 'delete';
export type TextSegment = { op: DiffOp; text: string };

/** Past this many cells the word table is too big: compare lines instead, then whole texts. */
const MAX_CELLS = 4_000_000;

const WORDS = /\s+|[\p{L}\p{N}_'’-]+|[^\s\p{L}\p{N}]/gu;

function tokenizeWords(text: string): string[] {
  return text.match(WORDS) ?? [];
}

function tokenizeLines(text: string): string[] {
  return text.match(/[^\n]+|\n/g) ?? [];
}

function push(out: TextSegment[], op: DiffOp, text: string): void {
  if (text === '') return;
  const last = out[out.length - 1];
  if (last && last.op === op) last.text += text;
  else out.push({ op, text });
}

/**
 * Longest-common-subsequence diff of two token lists. Common leading and trailing tokens are
 * taken off first, so the usual edit (a few words in a long text) costs little. Returns null when
 * the middle is still too large for the table.
 */
function diffTokens(a: readonly string[], b: readonly string[]): TextSegment[] | null {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const n = endA - start;
  const m = endB - start;
  if ((n + 1) * (m + 1) > MAX_CELLS) return null;

  const out: TextSegment[] = [];
  push(out, 'equal', a.slice(0, start).join(''));
  // lcs[i][j] = LCS length of a[start+i..endA) and b[start+j..endB), row-major in one array.
  const width = m + 1;
  const lcs = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * width + j] =
        a[start + i] === b[start + j]
          ? (lcs[(i + 1) * width + j + 1] ?? 0) + 1
          : Math.max(lcs[(i + 1) * width + j] ?? 0, lcs[i * width + j + 1] ?? 0);
    }
  }
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const ta = a[start + i] ?? '';
    const tb = b[start + j] ?? '';
    if (ta === tb) {
      push(out, 'equal', ta);
      i++;
      j++;
    } else if ((lcs[(i + 1) * width + j] ?? 0) >= (lcs[i * width + j + 1] ?? 0)) {
      push(out, 'delete', ta);
      i++;
    } else {
      push(out, 'insert', tb);
      j++;
    }
  }
  for (; i < n; i++) push(out, 'delete', a[start + i] ?? '');
  for (; j < m; j++) push(out, 'insert', b[start + j] ?? '');
  push(out, 'equal', a.slice(endA).join(''));
  return out;
}

/**
 * Makes a diff read like an edit: whitespace left "equal" between two changes joins them, so
 * "in early January" -> "on 1 February" is one deletion and one insertion, not three pairs.
 */
function tidy(segments: readonly TextSegment[]): TextSegment[] {
  const out: TextSegment[] = [];
  let deleted = '';
  let inserted = '';
  const flush = () => {
    push(out, 'delete', deleted);
    push(out, 'insert', inserted);
    deleted = '';
    inserted = '';
  };
  segments.forEach((s, i) => {
    if (s.op === 'delete') deleted += s.text;
    else if (s.op === 'insert') inserted += s.text;
    else {
      const inside = i > 0 && i < segments.length - 1 && segments[i + 1]?.op !== 'equal';
      if (inside && /^\s+$/.test(s.text) && (deleted !== '' || inserted !== '')) {
        deleted += s.text;
        inserted += s.text;
      } else {
        flush();
        push(out, 'equal', s.text);
      }
    }
  });
  flush();
  return out;
}

function wholeChange(a: string, b: string): TextSegment[] {
  const out: TextSegment[] = [];
  push(out, 'delete', a);
  push(out, 'insert', b);
  return out;
}

/** Word-level diff (words, spaces and punctuation are tokens); falls back to lines for huge texts. */
export function diffWords(a: string, b: string): TextSegment[] {
  if (a === b) return a === '' ? [] : [{ op: 'equal', text: a }];
  const segments = diffTokens(tokenizeWords(a), tokenizeWords(b));
  return segments ? tidy(segments) : diffLines(a, b);
}

/** Line-level diff: each line, and each line break, is one token. */
export function diffLines(a: string, b: string): TextSegment[] {
  if (a === b) return a === '' ? [] : [{ op: 'equal', text: a }];
  return diffTokens(tokenizeLines(a), tokenizeLines(b)) ?? wholeChange(a, b);
}

/** The text of one side: what was there before (equal + delete) or after (equal + insert). */
export function sideOf(segments: readonly TextSegment[], side: 'before' | 'after'): TextSegment[] {
  const drop: DiffOp = side === 'before' ? 'insert' : 'delete';
  return segments.filter((s) => s.op !== drop);
}

// ---- Two snapshots, field by field ----

export type FieldChange = {
  field: string;
  label: string;
  before: string;
  after: string;
  /** A word (text) or line (lists) diff; null for short values shown whole. */
  segments: TextSegment[] | null;
};

/** What both snapshots know together: the other events' titles (older snapshots carry only slugs). */
type DiffContext = { linkTitles: ReadonlyMap<number, string> };

/** The fields whose row compares their value as stored. */
type DiffField = FieldsWith<{ diff: object }>;

type FieldSpec = {
  field: string;
  label: string;
  value: (s: RevisionSnapshot, ctx: DiffContext) => string;
  diff: 'words' | 'lines' | null;
};

const dateOf = (d: HistoricalDate): string => {
  if (d.year === null && d.month === null) return '';
  try {
    const text = formatHistoricalDate(d);
    return d.precision === 'day' || d.precision === 'month' ? text : `${text} (${d.precision})`;
  } catch {
    return [d.year, d.month, d.day].filter((p) => p !== null).join('-');
  }
};

const dateTime = (iso: string | null) => (iso ? `${iso.slice(0, 16).replace('T', ' ')} UTC` : '');

/** A field's value as a comparison shows it (lib/events/fields.ts gives its label and diff). */
function shown(value: ScalarValue<ScalarField>): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (Array.isArray(value)) return value.join('\n');
  return String(value);
}

/** The row of a field that is compared as stored. */
function plainSpec(field: DiffField): FieldSpec {
  const { label, mode } = SCALAR_FIELDS[field].diff;
  return { field, label, value: (s) => shown(s[field]), diff: mode };
}

/** The rows of a section's fields that are compared as stored, in record order. */
const plainSpecs = (section: FieldSection): FieldSpec[] =>
  fieldsOfSection(section)
    .filter((f): f is Extract<typeof f, DiffField> => 'diff' in SCALAR_FIELDS[f])
    .map(plainSpec);

/** In the form's order: the fields compared as they are, and the ones compared by a rule of their own. */
const SPECS: readonly FieldSpec[] = [
  plainSpec('title'),
  plainSpec('slug'),
  { field: 'kind', label: 'Kind', value: (s) => KIND_LABELS[s.kind], diff: null },
  {
    field: 'date',
    label: 'Date',
    value: (s) =>
      dateOf({
        year: s.year,
        month: s.month,
        day: s.day,
        precision: s.precision,
        circa: s.circa,
        calendar: s.calendar,
      }),
    diff: null,
  },
  {
    field: 'endDate',
    label: 'End date',
    value: (s) =>
      dateOf({
        year: s.endYear,
        month: s.endMonth,
        day: s.endDay,
        precision: s.endPrecision ?? 'day',
        circa: false,
        calendar: s.calendar,
      }),
    diff: null,
  },
  ...plainSpecs('place'),
  {
    field: 'coordinates',
    label: 'Coordinates',
    value: (s) =>
      s.latitude === null || s.longitude === null ? '' : `${s.latitude}, ${s.longitude}`,
    diff: null,
  },
  {
    field: 'category',
    label: 'Category',
    value: (s) => s.category?.name ?? `Category #${s.categoryId}`,
    diff: null,
  },
  ...plainSpecs('text'),
  ...plainSpecs('image'),
  {
    field: 'tags',
    label: 'Tags',
    value: (s) =>
      s.tags
        .map((t) => t.name)
        .sort((a, b) => a.localeCompare(b))
        .join('\n'),
    diff: 'lines',
  },
  {
    field: 'people',
    label: 'People',
    value: (s) =>
      [...s.people]
        .sort((a, b) => a.position - b.position)
        .map((p) => (p.role ? `${p.name} (${p.role})` : p.name))
        .join('\n'),
    diff: 'lines',
  },
  {
    field: 'references',
    label: 'References',
    value: (s) =>
      [...s.references]
        .sort((a, b) => a.position - b.position)
        .map((r) =>
          [r.title, r.publisher, r.url, r.accessedAt ? `accessed ${r.accessedAt}` : null]
            .filter(Boolean)
            .join(' · '),
        )
        .join('\n'),
    diff: 'lines',
  },
  {
    field: 'links',
    label: 'Linked events',
    value: (s, ctx) =>
      s.links
        .map((l) => {
          const label = LINK_LABELS[l.type][l.direction === 'outgoing' ? 'from' : 'to'];
          return `${label}: ${ctx.linkTitles.get(l.eventId) ?? l.eventSlug ?? `event #${l.eventId}`}`;
        })
        .sort()
        .join('\n'),
    diff: 'lines',
  },
  ...plainSpecs('publishing'),
  {
    field: 'status',
    label: 'Status',
    value: (s) => {
      const status =
        s.status === 'draft' && s.publishAt
          ? `Scheduled for ${dateTime(s.publishAt)}`
          : s.status.charAt(0).toUpperCase() + s.status.slice(1);
      return s.deletedAt ? `${status} (in the trash)` : status;
    },
    diff: null,
  },
];

/** What changed from `a` to `b`, in form order; unchanged fields are left out. */
export function diffSnapshots(a: RevisionSnapshot, b: RevisionSnapshot): FieldChange[] {
  const linkTitles = new Map<number, string>();
  for (const l of [...a.links, ...b.links])
    if (l.eventTitle) linkTitles.set(l.eventId, l.eventTitle);
  const ctx: DiffContext = { linkTitles };
  const changes: FieldChange[] = [];
  for (const spec of SPECS) {
    const before = spec.value(a, ctx);
    const after = spec.value(b, ctx);
    if (before === after) continue;
    changes.push({
      field: spec.field,
      label: spec.label,
      before,
      after,
      segments:
        spec.diff === 'words'
          ? diffWords(before, after)
          : spec.diff === 'lines'
            ? diffLines(before, after)
            : null,
    });
  }
  return changes;
}
