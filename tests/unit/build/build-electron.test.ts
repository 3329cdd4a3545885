import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const run = promisify(execFile);
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'remit-build-'));
  await run(process.execPath, ['build/scripts/build-electron.mjs', '--out-dir', dir]);
}, 60_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const requiresIn = (code: string): string[] =>
  [...new Set([...code.matchAll(/\brequire\("([^"]+)"\)/g)].map((match) => match[1] ?? ''))].sort();

describe('build/scripts/build-electron.mjs', () => {
  it('bundles the preload to one CommonJS file that needs nothing but electron', async () => {
    const code = await readFile(path.join(dir, 'preload.cjs'), 'utf8');
    expect(requiresIn(code)).toEqual(['electron']);
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(code).not.toContain('zod');
  });

  it('bundles main to CommonJS with electron left external', async () => {
    const code = await readFile(path.join(dir, 'main.cjs'), 'utf8');
    expect(requiresIn(code).filter((name) => !name.startsWith('node:'))).toEqual(['electron']);
  });

  it('the preload exposes exactly one frozen bridge with invoke and on', async () => {
    const code = await readFile(path.join(dir, 'preload.cjs'), 'utf8');
    const exposeInMainWorld = vi.fn();
    const ipcRenderer = { invoke: vi.fn(), on: vi.fn() };
    const fakeRequire = (name: string): unknown => {
      if (name !== 'electron') throw new Error(`a sandboxed preload cannot require ${name}`);
      return { contextBridge: { exposeInMainWorld }, ipcRenderer };
    };
    const module = { exports: {} };
    runInNewContext(code, { require: fakeRequire, module, exports: module.exports, console, queueMicrotask });
    expect(exposeInMainWorld).toHaveBeenCalledOnce();
    const [name, bridge] = exposeInMainWorld.mock.calls[0] as [string, Record<string, unknown>];
    expect(name).toBe('remit');
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'on']);
    expect(Object.isFrozen(bridge)).toBe(true);
  });
});
