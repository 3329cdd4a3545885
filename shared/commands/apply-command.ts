import type { Lane, Responsibility, Scenario } from '../model/index.js';
import type { Command } from './commands.js';
import type { Patch, ScenarioBody } from './patch.js';

/** Thrown by {@link applyCommand} when a command cannot apply (unknown id, empty title). */
export class CommandError extends Error {
  override readonly name = 'CommandError';
}

/** Result of applying a command: the new scenario and the reversible patch; null when a no-op. */
export interface CommandResult {
  readonly scenario: Scenario;
  readonly patch: Patch;
}

function assertNever(value: never): never {
  throw new CommandError(`Unknown command: ${JSON.stringify(value)}`);
}

function quote(text: string): string {
  return `“${text}”`;
}

function find(scenario: Scenario, id: string): Responsibility {
  const item = scenario.responsibilities.find((candidate) => candidate.id === id);
  if (!item) throw new CommandError(`No responsibility with id ${id}`);
  return item;
}

function cleanTitle(title: string): string {
  const clean = title.replace(/\s+/g, ' ').trim();
  if (!clean) throw new CommandError('A responsibility needs a title');
  return clean;
}

/**
 * Inserts `item` so that it is at `index` among the items of its lane (the end when absent
 * or out of range). Pure.
 */
export function insertInLane(
  items: readonly Responsibility[],
  item: Responsibility,
  index: number | undefined,
): Responsibility[] {
  const result = items.slice();
  const lane: Lane = item.owner;
  let seen = 0;
  if (index !== undefined && index >= 0) {
    for (let position = 0; position < result.length; position += 1) {
      if (result[position]?.owner !== lane) continue;
      if (seen === index) {
        result.splice(position, 0, item);
        return result;
      }
      seen += 1;
    }
  }
  // After the last card of the lane keeps lanes' relative order tidy in the array.
  let last = -1;
  result.forEach((candidate, position) => {
    if (candidate.owner === lane) last = position;
  });
  result.splice(last === -1 ? result.length : last + 1, 0, item);
  return result;
}

function change(
  scenario: Scenario,
  label: string,
  to: Partial<ScenarioBody>,
): CommandResult {
  const from: Partial<Record<keyof ScenarioBody, unknown>> = {};
  for (const key of Object.keys(to) as (keyof ScenarioBody)[]) from[key] = scenario[key];
  return {
    scenario: { ...scenario, ...to },
    patch: { label, from: from as Partial<ScenarioBody>, to },
  };
}

function replaceItem(scenario: Scenario, next: Responsibility): Responsibility[] {
  return scenario.responsibilities.map((item) => (item.id === next.id ? next : item));
}

/**
 * Applies one command to a scenario. Pure: returns the new scenario and the patch that
 * describes the change (the unit of undo; the renderer's store then writes the scenario's
 * whole row once). Returns null when the command changes nothing. Throws {@link CommandError} for an unknown id or an empty title.
 */
