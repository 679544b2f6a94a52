import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { main } from '../../cli/main';
import { parseServeArgs, serveCommand } from '../../cli/serve';

function recorder() {
  const out: string[] = [];
  const error: string[] = [];
  return { io: { out: (l: string) => out.push(l), error: (l: string) => error.push(l) }, out, error };
}

describe('staffroom serve options', () => {
  it('defaults to a free port and the usual data folder', () => {
    expect(parseServeArgs([])).toEqual({ port: 0, dataFolder: undefined });
  });

  it('reads --port and --data, in both spellings', () => {
    expect(parseServeArgs(['--port', '8080', '--data', 'school data'])).toEqual({ port: 8080, dataFolder: 'school data' });
    expect(parseServeArgs(['--port=0', '--data=/srv/x'])).toEqual({ port: 0, dataFolder: '/srv/x' });
  });

  it('explains a wrong option plainly', () => {
    expect(parseServeArgs(['--port', 'eighty'])).toEqual({ error: '--port must be a whole number from 0 to 65535, not "eighty".' });
    expect(parseServeArgs(['--port', '70000'])).toMatchObject({ error: expect.stringContaining('0 to 65535') });
    expect(parseServeArgs(['--data'])).toMatchObject({ error: expect.stringMatching(/^--data needs a value/) });
    expect(parseServeArgs(['--host', '0.0.0.0'])).toMatchObject({ error: expect.stringMatching(/^Unknown option "--host"/) });
  });

  it('exits with 2 and a message on a wrong option, starting nothing', async () => {
    const r = recorder();
    expect(await serveCommand(['--port', '-1'], r.io)).toBe(2);
    expect(r.out).toEqual([]);
    expect(r.error).toEqual(['--port must be a whole number from 0 to 65535, not "-1".']);
  });

  it('says plainly when the port is taken', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const address = blocker.address();
    if (address === null || typeof address === 'string') throw new Error('expected a TCP address');
    const r = recorder();
    try {
      expect(await serveCommand(['--port', String(address.port), '--data', '/tmp/unused'], r.io)).toBe(1);
      expect(r.error).toEqual([`Port ${address.port} is already in use; choose another with --port, or --port 0 for any free port.`]);
      expect(r.out).toEqual([]);
    } finally {
      blocker.close();
    }
  });
});

describe('the staffroom command', () => {
  it('names an unknown command and lists the real ones', async () => {
    const r = recorder();
    expect(await main(['serv'], r.io)).toBe(2);
    expect(r.error[0]).toMatch(/^Unknown command "serv"\.\nUsage: staffroom <command>/);
    expect(r.error[0]).toContain('serve [--port N] [--data <folder>]');
  });

  it('prints its usage for --help', async () => {
    const r = recorder();
    expect(await main(['--help'], r.io)).toBe(0);
    expect(r.out[0]).toMatch(/^Usage: staffroom <command>/);
  });
});
