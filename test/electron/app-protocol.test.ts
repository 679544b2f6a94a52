import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appProtocolResponse } from '../../electron/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../server/web-security';

let top: string;
let renderer: string;

beforeAll(() => {
  top = mkdtempSync(join(tmpdir(), 'staffroom-protocol-'));
  renderer = join(top, 'renderer');
  mkdirSync(join(renderer, 'assets'), { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Staffroom</title>');
  writeFileSync(join(renderer, 'assets', 'app.css'), 'body{}');
  writeFileSync(join(top, 'private.txt'), 'pupil data');
});
afterAll(() => rmSync(top, { recursive: true, force: true }));

describe('the app:// protocol', () => {
  it('serves the renderer with the strict CSP and the right type', async () => {
    const page = await appProtocolResponse('app://staffroom/index.html', renderer);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Staffroom</title>');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect((await appProtocolResponse('app://staffroom/assets/app.css', renderer)).headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('never serves a file outside dist/renderer, nor for another host', async () => {
    for (const url of [
      'app://staffroom/../private.txt',
      'app://staffroom/%2e%2e/private.txt',
      'app://staffroom/assets/..%2f..%2fprivate.txt',
      'app://staffroom/..%5cprivate.txt',
      'app://other/index.html',
      'app://staffroom/missing.js',
      'app://staffroom/assets',
    ]) {
      const answer = await appProtocolResponse(url, renderer);
      expect(answer.status, url).toBe(404);
      expect(await answer.text()).not.toContain('pupil data');
    }
  });
});
