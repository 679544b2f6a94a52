/**
 * Where the school's data lives: the user's local (never roaming) application-data folder, so
 * special-category SEND data is not copied around a school network by profile roaming.
 *   Windows  %LOCALAPPDATA%\Staffroom
 *   macOS    ~/Library/Application Support/Staffroom
 *   Linux    $XDG_DATA_HOME/staffroom, else ~/.local/share/staffroom
 */
import { posix, win32 } from 'node:path';

export interface DataFolderEnvironment {
  platform: NodeJS.Platform;
  home: string;
  env: Readonly<Record<string, string | undefined>>;
}

export function dataFolderFor({ platform, home, env }: DataFolderEnvironment): string {
  if (platform === 'win32') {
    const local = env.LOCALAPPDATA;
    return local && win32.isAbsolute(local) ? win32.join(local, 'Staffroom') : win32.join(home, 'AppData', 'Local', 'Staffroom');
  }
  if (platform === 'darwin') return posix.join(home, 'Library', 'Application Support', 'Staffroom');
  // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
  const xdg = env.XDG_DATA_HOME;
  return xdg && posix.isAbsolute(xdg) ? posix.join(xdg, 'staffroom') : posix.join(home, '.local', 'share', 'staffroom');
}
