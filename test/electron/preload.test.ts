/**
 * The built preload (dist/node/preload.cjs, exactly what Electron's sandbox loads), run with a
 * stand-in for Electron's `require('electron')`: what exactly reaches the page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { channelNames } from '../../api/contract';

const BUILT_PRELOAD = 'dist/node/preload.cjs';
const exposed = new Map<string, unknown>();
const required: string[] = [];
const invoke = vi.fn(async (channel: string, input: unknown) => ({ ok: true, value: { channel, input } }));

beforeAll(() => {
  if (!existsSync(BUILT_PRELOAD)) throw new Error('Build first: npm run build (npm test does it).');
  const fakeElectron = {
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
    ipcRenderer: { invoke },
  };
  const require = (name: string) => {
    required.push(name);
    if (name !== 'electron') throw new Error(`a sandboxed preload cannot require ${name}`);
    return fakeElectron;
  };
  const module = { exports: {} };
  runInNewContext(readFileSync(BUILT_PRELOAD, 'utf8'), { require, module, exports: module.exports });
});

describe('the preload', () => {
  it('requires nothing but electron (all a sandboxed preload may load)', () => {
    expect(required).toEqual(['electron']);
  });

  it('exposes exactly one function per contract channel as window.staffroom, and nothing else', () => {
    expect([...exposed.keys()]).toEqual(['staffroom']);
    const api = exposed.get('staffroom') as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual([...channelNames].sort());
    for (const name of channelNames) expect(typeof api[name], name).toBe('function');
  });

  it('sends each call on its own fixed channel', async () => {
    const api = exposed.get('staffroom') as Record<string, (input: unknown) => Promise<unknown>>;
    const openDemo = api['school:openDemo'];
    if (!openDemo) throw new Error('school:openDemo is exposed');
    expect(await openDemo({ phase: 'primary' })).toEqual({ ok: true, value: { channel: 'school:openDemo', input: { phase: 'primary' } } });
    expect(invoke).toHaveBeenLastCalledWith('school:openDemo', { phase: 'primary' });
  });
});
