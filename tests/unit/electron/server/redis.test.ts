import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { applyCommandToDoc, materialisePlan, seedPlanDoc } from '../../../../shared/collab/index.js';
import { responsibilityId, scenarioId } from '../../../../shared/model/index.js';
import { mintToken } from '../../../../electron/server/tokens.js';
import { scenarioOf } from '../../shared/commands/fixtures.js';
import {
  connectClient,
  spawnServer,
  temporaryFolder,
  TEST_SECRET,
  until,
  type ServerProcess,
  type SyncClient,
} from '../../../support/remit-server.js';
import { startRedisProxy, type RedisProxy } from './redis-proxy.js';

// Two real `remit serve` processes behind a real redis-server (Debian's package; .ci/run
// installs it), each with its own data folder, one client on each.
const hasRedis = spawnSync('redis-server', ['--version']).status === 0;
if (!hasRedis)
  console.warn('redis.test.ts: skipped, redis-server is not installed (apt-get install redis-server)');

const PLAN = 'plan-redis-0001';
const NOW = '2026-04-01T12:00:00.000Z';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function lanes(doc: Y.Doc): string {
  const result = materialisePlan(doc, { id: scenarioId('s1') });
  return result.ok ? JSON.stringify(result.scenario) : `invalid: ${result.error.message}`;
}

