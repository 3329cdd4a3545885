import type { MenuCommand } from '../../shared/ipc/channels.js';
import type { LibraryStart } from '../features/library/library-dialog.js';

/** What the native menu's commands do in the renderer; the workspace supplies them. */
export interface MenuTargets {
  readonly undo: () => void;
  readonly redo: () => void;
  readonly toggleGuidance: () => void;
  readonly openLibrary: (start: LibraryStart) => void;
  readonly exportScenario: () => void;
  readonly exportPdf: () => void;
  readonly openHelp: (dialog: 'about' | 'sources') => void;
  /** The theme setting (the Display popover's, remembered by the page). */
  readonly setTheme: (theme: 'light' | 'dark' | 'system') => void;
  /** Plan together: Share…, Join…, Stop sharing (the header's share entry). */
  readonly share: (action: 'share' | 'join' | 'stop') => void;
}

/**
 * Sends one native menu command (Electron) to what handles it. The switch is exhaustive: a new
 * command in shared/ipc's MENU_COMMANDS does not compile until it is routed here.
 */
export function routeMenuCommand(command: MenuCommand, targets: MenuTargets): void {
  switch (command) {
    case 'scenario:new':
      return targets.openLibrary('new');
    case 'scenario:import':
      return targets.openLibrary('import');
    case 'data:backup':
      return targets.openLibrary('backup');
    case 'data:restore':
      return targets.openLibrary('restore');
    case 'scenario:export':
      return targets.exportScenario();
    case 'export:pdf':
      return targets.exportPdf();
    case 'plan:share':
      return targets.share('share');
    case 'plan:join':
      return targets.share('join');
    case 'plan:stop-sharing':
      return targets.share('stop');
    case 'edit:undo':
      return targets.undo();
    case 'edit:redo':
      return targets.redo();
    case 'view:toggle-guidance':
      return targets.toggleGuidance();
    // The main process also applies the theme to native UI (nativeTheme); the page pins the same
    // choice, so the View menu and the Display popover never disagree.
    case 'view:theme-light':
      return targets.setTheme('light');
    case 'view:theme-dark':
      return targets.setTheme('dark');
    case 'view:theme-system':
      return targets.setTheme('system');
    case 'help:about':
      return targets.openHelp('about');
    case 'help:sources':
      return targets.openHelp('sources');
    default: {
      const unrouted: never = command;
      throw new Error(`Menu command without a route: ${String(unrouted)}`);
    }
  }
}
