/**
 * A day file cut off mid-write (a dump that stopped, a download that broke) is invalid JSON, yet
 * every entry before the cut is whole. This reads such a file back to its last complete entry: an
 * entry is an object in the outermost array of its path (`events[3]`, `data.Births[12]`), so a
 * half-written entry, or a complete link inside one, is never taken for a whole one.
 */

type Frame = { kind: '{' | '['; key: string | null; entries: number };

export type CutOff = {
  /** Where the first lost entry was: the key of its array ("events", "Births") and its index. */
  section: string;
  index: number;
  /** Characters the file has (what was written before the cut). */
  length: number;
};

export type Recovered = { json: unknown; cutOff: CutOff };

/** Is this JSON.parse error one of a text that ends too soon (rather than one with a wrong character in it)? */
export function endsTooSoon(text: string, message: string): boolean {
  if (/end of JSON input/i.test(message)) return true;
  const at = /at position (\d+)/.exec(message);
  return at?.[1] !== undefined && Number(at[1]) >= text.trimEnd().length;
}

/** The file up to its last complete entry, closed as its brackets require; null when no entry is whole. */
export function recoverCutOffJson(text: string): Recovered | null {
  const stack: Frame[] = [];
  let pendingKey: string | null = null;
  let lastString = '';
  let best: { end: number; closers: string } | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      const end = stringEnd(text, i);
      if (end < 0) break;
      lastString = text.slice(i + 1, end);
      i = end;
    } else if (c === ':') {
      pendingKey = lastString;
    } else if (c === '{' || c === '[') {
      const parent = stack.at(-1);
      stack.push({ kind: c, key: parent?.kind === '{' ? pendingKey : null, entries: 0 });
    } else if (c === '}' || c === ']') {
      stack.pop();
      const parent = stack.at(-1);
      if (c === '}' && parent && parent === outermostArray(stack)) {
        parent.entries++;
        best = { end: i + 1, closers: closersOf(stack) };
      }
    }
  }
  if (!best) return null;
  let json: unknown;
  try {
    json = JSON.parse(text.slice(0, best.end) + best.closers);
  } catch {
    return null;
  }
  const open = outermostArray(stack);
  return {
    json,
    cutOff: {
      section: open?.key ?? 'entries',
      index: open?.entries ?? 0,
      length: text.length,
    },
  };
}

function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i;
  }
  return -1;
}

const outermostArray = (stack: readonly Frame[]) => stack.find((f) => f.kind === '[');

const closersOf = (stack: readonly Frame[]) =>
  stack
    .map((f) => (f.kind === '{' ? '}' : ']'))
    .reverse()
    .join('');
