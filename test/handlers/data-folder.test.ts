import { describe, expect, it } from 'vitest';
import { dataFolderFor } from '../../handlers/data-folder';

describe('the data folder', () => {
  it('is the local, not the roaming, app-data folder on Windows', () => {
    const env = { LOCALAPPDATA: 'C:\\Users\\jo\\AppData\\Local', APPDATA: 'C:\\Users\\jo\\AppData\\Roaming' };
    expect(dataFolderFor({ platform: 'win32', home: 'C:\\Users\\jo', env })).toBe('C:\\Users\\jo\\AppData\\Local\\Staffroom');
  });

  it('falls back to AppData\\Local under the home folder when LOCALAPPDATA is missing or not absolute', () => {
    expect(dataFolderFor({ platform: 'win32', home: 'C:\\Users\\jo', env: {} })).toBe('C:\\Users\\jo\\AppData\\Local\\Staffroom');
    expect(dataFolderFor({ platform: 'win32', home: 'C:\\Users\\jo', env: { LOCALAPPDATA: 'relative' } })).toBe('C:\\Users\\jo\\AppData\\Local\\Staffroom');
  });

  it('is Application Support on macOS', () => {
    expect(dataFolderFor({ platform: 'darwin', home: '/Users/jo', env: {} })).toBe('/Users/jo/Library/Application Support/Staffroom');
  });

  it('follows XDG_DATA_HOME on Linux, else ~/.local/share', () => {
    expect(dataFolderFor({ platform: 'linux', home: '/home/jo', env: { XDG_DATA_HOME: '/data/jo' } })).toBe('/data/jo/staffroom');
    expect(dataFolderFor({ platform: 'linux', home: '/home/jo', env: {} })).toBe('/home/jo/.local/share/staffroom');
    // The XDG spec says a relative path there is invalid and must be ignored.
    expect(dataFolderFor({ platform: 'linux', home: '/home/jo', env: { XDG_DATA_HOME: 'data' } })).toBe('/home/jo/.local/share/staffroom');
  });
});
