import {
  isLane,
  isRole,
  responsibilityId,
  scenarioId,
  type Responsibility,
  type Role,
  type Scenario,
  type ScenarioId,
} from '../../shared/model/index.js';
import type { RemitDatabase, ScenarioRow } from './database.js';

/** Maps a domain scenario to its row. Pure. */
export function toRow(scenario: Scenario): ScenarioRow {
  return {
    id: scenario.id,
    name: scenario.name,
    context: { ...scenario.context },
    responsibilities: scenario.responsibilities.map((item) => ({
      id: item.id,
      title: item.title,
      owner: item.owner,
      ...(item.lead ? { lead: item.lead } : {}),
      ...(item.note ? { note: item.note } : {}),
    })),
    waivers: scenario.waivers.map((waiver) => ({ ...waiver })),
    stances: { ...scenario.stances },
    createdAt: scenario.createdAt,
    updatedAt: scenario.updatedAt,
  };
}

/**
 * Maps a stored row back to a scenario, repairing what an older or damaged row may lack
 * (unknown lanes go to Unassigned, a Shared card without a valid lead gets none).
 */
export function fromRow(row: ScenarioRow): Scenario {
  const seen = new Set<string>();
  const responsibilities: Responsibility[] = [];
  for (const item of row.responsibilities ?? []) {
    if (!item || typeof item.id !== 'string' || seen.has(item.id)) continue;
    seen.add(item.id);
    const owner = isLane(item.owner) ? item.owner : 'Unassigned';
    const lead: Role | undefined = owner === 'Shared' && isRole(item.lead) ? item.lead : undefined;
    responsibilities.push({
      id: responsibilityId(item.id),
      title: typeof item.title === 'string' && item.title.trim() ? item.title : 'Untitled',
      owner,
      ...(lead ? { lead } : {}),
      ...(typeof item.note === 'string' && item.note ? { note: item.note } : {}),
    });
  }
  const stances: Record<string, Role> = {};
  for (const [topic, role] of Object.entries(row.stances ?? {})) {
    if (isRole(role)) stances[topic] = role;
  }
  return {
    id: scenarioId(row.id),
    name: row.name || 'Untitled scenario',
    context: row.context,
    responsibilities,
    waivers: (row.waivers ?? []).filter((waiver) => typeof waiver?.findingId === 'string'),
    stances,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

const LAST_OPENED = 'lastOpenedScenario';

/** Reads and writes scenarios. The only way features touch the database. */
export class ScenarioRepository {
  constructor(private readonly database: RemitDatabase) {}

  /** Loads one scenario; null when it does not exist. */
  async load(id: ScenarioId): Promise<Scenario | null> {
    const row = await this.database.scenarios.get(id);
    return row ? fromRow(row) : null;
  }

  /**
   * Writes a scenario in one read-write transaction; resolves once it committed (durably,
   * with strict durability), rejects when the write failed (quota, abort).
   */
  async save(scenario: Scenario): Promise<void> {
    await this.database.transaction('rw', this.database.scenarios, this.database.settings, async () => {
      await this.database.scenarios.put(toRow(scenario));
      await this.database.settings.put({ key: LAST_OPENED, value: scenario.id });
    });
  }

  /** The id of the scenario opened last, if any. */
  async lastOpened(): Promise<ScenarioId | null> {
    const row = await this.database.settings.get(LAST_OPENED);
    return typeof row?.value === 'string' ? scenarioId(row.value) : null;
  }

  /** Remembers which scenario is open, so it reopens at start. */
  async setLastOpened(id: ScenarioId): Promise<void> {
    await this.database.settings.put({ key: LAST_OPENED, value: id });
  }

  /** All scenarios, newest change first. */
  async list(): Promise<Scenario[]> {
    const rows = await this.database.scenarios.orderBy('updatedAt').reverse().toArray();
    return rows.map(fromRow);
  }
}
