/** The one registration point, driven through a fake ipcMain: sender check, then validation, then the handler. */
import { afterEach, describe, expect, it } from 'vitest';
import { channelNames } from '../../api/contract';
import type { Envelope } from '../../api/result';
import { registerIpc, type IpcHandleRegistry } from '../../electron/register-ipc';
import { isAppSender, type InvokeEvent } from '../../electron/sender';
import { contextFixture, type ContextFixture } from '../handlers/fixture';

type Listener = (event: InvokeEvent, payload: unknown) => Promise<Envelope<unknown>>;

class FakeIpcMain implements IpcHandleRegistry {
  readonly listeners = new Map<string, Listener>();
  handle(channel: string, listener: Listener): void {
    if (this.listeners.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.listeners.set(channel, listener);
  }
  invoke(channel: string, event: InvokeEvent, payload?: unknown): Promise<Envelope<unknown>> {
    const listener = this.listeners.get(channel);
    if (!listener) throw new Error(`No handler registered for '${channel}'`);
    return listener(event, payload);
  }
}

const APP_WINDOW = 1;
const fromApp: InvokeEvent = { sender: { id: APP_WINDOW }, senderFrame: { url: 'app://staffroom/index.html', parent: null } };
const fromElsewhere: InvokeEvent = { sender: { id: 2 }, senderFrame: { url: 'https://evil.example/', parent: null } };

let fixture: ContextFixture;
afterEach(() => fixture?.dispose());

function setUp() {
  fixture = contextFixture({ runtime: 'desktop' });
  const ipc = new FakeIpcMain();
  registerIpc(ipc, { context: fixture.context, isTrustedSender: (event) => isAppSender(event, APP_WINDOW) });
  return ipc;
}

describe('registerIpc', () => {
  it('registers exactly the contract’s channels, once each', () => {
    const ipc = setUp();
    expect([...ipc.listeners.keys()].sort()).toEqual([...channelNames].sort());
  });

  it('answers the app window through the handlers', async () => {
    const ipc = setUp();
    expect(await ipc.invoke('app:info', fromApp)).toMatchObject({ ok: true, value: { runtime: 'desktop', dataFolder: fixture.dataFolder } });
    expect(await ipc.invoke('school:openDemo', fromApp, { phase: 'primary' })).toMatchObject({ ok: true, value: { name: 'Brackenfold Primary School' } });
  });

  it('refuses every channel to any other sender, before looking at the payload, and writes nothing', async () => {
    const ipc = setUp();
    for (const channel of channelNames) {
      expect(await ipc.invoke(channel, fromElsewhere, { phase: 'primary' }), channel).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(await ipc.invoke('school:summary', fromApp)).toEqual({ ok: true, value: { open: false } });
  });

  it('validates the app window’s payloads too', async () => {
    const ipc = setUp();
    expect(await ipc.invoke('school:openDemo', fromApp, { phase: 'college' })).toMatchObject({ ok: false, error: { code: 'invalid-input', path: 'phase' } });
    expect(await ipc.invoke('school:summary', fromApp)).toEqual({ ok: true, value: { open: false } });
  });
});
