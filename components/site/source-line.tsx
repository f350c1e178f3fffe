import { SOURCE_LABELS } from '@/lib/events/provenance';

/** "Wikipedia's “February 1” page" for a Wikipedia URL, else the source's name. */
function sourceName(source: string | null, sourceUrl: string | null): string {
  if (sourceUrl) {
    try {
      const url = new URL(sourceUrl);
      if (/(^|\.)wikipedia\.org$/.test(url.hostname) && url.pathname.startsWith('/wiki/')) {
        const title = decodeURIComponent(url.pathname.slice(6)).replace(/_/g, ' ');
        return `Wikipedia’s “${title}” page`;
      }
      return url.hostname.replace(/^www\./, '');
    } catch {
      // fall through to the source's name
    }
  }
  return source ?? 'an outside source';
}

function licenseUrlOf(license: string): string | null {
  return /CC BY-SA 3\.0/i.test(license)
    ? 'https://creativecommons.org/licenses/by-sa/3.0/'
    : /CC BY-SA 4\.0/i.test(license)
      ? 'https://creativecommons.org/licenses/by-sa/4.0/'
      : null;
}

function License({ license }: { license: string }) {
  const url = licenseUrlOf(license);
  return url ? (
    <a href={url} rel="license">
      {license}
    </a>
  ) : (
    <>{license}</>
  );
}

type Source = { source: string | null; sourceUrl: string | null; license: string | null };

/**
 * Provenance of imported text: "Text from Wikipedia's “February 1” page (through muffinlabs “Today
 * in History”), licensed CC BY-SA 3.0." Each other corpus that tells the same event (merged at
 * import) is credited after it: "Also told by the Wikimedia “On this day” feed, …".
 */
export function SourceLine({
  source,
  sourceUrl,
  license,
  alsoFrom = [],
}: Source & { alsoFrom?: readonly Source[] }) {
  if (!license && alsoFrom.length === 0) return null;
  const name = sourceName(source, sourceUrl);
  const via = (s: string | null) => {
    const label = s ? SOURCE_LABELS[s] : undefined;
    return label ? ` (through ${label})` : '';
  };
  return (
    <div className="text-sm text-muted">
      {license ? (
        <p>
          Text from {sourceUrl ? <a href={sourceUrl}>{name}</a> : name}
          {alsoFrom.length > 0 ? via(source) : ''}, licensed <License license={license} />.
        </p>
      ) : null}
      {alsoFrom.map((a, i) => {
        const label = (a.source && SOURCE_LABELS[a.source]) ?? a.source ?? 'another source';
        const page = sourceName(a.source, a.sourceUrl);
        return (
          <p key={i} data-testid="also-told-by">
            Also told by {label}
            {a.sourceUrl ? (
              <>
                {' '}
                from <a href={a.sourceUrl}>{page}</a>
              </>
            ) : null}
            {a.license ? (
              <>
                , licensed <License license={a.license} />
              </>
            ) : null}
            .
          </p>
        );
      })}
    </div>
  );
}
