import { linkSegments, type InlineLink } from '@/lib/graph/inline-links';

/** An entry's text with its people and topics linked inline (lib/graph/inline-links.ts). */
export function LinkedText({ text, links }: { text: string; links: readonly InlineLink[] }) {
  if (links.length === 0) return <>{text}</>;
  return (
    <>
      {linkSegments(text, links).map((s, i) =>
        s.href ? (
          <a key={i} href={s.href} className="inline-link">
            {s.text}
          </a>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </>
  );
}
