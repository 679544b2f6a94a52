import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../handlers/dispatch';
import { ALLOWED_EXTERNAL_LINKS, allowedExternalLink } from '../../handlers/external-links';
import { contextFixture, type ContextFixture } from './fixture';

let fixture: ContextFixture;
afterEach(() => fixture?.dispose());
const GOV_UK = 'https://www.gov.uk/government/publications/send-code-of-practice-0-to-25';

describe('app:info', () => {
  it('says where the data lives and how the app runs', async () => {
    fixture = contextFixture();
    expect(await dispatch('app:info', undefined, fixture.context)).toEqual({
      ok: true,
      value: {
        name: 'Staffroom',
        version: '0.0.0-test',
        runtime: 'browser',
        dataFolder: fixture.dataFolder,
        databaseFile: join(fixture.dataFolder, 'staffroom.db'),
      },
    });
  });
});

describe('app:openExternal', () => {
  it('opens an allow-listed https page through the shell', async () => {
    const openExternal = vi.fn(async () => undefined);
    fixture = contextFixture({ openExternal });
    expect(await dispatch('app:openExternal', { url: GOV_UK }, fixture.context)).toEqual({ ok: true, value: { url: GOV_UK, opened: true } });
    expect(openExternal).toHaveBeenCalledWith(GOV_UK);
  });

  it('refuses any other address and opens nothing', async () => {
    const openExternal = vi.fn(async () => undefined);
    fixture = contextFixture({ openExternal });
    for (const url of ['https://evil.example/', 'http://www.gov.uk/government/publications/send-code-of-practice-0-to-25', 'file:///etc/passwd', 'javascript:alert(1)', `https://user:pw@www.gov.uk/government/publications/send-code-of-practice-0-to-25`, 'not a url']) {
      expect(await dispatch('app:openExternal', { url }, fixture.context), url).toMatchObject({ ok: false, error: { code: 'url-not-allowed', path: 'url' } });
    }
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('approves the page for the browser path to open itself when the shell cannot', async () => {
    fixture = contextFixture();
    expect(await dispatch('app:openExternal', { url: GOV_UK }, fixture.context)).toEqual({ ok: true, value: { url: GOV_UK, opened: false } });
  });
});

describe('the external link allow-list', () => {
  it('holds only https addresses', () => {
    for (const url of ALLOWED_EXTERNAL_LINKS) expect(new URL(url).protocol).toBe('https:');
  });

  it('compares addresses in their normal form', () => {
    expect(allowedExternalLink('HTTPS://WWW.GOV.UK/government/publications/send-code-of-practice-0-to-25')).toBe(GOV_UK);
    expect(allowedExternalLink(`${GOV_UK}/../../elsewhere`)).toBeNull();
    expect(allowedExternalLink(`${GOV_UK}?next=https://evil.example`)).toBeNull();
  });
});
