import type { HocuspocusProvider } from '@hocuspocus/provider';
import type * as Y from 'yjs';
import type { Command } from '../../shared/commands/index.js';
import {
  applyCommandToDoc,
  createPlanUndoManager,
  isEmptyPlanDoc,
  materialisePlan,
  seedPlanDoc,
  stepPlanHistory,
  syncUrlOf,
  type DocCommandResult,
  type ShareLink,
} from '../../shared/collab/index.js';
import type { DecodeResult } from '../../shared/format/index.js';
import type { Scenario, ScenarioId } from '../../shared/model/index.js';
import type { RemitDatabase, ShareRow } from '../persistence/database.js';
import { loadSharedDoc } from '../persistence/shared-docs.js';

/**
 * How a shared plan is connected. `connecting`: the first connection of this session;
 * `live`: connected and synced (`localChanges` are on their way, not yet acknowledged); `reconnecting`: the
 * connection dropped and is being retried; `offline`: the device is offline (changes are kept
 * locally and merge on reconnect); `refused`: the server refused the link's token.
 */
export type ConnectionStatus =
  | { readonly kind: 'connecting' }
  | { readonly kind: 'live'; readonly localChanges: number }
  | { readonly kind: 'reconnecting'; readonly localChanges: number }
  | { readonly kind: 'offline'; readonly localChanges: number }
  | { readonly kind: 'refused'; readonly reason: string };

/** Another person on the same plan, from their awareness state. */
export interface Peer {
  readonly clientId: number;
  readonly name: string;
  readonly color: string;
  /** The card they have selected (focused), if any. */
  readonly selected: string | null;
  /** The card they are dragging, if any. */
  readonly dragging: string | null;
}

/** What the header, the banner and the board render about a shared plan. Replaced, never mutated. */
export interface SharedPlanState {
  readonly server: string;
  readonly plan: string;
  readonly connection: ConnectionStatus;
  readonly peers: readonly Peer[];
  /** Why the latest remote state was refused (the last good plan is kept), or null. */
  readonly refusal: string | null;
  /** False for a view link: the server ignores changes, so the app does not offer them. */
  readonly canEdit: boolean;
}

/** Who this person is to the others on a plan. */
export interface LocalIdentity {
  readonly name: string;
  readonly color: string;
}

/** How long a share or join waits for the first sync before giving up. */
const FIRST_SYNC_MS = 15_000;

/** A palette of distinguishable presence colours (each readable on light and dark cards). */
export const PRESENCE_COLORS = ['#d43f3a', '#2a7ab0', '#2e8b57', '#b8860b', '#8e44ad', '#c0398b', '#16808a', '#a0522d'] as const;

/** A colour for `seed` from {@link PRESENCE_COLORS}. Pure. */
export function presenceColor(seed: number): string {
  return PRESENCE_COLORS[Math.abs(seed) % PRESENCE_COLORS.length] ?? PRESENCE_COLORS[0];
}

function text(value: unknown, fallback: string, max: number): string {
  return typeof value === 'string' && value.trim() ? value.trim().slice(0, max) : fallback;
}

/**
 * Reads other people's awareness states into peers, defensively (awareness comes from the
 * network: anything that is not the expected shape reads as an anonymous peer). Pure.
 */
export function peersOf(states: ReadonlyMap<number, Record<string, unknown>>, self: number): Peer[] {
  const peers: Peer[] = [];
  for (const [clientId, state] of states) {
    if (clientId === self) continue;
    const user = (state.user ?? {}) as Record<string, unknown>;
    const color = text(user.color, presenceColor(clientId), 16);
    peers.push({
      clientId,
      name: text(user.name, 'Someone', 40),
      color: /^#[0-9a-fA-F]{6}$/.test(color) ? color : presenceColor(clientId),
      selected: typeof state.selected === 'string' ? state.selected.slice(0, 200) : null,
      dragging: typeof state.dragging === 'string' ? state.dragging.slice(0, 200) : null,
    });
  }
  return peers.sort((a, b) => a.clientId - b.clientId);
}

const IDENTITY_KEY = 'remit.collab.identity';

/** The name and colour this person shows to others, as last chosen (remembered by the page). */
export function loadIdentity(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): LocalIdentity {
  let stored: unknown;
  try {
    stored = JSON.parse(storage?.getItem(IDENTITY_KEY) ?? 'null');
  } catch {
    stored = null;
  }
  const fields = (stored ?? {}) as Record<string, unknown>;
  const color = typeof fields.color === 'string' && /^#[0-9a-fA-F]{6}$/.test(fields.color) ? fields.color : presenceColor(Math.floor(Math.random() * 1000));
  return { name: text(fields.name, '', 40), color };
}

