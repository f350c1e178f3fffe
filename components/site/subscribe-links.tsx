export type SubscribeLink = { href: string; label: string; type: string };

/**
 * "Subscribe to …: RSS · Atom · Calendar (.ics)", a small line after a page's heading. On narrow screens
 * the "to …" part is only read out (the heading above says it), so the links stay on one line.
 */
export function SubscribeLinks({ what, links }: { what: string; links: readonly SubscribeLink[] }) {
  return (
    <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-muted">
      <svg
        aria-hidden="true"
        viewBox="0 0 16 16"
        className="size-3.5 shrink-0 text-accent"
        fill="currentColor"
      >
        <circle cx="3" cy="13" r="2" />
        <path d="M1 6.5a8.5 8.5 0 0 1 8.5 8.5h-2.2A6.3 6.3 0 0 0 1 8.7Z" />
        <path d="M1 1.5A13.5 13.5 0 0 1 14.5 15h-2.2A11.3 11.3 0 0 0 1 3.7Z" />
      </svg>
      <span>
        Subscribe<span className="max-sm:sr-only"> to {what}</span>:
      </span>
      {links.map((l, i) => (
        <span key={l.href} className="inline-flex items-center gap-2">
          <a href={l.href} type={l.type} className="inline-flex min-h-6 items-center">
            {l.label}
          </a>
          {/* The separator trails its link, so a wrapped line never starts with one. */}
          {i < links.length - 1 ? <span aria-hidden="true">·</span> : null}
        </span>
      ))}
    </p>
  );
}
