import * as encoding from 'lib0/encoding';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type * as Y from 'yjs';
import {
  applyCommandToDoc,
  materialisePlan,
  planParts,
  seedPlanDoc,
} from '../../../../shared/collab/index.js';
import { responsibilityId, scenarioId, type Scenario } from '../../../../shared/model/index.js';
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

// Real `remit serve` processes on loopback, real WebSockets, real Hocuspocus providers.
const PLAN = 'plan-serve-0001';
const NOW = '2026-04-01T12:00:00.000Z';
const base = scenarioOf([
  ['Help desk', 'CIO'],
  ['ERP', 'CIO'],
  ['Cloud', 'CTO'],
  ['Security', 'Shared', 'CIO'],
  ['Data', 'Unassigned'],
]);

const running: { servers: ServerProcess[]; clients: SyncClient[] } = { servers: [], clients: [] };
afterEach(async () => {
  for (const client of running.clients.splice(0)) client.close();
  await Promise.all(running.servers.splice(0).map((server) => server.stop()));
});

async function server(options: Parameters<typeof spawnServer>[0]): Promise<ServerProcess> {
  const started = await spawnServer(options);
  running.servers.push(started);
  return started;
}

function client(url: string, token: string, plan = PLAN): SyncClient {
  const connected = connectClient(url, plan, token);
  running.clients.push(connected);
  return connected;
}

function token(
  permission: 'edit' | 'view',
  plan = PLAN,
  extra: { hours?: number; now?: number; secret?: string } = {},
) {
  return mintToken({
    secret: extra.secret ?? TEST_SECRET,
    plan,
    permission,
    hours: extra.hours ?? 1,
    ...(extra.now ? { now: extra.now } : {}),
  });
}

function plan(doc: Y.Doc): Scenario | string {
  const result = materialisePlan(doc, { id: scenarioId('s1') });
  return result.ok ? result.scenario : result.error.message;
}

function move(doc: Y.Doc, id: string, to: 'CIO' | 'CTO' | 'Shared' | 'Unassigned', index?: number): void {
  applyCommandToDoc(
    doc,
    { type: 'responsibility/move', id: responsibilityId(id), to, index },
    { origin: 'test', id: scenarioId('s1'), now: NOW },
  );
}

/** A raw WebSocket that speaks just enough of Hocuspocus's protocol to authenticate. */
async function rawClient(
  url: string,
  authToken: string,
): Promise<{ socket: WebSocket; closed: Promise<number>; heard: (text: string) => Promise<void> }> {
  const socket = new WebSocket(url);
  const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
  let received = '';
  const listeners = new Set<() => void>();
  socket.on('message', (data: Buffer) => {
    received += data.toString('latin1');
    for (const listener of listeners) listener();
  });
  const heard = (text: string) =>
    new Promise<void>((resolve) => {
      const check = () => {
        if (!received.includes(text)) return;
        listeners.delete(check);
        resolve();
      };
      listeners.add(check);
      check();
    });
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  const auth = encoding.createEncoder();
  encoding.writeVarString(auth, PLAN);
  encoding.writeVarUint(auth, 2); // MessageType.Auth
  encoding.writeVarUint(auth, 0); // AuthMessageType.Token
  encoding.writeVarString(auth, authToken);
  const answered = new Promise((resolve) => socket.once('message', resolve));
  socket.send(encoding.toUint8Array(auth));
  await answered;
  return { socket, closed, heard };
}

