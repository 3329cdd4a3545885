import { execFile } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { mkdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { findElectron, NO_ELECTRON_MESSAGE } from '../../../build/scripts/electron-binary.mjs';
import { startElectron } from '../../../build/scripts/start-electron.mjs';

const run = promisify(execFile);
const script = path.resolve('build/scripts/start-electron.mjs');
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'remit-start-'));
  // A fake `electron` package: path.txt but no dist/ — what ELECTRON_SKIP_BINARY_DOWNLOAD leaves.
  await mkdir(path.join(dir, 'electron'));
  await writeFile(path.join(dir, 'electron', 'path.txt'), 'electron');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('findElectron', () => {
  it('reports the missing binary with the one-line message', () => {
    expect(findElectron({ env: {}, electronDir: path.join(dir, 'electron') })).toEqual({
      found: false,
      reason: NO_ELECTRON_MESSAGE,
    });
  });

  it('finds dist/<path.txt> when it exists', async () => {
    const electronDir = path.join(dir, 'installed');
    await mkdir(path.join(electronDir, 'dist'), { recursive: true });
    await writeFile(path.join(electronDir, 'path.txt'), 'electron');
    await writeFile(path.join(electronDir, 'dist', 'electron'), '');
    expect(findElectron({ env: {}, electronDir })).toEqual({
      found: true,
      path: path.join(electronDir, 'dist', 'electron'),
    });
  });

  it('uses the platform default name without path.txt', () => {
    const lookup = findElectron({
      env: { ELECTRON_OVERRIDE_DIST_PATH: '/nowhere' },
      platform: 'win32',
      electronDir: dir,
    });
    expect(lookup).toMatchObject({ found: false });
    expect(lookup.found ? '' : lookup.reason).toContain(path.join('/nowhere', 'electron.exe'));
  });
});

describe('startElectron', () => {
  it('prints one line and exits 1 when the binary is missing, without spawning', async () => {
    const printError = vi.fn();
    const spawn = vi.fn();
    const download = vi.fn(() => false);
    const code = await startElectron({ env: {}, electronDir: path.join(dir, 'electron'), printError, spawn, download });
    expect(code).toBe(1);
    expect(download).toHaveBeenCalledOnce();
    expect(printError).toHaveBeenCalledExactlyOnceWith(NO_ELECTRON_MESSAGE);
    expect(spawn).not.toHaveBeenCalled();
  });

  it('does not try to download when ELECTRON_SKIP_BINARY_DOWNLOAD is set', async () => {
    const download = vi.fn(() => true);
    const code = await startElectron({
      env: { ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
      electronDir: path.join(dir, 'electron'),
      printError: vi.fn(),
      spawn: vi.fn(),
      download,
    });
    expect(code).toBe(1);
    expect(download).not.toHaveBeenCalled();
  });

  it('launches Electron on the app once the first-start download brought the binary', async () => {
    const electronDir = path.join(dir, 'electron-fetched');
    const root = path.join(dir, 'app');
    await mkdir(path.join(electronDir), { recursive: true });
    await writeFile(path.join(electronDir, 'path.txt'), 'electron');
    await mkdir(path.join(root, 'dist', 'electron'), { recursive: true });
    await writeFile(path.join(root, 'dist', 'electron', 'main.cjs'), '');
    const download = vi.fn(() => {
      // What the electron installer leaves behind: dist/<path.txt>.
      mkdirSync(path.join(electronDir, 'dist'), { recursive: true });
      writeFileSync(path.join(electronDir, 'dist', 'electron'), '');
      return true;
    });
    const child = new EventEmitter();
    const spawn = vi.fn(() => {
      setTimeout(() => child.emit('exit', 0, null), 0);
      return child;
    });
    const code = await startElectron({ env: {}, root, electronDir, printError: vi.fn(), spawn: spawn as never, download });
    expect(code).toBe(0);
    expect(spawn).toHaveBeenCalledWith(path.join(electronDir, 'dist', 'electron'), [root], expect.anything());
  });

  it('as a command: one clear line on stderr, exit code 1, no stack trace', async () => {
    const failure = await run(process.execPath, [script], {
      env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: path.join(dir, 'empty') },
    }).catch((error: unknown) => error as { code: number; stdout: string; stderr: string });
    expect(failure).toMatchObject({ code: 1, stdout: '' });
    const lines = (failure as { stderr: string }).stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Remit: .*npm run web/);
    expect(lines[0]).not.toMatch(/\n\s+at /);
  });
});

describe('the message', () => {
  it('names the missing folder and both ways forward', () => {
    expect(NO_ELECTRON_MESSAGE).toContain('node_modules/electron/dist');
    expect(NO_ELECTRON_MESSAGE).toContain('npx install-electron');
    expect(NO_ELECTRON_MESSAGE).toContain('npm run web');
    expect(NO_ELECTRON_MESSAGE).not.toContain('\n');
  });
});
