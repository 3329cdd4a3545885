import { connect, createServer, type Server, type Socket } from 'node:net';

/**
 * A TCP proxy in front of a redis-server, so a test can do to one `remit serve` process's Redis
 * connections what a network does now and then: hold Redis's replies back, or cut the
 * connections (and refuse new ones) for a while.
 */
export interface RedisProxy {
  /** redis://127.0.0.1:<proxy port> */
  readonly url: string;
  /** From now on, Redis's replies wait in the proxy until `release()`. */
  readonly hold: () => void;
  /** Sends everything held, and lets replies through again. */
  readonly release: () => void;
  /** Resolves once clients have sent, from now on, `times` commands named `command` ("INFO", …). */
  readonly sent: (command: string, times?: number) => Promise<void>;
  /** Closes every connection now and refuses new ones until `restore()`. */
  readonly cut: () => void;
  readonly restore: () => void;
  readonly close: () => Promise<void>;
}

export async function startRedisProxy(redisPort: number): Promise<RedisProxy> {
  const pairs = new Set<{ client: Socket; upstream: Socket }>();
  const held: { client: Socket; chunk: Buffer }[] = [];
  const waiting: { pattern: string; times: number; seen: string; resolve: () => void }[] = [];
  let holding = false;
  let refusing = false;

  const noteSent = (chunk: Buffer) => {
    for (const wait of [...waiting]) {
      wait.seen += chunk.toString('latin1').toUpperCase();
      if (wait.seen.split(wait.pattern).length - 1 >= wait.times) {
        waiting.splice(waiting.indexOf(wait), 1);
        wait.resolve();
      }
    }
  };

  const server: Server = createServer((client) => {
    if (refusing) {
      client.destroy();
      return;
    }
    const upstream = connect(redisPort, '127.0.0.1');
    const pair = { client, upstream };
    pairs.add(pair);
    const drop = () => {
      pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on('error', drop).on('close', drop);
    upstream.on('error', drop).on('close', drop);
    client.on('data', (chunk: Buffer) => {
      noteSent(chunk);
      upstream.write(chunk);
    });
    upstream.on('data', (chunk: Buffer) => {
      if (holding) held.push({ client, chunk });
      else client.write(chunk);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;

  return {
    url: `redis://127.0.0.1:${port}`,
    hold: () => {
      holding = true;
    },
    release: () => {
      holding = false;
      // One write per connection, so the client reads all its held replies at once, as it does
      // when they arrive together after a slow round trip.
      const byClient = new Map<Socket, Buffer[]>();
      for (const { client, chunk } of held.splice(0))
        byClient.set(client, [...(byClient.get(client) ?? []), chunk]);
      for (const [client, chunks] of byClient) if (!client.destroyed) client.write(Buffer.concat(chunks));
    },
    sent: (command, times = 1) =>
      new Promise<void>((resolve) =>
        // A command's name as RESP sends it: a bulk string, `$<length>\r\n<name>\r\n`.
        waiting.push({
          pattern: `$${command.length}\r\n${command.toUpperCase()}\r\n`,
          times,
          seen: '',
          resolve,
        }),
      ),
    cut: () => {
      refusing = true;
      for (const { client, upstream } of pairs) {
        client.destroy();
        upstream.destroy();
      }
      pairs.clear();
    },
    restore: () => {
      refusing = false;
    },
    close: async () => {
      for (const { client, upstream } of pairs) {
        client.destroy();
        upstream.destroy();
      }
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
