import * as Y from 'yjs';
import { decodeScenario, type DecodeResult } from '../format/index.js';
import type { Lane, ScenarioId } from '../model/index.js';
import { PLAN_DOC_VERSION, planParts } from './plan-doc.js';
import { comparePositions, isPositionKey } from './position.js';

/** What materialising needs from outside: the plan's local id. */
export interface MaterialiseOptions {
  /** The id the plan has in this library (a document carries no local id). */
  readonly id: ScenarioId;
}

/** One card as read from the document, with its position key. */
export interface PlacedCard {
  readonly id: string;
  readonly owner: unknown;
  readonly position: string;
  readonly map: Y.Map<unknown>;
}

function refuse(message: string): DecodeResult {
  return { ok: false, error: { path: '', message } };
}

/**
 * The cards of a document in board order (position key, then id). Pure read. Returns a
 * message instead when a card is not a map or has no valid position key.
 */
export function placedCards(doc: Y.Doc): PlacedCard[] | string {
  const placed: PlacedCard[] = [];
  for (const [id, value] of planParts(doc).cards.entries()) {
    if (!(value instanceof Y.Map)) return `card ${JSON.stringify(id.slice(0, 80))} is not a card`;
    const map = value as Y.Map<unknown>;
    const position = map.get('position');
    if (!isPositionKey(position)) return `card ${JSON.stringify(id.slice(0, 80))} has no valid position`;
    placed.push({ id, owner: map.get('owner'), position, map });
  }
  return placed.sort(comparePositions);
}

/** The position keys of one lane's cards, in lane order, leaving out `except`. Pure read. */
export function laneKeys(cards: readonly PlacedCard[], lane: Lane, except?: string): string[] {
  return cards.filter((card) => card.owner === lane && card.id !== except).map((card) => card.position);
}

/**
 * Turns a plan's Y.Doc into a scenario, validated by the one scenario codec (shared/format's
 * `decodeScenario`, as strictly as a backup), so whatever arrives from the network passes the
 * same checks as a file from disk. Never throws; deterministic: two documents with the same content give equal
 * scenarios whatever order their updates arrived in. A `lead` on a card outside the Shared
 * lane is left out: concurrent "move out of Shared" and "set lead" edits merge into exactly
 * that, and it is not an error.
 */
export function materialisePlan(doc: Y.Doc, options: MaterialiseOptions): DecodeResult {
  try {
    const parts = planParts(doc);
    const version = parts.meta.get('version');
    if (typeof version === 'number' && version > PLAN_DOC_VERSION) {
      return refuse(
        `the shared plan is layout version ${version}, written by a newer Remit; this one reads version ${PLAN_DOC_VERSION}`,
      );
    }
    if (version !== PLAN_DOC_VERSION) return refuse('the shared document is not a Remit plan');
    const cards = placedCards(doc);
    if (typeof cards === 'string') return refuse(`the shared plan is damaged: ${cards}`);
    const waivers = [...parts.waivers.entries()]
      .map(([findingId, value]) => {
        const fields = value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
        return { findingId, rationale: fields.rationale, at: fields.at };
      })
      .sort((a, b) => {
        const at = String(a.at).localeCompare(String(b.at));
        return at !== 0 ? at : a.findingId < b.findingId ? -1 : 1;
      });
    const stances = Object.fromEntries([...parts.stances.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));
    const plain = {
      id: options.id,
      name: parts.meta.get('name'),
      createdAt: parts.meta.get('createdAt'),
      updatedAt: parts.stamp.get('updatedAt') ?? parts.meta.get('createdAt'),
      context: Object.fromEntries(parts.context.entries()),
      responsibilities: cards.map((card) => {
        const lead = card.owner === 'Shared' ? card.map.get('lead') : undefined;
        const note = card.map.get('note');
        return {
          id: card.id,
          title: card.map.get('title'),
          owner: card.owner,
          ...(lead !== undefined ? { lead } : {}),
          ...(note !== undefined ? { note } : {}),
        };
      }),
      waivers,
      stances,
    };
    // The strictest source: every field required, unknown fields refused, as in a backup.
    return decodeScenario(plain, { source: 'backup' });
  } catch (error) {
    return refuse(
      `the shared plan cannot be read (${error instanceof Error ? error.message : String(error)})`,
    );
  }
}
