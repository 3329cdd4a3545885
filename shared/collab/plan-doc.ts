import * as Y from 'yjs';
import type { Scenario } from '../model/index.js';
import { keysInOrder } from './position.js';

/**
 * The layout version of a plan's Y.Doc. A client refuses a document with a newer version
 * rather than guess at it; an older one is migrated when this number grows.
 */
export const PLAN_DOC_VERSION = 1;

/**
 * The root types of a plan's Y.Doc. Each card is one Y.Map inside `cards`, keyed by its id,
 * holding its title, owner, lead, note and a fractional `position` key: a move sets fields
 * of that one map, so two people moving the same card at once can never duplicate or drop
 * it, and concurrent reorders never lose a card (no element is moved between arrays).
 */
export interface PlanParts {
  /** name, createdAt, version: the plan's identity apart from its local id. */
  readonly meta: Y.Map<unknown>;
  /** companySize, focus, reportingLine, one key each. */
  readonly context: Y.Map<unknown>;
  /** Card id → Y.Map of the card's fields. */
  readonly cards: Y.Map<unknown>;
  /** Finding id → `{ rationale, at }`. */
  readonly waivers: Y.Map<unknown>;
  /** Topic id → the chosen role. */
  readonly stances: Y.Map<unknown>;
  /** updatedAt. Kept out of the undo scope: undoing a change must not wind the clock back. */
  readonly stamp: Y.Map<unknown>;
}

/** The fields of one card's Y.Map. */
export type CardField = 'title' | 'owner' | 'lead' | 'note' | 'position';

/**
 * The root types of `doc`. Throws when a root name is already bound to another Yjs type
 * (only a hostile or foreign document does that); callers that read remote state catch it.
 */
export function planParts(doc: Y.Doc): PlanParts {
  return {
    meta: doc.getMap('meta'),
    context: doc.getMap('context'),
    cards: doc.getMap('cards'),
    waivers: doc.getMap('waivers'),
    stances: doc.getMap('stances'),
    stamp: doc.getMap('stamp'),
  };
}

/** True when nothing was ever written to the plan's document (a room nobody has seeded). */
export function isEmptyPlanDoc(doc: Y.Doc): boolean {
  const parts = planParts(doc);
  return parts.meta.size === 0 && parts.cards.size === 0;
}

/**
 * Writes `scenario` into an empty document, in one transaction with `origin`: the lossless
 * migration of a local plan when it is first shared. Cards get position keys in the order of
 * the scenario's array, so every lane keeps its order. Throws when the document is not empty.
 */
export function seedPlanDoc(doc: Y.Doc, scenario: Scenario, origin: unknown): void {
  if (!isEmptyPlanDoc(doc)) throw new Error('The shared plan already has content');
  const parts = planParts(doc);
  const positions = keysInOrder(scenario.responsibilities.length);
  doc.transact(() => {
    parts.meta.set('version', PLAN_DOC_VERSION);
    parts.meta.set('name', scenario.name);
    parts.meta.set('createdAt', scenario.createdAt);
    parts.stamp.set('updatedAt', scenario.updatedAt);
    for (const [key, value] of Object.entries(scenario.context)) parts.context.set(key, value);
    scenario.responsibilities.forEach((item, index) => {
      const card = new Y.Map<unknown>();
      card.set('title', item.title);
      card.set('owner', item.owner);
      if (item.lead !== undefined) card.set('lead', item.lead);
      if (item.note !== undefined) card.set('note', item.note);
      card.set('position', positions[index]);
      parts.cards.set(item.id, card);
    });
    for (const waiver of scenario.waivers) {
      parts.waivers.set(waiver.findingId, { rationale: waiver.rationale, at: waiver.at });
    }
    for (const [topic, role] of Object.entries(scenario.stances)) parts.stances.set(topic, role);
  }, origin);
}