/** Remembers the name and colour this person shows to others. */
export function saveIdentity(identity: LocalIdentity, storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage): void {
  try {
    storage?.setItem(IDENTITY_KEY, JSON.stringify({ name: identity.name.trim().slice(0, 40), color: identity.color }));
  } catch {
    // Storage refused (private mode, full): the name lasts for this session only.
  }
}

/** Everything a shared plan needs from outside; tests replace the provider. */
export interface SharedPlanOptions {
  /** This person's name and colour, read when a plan connects. */
  readonly identity: () => LocalIdentity;
  /** Makes the connection to the server (default: a HocuspocusProvider on the link's address). */
  readonly connect?: (link: ShareLink, doc: Y.Doc) => HocuspocusProvider;
  /** The window whose online/offline events drive reconnects (default: the page's). */
  readonly window?: Pick<Window, 'addEventListener' | 'removeEventListener'> & { readonly navigator: { readonly onLine: boolean } };
}

/**
 * The default connection: a HocuspocusProvider to the link's server. The provider's code loads
 * when the first shared plan opens, so a plan that is never shared does not pay for it at start.
 */
async function defaultConnect(): Promise<(link: ShareLink, doc: Y.Doc) => HocuspocusProvider> {
  const { HocuspocusProvider: Provider } = await import('@hocuspocus/provider');
  return (link, doc) => new Provider({ url: syncUrlOf(link.server), name: link.plan, token: link.token, document: doc });
}

/**
 * One shared plan in this window: its Y.Doc (persisted by y-dexie in Remit's database, so
 * changes made offline survive a reload), the connection to its server (Hocuspocus), presence
 * (awareness) and an undo manager that undoes only this window's changes. Commands reach the
 * document through {@link applyCommandToDoc}, one Yjs transaction each, tagged with
 * {@link SharedPlan.origin}.
 */
export class SharedPlan {
  /** The origin of this window's own transactions (what undo is scoped to). */
  readonly origin: { readonly remit: 'local' } = { remit: 'local' };
  private readonly undoManager: Y.UndoManager;
  private readonly provider: HocuspocusProvider;
  private readonly listeners = new Set<() => void>();
  private readonly remoteListeners = new Set<() => void>();
  private state: SharedPlanState;
  private readonly cleanups: (() => void)[] = [];
  private remoteQueued = false;
  private destroyed = false;
  private everSynced = false;

  private constructor(
    readonly id: ScenarioId,
    readonly link: ShareLink,
    readonly doc: Y.Doc,
    options: SharedPlanOptions & { readonly connect: NonNullable<SharedPlanOptions['connect']> },
  ) {
    this.undoManager = createPlanUndoManager(doc, this.origin);
    this.state = { server: link.server, plan: link.plan, connection: { kind: 'connecting' }, peers: [], refusal: null, canEdit: true };
    const onUpdate = (_update: Uint8Array, origin: unknown) => {
      if (origin === this.origin || origin === this.undoManager) return;
      this.queueRemote();
    };
    doc.on('update', onUpdate);
    this.cleanups.push(() => doc.off('update', onUpdate));
    this.provider = options.connect(link, doc);
    const provider = this.provider;
    const awareness = provider.awareness;
    const identity = options.identity();
    awareness?.setLocalStateField('user', { name: identity.name || 'Someone', color: identity.color });
    const onAwareness = () => {
      const states = awareness?.getStates() as ReadonlyMap<number, Record<string, unknown>> | undefined;
      this.set({ peers: states ? peersOf(states, doc.clientID) : [] });
    };
    awareness?.on('change', onAwareness);
    this.cleanups.push(() => awareness?.off('change', onAwareness));
    const refresh = () => this.refreshConnection();
    provider.on('status', refresh);
    provider.on('synced', () => {
      this.everSynced = true;
      refresh();
    });
    provider.on('unsyncedChanges', refresh);
    provider.on('authenticated', ({ scope }: { scope: string }) => this.set({ canEdit: scope !== 'readonly' }));
    provider.on('authenticationFailed', ({ reason }: { reason: string }) =>
      this.set({ connection: { kind: 'refused', reason: reason || 'the link was refused' } }),
    );
    // A browser that loses its network often keeps a dead socket open for a long time: go
    // offline at once (changes are kept locally) and reconnect as soon as it is back.
    const win = options.window ?? (typeof window === 'undefined' ? undefined : window);
    if (win) {
      const offline = () => {
        provider.disconnect();
        refresh();
      };
      const online = () => {
        void provider.connect();
        refresh();
      };
      win.addEventListener('offline', offline);
      win.addEventListener('online', online);
      this.cleanups.push(() => {
        win.removeEventListener('offline', offline);
        win.removeEventListener('online', online);
      });
      this.isOffline = () => !win.navigator.onLine;
    }
  }

