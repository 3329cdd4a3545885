import path from 'node:path';
import type { App, MessageBoxOptions } from 'electron';
import { echoText } from '../../shared/format/safe-text.js';

/** The extension of Remit scenario files. */
export const SCENARIO_EXTENSION = '.remit.json';

/**
 * Finds the scenario file passed on a command line (`remit plan.remit.json`, the file
 * association, or a second instance's argv) and resolves it against `workingDirectory`.
 * Switches (`--foo`) are skipped; the last matching argument wins; null when there is none.
 */
export function findScenarioArgument(argv: readonly string[], workingDirectory: string): string | null {
  const candidates = argv
    .slice(1)
    .filter((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith(SCENARIO_EXTENSION));
  const last = candidates.at(-1);
  return last === undefined ? null : path.resolve(workingDirectory, last);
}

/**
 * Points `userData` at `REMIT_USER_DATA_DIR` when set (tests use a fresh folder per run).
 * Must run before the app is ready and before the single-instance lock, which lives there.
 * Returns the folder used, or undefined when the default stays.
 */
export function applyUserDataOverride(
  app: Pick<App, 'setPath'>,
  env: Readonly<Record<string, string | undefined>>,
): string | undefined {
  const override = env['REMIT_USER_DATA_DIR'];
  if (!override) return undefined;
  const absolute = path.resolve(override);
  app.setPath('userData', absolute);
  return absolute;
}

/** A window the second instance brings to the front. */
export type FocusableWindow = {
  isMinimized(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
};

/**
 * Takes the single-instance lock. Returns false when another instance holds it (the caller
 * quits). Otherwise, when a second instance starts, focuses our window and forwards the
 * scenario path from its argv to `openFile`.
 */
export function claimSingleInstance(
  app: Pick<App, 'requestSingleInstanceLock' | 'on'>,
  getWindow: () => FocusableWindow | null,
  openFile: (filePath: string) => void,
): boolean {
  if (!app.requestSingleInstanceLock()) return false;
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const window = getWindow();
    if (window) {
      if (window.isMinimized()) window.restore();
      window.show();
      window.focus();
    }
    const filePath = findScenarioArgument(argv, workingDirectory);
    if (filePath) openFile(filePath);
  });
  return true;
}

/** Shows a message box (attached to the main window when there is one); resolves the button index. */
export type AskUser = (options: MessageBoxOptions) => Promise<{ readonly response: number }>;

/**
 * Asks before importing a file that reached us through a second instance: any local program
 * can start one with any path, so nothing is imported without the user agreeing. The file
 * name is shown short and with its control characters escaped. Resolves true to import.
 */
export async function confirmPushedFile(ask: AskUser, filePath: string): Promise<boolean> {
  const name = echoText(path.basename(filePath));
  const folder = echoText(path.dirname(filePath), 160);
  const { response } = await ask({
    type: 'question',
    buttons: ['Import', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    title: 'Import a scenario?',
    message: `Import “${name}” into your library?`,
    detail: `Another program asked Remit to open this file (from ${folder}). Import it only if you expected it.`,
    noLink: true,
  });
  return response === 0;
}
