import { mkdtemp, mkdir, readFile, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  APP_SCHEME_PRIVILEGES,
  createAppProtocolHandler,
  mimeTypeFor,
  resolveAppPath,
} from '../../../../electron/main/app-protocol.js';
import { CONTENT_SECURITY_POLICY } from '../../../../shared/ipc/csp.js';

let workDir: string;
let rootDir: string;
let handler: (request: Request) => Promise<Response>;

beforeAll(async () => {
  workDir = await mkdtemp(path.join(tmpdir(), 'remit-protocol-'));
  rootDir = path.join(workDir, 'renderer');
  await mkdir(path.join(rootDir, 'assets'), { recursive: true });
  await writeFile(path.join(rootDir, 'index.html'), '<!doctype html><title>Remit</title>');
  await writeFile(path.join(rootDir, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(path.join(rootDir, 'assets', 'app.css'), 'body{}');
  await writeFile(path.join(rootDir, 'assets', 'my file.svg'), '<svg/>');
  // A secret next to the served folder, and one whose name shares the root's prefix.
  await writeFile(path.join(workDir, 'secret.txt'), 'secret');
  await mkdir(path.join(workDir, 'renderer-private'));
  await writeFile(path.join(workDir, 'renderer-private', 'key.txt'), 'secret');
  handler = createAppProtocolHandler({ rootDir, readFile: (filePath) => readFile(filePath), realpath: (filePath) => realpath(filePath) });
});

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

const get = (url: string, method = 'GET'): Promise<Response> => handler(new Request(url, { method }));

describe('app scheme privileges', () => {
  it('is standard, secure and fetch-capable, without bypassing CSP', () => {
    expect(APP_SCHEME_PRIVILEGES.scheme).toBe('app');
    expect(APP_SCHEME_PRIVILEGES.privileges).toMatchObject({
      standard: true,
      secure: true,
      supportFetchAPI: true,
    });
    expect(APP_SCHEME_PRIVILEGES.privileges?.bypassCSP).toBeFalsy();
  });
});

describe('app:// protocol handler', () => {
  it('serves index.html for the root with the HTML MIME type', async () => {
    const response = await get('app://remit/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('<title>Remit</title>');
  });

  it.each([
    ['app://remit/assets/app.js', 'text/javascript; charset=utf-8'],
    ['app://remit/assets/app.css', 'text/css; charset=utf-8'],
    ['app://remit/assets/my%20file.svg', 'image/svg+xml'],
    ['app://remit/index.html?v=1#top', 'text/html; charset=utf-8'],
  ])('serves %s as %s', async (url, type) => {
    const response = await get(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
  });

  it('answers HEAD without a body', async () => {
    const response = await get('app://remit/index.html', 'HEAD');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  it.each([
    'app://remit/../secret.txt',
    'app://remit/%2e%2e/secret.txt',
    'app://remit/%2E%2E%2Fsecret.txt',
    'app://remit/assets/..%2F..%2Fsecret.txt',
    'app://remit/..%5Csecret.txt',
    'app://remit/%2e%2e/renderer-private/key.txt',
    'app://remit/..%2Frenderer-private%2Fkey.txt',
    'app://remit/%2Fetc%2Fpasswd',
    'app://remit/index.html%00.png',
    'app://remit/%E0%A4%A',
  ])('never serves a file outside the root: %s', async (url) => {
    const response = await get(url);
    expect([403, 404]).toContain(response.status);
    expect(await response.text()).not.toContain('secret');
  });

  it('refuses other hosts on the scheme', async () => {
    expect((await get('app://evil/index.html')).status).toBe(403);
    expect((await get('app://remit.evil.com/index.html')).status).toBe(403);
  });

  it('answers 404 for a missing file and a folder', async () => {
    expect((await get('app://remit/missing.js')).status).toBe(404);
    expect((await get('app://remit/assets')).status).toBe(404);
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await get('app://remit/index.html', 'POST')).status).toBe(405);
  });

  it('sends the strict CSP and nosniff on every response, errors included', async () => {
    for (const url of ['app://remit/', 'app://remit/missing.js', 'app://remit/%2e%2e/secret.txt']) {
      const response = await get(url);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('answers 500 without details when reading fails unexpectedly', async () => {
    const failing = createAppProtocolHandler({
      rootDir,
      readFile: () => Promise.reject(Object.assign(new Error('EIO /secret/path'), { code: 'EIO' })),
      realpath: (filePath) => Promise.resolve(filePath),
    });
    const response = await failing(new Request('app://remit/index.html'));
    expect(response.status).toBe(500);
    expect(await response.text()).not.toContain('/secret/path');
  });
});

describe('resolveAppPath', () => {
  it('maps the root and nested files inside the root', () => {
    expect(resolveAppPath('/srv/r', 'app://remit/')).toBe(path.resolve('/srv/r/index.html'));
    expect(resolveAppPath('/srv/r', 'app://remit/a/b.js')).toBe(path.resolve('/srv/r/a/b.js'));
  });

  it('refuses the root folder itself after normalisation', () => {
    expect(resolveAppPath('/srv/r', 'app://remit/a/..%2F')).toBeNull();
  });
});

describe('mimeTypeFor', () => {
  it('falls back to octet-stream', () => {
    expect(mimeTypeFor('x.unknown')).toBe('application/octet-stream');
    expect(mimeTypeFor('X.WOFF2')).toBe('font/woff2');
  });
});