  private isOffline: () => boolean = () => false;

  /**
   * Opens the shared plan stored in `row`: loads its document from the database (local
   * changes included), then connects. Does not wait for the server.
   */
  static async open(row: ShareRow, options: SharedPlanOptions): Promise<SharedPlan> {
    const doc = row.doc;
    const connect = options.connect ?? (await defaultConnect());
    const release = await loadSharedDoc(doc);
    const link: ShareLink = { server: row.server, plan: row.plan, token: row.token };
    const shared = new SharedPlan(row.id as ScenarioId, link, doc, { ...options, connect });
    shared.cleanups.push(release);
    return shared;
  }

  /** Current state; stable between changes (for `useSyncExternalStore`). */
  readonly getState = (): SharedPlanState => this.state;

  /** Subscribes to state changes; returns the unsubscribe. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Calls `listener` (once per task at most) after changes that did not come from this window. */
  onRemoteChange(listener: () => void): () => void {
    this.remoteListeners.add(listener);
    return () => this.remoteListeners.delete(listener);
  }

  /** The document as a validated plan (never throws). */
  materialise(): DecodeResult {
    return materialisePlan(this.doc, { id: this.id });
  }

  /** Applies a command as one transaction of this window (see {@link applyCommandToDoc}). */
  apply(command: Command, current: Scenario, now: string): DocCommandResult | null {
    return applyCommandToDoc(this.doc, command, { origin: this.origin, id: this.id, now, current });
  }

  /** Undoes (or redoes) this window's newest change; false when there is none. */
  step(direction: 'undo' | 'redo', now: string): boolean {
    return stepPlanHistory(this.undoManager, direction, now);
  }

  /** How many of this window's changes can be undone / redone. */
  historyDepth(): { readonly undo: number; readonly redo: number } {
    return { undo: this.undoManager.undoStack.length, redo: this.undoManager.redoStack.length };
  }

  /** Shows this person under a new name or colour. */
  setIdentity(identity: LocalIdentity): void {
    if (!this.destroyed) this.provider.awareness?.setLocalStateField('user', { name: identity.name || 'Someone', color: identity.color });
  }

  /** Says which card this person has selected and which one they drag (presence). */
  setPresence(field: 'selected' | 'dragging', cardId: string | null): void {
    const awareness = this.provider.awareness;
    if (!awareness || this.destroyed) return;
    const current: unknown = awareness.getLocalState()?.[field] ?? null;
    if (current !== cardId) awareness.setLocalStateField(field, cardId);
  }

  /** Resolves on the first sync with the server; rejects when the token is refused or it takes too long. */
  firstSync(timeout = FIRST_SYNC_MS): Promise<void> {
    if (this.everSynced) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        stop();
        reject(new Error(`The server at ${this.link.server} did not answer. Check the address and that remit serve is running.`));
      }, timeout);
      const check = () => {
        const connection = this.state.connection;
        if (this.everSynced) {
          stop();
          resolve();
        } else if (connection.kind === 'refused') {
          stop();
          reject(new Error(`The server refused this link (${connection.reason}). Ask for a new share link.`));
        }
      };
      const unsubscribe = this.subscribe(check);
      const stop = () => {
        clearTimeout(timer);
        unsubscribe();
      };
      check();
    });
  }

  /** Writes `scenario` into the (empty) document: the first share of a local plan. Not undoable. */
  seed(scenario: Scenario): void {
    seedPlanDoc(this.doc, scenario, 'seed');
  }

  /** True when nobody has written the plan yet. */
  isEmpty(): boolean {
    return isEmptyPlanDoc(this.doc);
  }

  /** Records why a remote state was refused (null: the latest state is good again). */
  setRefusal(refusal: string | null): void {
    if (refusal !== this.state.refusal) this.set({ refusal });
  }

  /** Disconnects and releases the document (its stored updates stay unless the row is deleted). */
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.undoManager.destroy();
    this.provider.destroy();
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    this.listeners.clear();
    this.remoteListeners.clear();
  }

  private queueRemote(): void {
    if (this.remoteQueued) return;
    this.remoteQueued = true;
    queueMicrotask(() => {
      this.remoteQueued = false;
      if (this.destroyed) return;
      for (const listener of this.remoteListeners) listener();
    });
  }

  private refreshConnection(): void {
    if (this.destroyed || this.state.connection.kind === 'refused') return;
    const provider = this.provider;
    const localChanges = provider.unsyncedChanges;
    const status = provider.configuration.websocketProvider.status as string;
    let connection: ConnectionStatus;
    if (this.isOffline()) connection = { kind: 'offline', localChanges };
    else if (status === 'connected' && provider.synced) connection = { kind: 'live', localChanges };
    else if (!this.everSynced) connection = { kind: 'connecting' };
    else connection = { kind: 'reconnecting', localChanges };
    const before = this.state.connection;
    if (
      before.kind !== connection.kind ||
      ('localChanges' in before && 'localChanges' in connection && before.localChanges !== connection.localChanges)
    ) {
      this.set({ connection });
    }
  }

  private set(patch: Partial<SharedPlanState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }
}

