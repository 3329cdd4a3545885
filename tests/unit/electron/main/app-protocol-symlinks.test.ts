import { mkdir, mkdtemp, readFile, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppProtocolHandler } from '../../../../electron/main/app-protocol.js';

// Real symlinks on a real file system: the lexical check of the URL cannot see them.
const posix = process.platform !== 'win32';
if (!posix) console.warn('app-protocol-symlinks.test.ts: skipped, symlinks need a POSIX file system (this is Windows)');
let workDir: string;
let handler: (request: Request) => Promise<Response>;
let linkedRootHandler: (request: Request) => Promise<Response>;

beforeAll(async () => {
  workDir = await mkdtemp(path.join(tmpdir(), 'remit-symlinks-'));
  const rootDir = path.join(workDir, 'renderer');
  await mkdir(path.join(rootDir, 'assets'), { recursive: true });
  await writeFile(path.join(rootDir, 'index.html'), '<!doctype html><title>Remit</title>');
  await writeFile(path.join(rootDir, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(path.join(workDir, 'outside.txt'), 'the secret outside the root');
  if (posix) {
    await symlink(path.join(workDir, 'outside.txt'), path.join(rootDir, 'assets', 'leak.js'));
    await symlink(workDir, path.join(rootDir, 'up'));
    await symlink(path.join(rootDir, 'loop-b'), path.join(rootDir, 'loop-a'));
    await symlink(path.join(rootDir, 'loop-a'), path.join(rootDir, 'loop-b'));
    await symlink(path.join(rootDir, 'assets', 'app.js'), path.join(rootDir, 'alias.js'));
    // The whole root reached through a symlink, as a packaged app may be.
    await symlink(rootDir, path.join(workDir, 'linked-root'));
  }
  const deps = { readFile: (filePath: string) => readFile(filePath), realpath: (filePath: string) => realpath(filePath) };
  handler = createAppProtocolHandler({ rootDir, ...deps });
  linkedRootHandler = createAppProtocolHandler({ rootDir: path.join(workDir, 'linked-root'), ...deps });
});

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

const get = (url: string) => handler(new Request(url));

describe.skipIf(!posix)('app:// and symlinks', () => {
  it('refuses a symlink inside the root that points outside it', async () => {
    const response = await get('app://remit/assets/leak.js');
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain('secret');
  });

  it('refuses a symlinked folder that leads outside the root', async () => {
    const response = await get('app://remit/up/outside.txt');
    expect(response.status).toBe(403);
  });

  it('answers 404, not 500, for a symlink loop and for a 5,000-character path', async () => {
    expect((await get('app://remit/loop-a')).status).toBe(404);
    expect((await get(`app://remit/${'a'.repeat(5_000)}.js`)).status).toBe(404);
    expect((await get(`app://remit/${'abc/'.repeat(1_500)}x.js`)).status).toBe(404);
  });

  it('still serves a symlink that stays inside the root, and a root reached through a symlink', async () => {
    expect(await (await get('app://remit/alias.js')).text()).toBe('console.log(1)');
    expect((await linkedRootHandler(new Request('app://remit/assets/app.js'))).status).toBe(200);
  });
});
