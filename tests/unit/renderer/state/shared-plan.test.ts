import 'fake-indexeddb/auto';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type * as Y from 'yjs';
import { mintToken } from '../../../../electron/server/tokens.js';
import { RemitDatabase } from '../../../../renderer/persistence/database.js';
import { ScenarioRepository } from '../../../../renderer/persistence/repository.js';
import { LibrarySession, type SessionClock } from '../../../../renderer/state/library-session.js';
import { peersOf, SharedPlans } from '../../../../renderer/state/shared-plan.js';
import { planParts, syncUrlOf, type ShareLink } from '../../../../shared/collab/index.js';
import { responsibilityId, type Scenario } from '../../../../shared/model/index.js';
import {
  connectClient,
  spawnServer,
  temporaryFolder,
  TEST_SECRET,
  until,
  type ServerProcess,
  type SyncClient,
} from '../../../support/remit-server.js';
import { lanesOf, scenarioOf } from '../../shared/commands/fixtures.js';

// The state module of a shared plan with real parts: a real `remit serve` on loopback, real
// Hocuspocus providers (Node's ws), IndexedDB from fake-indexeddb with Remit's own schema.
let server: ServerProcess;
const sockets: HocuspocusProviderWebsocket[] = [];
const clients: SyncClient[] = [];
const sessions: LibrarySession[] = [];

beforeAll(async () => {
  server = await spawnServer({ dataDir: temporaryFolder() });
}, 60_000);
afterAll(async () => {
  await server.stop();
});
afterEach(() => {
  for (const session of sessions.splice(0)) session.dispose();
  for (const client of clients.splice(0)) client.close();
  for (const socket of sockets.splice(0)) {
    // ws (unlike a browser's WebSocket) reports closing a socket that is still connecting as an
    // 'error' event after the provider removed its listeners (see tests/support/remit-server.ts).
    (socket.webSocket as unknown as WebSocket | null)?.on('error', () => undefined);
    socket.destroy();
  }
});

function connect(link: ShareLink, doc: Y.Doc): HocuspocusProvider {
  const socket = new HocuspocusProviderWebsocket({ url: syncUrlOf(link.server), WebSocketPolyfill: WebSocket, delay: 100, minDelay: 100, maxDelay: 500, factor: 1.5 });
  sockets.push(socket);
  const provider = new HocuspocusProvider({ websocketProvider: socket, name: link.plan, token: link.token, document: doc });
  provider.attach();
  return provider;
}

let plans = 0;
async function newLink(permission: 'edit' | 'view' = 'edit'): Promise<ShareLink> {
  plans += 1;
  const plan = `plan-state-${String(plans).padStart(4, '0')}-${Math.random().toString(36).slice(2, 8)}`;
  return { server: `http://127.0.0.1:${server.port}`, plan, token: await mintToken({ secret: TEST_SECRET, plan, permission, hours: 1 }) };
}

let ids = 0;
const clock: SessionClock = { newId: () => `id-${String((ids += 1))}`, now: () => new Date().toISOString() };

const base: Scenario = scenarioOf([
  ['Help desk', 'CIO'],
  ['ERP', 'CIO'],
  ['Cloud', 'CTO'],
  ['Data', 'Unassigned'],
]);

/** A window: a session on its own database, its plan shared or joined through `link`. */
async function window(name: string, first: Scenario = base) {
  const database = new RemitDatabase(`shared-plan-${name}-${Math.random()}`);
  const repository = new ScenarioRepository(database);
  const sharing = new SharedPlans(database, { connect, identity: { name, color: '#2a7ab0' } });
  const session = await LibrarySession.open(repository, clock, () => first, sharing);
  sessions.push(session);
  return { database, repository, session, store: () => session.getState().store };
}

const owner = (scenario: Scenario | null | undefined, title: string) =>
  scenario?.responsibilities.find((item) => item.title === title)?.owner;

