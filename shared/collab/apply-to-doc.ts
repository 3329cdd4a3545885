import * as Y from 'yjs';
import { applyCommand, CommandError, type Command } from '../commands/index.js';
import type { Responsibility, Scenario, ScenarioId } from '../model/index.js';
import { laneKeys, materialisePlan, placedCards } from './materialise.js';
import { planParts } from './plan-doc.js';
import { keyForIndex, keysInOrder } from './position.js';

/** What applying a command to a shared plan needs from outside. */
export interface DocCommandOptions {
  /** Tags the transaction, so an undo manager scoped to it undoes only this client's changes. */
  readonly origin: unknown;
  /** The plan's id in the local library. */
  readonly id: ScenarioId;
  /** ISO 8601 time of the change (the plan's `updatedAt`). */
  readonly now: string;
  /**
   * The plan as last materialised from this document, when the caller keeps it (a store does,
   * to render it): saves materialising again. Absent: the document is materialised first.
   */
  readonly current?: Scenario | undefined;
}

/** What a command did to a shared plan. */
export interface DocCommandResult {
  /** The same words as the command's patch label ("Move “Service desk” to CTO"). */
  readonly label: string;
  /**
   * The plan as the command leaves it, by the pure `applyCommand`: each lane's order is what the
   * document now gives; where lanes sit relative to each other in the array may differ.
   */
  readonly scenario: Scenario;
}

function assertNever(value: never): never {
  throw new CommandError(`Unknown command: ${JSON.stringify(value)}`);
}

function setOptional(map: Y.Map<unknown>, key: string, value: string | undefined): void {
  if (value === undefined) map.delete(key);
  else map.set(key, value);
}

/**
 * Applies one command to a plan's Y.Doc as ONE Yjs transaction tagged with `options.origin`.
 * The command is first checked against the materialised plan with the pure `applyCommand`, so
 * it fails and no-ops exactly as on a local plan: throws {@link CommandError} for an unknown id,
 * an empty title or a document that does not validate; returns null when nothing changes.
 * Only the fields the command changes are written (a move sets one card's owner, lead and
 * position key), so concurrent edits of other fields or other cards merge untouched.
 */
export function applyCommandToDoc(
  doc: Y.Doc,
  command: Command,
  options: DocCommandOptions,
): DocCommandResult | null {
  let scenario = options.current;
  if (!scenario) {
    const current = materialisePlan(doc, options);
    if (!current.ok) throw new CommandError(`The shared plan cannot change: ${current.error.message}`);
    scenario = current.scenario;
  }
  const result = applyCommand(scenario, command);
  if (!result) return null;
  const placed = placedCards(doc);
  if (typeof placed === 'string') throw new CommandError(placed);
  const parts = planParts(doc);
  const nextItem = (id: string): Responsibility => {
    const item = result.scenario.responsibilities.find((candidate) => candidate.id === id);
    if (!item) throw new CommandError(`No responsibility with id ${id}`);
    return item;
  };
  const cardMap = (id: string): Y.Map<unknown> => {
    const card = placed.find((candidate) => candidate.id === id);
    if (!card) throw new CommandError(`No responsibility with id ${id}`);
    return card.map;
  };
  doc.transact(() => {
    switch (command.type) {
      case 'responsibility/add': {
        const item = nextItem(command.id);
        const card = new Y.Map<unknown>();
        card.set('title', item.title);
        card.set('owner', item.owner);
        if (item.lead !== undefined) card.set('lead', item.lead);
        if (item.note !== undefined) card.set('note', item.note);
        card.set('position', keyForIndex(laneKeys(placed, item.owner), command.index));
        parts.cards.set(item.id, card);
        break;
      }
      case 'responsibility/move': {
        const item = nextItem(command.id);
        const card = cardMap(command.id);
        card.set('owner', item.owner);
        setOptional(card, 'lead', item.lead);
        card.set('position', keyForIndex(laneKeys(placed, item.owner, item.id), command.index));
        break;
      }
      case 'responsibility/rename':
        cardMap(command.id).set('title', nextItem(command.id).title);
        break;
      case 'responsibility/annotate':
        setOptional(cardMap(command.id), 'note', nextItem(command.id).note);
        break;
      case 'responsibility/set-lead':
        cardMap(command.id).set('lead', command.lead);
        break;
      case 'responsibility/delete':
        parts.cards.delete(command.id);
        break;
      case 'scenario/rename':
        parts.meta.set('name', result.scenario.name);
        break;
      case 'scenario/set-context':
        for (const [key, value] of Object.entries(result.scenario.context)) {
          if (parts.context.get(key) !== value) parts.context.set(key, value);
        }
        break;
      case 'waiver/add': {
        const waiver = result.scenario.waivers.find(
          (candidate) => candidate.findingId === command.waiver.findingId,
        );
        if (waiver) parts.waivers.set(waiver.findingId, { rationale: waiver.rationale, at: waiver.at });
        break;
      }
      case 'waiver/remove':
        parts.waivers.delete(command.findingId);
        break;
      case 'stance/set':
        if (command.role === null) parts.stances.delete(command.topicId);
        else parts.stances.set(command.topicId, command.role);
        break;
      case 'scenario/replace': {
        // A whole-plan replacement (import over the plan, a restored version): every part is
        // written anew, cards in the order of the new content.
        const next = result.scenario;
        parts.meta.set('name', next.name);
        for (const [key, value] of Object.entries(next.context)) {
          if (parts.context.get(key) !== value) parts.context.set(key, value);
        }
        for (const id of [...parts.cards.keys()]) parts.cards.delete(id);
        const positions = keysInOrder(next.responsibilities.length);
        next.responsibilities.forEach((item, index) => {
          const card = new Y.Map<unknown>();
          card.set('title', item.title);
          card.set('owner', item.owner);
          if (item.lead !== undefined) card.set('lead', item.lead);
          if (item.note !== undefined) card.set('note', item.note);
          card.set('position', positions[index]);
          parts.cards.set(item.id, card);
        });
        for (const id of [...parts.waivers.keys()]) parts.waivers.delete(id);
        for (const waiver of next.waivers) parts.waivers.set(waiver.findingId, { rationale: waiver.rationale, at: waiver.at });
        for (const topic of [...parts.stances.keys()]) parts.stances.delete(topic);
        for (const [topic, role] of Object.entries(next.stances)) parts.stances.set(topic, role);
        break;
      }
      default:
        assertNever(command);
    }
    parts.stamp.set('updatedAt', options.now);
  }, options.origin);
  return { label: result.patch.label, scenario: result.scenario };
}
