/*
 * Text going into XML feeds. The `feed` package writes titles and summaries as CDATA and escapes element
 * text, but it neither removes characters XML 1.0 forbids (one stray control character in an imported
 * summary would make the whole feed unreadable) nor closes more than one "]]>" inside a CDATA section.
 */

// Characters outside XML 1.0's Char production: C0 controls other than tab/LF/CR, lone surrogates, U+FFFE/U+FFFF.
const NOT_XML_CHAR =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text with every character XML 1.0 cannot carry removed. */
export function toXmlChars(text: string): string {
  return text.replace(NOT_XML_CHAR, '');
}

/** Plain text as HTML: what RSS descriptions and Atom `type="html"` constructs hold. */
export function escapeHtml(text: string): string {
  return toXmlChars(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/**
 * Plain text for an element the library wraps in CDATA while readers take it as plain text (an RSS item
 * title): kept as it is, except that "]]>" (which would end the CDATA section) loses its bracket pair.
 */
export function toCdataText(text: string): string {
  return toXmlChars(text).replaceAll(']]>', ']>');
}
