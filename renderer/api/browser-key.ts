/**
 * The per-run secret of `staffroom serve` arrives in the URL fragment (#key=...), which browsers
 * never send to a server or in a Referer. It is kept for this tab only (sessionStorage, so a
 * reload still works) and removed from the address bar so it is not shared by accident.
 */
const STORAGE_KEY = 'staffroom-serve-key';
const KEY_IN_FRAGMENT = /^#key=([A-Za-z0-9_-]{16,128})$/;

export interface KeyPlace {
  location: Pick<Location, 'hash' | 'pathname' | 'search'>;
  storage: Pick<Storage, 'getItem' | 'setItem'>;
  history: Pick<History, 'replaceState'>;
}

export function takeBrowserKey({ location, storage, history }: KeyPlace): string | null {
  const fromFragment = KEY_IN_FRAGMENT.exec(location.hash)?.[1];
  if (fromFragment) {
    storage.setItem(STORAGE_KEY, fromFragment);
    history.replaceState(null, '', `${location.pathname}${location.search}`);
    return fromFragment;
  }
  return storage.getItem(STORAGE_KEY);
}
