/** The two ways the client reaches the handlers: the desktop preload bridge, or HTTP to `staffroom serve`. */
import type { StaffroomBridge } from '../../api/contract';
import { failure } from '../../api/result';
import type { Invoke } from './client';

declare global {
  interface Window {
    /** Set by the desktop app's preload (electron/preload.cts); absent in a plain browser. */
    readonly staffroom?: StaffroomBridge;
  }
}

export const KEY_HEADER = 'X-Staffroom-Key';

export function bridgeInvoke(bridge: StaffroomBridge): Invoke {
  return (channel, input) => bridge[channel](input);
}

export function httpInvoke(key: string, fetchFn: typeof fetch = (...args) => fetch(...args)): Invoke {
  return async (channel, input) => {
    let response: Response;
    try {
      response = await fetchFn(`/api/${channel}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [KEY_HEADER]: key },
        body: JSON.stringify(input === undefined ? {} : { input }),
        credentials: 'omit',
        cache: 'no-store',
      });
    } catch {
      return failure({ code: 'bad-response', message: 'Staffroom is not answering. Is "npm run serve" still running?' });
    }
    if (response.status === 403 && !(response.headers.get('Content-Type') ?? '').includes('json')) {
      return failure({
        code: 'forbidden',
        message: 'This page is not allowed to talk to Staffroom: open the address that "npm run serve" printed when it started.',
      });
    }
    // The envelope's shape is checked by the client; its value is typed by the same contract the server answers to.
    return response.json().catch(() => null);
  };
}
