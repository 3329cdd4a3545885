import { parseBackup, serializeBackup } from '../../../shared/format/backup.js';
import type { Scenario } from '../../../shared/model/index.js';
import type { OpenedFile, Platform } from '../../platform/platform.js';
import { importErrorMessage } from './import-message.js';
import type { LibrarySession } from '../../state/library-session.js';
import { scenarioFileName } from '../../platform/file-name.js';
import { parseScenarioText, serializeScenarioText } from './scenario-file.js';

/** The outcome of an action, as shown to the user. */
export type ActionOutcome =
  | { readonly kind: 'done'; readonly message: string }
  | { readonly kind: 'error'; readonly message: string }
  | { readonly kind: 'cancelled' };

/** An imported scenario waiting for the user to choose: add it, or replace the open one. */
export interface PendingImport {
  readonly fileName: string;
  readonly scenario: Scenario;
}


function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Lets the user pick a scenario file and validates it; nothing is stored yet. */
export async function pickScenarioFile(
  session: LibrarySession,
  platform: Platform,
): Promise<{ readonly kind: 'picked'; readonly pending: PendingImport } | ActionOutcome> {
  let file;
  try {
    file = await platform.openFile(['.remit.json', '.json', 'application/json']);
  } catch (error) {
    return { kind: 'error', message: `${messageOf(error)} Nothing was changed.` };
  }
  if (!file) return { kind: 'cancelled' };
  const parsed = parseScenarioText(file.text, { newId: session.clock.newId, now: session.clock.now() });
  if (!parsed.ok) return { kind: 'error', message: importErrorMessage(parsed.error, file.name, file.text) };
  return { kind: 'picked', pending: { fileName: file.name, scenario: parsed.scenario } };
}

/**
 * Imports a file the OS handed to Remit (command line, file association, second instance) the
 * way Scenarios → Import does: the same parser and the same messages, always as a new scenario
 * (the user did not choose to replace anything), which then opens. A bad file changes nothing.
 */
export async function importOpenedFile(session: LibrarySession, file: OpenedFile): Promise<ActionOutcome> {
  const parsed = parseScenarioText(file.text, { newId: session.clock.newId, now: session.clock.now() });
  if (!parsed.ok) return { kind: 'error', message: importErrorMessage(parsed.error, file.name, file.text) };
  return finishImport(session, { fileName: file.name, scenario: parsed.scenario }, 'new');
}

/**
 * Subscribes `session` to the files the OS hands Remit (Platform.onFileOpened) and imports each
 * as a new scenario, one after the other (several can arrive at once, e.g. a multi-select
 * "Open with"). `onOutcome` hears how each ended. Returns the unsubscribe. Kept apart from
 * React so it can be unit-tested over a real session.
 */
export function subscribeOpenedFiles(
  session: LibrarySession,
  subscribe: (listener: (file: OpenedFile) => void) => () => void,
  onOutcome: (outcome: { readonly kind: 'done' | 'error'; readonly message: string }) => void,
): () => void {
  let queue: Promise<void> = Promise.resolve();
  let live = true;
  const unsubscribe = subscribe((file) => {
    // Serial: each import waits for the previous one to be stored and opened.
    queue = queue.then(async () => {
      const outcome = await importOpenedFile(session, file);
      if (live && outcome.kind !== 'cancelled') onOutcome(outcome);
    });
  });
  return () => {
    live = false;
    unsubscribe();
  };
}

/** Stores a picked scenario: as a new scenario, or over the open one (undoable, with a version first). */
export async function finishImport(session: LibrarySession, pending: PendingImport, mode: 'new' | 'replace'): Promise<ActionOutcome> {
  try {
    if (mode === 'new') {
      // A second import of the same file (or a plan with a taken name) gets a suffix, so the
      // library and the compare picker never show two identical rows.
      const stored = await session.importAsNew(pending.scenario);
      return { kind: 'done', message: `Imported “${stored.name}” as a new scenario.` };
    }
    await session.replaceOpenContent(pending.scenario, `Import “${pending.fileName}”`, `Before importing “${pending.fileName}”`);
    return { kind: 'done', message: `Replaced the open scenario with “${pending.fileName}”. A version of the previous content was saved; Undo reverts it.` };
  } catch (error) {
    return { kind: 'error', message: `Import failed: ${messageOf(error)} Nothing was changed.` };
  }
}

/** Offers the open scenario as a `.remit.json` file. */
export async function exportOpenScenario(session: LibrarySession, platform: Platform): Promise<ActionOutcome> {
  const store = session.getState().store;
  await store.flush();
  const scenario = store.getState().scenario;
  try {
    const result = await platform.saveFile({
      suggestedName: scenarioFileName(scenario.name),
      mimeType: 'application/json',
      data: serializeScenarioText(scenario),
    });
    return result.saved ? { kind: 'done', message: `Exported “${scenario.name}”.` } : { kind: 'cancelled' };
  } catch (error) {
    return { kind: 'error', message: `Export failed: ${messageOf(error)}` };
  }
}

/** Offers every scenario, the trash, versions and settings as one backup file. */
export async function backUpAll(session: LibrarySession, platform: Platform): Promise<ActionOutcome> {
  try {
    const backup = await session.exportAll();
    const now = session.clock.now();
    const result = await platform.saveFile({
      suggestedName: `remit-backup-${now.slice(0, 10)}.json`,
      mimeType: 'application/json',
      data: serializeBackup(backup, now),
    });
    return result.saved
      ? { kind: 'done', message: `Backed up ${backup.scenarios.length} scenario${backup.scenarios.length === 1 ? '' : 's'}.` }
      : { kind: 'cancelled' };
  } catch (error) {
    return { kind: 'error', message: `Backup failed: ${messageOf(error)}` };
  }
}

/** Lets the user pick a backup and restores it (merging; replaced scenarios get a version first). */
export async function restoreFromBackup(session: LibrarySession, platform: Platform): Promise<ActionOutcome> {
  let file;
  try {
    file = await platform.openFile(['.json', 'application/json']);
  } catch (error) {
    return { kind: 'error', message: `${messageOf(error)} Nothing was changed.` };
  }
  if (!file) return { kind: 'cancelled' };
  const parsed = parseBackup(file.text);
  if (!parsed.ok) return { kind: 'error', message: importErrorMessage(parsed.error, file.name, file.text) };
  try {
    const summary = await session.restoreBackup(parsed.backup);
    return {
      kind: 'done',
      message: `Restored “${file.name}”: ${summary.added} added, ${summary.replaced} replaced (a version of each was kept), ${summary.unchanged} unchanged.`,
    };
  } catch (error) {
    return { kind: 'error', message: `Restore failed: ${messageOf(error)} Nothing was changed.` };
  }
}
