import * as Y from 'yjs';
import { applyCommandToDoc, materialisePlan, seedPlanDoc } from '../../../../shared/collab/index.js';
import type { Command } from '../../../../shared/commands/index.js';
import { scenarioId, type Scenario } from '../../../../shared/model/index.js';

/** The clock every test uses; the value is irrelevant, only that all clients agree. */
export const NOW = '2026-04-01T12:00:00.000Z';

/** One simulated client: its document and the origin its commands are tagged with. */
export interface Client {
  readonly doc: Y.Doc;
  readonly origin: { readonly client: string };
}

/** `count` clients that all start from `scenario` (the first seeds, the others sync from it). */
export function clientsOf(scenario: Scenario, count: number): Client[] {
  const first = new Y.Doc();
  seedPlanDoc(first, scenario, 'seed');
  const state = Y.encodeStateAsUpdate(first);
  return Array.from({ length: count }, (_, index) => {
    const doc = index === 0 ? first : new Y.Doc();
    if (index > 0) Y.applyUpdate(doc, state);
    return { doc, origin: { client: `client-${index}` } };
  });
}

/** Exchanges everything both documents lack, as two providers would after reconnecting. */
export function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

/** Syncs every pair of clients. */
export function syncAll(clients: readonly Client[]): void {
  for (const a of clients) for (const b of clients) if (a !== b) sync(a.doc, b.doc);
}

/** The validated scenario of a client's document; throws with the parser's message if invalid. */
export function read(client: Client | Y.Doc, id = 's1'): Scenario {
  const doc = client instanceof Y.Doc ? client : client.doc;
  const result = materialisePlan(doc, { id: scenarioId(id) });
  if (!result.ok) throw new Error(result.error.message);
  return result.scenario;
}

/** Runs `command` on a client's document as that client. */
export function run(client: Client, command: Command): void {
  applyCommandToDoc(client.doc, command, { origin: client.origin, id: scenarioId('s1'), now: NOW });
}