/** Rows of shared plans: which local scenarios are connected to which server and plan. */
export class SharedPlans {
  private identity: LocalIdentity;
  private readonly options: SharedPlanOptions;

  constructor(
    private readonly database: RemitDatabase,
    options: Omit<SharedPlanOptions, 'identity'> & { readonly identity?: LocalIdentity } = {},
  ) {
    this.identity = options.identity ?? loadIdentity();
    this.options = { ...options, identity: () => this.identity };
  }

  /** The name and colour this person shows to others. */
  getIdentity(): LocalIdentity {
    return this.identity;
  }

  /** Changes (and remembers) the name and colour this person shows to others. */
  setIdentity(identity: LocalIdentity): void {
    this.identity = identity;
    saveIdentity(identity);
  }

  /** The share row of a local scenario, or undefined for a plan that is not shared. */
  async rowOf(id: ScenarioId): Promise<ShareRow | undefined> {
    return this.database.shares.get(id);
  }

  /** The local scenario already connected to `link`'s plan on its server, if any. */
  async findByLink(link: ShareLink): Promise<ScenarioId | undefined> {
    const rows = await this.database.shares.toArray();
    return rows.find((row) => row.server === link.server && row.plan === link.plan)?.id as ScenarioId | undefined;
  }

  /** Opens the shared plan of `id`, or resolves with null when it is not shared. */
  async open(id: ScenarioId): Promise<SharedPlan | null> {
    const row = await this.rowOf(id);
    return row ? SharedPlan.open(row, this.options) : null;
  }

  /**
   * Connects local scenario `scenario` to `link`: records the share, waits for the first sync
   * and writes the plan into the server's document when it is empty. Refuses (and forgets the
   * share) when the server refuses the link, does not answer, or already holds a plan there.
   */
  async share(scenario: Scenario, link: ShareLink, sharedAt: string): Promise<SharedPlan> {
    const shared = await this.connect(scenario.id, link, sharedAt);
    try {
      await shared.firstSync();
      if (!shared.isEmpty()) {
        throw new Error('That link’s plan already has content on the server. Use Join… to open it, or ask for a link to a new plan.');
      }
      shared.seed(scenario);
      return shared;
    } catch (error) {
      await this.forget(shared);
      throw error;
    }
  }

  /**
   * Joins `link`'s plan as new local scenario `id`: records the share, waits for the first
   * sync and reads the plan. Refuses (and forgets the share) when the server refuses the link,
   * does not answer, nobody has shared a plan there yet, or the plan does not validate.
   */
  async join(id: ScenarioId, link: ShareLink, sharedAt: string): Promise<{ shared: SharedPlan; scenario: Scenario }> {
    const shared = await this.connect(id, link, sharedAt);
    try {
      await shared.firstSync();
      if (shared.isEmpty()) throw new Error('Nobody has shared a plan on this link yet. Ask its owner to share the plan first.');
      const read = shared.materialise();
      if (!read.ok) throw new Error(`The shared plan cannot be opened: ${read.error.message}`);
      return { shared, scenario: read.scenario };
    } catch (error) {
      await this.forget(shared);
      throw error;
    }
  }

  /** Disconnects and deletes the share row with its document; the scenario row stays. */
  async forget(shared: SharedPlan): Promise<void> {
    shared.destroy();
    await this.database.shares.delete(shared.id);
  }

  private async connect(id: ScenarioId, link: ShareLink, sharedAt: string): Promise<SharedPlan> {
    const fields: Omit<ShareRow, 'doc'> = { id, server: link.server, plan: link.plan, token: link.token, sharedAt };
    // y-dexie gives the row its document (an empty one, until it is written to).
    await this.database.shares.put(fields);
    const row = await this.database.shares.get(id);
    if (!row) throw new Error('The shared plan could not be stored.');
    return SharedPlan.open(row, this.options);
  }
}
