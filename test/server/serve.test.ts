/** The local browser server, started in-process on a random port, probed with raw HTTP requests. */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../server/serve';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

let server: RunningServer;
let folder: string;
let dataFolder: string;

function send(path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port: server.port, path, method: options.method ?? 'GET', headers: { Host: `127.0.0.1:${server.port}`, ...options.headers } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

function call(channel: string, input: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  return send(`/api/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Staffroom-Key': server.secret, ...headers },
    body: JSON.stringify(input === undefined ? {} : { input }),
  });
}

const databaseFile = () => join(dataFolder, 'staffroom.db');

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'staffroom-serve-'));
  const rendererFolder = join(folder, 'renderer');
  mkdirSync(join(rendererFolder, 'assets'), { recursive: true });
  writeFileSync(join(rendererFolder, 'index.html'), '<!doctype html><title>Staffroom</title>');
  writeFileSync(join(rendererFolder, 'assets', 'app.js'), 'export {};');
  writeFileSync(join(folder, 'secret.txt'), 'not for the web');
  dataFolder = join(folder, 'data');
  server = await startServer({
    app: { folder, version: '1.2.3', demoFolder: join(process.cwd(), 'demo'), rendererFolder },
    dataFolder,
    port: 0,
  });
});

afterAll(async () => {
  await server?.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('staffroom serve: where it listens and what it prints', () => {
  it('listens on 127.0.0.1 with a long random secret in the URL fragment', () => {
    expect(server.origin).toBe(`http://127.0.0.1:${server.port}`);
    expect(server.url).toBe(`${server.origin}/#key=${server.secret}`);
    expect(server.secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});

describe('staffroom serve: who may call', () => {
  it('refuses API calls without the secret, or with a wrong one, and writes nothing', async () => {
    const missing = await send('/api/school:openDemo', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"input":{"phase":"primary"}}' });
    expect(missing.status).toBe(403);
    expect((await call('school:openDemo', { phase: 'primary' }, { 'X-Staffroom-Key': 'x'.repeat(43) })).status).toBe(403);
    expect((await call('school:openDemo', { phase: 'primary' }, { 'X-Staffroom-Key': `${server.secret}x` })).status).toBe(403);
    expect(existsSync(databaseFile())).toBe(false);
  });

  it('answers only to its own Host name (DNS rebinding)', async () => {
    expect((await send('/', { headers: { Host: `evil.example:${server.port}` } })).status).toBe(421);
    expect((await call('app:info', undefined, { Host: `evil.example:${server.port}` })).status).toBe(421);
    expect((await send('/', { headers: { Host: '127.0.0.1:1' } })).status).toBe(421);
    expect((await send('/', { headers: { Host: `localhost:${server.port}` } })).status).toBe(200);
  });

  it('refuses requests from other origins and cross-site API calls', async () => {
    expect((await call('app:info', undefined, { Origin: 'https://evil.example' })).status).toBe(403);
    expect((await call('app:info', undefined, { Origin: 'http://127.0.0.1:1' })).status).toBe(403);
    expect((await send('/', { headers: { Origin: 'null' } })).status).toBe(403);
    expect((await call('app:info', undefined, { 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403);
    expect((await call('app:info', undefined, { 'Sec-Fetch-Site': 'same-site' })).status).toBe(403);
    expect((await call('app:info', undefined, { Origin: server.origin, 'Sec-Fetch-Site': 'same-origin' })).status).toBe(200);
  });

  it('takes API calls only as JSON POSTs', async () => {
    expect((await send('/api/app:info')).status).toBe(405);
    const form = await send('/api/app:info', { method: 'POST', headers: { 'Content-Type': 'text/plain', 'X-Staffroom-Key': server.secret }, body: '{}' });
    expect(form.status).toBe(415);
  });
});

describe('staffroom serve: the API', () => {
  it('answers with the envelope from the same handlers', async () => {
    const info = await call('app:info', undefined);
    expect(info.status).toBe(200);
    expect(info.headers['cache-control']).toBe('no-store');
    expect(JSON.parse(info.body)).toEqual({
      ok: true,
      value: { name: 'Staffroom', version: '1.2.3', runtime: 'browser', dataFolder, databaseFile: databaseFile() },
    });
  });

  it('refuses an invalid payload with invalid-input and writes nothing', async () => {
    const bad = await call('school:openDemo', { phase: 'sixth-form' });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'invalid-input', path: 'phase' } });
    for (const body of ['not json', '[]', '{"input":{"phase":"primary"},"extra":1}', 'null']) {
      const answer = await send('/api/school:openDemo', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Staffroom-Key': server.secret }, body });
      expect(answer.status, body).toBe(400);
      expect(JSON.parse(answer.body), body).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
    const summary = JSON.parse((await call('school:summary', undefined)).body) as unknown;
    expect(summary).toEqual({ ok: true, value: { open: false } });
  });

  it('refuses a channel the contract does not list', async () => {
    const answer = await call('school:dropEverything', undefined);
    expect(answer.status).toBe(404);
    expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
  });

  it('refuses a body over the size limit', async () => {
    const answer = await send('/api/app:info', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Staffroom-Key': server.secret },
      body: `{"input":"${'x'.repeat(17 * 1024 * 1024)}"}`,
    });
    expect(answer.status).toBe(413);
  });

  it('opens a demo school and reads it back', async () => {
    const opened = await call('school:openDemo', { phase: 'primary' });
    expect(JSON.parse(opened.body)).toMatchObject({ ok: true, value: { name: 'Brackenfold Primary School' } });
    const school = JSON.parse((await call('school:get', undefined)).body) as { ok: boolean; value: { staff: unknown[] } };
    expect(school.ok).toBe(true);
    expect(school.value.staff.length).toBe(35);
  });
});

describe('staffroom serve: the page itself', () => {
  it('serves the renderer with the strict CSP and nosniff', async () => {
    const page = await send('/');
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Staffroom</title>');
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['x-frame-options']).toBe('DENY');
    expect((await send('/assets/app.js')).headers['content-type']).toBe('text/javascript; charset=utf-8');
  });

  it('never serves anything outside dist/renderer', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/..%5csecret.txt', '/nothing-here.js', '/assets']) {
      const answer = await send(path);
      expect(answer.status, path).toBe(404);
      expect(answer.body).not.toContain('not for the web');
    }
  });

  it('serves files only to GET and HEAD', async () => {
    expect((await send('/', { method: 'POST' })).status).toBe(405);
    const head = await send('/', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });
});
