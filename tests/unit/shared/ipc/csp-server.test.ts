import { mkdtemp, readFile, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppProtocolHandler } from '../../../../electron/main/app-protocol.js';
import {
  CONTENT_SECURITY_POLICY,
  contentSecurityPolicy,
  metaPolicy,
  serverSources,
  withMetaPolicy,
} from '../../../../shared/ipc/csp.js';

function connectSrc(policy: string): string[] {
  const directive = policy.split('; ').find((part) => part.startsWith('connect-src '));
  return directive?.split(' ').slice(1) ?? [];
}

describe('desktop CSP with a configured Remit server', () => {
  it('without a server, reaches nothing on the network (the default policy)', () => {
    expect(contentSecurityPolicy()).toBe(CONTENT_SECURITY_POLICY);
    expect(connectSrc(contentSecurityPolicy({ collabServer: null }))).toEqual(["'self'"]);
  });

  it('allows exactly the configured server: its web origin and its WebSocket twin', () => {
    expect(connectSrc(contentSecurityPolicy({ collabServer: 'http://192.168.1.20:4321' }))).toEqual([
      "'self'",
      'http://192.168.1.20:4321',
      'ws://192.168.1.20:4321',
    ]);
    expect(connectSrc(contentSecurityPolicy({ collabServer: 'https://Remit.Example.org/' }))).toEqual([
      "'self'",
      'https://remit.example.org',
      'wss://remit.example.org',
    ]);
    // Every other directive stays as strict as without a server.
    const others = (policy: string) => policy.split('; ').filter((part) => !part.startsWith('connect-src'));
    expect(others(contentSecurityPolicy({ collabServer: 'http://127.0.0.1:4321' }))).toEqual(others(CONTENT_SECURITY_POLICY));
  });

  it.each([
    ['a wildcard', 'http://*:4321'],
    ['another scheme', 'ftp://example.org'],
    ['a path', 'http://example.org/plans'],
    ['credentials', 'http://user:pass@example.org'],
    ['a second source smuggled in', "http://example.org 'unsafe-inline'"],
    ['a directive smuggled in', 'http://example.org; script-src *'],
    ['a port out of range', 'http://example.org:70000'],
    ['an empty string', ''],
  ])('refuses %s and then allows nothing', (_name, server) => {
    expect(serverSources(server)).toBeNull();
    expect(contentSecurityPolicy({ collabServer: server })).toBe(CONTENT_SECURITY_POLICY);
  });

  it('writes the same policy into the page’s meta tag (frame-ancestors left out, as browsers ignore it there)', () => {
    const policy = contentSecurityPolicy({ collabServer: 'http://127.0.0.1:4321' });
    const html = `<head><meta http-equiv="Content-Security-Policy" content="${metaPolicy(CONTENT_SECURITY_POLICY)}"><title>x</title></head>`;
    const rewritten = withMetaPolicy(html, policy);
    expect(rewritten).toContain(`content="${metaPolicy(policy)}"`);
    expect(rewritten).toContain('ws://127.0.0.1:4321');
    expect(rewritten).not.toContain('frame-ancestors');
    expect(withMetaPolicy('<title>no meta</title>', policy)).toBe('<title>no meta</title>');
  });

  it('main’s app:// handler sends the configured policy and serves index.html with a meta tag that agrees', async () => {
    const rootDir = await mkdtemp(path.join(tmpdir(), 'remit-csp-'));
    try {
      const html = `<!doctype html><meta http-equiv="Content-Security-Policy" content="${metaPolicy(CONTENT_SECURITY_POLICY)}"><title>Remit</title>`;
      await writeFile(path.join(rootDir, 'index.html'), html);
      await writeFile(path.join(rootDir, 'app.js'), 'console.log(1)');
      const policy = contentSecurityPolicy({ collabServer: 'http://10.0.0.5:4321' });
      const handler = createAppProtocolHandler({
        rootDir,
        readFile: (filePath) => readFile(filePath),
        realpath: (filePath) => realpath(filePath),
        policy,
      });
      const page = await handler(new Request('app://remit/index.html'));
      expect(page.headers.get('Content-Security-Policy')).toBe(policy);
      const body = await page.text();
      expect(body).toContain(`content="${metaPolicy(policy)}"`);
      expect(page.headers.get('Content-Length')).toBe(String(new TextEncoder().encode(body).byteLength));
      const script = await handler(new Request('app://remit/app.js'));
      expect(script.headers.get('Content-Security-Policy')).toBe(policy);
      expect(await script.text()).toBe('console.log(1)');
    } finally {
      await rm(rootDir, { recursive: true, force: true });
    }
  });
});