describe('remit serve', { timeout: 90_000 }, () => {
  it('syncs editors both ways; a view link reads the plan but cannot change it', async () => {
    const served = await server({ dataDir: temporaryFolder() });
    const alice = client(served.url, await token('edit'));
    await alice.ready;
    seedPlanDoc(alice.doc, base, 'seed');
    const bob = client(served.url, await token('edit'));
    const viewer = client(served.url, await token('view'));
    await Promise.all([bob.ready, viewer.ready]);
    await until(bob.doc, () => typeof plan(bob.doc) !== 'string');
    move(bob.doc, 'cloud', 'CIO', 0);
    await until(
      alice.doc,
      () =>
        (plan(alice.doc) as Scenario).responsibilities?.find((item) => item.id === 'cloud')?.owner === 'CIO',
    );
    await until(viewer.doc, () => JSON.stringify(plan(viewer.doc)) === JSON.stringify(plan(alice.doc)));
    // The viewer's own change stays on its machine: the server refuses to apply it.
    move(viewer.doc, 'erp', 'CTO');
    const late = client(served.url, await token('edit'));
    await late.ready;
    await until(late.doc, () => JSON.stringify(plan(late.doc)) === JSON.stringify(plan(alice.doc)));
    expect((plan(late.doc) as Scenario).responsibilities.find((item) => item.id === 'erp')?.owner).toBe(
      'CIO',
    );
  });

  it('refuses bad, expired, forged and other-plan tokens, and never logs a token', async () => {
    const served = await server({ dataDir: temporaryFolder() });
    const tokens = [
      'not-a-token',
      await token('edit', PLAN, { now: Date.now() - 3 * 3600_000 }),
      await token('edit', PLAN, { secret: `${TEST_SECRET}-forged` }),
      await token('edit', 'plan-serve-other'),
    ];
    for (const bad of tokens) {
      await expect(client(served.url, bad).ready).rejects.toThrow(/authentication failed/);
    }
    // The server writes its reason as it refuses; the line may reach the pipe a moment later.
    for (let wait = 0; wait < 100 && !/for another plan/.test(served.output()); wait += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const output = served.output();
    expect(output).toMatch(/refused a connection: the token has expired/);
    expect(output).toMatch(/refused a connection: the token is for another plan/);
    for (const bad of tokens) expect(output).not.toContain(bad);
  });

  it('drops a malformed or oversized message without harm to the server or the plan', async () => {
    const served = await server({ dataDir: temporaryFolder(), extra: ['--max-message-bytes', '65536'] });
    const alice = client(served.url, await token('edit'));
    await alice.ready;
    seedPlanDoc(alice.doc, base, 'seed');
    await alice.acknowledged();
    const editToken = await token('edit');

    const garbage = await rawClient(served.url, editToken);
    const update = encoding.createEncoder();
    encoding.writeVarString(update, PLAN);
    encoding.writeVarUint(update, 0); // MessageType.Sync
    encoding.writeVarUint(update, 2); // a Yjs update…
    encoding.writeVarUint8Array(update, Uint8Array.from([200, 1, 255, 255, 255, 7, 3, 9, 9, 9])); // …that is not one
    garbage.socket.send(encoding.toUint8Array(update));
    garbage.socket.send(Uint8Array.from([255, 255, 255, 255]));
    await garbage.closed;

    const oversized = await rawClient(served.url, editToken);
    oversized.socket.send(new Uint8Array(100_000).fill(7));
    expect(await oversized.closed).toBe(1009);

    const bob = client(served.url, editToken);
    await bob.ready;
    await until(bob.doc, () => JSON.stringify(plan(bob.doc)) === JSON.stringify(plan(alice.doc)));
    expect(typeof plan(bob.doc)).not.toBe('string');
    expect(served.child.exitCode).toBeNull();
  });

  it('a well-formed update that breaks the plan reaches clients, which refuse it by validation', async () => {
    const served = await server({ dataDir: temporaryFolder() });
    const alice = client(served.url, await token('edit'));
    await alice.ready;
    seedPlanDoc(alice.doc, base, 'seed');
    const mallory = client(served.url, await token('edit'));
    await mallory.ready;
    await until(mallory.doc, () => typeof plan(mallory.doc) !== 'string');
    planParts(mallory.doc).cards.set('evil', 'not a card');
    await until(alice.doc, () => typeof plan(alice.doc) === 'string');
    expect(plan(alice.doc)).toMatch(/not a card/);
  });

  it('killed mid-session and restarted: nothing acknowledged is lost, and offline edits merge on reconnect', async () => {
    const dataDir = temporaryFolder();
    const first = await server({ dataDir });
    const alice = client(first.url, await token('edit'));
    await alice.ready;
    seedPlanDoc(alice.doc, base, 'seed');
    const lanes = ['CTO', 'Shared', 'Unassigned', 'CIO'] as const;
    const ids = ['help desk', 'erp', 'cloud', 'security', 'data'];
    for (let step = 0; step < 40; step += 1) move(alice.doc, ids[step % 5]!, lanes[step % 4]!, 0);
    await alice.acknowledged();
    const acknowledged = JSON.stringify(plan(alice.doc));
    // Well inside the store's 2 s debounce, so only the update log has these changes; and the
    // only client that holds them leaves, so nobody can hand them back to the new server.
    first.child.kill('SIGKILL');
    await first.exited;
    alice.close();

    const second = await server({ dataDir, port: first.port });
    const bob = client(second.url, await token('edit'));
    await bob.ready;
    expect(JSON.stringify(plan(bob.doc))).toBe(acknowledged);

    // Bob edits while the server is down; his provider reconnects and the edit merges.
    second.child.kill('SIGKILL');
    await second.exited;
    move(bob.doc, 'data', 'CTO', 0);
    const third = await server({ dataDir, port: first.port });
    const carol = client(third.url, await token('edit'));
    await carol.ready;
    await until(carol.doc, () => JSON.stringify(plan(carol.doc)) === JSON.stringify(plan(bob.doc)), 20_000);
    expect((plan(carol.doc) as Scenario).responsibilities.find((item) => item.id === 'data')?.owner).toBe(
      'CTO',
    );
  });
});

describe('remit serve limits and web app', { timeout: 90_000 }, () => {
  it('closes the plan for a connection that floods messages, and only for it', async () => {
    const served = await server({ dataDir: temporaryFolder(), extra: ['--rate', '5'] });
    const alice = client(served.url, await token('edit'));
    await alice.ready;
    seedPlanDoc(alice.doc, base, 'seed');
    await alice.acknowledged();
    const flood = await rawClient(served.url, await token('edit'));
    const awareness = encoding.createEncoder();
    encoding.writeVarString(awareness, PLAN);
    encoding.writeVarUint(awareness, 3); // MessageType.QueryAwareness: harmless on its own
    for (let message = 0; message < 200; message += 1) flood.socket.send(encoding.toUint8Array(awareness));
    // Hocuspocus closes that connection's plan with a close message carrying the reason.
    await flood.heard('Too many messages');
    move(alice.doc, 'erp', 'CTO');
    await alice.acknowledged();
    expect(served.child.exitCode).toBeNull();
  });

  it('serves the built web app with its CSP, and nothing outside it', async () => {
    const web = temporaryFolder('remit-web-');
    const { writeFileSync, mkdirSync } = await import('node:fs');
    writeFileSync(
      `${web}/index.html`,
      '<meta http-equiv="Content-Security-Policy" content="default-src &#39;self&#39;"><p>Remit</p>',
    );
    mkdirSync(`${web}/assets`);
    writeFileSync(`${web}/assets/app.js`, 'export {};');
    const served = await server({ dataDir: temporaryFolder(), extra: ['--web', web] });
    const base = `http://127.0.0.1:${served.port}`;
    const join = await fetch(`${base}/join`);
    expect(join.status).toBe(200);
    expect(join.headers.get('content-security-policy')).toBe("default-src 'self'");
    expect(await join.text()).toContain('Remit');
    const script = await fetch(`${base}/assets/app.js`);
    expect(script.headers.get('content-type')).toMatch(/javascript/);
    const { get } = await import('node:http');
    const escape = await new Promise<string>((resolve, reject) => {
      get({ host: '127.0.0.1', port: served.port, path: '/../../../../etc/passwd' }, (response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => (body += chunk.toString()));
        response.on('end', () => resolve(body));
      }).once('error', reject);
    });
    expect(escape).not.toMatch(/root:/);
    expect((await fetch(`${base}/`, { method: 'POST' })).status).toBe(405);
  });
});
