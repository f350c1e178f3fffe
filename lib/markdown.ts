import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

const marked = new Marked({ gfm: true, breaks: false, async: false });

const SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'hr',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'blockquote',
    'ul',
    'ol',
    'li',
    'strong',
    'em',
    'b',
    'i',
    'del',
    's',
    'sub',
    'sup',
    'code',
    'pre',
    'a',
    'abbr',
    'cite',
    'q',
    'dl',
    'dt',
    'dd',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'caption',
  ],
  allowedAttributes: {
    a: ['href', 'title', 'rel'],
    abbr: ['title'],
    ol: ['start'],
    th: ['align', 'scope'],
    td: ['align'],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  // Dropped tags lose their markup; script, style, iframe and the like lose their content too.
  disallowedTagsMode: 'discard',
  nonTextTags: [
    'script',
    'style',
    'textarea',
    'option',
    'noscript',
    'iframe',
    'object',
    'embed',
    'template',
  ],
  transformTags: {
    // The page title is the only h1.
    h1: 'h2',
    a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: 'nofollow noopener' } }),
  },
};

/**
 * Renders editor- or import-supplied Markdown to HTML that is safe to inject: Markdown first (raw HTML
 * passes through marked), then an allow-list sanitizer that strips scripts, event handlers, frames,
 * images and non-http(s)/mailto links, and marks every link rel="nofollow noopener". Pure and synchronous.
 */
export function renderMarkdown(md: string): string {
  if (!md.trim()) return '';
  const html = marked.parse(md) as string;
  return sanitizeHtml(html, SANITIZE_OPTIONS).trim();
}