export function applyCommand(scenario: Scenario, command: Command): CommandResult | null {
  switch (command.type) {
    case 'responsibility/add': {
      if (scenario.responsibilities.some((item) => item.id === command.id)) {
        throw new CommandError(`Duplicate responsibility id ${command.id}`);
      }
      const item: Responsibility = {
        id: command.id,
        title: cleanTitle(command.title),
        owner: command.owner,
        ...(command.owner === 'Shared' ? { lead: command.lead ?? 'CIO' } : {}),
        ...(command.note ? { note: command.note } : {}),
      };
      return change(scenario, `Add ${quote(item.title)}`, {
        responsibilities: insertInLane(scenario.responsibilities, item, command.index),
      });
    }
    case 'responsibility/move': {
      const current = find(scenario, command.id);
      const lead = command.to === 'Shared' ? (command.lead ?? current.lead ?? 'CIO') : undefined;
      const moved: Responsibility = { ...current, owner: command.to, lead };
      if (lead === undefined) delete (moved as { lead?: unknown }).lead;
      const without = scenario.responsibilities.filter((item) => item.id !== command.id);
      const responsibilities = insertInLane(without, moved, command.index);
      const unchanged =
        current.owner === moved.owner &&
        current.lead === moved.lead &&
        responsibilities.every((item, position) => {
          const before = scenario.responsibilities[position];
          return item.id === before?.id;
        });
      if (unchanged) return null;
      const label =
        current.owner === command.to
          ? `Reorder ${quote(current.title)} in ${command.to}`
          : `Move ${quote(current.title)} to ${command.to}`;
      return change(scenario, label, { responsibilities });
    }
    case 'responsibility/rename': {
      const current = find(scenario, command.id);
      const title = cleanTitle(command.title);
      if (title === current.title) return null;
      return change(scenario, `Rename ${quote(current.title)}`, {
        responsibilities: replaceItem(scenario, { ...current, title }),
      });
    }
    case 'responsibility/annotate': {
      const current = find(scenario, command.id);
      const note = command.note.trim();
      if (note === (current.note ?? '')) return null;
      const next: Responsibility = { ...current, note: note || undefined };
      if (!note) delete (next as { note?: unknown }).note;
      return change(scenario, `Edit note of ${quote(current.title)}`, {
        responsibilities: replaceItem(scenario, next),
      });
    }
    case 'responsibility/set-lead': {
      const current = find(scenario, command.id);
      if (current.owner !== 'Shared') {
        throw new CommandError('Only a Shared responsibility has a lead');
      }
      if (current.lead === command.lead) return null;
      return change(scenario, `Make ${command.lead} lead of ${quote(current.title)}`, {
        responsibilities: replaceItem(scenario, { ...current, lead: command.lead }),
      });
    }
    case 'responsibility/delete': {
      const current = find(scenario, command.id);
      return change(scenario, `Delete ${quote(current.title)}`, {
        responsibilities: scenario.responsibilities.filter((item) => item.id !== command.id),
      });
    }
    case 'scenario/rename': {
      const name = command.name.replace(/\s+/g, ' ').trim();
      if (!name) throw new CommandError('A scenario needs a name');
      if (name === scenario.name) return null;
      return change(scenario, `Rename scenario to ${quote(name)}`, { name });
    }
    case 'scenario/set-context': {
      const context = { ...scenario.context, ...command.context };
      const same = (Object.keys(context) as (keyof typeof context)[]).every(
        (key) => context[key] === scenario.context[key],
      );
      if (same) return null;
      return change(scenario, 'Change company context', { context });
    }
    case 'waiver/add': {
      const rationale = command.waiver.rationale.trim();
      if (!rationale) throw new CommandError('A waiver needs a rationale');
      const waivers = scenario.waivers
        .filter((waiver) => waiver.findingId !== command.waiver.findingId)
        .concat({ ...command.waiver, rationale });
      return change(scenario, 'Accept a finding', { waivers });
    }
    case 'waiver/remove': {
      if (!scenario.waivers.some((waiver) => waiver.findingId === command.findingId)) return null;
      return change(scenario, 'Withdraw an accepted finding', {
        waivers: scenario.waivers.filter((waiver) => waiver.findingId !== command.findingId),
      });
    }
    case 'stance/set': {
      const current = scenario.stances[command.topicId] ?? null;
      if (current === command.role) return null;
      const others = Object.fromEntries(Object.entries(scenario.stances).filter(([topic]) => topic !== command.topicId));
      const stances = command.role === null ? others : { ...others, [command.topicId]: command.role };
      return change(scenario, 'Record a stance on a contested topic', { stances });
    }
    case 'scenario/replace': {
      const body = command.body;
      const same = (Object.keys(body) as (keyof ScenarioBody)[]).every((key) => body[key] === scenario[key]);
      if (same) return null;
      return change(scenario, command.label, { ...body });
    }
    default:
      return assertNever(command);
  }
}