describe('a shared plan in the store', () => {
  it('sharing writes the plan into the server’s document; commands go to it and the local copy follows', async () => {
    const link = await newLink();
    const ana = await window('ana');
    await ana.session.shareOpen(link);
    const store = ana.store();
    expect(store.getShared()).not.toBeNull();

    const other = connectClient(server.url, link.plan, link.token);
    clients.push(other);
    await other.ready;
    await until(other.doc, () => planParts(other.doc).cards.size === 4);

    expect(store.dispatch({ type: 'responsibility/move', id: responsibilityId('help desk'), to: 'CTO' })).toBe(true);
    await until(other.doc, () => (planParts(other.doc).cards.get('help desk') as Y.Map<unknown> | undefined)?.get('owner') === 'CTO');
    await store.flush();
    expect(owner(await ana.repository.load(base.id), 'Help desk')).toBe('CTO');
    expect(store.getState().history.past.at(-1)?.label).toMatch(/Help desk/);
  }, 60_000);

  it('undo takes back only this window’s change; another person’s stays', async () => {
    const link = await newLink();
    const ana = await window('ana');
    await ana.session.shareOpen(link);
    const ben = await window('ben', scenarioOf([['Unrelated', 'CIO']]));
    await ben.session.join(link);
    expect(lanesOf(ben.store().getState().scenario)).toEqual(lanesOf(ana.store().getState().scenario));

    ana.store().dispatch({ type: 'responsibility/move', id: responsibilityId('help desk'), to: 'CTO' });
    await expect.poll(() => owner(ben.store().getState().scenario, 'Help desk'), { timeout: 15_000 }).toBe('CTO');
    ben.store().dispatch({ type: 'responsibility/move', id: responsibilityId('data'), to: 'CIO' });
    await expect.poll(() => owner(ana.store().getState().scenario, 'Data'), { timeout: 15_000 }).toBe('CIO');

    expect(ana.store().undo()).toBe(true);
    expect(owner(ana.store().getState().scenario, 'Help desk')).toBe('CIO');
    expect(owner(ana.store().getState().scenario, 'Data')).toBe('CIO');
    await expect.poll(() => owner(ben.store().getState().scenario, 'Help desk'), { timeout: 15_000 }).toBe('CIO');
    expect(owner(ben.store().getState().scenario, 'Data')).toBe('CIO');
    expect(ana.store().getState().lastAction).toMatch(/^Undid: /);
    // Nothing more of Ana's to undo: Ben's move is not hers.
    expect(ana.store().undo()).toBe(false);
  }, 60_000);

  it('a remote state that does not validate is refused: the last good plan stays, with the reason', async () => {
    const link = await newLink();
    const ana = await window('ana');
    await ana.session.shareOpen(link);
    const shared = ana.store().getShared()!;
    const rogue = connectClient(server.url, link.plan, link.token);
    clients.push(rogue);
    await rogue.ready;
    await until(rogue.doc, () => planParts(rogue.doc).cards.size === 4);
    rogue.doc.transact(() => (planParts(rogue.doc).cards.get('cloud') as Y.Map<unknown>).set('owner', 'Nobody'));
    await expect.poll(() => shared.getState().refusal, { timeout: 15_000 }).toMatch(/owner|Nobody|lane/i);
    expect(owner(ana.store().getState().scenario, 'Cloud')).toBe('CTO');
    // A later repair is shown again.
    rogue.doc.transact(() => (planParts(rogue.doc).cards.get('cloud') as Y.Map<unknown>).set('owner', 'CIO'));
    await expect.poll(() => owner(ana.store().getState().scenario, 'Cloud'), { timeout: 15_000 }).toBe('CIO');
    expect(shared.getState().refusal).toBeNull();
  }, 60_000);

  it('stop sharing keeps the plan as a local one, with everything it showed', async () => {
    const link = await newLink();
    const ana = await window('ana');
    await ana.session.shareOpen(link);
    ana.store().dispatch({ type: 'responsibility/rename', id: responsibilityId('erp'), title: 'ERP and CRM' });
    await ana.session.stopSharing();
    expect(ana.store().getShared()).toBeNull();
    expect(await ana.database.shares.count()).toBe(0);
    const stored = await ana.repository.load(base.id);
    expect(stored?.responsibilities.map((item) => item.title)).toEqual(['Help desk', 'ERP and CRM', 'Cloud', 'Data']);
    // Local again: a command takes the local path and undo is the local history.
    expect(ana.store().dispatch({ type: 'responsibility/move', id: responsibilityId('data'), to: 'CTO' })).toBe(true);
    expect(ana.store().undo()).toBe(true);
  }, 60_000);

  it('a shared plan reopens from the database with its document (changes made here are kept)', async () => {
    const link = await newLink();
    const name = `reopen-${Math.random()}`;
    const first = new RemitDatabase(name);
    const sharing = new SharedPlans(first, { connect, identity: { name: 'Ana', color: '#2a7ab0' } });
    const session = await LibrarySession.open(new ScenarioRepository(first), clock, () => base, sharing);
    await session.shareOpen(link);
    session.getState().store.dispatch({ type: 'responsibility/move', id: responsibilityId('cloud'), to: 'Unassigned' });
    await session.getState().store.flush();
    session.dispose();
    first.close();

    const again = new RemitDatabase(name);
    const reopened = await LibrarySession.open(new ScenarioRepository(again), clock, () => base, new SharedPlans(again, { connect, identity: { name: 'Ana', color: '#2a7ab0' } }));
    sessions.push(reopened);
    expect(reopened.getState().store.getShared()).not.toBeNull();
    expect(owner(reopened.getState().store.getState().scenario, 'Cloud')).toBe('Unassigned');
  }, 60_000);

  it('a view link shows the plan live and offers no change (the server would ignore it)', async () => {
    const link = await newLink();
    const ana = await window('ana');
    await ana.session.shareOpen(link);
    const viewer = await window('vic');
    const viewLink = { ...link, token: await mintToken({ secret: TEST_SECRET, plan: link.plan, permission: 'view', hours: 1 }) };
    await viewer.session.join(viewLink);
    expect(viewer.store().getShared()?.getState().canEdit).toBe(false);
    expect(viewer.store().dispatch({ type: 'responsibility/move', id: responsibilityId('erp'), to: 'CTO' })).toBe(false);
    expect(owner(viewer.store().getState().scenario, 'ERP')).toBe('CIO');
    ana.store().dispatch({ type: 'responsibility/move', id: responsibilityId('cloud'), to: 'CIO' });
    await expect.poll(() => owner(viewer.store().getState().scenario, 'Cloud'), { timeout: 15_000 }).toBe('CIO');
  }, 60_000);

  it('a forged token is refused and nothing is kept of the attempt', async () => {
    const link = await newLink();
    const ana = await window('ana');
    await expect(ana.session.join({ ...link, token: `${link.token.slice(0, -4)}AAAA` })).rejects.toThrow(/refused/);
    expect(await ana.database.shares.count()).toBe(0);
    expect((await ana.repository.list()).map((scenario) => scenario.id)).toEqual([base.id]);
  }, 60_000);
});

describe('presence from awareness', () => {
  it('reads other people defensively (awareness comes from the network)', () => {
    const states = new Map<number, Record<string, unknown>>([
      [1, { user: { name: 'Me', color: '#000000' } }],
      [7, { user: { name: 'Ben', color: '#2e8b57' }, selected: 'cloud', dragging: null }],
      [3, { user: { name: 42, color: 'red; background: url(x)' }, selected: { evil: true } }],
    ]);
    const peers = peersOf(states, 1);
    expect(peers.map((peer) => peer.clientId)).toEqual([3, 7]);
    expect(peers[1]).toEqual({ clientId: 7, name: 'Ben', color: '#2e8b57', selected: 'cloud', dragging: null });
    expect(peers[0]?.name).toBe('Someone');
    expect(peers[0]?.color).toMatch(/^#[0-9a-f]{6}$/i);
    expect(peers[0]?.selected).toBeNull();
  });
});
