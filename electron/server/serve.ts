/**
 * `remit serve`: a Hocuspocus server for shared plans, with the plans on local disk, share
 * tokens checked on every connection, message size and rate limits, the built web app on the
 * same port, and the Redis extension when more than one process serves the same plans.
 */
import { Redis, type Configuration as RedisConfiguration } from '@hocuspocus/extension-redis';
import {
  OutgoingMessage,
  Server,
  type Hocuspocus,
  type onAuthenticatePayload,
  type onRequestPayload,
} from '@hocuspocus/server';
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

/**
 * Hocuspocus's Redis extension, made to catch up after its subscriber connection comes back.
 *
 * Redis pub/sub keeps nothing for a subscriber that is not connected: a change another server
 * publishes while this one's subscriber reconnects is lost, and the extension only says what
 * it has (sync step 1) when a plan is loaded or changed here, so the plan stayed behind until
 * someone edited it again. Worse, ioredis 5.8.2 and later (redis/ioredis#2037) fails its own
 * ready check when a SUBSCRIBE goes out before its handshake has finished, then reconnects
 * *without* resubscribing: that server never heard the plan again. Two `remit serve` processes
 * started together hit that about once in ten runs.
 *
 * So, every time the subscriber is ready (first connection or a reconnection), every loaded
 * plan is subscribed again and, once Redis confirms, its sync step 1 is published: the other
 * servers answer with what this one lacks and ask for what they lack, as on first load.
 */
class RedisFanOut extends Redis {
  private server: Hocuspocus | undefined;

  constructor(configuration: Partial<RedisConfiguration>, log: (line: string) => void) {
    super(configuration);
    this.sub.on('ready', () => this.catchUp(log));
    for (const [role, client] of [
      ['subscriber', this.sub],
      ['publisher', this.pub],
    ] as const) {
      // Once per outage, not at every retry; ioredis reconnects by itself.
      let down = false;
      client.on('error', (error: Error) => {
        if (down) return;
        down = true;
        log(`Redis ${role} connection: ${error.message} (reconnecting)`);
      });
      client.on('ready', () => {
        if (down) log(`Redis ${role} connection back`);
        down = false;
      });
    }
  }

  override async onConfigure(payload: Parameters<Redis['onConfigure']>[0]): Promise<void> {
    this.server = payload.instance;
    await super.onConfigure(payload);
  }

  private catchUp(log: (line: string) => void): void {
    for (const document of this.server?.documents.values() ?? []) {
      const channel = `${this.configuration.prefix}:${document.name}`;
      const publish = (message: OutgoingMessage) =>
        this.pub.publish(channel, Buffer.concat([this.messagePrefix, Buffer.from(message.toUint8Array())]));
      // Published only once Redis has confirmed the subscription, so the answers are heard.
      void this.sub
        .subscribe(channel)
        .then(() =>
          Promise.all([
            publish(new OutgoingMessage(document.name).createSyncMessage().writeFirstSyncStepFor(document)),
            publish(new OutgoingMessage(document.name).writeQueryAwareness()),
          ]),
        )
        .catch((error: unknown) => log(`Redis: could not catch up on a plan: ${(error as Error).message}`));
    }
  }
}

function redisExtension(url: string, log: (line: string) => void): Redis {
  const parsed = new URL(url);
  if (parsed.protocol !== 'redis:') throw new Error('the Redis address must start with redis://');
  return new RedisFanOut(
    {
      host: parsed.hostname,
      port: Number(parsed.port || 6379),
      prefix: 'remit',
      options: {
        ...(parsed.username ? { username: decodeURIComponent(parsed.username) } : {}),
        ...(parsed.password ? { password: decodeURIComponent(parsed.password) } : {}),
        // No CLIENT SETINFO before the ready check: with it, a SUBSCRIBE can slip in between and
        // the ready check fails (redis/ioredis#2037). SETINFO only labels `CLIENT LIST` rows.
        disableClientInfo: true,
      },
    },
    log,
  );
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
    ...(options.redisUrl ? [redisExtension(options.redisUrl, log)] : []),
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
