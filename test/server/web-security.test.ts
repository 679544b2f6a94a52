import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PRINT_STYLESHEET } from '../../export/html/stylesheet';
import { CONTENT_SECURITY_POLICY, contentTypeFor, resolveStaticPath } from '../../server/web-security';

const root = '/app/dist/renderer';

describe('mapping a request path to a file of dist/renderer', () => {
  it('serves index.html for / and files under the folder', () => {
    expect(resolveStaticPath(root, '/')).toBe(join(root, 'index.html'));
    expect(resolveStaticPath(root, '/assets/index-abc.js')).toBe(join(root, 'assets', 'index-abc.js'));
    expect(resolveStaticPath(root, '/assets/a%20b.css')).toBe(join(root, 'assets', 'a b.css'));
  });

  it('refuses every way out of the folder', () => {
    for (const path of [
      '/../package.json',
      '/assets/../../package.json',
      '/%2e%2e/package.json',
      '/%2E%2E%2Fpackage.json',
      '/..%5cpackage.json',
      '/assets\\..\\..\\package.json',
      '/%00index.html',
      '/C:/Windows/win.ini',
      'index.html',
      '/%E0%A4%A',
    ]) {
      expect(resolveStaticPath(root, path), path).toBeNull();
    }
  });

  it('refuses hidden files', () => {
    expect(resolveStaticPath(root, '/.env')).toBeNull();
    expect(resolveStaticPath(root, '/assets/.git/config')).toBeNull();
  });
});

describe('the Content-Security-Policy', () => {
  it('allows script only from the app itself: no inline script, no eval, nothing remote', () => {
    const directives = new Map(CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]));
    expect(directives.get('default-src')).toBe("'none'");
    expect(directives.get('script-src')).toBe("'self'");
    // Besides its own files, exactly one inline stylesheet: the printed timetables' (by its hash).
    const hash = `'sha256-${createHash('sha256').update(PRINT_STYLESHEET, 'utf8').digest('base64')}'`;
    expect(directives.get('style-src')).toBe(`'self' ${hash}`);
    expect(directives.get('frame-ancestors')).toBe("'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  });

  it('names content types so nosniff can hold', () => {
    expect(contentTypeFor('x/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('a.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('a.unknown')).toBe('application/octet-stream');
  });
});
