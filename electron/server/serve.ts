/**
 * `remit serve`: a Hocuspocus server for shared plans, with the plans on local disk, share
 * tokens checked on every connection, message size and rate limits, the built web app on the
 * same port, and the Redis extension when more than one process serves the same plans.
 */
import { Redis } from '@hocuspocus/extension-redis';
import { Server, type onAuthenticatePayload, type onRequestPayload } from '@hocuspocus/server';
import { FileStore } from './file-store.js';
import { RateLimit } from './limits.js';
import { verifyToken, type Permission } from './tokens.js';
import { createWebHandler } from './web-files.js';

/** Everything `remit serve` needs, after flags and environment are read. */
export interface ServeOptions {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  readonly secret: string;
  readonly webDir: string;
  /** `redis://[user:password@]host:port`; absent for a single process. */
  readonly redisUrl?: string | undefined;
  /** Largest WebSocket message accepted, in bytes; bigger ones close the connection. */
  readonly maxMessageBytes: number;
  /** Messages per second one connection may send, sustained. */
  readonly messagesPerSecond: number;
  /** Flush every update to the disk itself (default true). */
  readonly durable: boolean;
}

/** A running server. */
export interface RunningServer {
  /** The port it listens on (the real one when 0 was asked for). */
  readonly port: number;
  /** Whether the web app is served. */
  readonly webApp: boolean;
  /**
   * Stops listening and closes every connection. Waits at most `graceMs` (default 3 s) for
   * Hocuspocus to unload its plans, then cuts the rest: every acknowledged change is already in
   * the update log, so nothing is lost by not waiting for the debounced snapshot.
   */
  readonly stop: (graceMs?: number) => Promise<void>;
}

function redisExtension(url: string): Redis {
  const parsed = new URL(url);
  if (parsed.protocol !== 'redis:') throw new Error('the Redis address must start with redis://');
  return new Redis({
    host: parsed.hostname,
    port: Number(parsed.port || 6379),
    prefix: 'remit',
    options: {
      ...(parsed.username ? { username: decodeURIComponent(parsed.username) } : {}),
      ...(parsed.password ? { password: decodeURIComponent(parsed.password) } : {}),
    },
  });
}

/** Starts the server. Resolves once it listens; rejects when it cannot (port taken, …). */
export async function startServer(
  options: ServeOptions,
  log: (line: string) => void,
): Promise<RunningServer> {
  const web = createWebHandler(options.webDir);
  const store = new FileStore({ directory: options.dataDir, durable: options.durable });
  const extensions = [
    store,
    new RateLimit(options.messagesPerSecond),
    ...(options.redisUrl ? [redisExtension(options.redisUrl)] : []),
  ];
  const server = new Server(
    {
      name: 'remit',
      port: options.port,
      address: options.host,
      quiet: true,
      stopOnSignals: false,
      debounce: 2000,
      maxDebounce: 10_000,
      extensions,
      async onAuthenticate({ token, documentName, connectionConfig }: onAuthenticatePayload) {
        let permission: Permission;
        try {
          permission = await verifyToken(token, documentName, options.secret);
        } catch (error) {
          // The reason only: a token is a credential and never goes to a log.
          log(`refused a connection: ${(error as Error).message}`);
          throw error;
        }
        if (permission === 'view') connectionConfig.readOnly = true;
        return { permission };
      },
      onRequest({ request, response }: onRequestPayload) {
        web.handle(request, response);
        // Rejecting with nothing tells Hocuspocus the response is taken care of.
        // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- Hocuspocus's onRequest contract: an empty rejection means "handled"
        return Promise.reject(undefined);
      },
    },
    { maxPayload: options.maxMessageBytes },
  );
  await new Promise((resolve, reject) => {
    server.httpServer.once('error', reject);
    server.listen(options.port).then(resolve, reject);
  });
  return {
    port: server.address.port,
    webApp: web.built,
    stop: async (graceMs = 3000) => {
      let timer: NodeJS.Timeout | undefined;
      const grace = new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs)));
      await Promise.race([server.destroy(), grace]);
      clearTimeout(timer);
      for (const socket of server.webSocketServer.clients) socket.terminate();
      server.httpServer.closeAllConnections();
      await store.onDestroy();
    },
  };
}
