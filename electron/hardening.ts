/**
 * Electron hardening that applies to every web page the app creates: no navigation away from
 * the app, no new windows, no webviews, and every permission (camera, notifications, ...) denied.
 * Written against the small parts of Electron it touches, so tests can drive it with fakes.
 */

export interface NavigationEvent {
  preventDefault(): void;
}

export interface HardenableContents {
  on(event: 'will-navigate' | 'will-redirect' | 'will-attach-webview', listener: (event: NavigationEvent) => void): unknown;
  setWindowOpenHandler(handler: () => { action: 'deny' }): void;
}

export interface HardenableSession {
  setPermissionRequestHandler(handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void): void;
  setPermissionCheckHandler(handler: () => boolean): void;
  setDevicePermissionHandler(handler: () => boolean): void;
}

export function hardenWebContents(contents: HardenableContents): void {
  // The app is one page; anything that would replace it (a dropped file, a stray link, a
  // redirect) is stopped. External pages open only through app:openExternal.
  const deny = (event: NavigationEvent) => event.preventDefault();
  contents.on('will-navigate', deny);
  contents.on('will-redirect', deny);
  contents.on('will-attach-webview', deny);
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

export function hardenSession(session: HardenableSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
