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

/** Provenance of imported text: "Text from Wikipedia's “February 1” page, licensed CC BY-SA 3.0." */
export function SourceLine({
  source,
  sourceUrl,
  license,
}: {
  source: string | null;
  sourceUrl: string | null;
  license: string | null;
}) {
  if (!license) return null;
  const name = sourceName(source, sourceUrl);
  const licenseUrl = /CC BY-SA 3\.0/i.test(license)
    ? 'https://creativecommons.org/licenses/by-sa/3.0/'
    : /CC BY-SA 4\.0/i.test(license)
      ? 'https://creativecommons.org/licenses/by-sa/4.0/'
      : null;
  return (
    <p className="text-sm text-muted">
      Text from {sourceUrl ? <a href={sourceUrl}>{name}</a> : name}, licensed{' '}
      {licenseUrl ? (
        <a href={licenseUrl} rel="license">
          {license}
        </a>
      ) : (
        license
      )}
      .
    </p>
  );
}
