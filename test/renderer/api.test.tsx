import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/result';
import { takeBrowserKey } from '../../renderer/api/browser-key';
import { createClient } from '../../renderer/api/client';
import { KEY_HEADER, httpInvoke } from '../../renderer/api/transports';

const KEY = 'k'.repeat(43);

describe('the browser key', () => {
  it('is taken from the fragment, kept for this tab and removed from the address bar', () => {
    const stored = new Map<string, string>();
    const replaceState = vi.fn();
    const key = takeBrowserKey({
      location: { hash: `#key=${KEY}`, pathname: '/', search: '' },
      storage: { getItem: (k) => stored.get(k) ?? null, setItem: (k, v) => void stored.set(k, v) },
      history: { replaceState },
    });
    expect(key).toBe(KEY);
    expect([...stored.values()]).toEqual([KEY]);
    expect(replaceState).toHaveBeenCalledWith(null, '', '/');
  });

  it('comes back from this tab’s storage after a reload', () => {
    const key = takeBrowserKey({
      location: { hash: '', pathname: '/', search: '' },
      storage: { getItem: () => KEY, setItem: () => undefined },
      history: { replaceState: () => undefined },
    });
    expect(key).toBe(KEY);
  });

  it('ignores a fragment that is not a key', () => {
    const setItem = vi.fn();
    const key = takeBrowserKey({
      location: { hash: '#key=<script>', pathname: '/', search: '' },
      storage: { getItem: () => null, setItem },
      history: { replaceState: () => undefined },
    });
    expect(key).toBeNull();
    expect(setItem).not.toHaveBeenCalled();
  });
});

describe('the client over HTTP', () => {
  it('POSTs JSON with the key to /api/<channel> and unwraps the answer', async () => {
    const fetchFn = vi.fn(async () => new Response(JSON.stringify({ ok: true, value: { open: false } }), { headers: { 'Content-Type': 'application/json' } }));
    const client = createClient(httpInvoke(KEY, fetchFn));
    expect(await client.call('school:summary')).toEqual({ open: false });
    await client.call('school:openDemo', { phase: 'primary' });
    expect(fetchFn).toHaveBeenLastCalledWith('/api/school:openDemo', expect.objectContaining({
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [KEY_HEADER]: KEY },
      body: '{"input":{"phase":"primary"}}',
      credentials: 'omit',
    }));
    expect(fetchFn.mock.calls[0]).toMatchObject(['/api/school:summary', { body: '{}' }]);
  });

  it('throws the typed ApiError the server sent', async () => {
    const body = { ok: false, error: { code: 'school-exists', message: 'This data folder already holds Brackenfold.' } };
    const client = createClient(httpInvoke(KEY, async () => new Response(JSON.stringify(body), { status: 409 })));
    await expect(client.call('school:openDemo', { phase: 'secondary' })).rejects.toMatchObject({ name: 'ApiError', code: 'school-exists' });
  });

  it('explains a refused key, a dead server and a garbled answer', async () => {
    const refused = createClient(httpInvoke(KEY, async () => new Response('no', { status: 403, headers: { 'Content-Type': 'text/plain' } })));
    await expect(refused.call('app:info')).rejects.toMatchObject({ code: 'forbidden', message: expect.stringContaining('npm run serve') });
    const dead = createClient(httpInvoke(KEY, async () => Promise.reject(new TypeError('Failed to fetch'))));
    await expect(dead.call('app:info')).rejects.toMatchObject({ code: 'bad-response', message: expect.stringContaining('not answering') });
    const garbled = createClient(httpInvoke(KEY, async () => new Response('<html>')));
    await expect(garbled.call('app:info')).rejects.toBeInstanceOf(ApiError);
    await expect(garbled.call('app:info')).rejects.toMatchObject({ code: 'bad-response' });
  });
});
