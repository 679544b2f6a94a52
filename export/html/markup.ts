/** Writing HTML as text safely: every piece of school data goes through `text()` or `attr()`. */
import { PRINT_STYLESHEET } from './stylesheet';

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for element content and attribute values alike. */
export function text(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);
}

/** A class name made of letters, digits and hyphens only (tones, period kinds). */
export function className(value: string): string {
  return value.replace(/[^A-Za-z0-9-]/g, '-');
}

/**
 * The page's own policy, so a saved file opened on an intranet or a shared drive runs nothing and
 * fetches nothing, whatever a name in it says: no scripts, no images, fonts or links to load.
 */
export const DOCUMENT_POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

/** A whole self-contained HTML document. */
export function htmlDocument(title: string, bodyClass: string, body: string): string {
  return [
    '<!doctype html>',
    '<html lang="en-GB">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${text(DOCUMENT_POLICY)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="Staffroom">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${text(title)}</title>`,
    `<style>${PRINT_STYLESHEET}</style>`,
    '</head>',
    `<body class="${className(bodyClass)}">`,
    body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
