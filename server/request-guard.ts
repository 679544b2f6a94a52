/**
 * Who may talk to `staffroom serve`. The server listens on 127.0.0.1 only, but any web page the
 * user has open and any other local user can still reach that address, so every request is also
 * checked here:
 *   - Host must be this server's own (127.0.0.1:PORT or localhost:PORT), which defeats DNS
 *     rebinding (a hostile name pointed at 127.0.0.1 arrives with the hostile Host);
 *   - Origin, when sent, must be this server's own, and API calls must not be cross-site;
 *   - API calls must carry the per-run secret, which only the person who started the server saw
 *     (it travels in the URL fragment, so it never appears in a request line or a Referer).
 */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

export const SECRET_HEADER = 'x-staffroom-key';

export interface Refusal {
  status: number;
  reason: string;
}

export function ownOrigins(port: number): string[] {
  return [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
}

/** Checks every request: static files and API calls alike. */
export function checkRequest(headers: IncomingHttpHeaders, port: number): Refusal | null {
  const host = headers.host?.toLowerCase();
  if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
    return { status: 421, reason: 'This server answers only to its own address.' };
  }
  const origin = headers.origin;
  if (origin !== undefined && !ownOrigins(port).includes(origin.toLowerCase())) {
    return { status: 403, reason: 'Requests from other sites are refused.' };
  }
  return null;
}

/** The extra checks for an API call: same-origin only, and the secret of this run. */
export function checkApiCall(headers: IncomingHttpHeaders, secret: string): Refusal | null {
  const site = headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin') {
    return { status: 403, reason: 'Requests from other sites are refused.' };
  }
  const given = headers[SECRET_HEADER];
  if (typeof given !== 'string' || !sameSecret(given, secret)) {
    return { status: 403, reason: 'This request does not carry the key of this run of staffroom serve.' };
  }
  return null;
}

function sameSecret(given: string, secret: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}
