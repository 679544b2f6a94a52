/**
 * Who may call the app's IPC channels: only the top frame of the app's own window, showing the
 * app's own `app://staffroom` page. Anything else (another window, an iframe, a page that was
 * somehow navigated elsewhere) is refused before its payload is even looked at.
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'staffroom';
export const APP_START_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** The parts of Electron's IpcMainInvokeEvent the check needs (so tests can pass plain objects). */
export interface InvokeEvent {
  readonly sender: { readonly id: number };
  readonly senderFrame: { readonly url: string; readonly parent: object | null } | null;
}

export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

/** True when the call comes from the top frame of the window whose webContents id is given. */
export function isAppSender(event: InvokeEvent, appWebContentsId: number | undefined): boolean {
  const frame = event.senderFrame;
  return (
    appWebContentsId !== undefined &&
    event.sender.id === appWebContentsId &&
    frame !== null &&
    frame.parent === null &&
    isAppUrl(frame.url)
  );
}