describe.skipIf(!hasRedis)('two remit serve processes behind Redis', { timeout: 90_000 }, () => {
  let redis: ChildProcess | undefined;
  let redisUrl = '';
  let redisPort = 0;
  const servers: ServerProcess[] = [];
  const clients: SyncClient[] = [];
  const proxies: RedisProxy[] = [];

  beforeAll(async () => {
    const port = await freePort();
    redis = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    await new Promise<void>((resolve, reject) => {
      let output = '';
      const timer = setTimeout(() => reject(new Error(`redis-server did not start:\n${output}`)), 20_000);
      redis?.stdout?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('Ready to accept connections')) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    redisUrl = `redis://127.0.0.1:${port}`;
    redisPort = port;
  }, 30_000);

  afterAll(async () => {
    for (const client of clients) client.close();
    await Promise.all(servers.map((server) => server.stop()));
    await Promise.all(proxies.map((proxy) => proxy.close()));
    if (redis && redis.exitCode === null) {
      const exited = new Promise((resolve) => redis?.once('exit', resolve));
      redis.kill('SIGTERM');
      await exited;
    }
  });

  it('a client on each converges, through concurrent moves of the same cards', async () => {
    const [one, two] = await Promise.all(
      [0, 1].map(() => spawnServer({ dataDir: temporaryFolder(), extra: ['--redis', redisUrl] })),
    );
    servers.push(one!, two!);
    expect(one!.output()).toMatch(/with Redis/);
    const token = await mintToken({ secret: TEST_SECRET, plan: PLAN, permission: 'edit', hours: 1 });
    const alice = connectClient(one!.url, PLAN, token);
    const bob = connectClient(two!.url, PLAN, token);
    clients.push(alice, bob);
    await Promise.all([alice.ready, bob.ready]);
    seedPlanDoc(
      alice.doc,
      scenarioOf([
        ['A', 'CIO'],
        ['B', 'CIO'],
        ['C', 'CTO'],
        ['D', 'Unassigned'],
      ]),
      'seed',
    );
    await until(bob.doc, () => lanes(bob.doc) === lanes(alice.doc));
    const options = { id: scenarioId('s1'), now: NOW };
    for (let round = 0; round < 10; round += 1) {
      applyCommandToDoc(
        alice.doc,
        {
          type: 'responsibility/move',
          id: responsibilityId('a'),
          to: round % 2 ? 'CTO' : 'Shared',
          index: 0,
        },
        { ...options, origin: 'alice' },
      );
      applyCommandToDoc(
        bob.doc,
        {
          type: 'responsibility/move',
          id: responsibilityId('a'),
          to: round % 2 ? 'CIO' : 'Unassigned',
          index: 1,
        },
        { ...options, origin: 'bob' },
      );
      applyCommandToDoc(
        bob.doc,
        { type: 'responsibility/move', id: responsibilityId('b'), to: 'CIO', index: 0 },
        { ...options, origin: 'bob' },
      );
    }
    await until(bob.doc, () => lanes(bob.doc) === lanes(alice.doc), 20_000);
    const merged = materialisePlan(alice.doc, { id: scenarioId('s1') });
    expect(merged.ok).toBe(true);
    if (merged.ok)
      expect(merged.scenario.responsibilities.map((item) => item.id).sort()).toEqual(['a', 'b', 'c', 'd']);
  });
  // The CI flake behind these two: a change published while one server's Redis subscriber was
  // not listening was never delivered, and nothing asked for it again.
  const SEED = scenarioOf([
    ['A', 'CIO'],
    ['B', 'CIO'],
    ['C', 'CTO'],
    ['D', 'Unassigned'],
  ]);

  it('a server whose Redis replies come late, while it subscribes to a plan, still hears the other server', async () => {
    const plan = 'plan-redis-0002';
    // ioredis 5.8.2+ (redis/ioredis#2037): a SUBSCRIBE sent before its handshake finishes makes
    // its ready check (INFO) fail in subscriber mode; it then reconnects without resubscribing.
    // Holding Redis's replies while a plan is opened on server two lines that up every time.
    const proxy = await startRedisProxy(redisPort);
    proxies.push(proxy);
    proxy.hold();
    // Both of server two's connections (publisher, subscriber) are set up once each has sent
    // its ready check; the plan is edited only after that.
    const handshakes = proxy.sent('INFO', 2);
    const [one, two] = await Promise.all([
      spawnServer({ dataDir: temporaryFolder(), extra: ['--redis', redisUrl] }),
      spawnServer({ dataDir: temporaryFolder(), extra: ['--redis', proxy.url] }),
    ]);
    servers.push(one, two);
    const token = await mintToken({ secret: TEST_SECRET, plan, permission: 'edit', hours: 1 });
    const alice = connectClient(one.url, plan, token);
    clients.push(alice);
    await alice.ready;
    const subscribed = proxy.sent('SUBSCRIBE');
    const bob = connectClient(two.url, plan, token);
    clients.push(bob);
    await subscribed;
    proxy.release();
    await Promise.all([bob.ready, handshakes]);
    seedPlanDoc(alice.doc, SEED, 'seed');
    await until(bob.doc, () => lanes(bob.doc) === lanes(alice.doc));
    expect(lanes(bob.doc)).toContain('"id":"a"');
  });

  it('a server cut off from Redis for a moment catches up on what it missed once it is back', async () => {
    const plan = 'plan-redis-0003';
    const [toOne, toTwo] = await Promise.all([startRedisProxy(redisPort), startRedisProxy(redisPort)]);
    proxies.push(toOne, toTwo);
    const [one, two] = await Promise.all([
      spawnServer({ dataDir: temporaryFolder(), extra: ['--redis', toOne.url] }),
      spawnServer({ dataDir: temporaryFolder(), extra: ['--redis', toTwo.url] }),
    ]);
    servers.push(one, two);
    const token = await mintToken({ secret: TEST_SECRET, plan, permission: 'edit', hours: 1 });
    const alice = connectClient(one.url, plan, token);
    const bob = connectClient(two.url, plan, token);
    clients.push(alice, bob);
    await Promise.all([alice.ready, bob.ready]);
    seedPlanDoc(alice.doc, SEED, 'seed');
    await until(bob.doc, () => lanes(bob.doc) === lanes(alice.doc));

    toTwo.cut();
    const published = toOne.sent('PUBLISH');
    applyCommandToDoc(
      alice.doc,
      { type: 'responsibility/move', id: responsibilityId('d'), to: 'CTO', index: 0 },
      { id: scenarioId('s1'), now: NOW, origin: 'alice' },
    );
    // Server one has told Redis about the move while server two could not hear it.
    await published;
    toTwo.restore();
    await until(bob.doc, () => lanes(bob.doc) === lanes(alice.doc));
    const moved = materialisePlan(bob.doc, { id: scenarioId('s1') });
    expect(moved.ok && moved.scenario.responsibilities.find((item) => item.id === 'd')?.owner).toBe('CTO');
  });
});
