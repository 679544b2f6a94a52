/**
 * The `app://staffroom/` protocol: serves dist/renderer to the window (instead of file://, which
 * would give the page the whole disk as its origin), with the strict CSP on every response.
 */
import { readFile, stat } from 'node:fs/promises';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS, contentTypeFor, resolveStaticPath } from '../server/web-security';
import { isAppUrl } from './sender';

export async function appProtocolResponse(requestUrl: string, rendererFolder: string): Promise<Response> {
  if (!isAppUrl(requestUrl)) return notFound();
  const file = resolveStaticPath(rendererFolder, new URL(requestUrl).pathname);
  if (file === null) return notFound();
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) return notFound();
  const body = await readFile(file);
  return new Response(new Uint8Array(body), {
    status: 200,
    headers: { ...SECURITY_HEADERS, 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'Content-Type': contentTypeFor(file) },
  });
}

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' } });
}
