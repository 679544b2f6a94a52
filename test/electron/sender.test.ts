import { describe, expect, it } from 'vitest';
import { isAppSender, isAppUrl, type InvokeEvent } from '../../electron/sender';

const WINDOW = 7;
const event = (over: { id?: number; url?: string; parent?: object | null; noFrame?: boolean } = {}): InvokeEvent => ({
  sender: { id: over.id ?? WINDOW },
  senderFrame: over.noFrame ? null : { url: over.url ?? 'app://staffroom/index.html', parent: over.parent ?? null },
});

describe('who may call IPC', () => {
  it('accepts the top frame of the app window showing app://staffroom', () => {
    expect(isAppSender(event(), WINDOW)).toBe(true);
    expect(isAppSender(event({ url: 'app://staffroom/' }), WINDOW)).toBe(true);
  });

  it('refuses another window', () => {
    expect(isAppSender(event({ id: 8 }), WINDOW)).toBe(false);
  });

  it('refuses before the window exists', () => {
    expect(isAppSender(event(), undefined)).toBe(false);
  });

  it('refuses a sub-frame, even one on the app’s own origin', () => {
    expect(isAppSender(event({ parent: {} }), WINDOW)).toBe(false);
  });

  it('refuses a frame that is gone or showing anything but the app', () => {
    expect(isAppSender(event({ noFrame: true }), WINDOW)).toBe(false);
    for (const url of ['https://evil.example/', 'file:///tmp/index.html', 'app://evil/index.html', 'app://staffroom.evil/', 'http://127.0.0.1:5173/', 'about:blank', 'not a url']) {
      expect(isAppSender(event({ url }), WINDOW), url).toBe(false);
    }
  });

  it('knows the app’s own URLs', () => {
    expect(isAppUrl('app://staffroom/assets/x.js')).toBe(true);
    expect(isAppUrl('app://staffroom:80/')).toBe(false);
  });
});
