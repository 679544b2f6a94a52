/**
 * The web-facing rules shared by the two ways the renderer is served (the Electron `app://`
 * protocol and `staffroom serve`): one strict Content-Security-Policy (no inline script, no
 * remote anything), the headers that go with it, and the safe mapping from a URL path to a file
 * of dist/renderer.
 */
import { createHash } from 'node:crypto';
import { extname, join, sep } from 'node:path';
import { PRINT_STYLESHEET } from '../export/html/stylesheet';

/**
 * The one inline style the app allows, by its hash: the stylesheet of printed timetables, which
 * the Print and export screen shows (and prints) in a frame exactly as it exports them. No
 * other inline style, and no inline script, can run.
 */
export const PRINT_STYLE_HASH = `'sha256-${createHash('sha256').update(PRINT_STYLESHEET, 'utf8').digest('base64')}'`;

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  `style-src 'self' ${PRINT_STYLE_HASH}`,
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), usb=(), serial=(), hid=()',
  'Cache-Control': 'no-store',
};

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The file under `root` that a request path names, or null when the path tries to leave the
 * folder (`..`, encoded or not, backslashes, NUL) or names a hidden file. `/` is index.html.
 */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (!decoded.startsWith('/') || decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter((s) => s !== '');
  if (segments.some((s) => s === '..' || s.startsWith('.') || s.includes(':'))) return null;
  const relative = segments.length === 0 ? ['index.html'] : segments;
  const file = join(root, ...relative);
  const rootWithSep = root.endsWith(sep) ? root : root + sep;
  return file.startsWith(rootWithSep) ? file : null;
}
