import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';

const CLI = fileURLToPath(new URL('../../electron/cli/remit.mjs', import.meta.url));

/** A secret for test servers (never a real one). */
export const TEST_SECRET = 'test-secret-test-secret-test-secret-0123';

/** A `remit serve` process started by a test. */
export interface ServerProcess {
  readonly port: number;
  /** ws://127.0.0.1:port */
  readonly url: string;
  readonly child: ChildProcess;
  /** Everything it wrote to stdout and stderr so far. */
  readonly output: () => string;
  /** Resolves with the exit code (or signal name) once it has exited. */
  readonly exited: Promise<number | string | null>;
  /** SIGTERM, then wait for the exit. */
  readonly stop: () => Promise<void>;
}

/** A fresh temporary folder. */
export function temporaryFolder(prefix = 'remit-serve-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Spawns `node electron/cli/remit.mjs serve` and waits until it listens. */
export async function spawnServer(options: {
  readonly dataDir: string;
  readonly port?: number;
  readonly extra?: readonly string[];
  readonly secret?: string;
}): Promise<ServerProcess> {
  const child = spawn(
    process.execPath,
    [CLI, 'serve', '--port', String(options.port ?? 0), '--data', options.dataDir, ...(options.extra ?? [])],
    {
      env: { ...process.env, REMIT_SECRET: options.secret ?? TEST_SECRET },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | string | null>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal)),
  );
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 45_000);
    const check = () => {
      const match = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    };
    child.stdout?.on('data', check);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${String(code)}):\n${output}`));
    });
  });
  return {
    port,
    url: `ws://127.0.0.1:${port}`,
    child,
    output: () => output,
    exited,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/** A Node client of a shared plan: a Y.Doc synced through a Hocuspocus provider. */
export interface SyncClient {
  readonly doc: Y.Doc;
  readonly provider: HocuspocusProvider;
  readonly socket: HocuspocusProviderWebsocket;
  /** Resolves on the first sync, rejects with the reason when authentication fails. */
  readonly ready: Promise<void>;
  /** Resolves once the server has acknowledged every local change. */
  readonly acknowledged: () => Promise<void>;
  readonly close: () => void;
}

/** Connects a Node client to `url` for `plan` with `token`. */
export function connectClient(
  url: string,
  plan: string,
  token: string,
  doc: Y.Doc = new Y.Doc(),
): SyncClient {
  const socket = new HocuspocusProviderWebsocket({
    url,
    WebSocketPolyfill: WebSocket,
    delay: 100,
    minDelay: 100,
    maxDelay: 500,
    factor: 1.5,
  });
  let settle: { resolve: () => void; reject: (error: Error) => void } | undefined;
  const ready = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: plan,
    token,
    document: doc,
    onSynced: () => settle?.resolve(),
    onAuthenticationFailed: ({ reason }) => settle?.reject(new Error(`authentication failed: ${reason}`)),
  });
  provider.attach();
  const acknowledged = () =>
    new Promise<void>((resolve) => {
      const check = () => {
        if (provider.unsyncedChanges === 0) {
          provider.off('unsyncedChanges', check);
          resolve();
        }
      };
      provider.on('unsyncedChanges', check);
      check();
    });
  return {
    doc,
    provider,
    socket,
    ready,
    acknowledged,
    close: () => {
      // ws (unlike a browser's WebSocket) reports closing a socket that is still connecting as
      // an 'error' event, after the provider has removed its listeners: keep it from crashing.
      (socket.webSocket as unknown as WebSocket | null)?.on('error', () => undefined);
      provider.destroy();
      socket.destroy();
    },
  };
}

/** Resolves when `condition` holds, checking after every update of `doc` (and every 50 ms). */
export function until(doc: Y.Doc, condition: () => boolean, timeout = 15_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error('timed out waiting for the documents to converge'));
    }, timeout);
    const poll = setInterval(check, 50);
    function cleanup() {
      clearTimeout(timer);
      clearInterval(poll);
      doc.off('update', check);
    }
    function check() {
      if (condition()) {
        cleanup();
        resolve();
      }
    }
    doc.on('update', check);
    check();
  });
}
