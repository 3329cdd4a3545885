import type { ComparedRef } from '../../shared/ipc/print-route.js';
import { scenarioId, type Scenario } from '../../shared/model/index.js';
import type { ScenarioRepository } from '../persistence/repository.js';

/** How a version is named wherever it is compared: its scenario's name, then the version's. */
export function versionTitle(scenarioName: string, versionName: string): string {
  return `${scenarioName} — version “${versionName}”`;
}

/** Gives equal names a number so columns, the CSV, the PDF and the summary can tell them apart. */
export function distinctNames(scenarios: readonly Scenario[]): Scenario[] {
  const seen = new Map<string, number>();
  return scenarios.map((scenario) => {
    const count = (seen.get(scenario.name) ?? 0) + 1;
    seen.set(scenario.name, count);
    return count === 1 ? scenario : { ...scenario, name: `${scenario.name} (${count})` };
  });
}

/**
 * Loads what a comparison names from storage, in order, named as the compare view names them
 * (versions under their scenario, equal names numbered). Rejects with a message for the user
 * when a scenario or version no longer exists.
 */
export async function loadCompared(repository: ScenarioRepository, refs: readonly ComparedRef[]): Promise<Scenario[]> {
  const loaded = await Promise.all(
    refs.map(async (ref) => {
      const owner = await repository.load(scenarioId(ref.scenarioId));
      if (!owner) throw new Error('A compared scenario no longer exists; it may have been deleted.');
      if (ref.kind === 'scenario') return owner;
      const version = (await repository.listSnapshots(owner.id)).find((snapshot) => snapshot.id === ref.versionId);
      if (!version) throw new Error(`A compared version of “${owner.name}” no longer exists; it may have been deleted.`);
      return { ...version.scenario, name: versionTitle(owner.name, version.name) };
    }),
  );
  return distinctNames(loaded);
}
