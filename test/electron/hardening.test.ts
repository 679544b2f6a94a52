import { describe, expect, it } from 'vitest';
import { hardenSession, hardenWebContents, type HardenableContents, type HardenableSession, type NavigationEvent } from '../../electron/hardening';

class FakeContents implements HardenableContents {
  readonly listeners = new Map<string, (event: NavigationEvent) => void>();
  windowOpen: (() => { action: 'deny' }) | undefined;
  on(event: 'will-navigate' | 'will-redirect' | 'will-attach-webview', listener: (event: NavigationEvent) => void) {
    this.listeners.set(event, listener);
    return this;
  }
  setWindowOpenHandler(handler: () => { action: 'deny' }) {
    this.windowOpen = handler;
  }
  fire(name: string): boolean {
    let prevented = false;
    this.listeners.get(name)?.({ preventDefault: () => (prevented = true) });
    return prevented;
  }
}

describe('hardening every web page', () => {
  it('stops navigation, redirects and webviews, and denies new windows', () => {
    const contents = new FakeContents();
    hardenWebContents(contents);
    expect(contents.fire('will-navigate')).toBe(true);
    expect(contents.fire('will-redirect')).toBe(true);
    expect(contents.fire('will-attach-webview')).toBe(true);
    expect(contents.windowOpen?.()).toEqual({ action: 'deny' });
  });

  it('denies every permission request and check', () => {
    const handlers: { request?: Parameters<HardenableSession['setPermissionRequestHandler']>[0]; check?: () => boolean; device?: () => boolean } = {};
    hardenSession({
      setPermissionRequestHandler: (h) => (handlers.request = h),
      setPermissionCheckHandler: (h) => (handlers.check = h),
      setDevicePermissionHandler: (h) => (handlers.device = h),
    });
    const answers: boolean[] = [];
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      handlers.request?.({}, permission, (granted) => answers.push(granted));
    }
    expect(answers).toEqual([false, false, false, false, false]);
    expect(handlers.check?.()).toBe(false);
    expect(handlers.device?.()).toBe(false);
  });
});
