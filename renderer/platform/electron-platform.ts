import type { RemitBridge } from '../../shared/ipc/bridge.js';
import type { IpcErrorCode, IpcResult, MenuCommand } from '../../shared/ipc/channels.js';
import type { Platform } from './platform.js';

/** A request main refused or could not complete; `message` is written for the user. */
export class PlatformRequestError extends Error {
  readonly code: IpcErrorCode;

  constructor(code: IpcErrorCode, message: string) {
    super(message);
    this.name = 'PlatformRequestError';
    this.code = code;
  }
}

function unwrap<T>(result: IpcResult<T>): T {
  if (result.ok) return result.value;
  throw new PlatformRequestError(result.error.code, result.error.message);
}

/** The page's text editing, as the menu's Undo and Redo need it; injectable for tests. */
export interface TextEditing {
  /** True when keyboard focus is in a field with its own undo history (text input, textarea, contenteditable). */
  hasFocusedTextField(): boolean;
  /** Runs that field's own undo or redo. */
  run(command: 'undo' | 'redo'): void;
}

// Input types whose value the user types (and can undo); checkboxes, buttons etc. have none.
const TEXT_INPUT_TYPES = new Set(['text', 'search', 'url', 'tel', 'email', 'password', 'number']);

/** {@link TextEditing} on the live document. */
export const documentTextEditing: TextEditing = {
  hasFocusedTextField: () => {
    const element = document.activeElement;
    if (element instanceof HTMLTextAreaElement) return !element.readOnly && !element.disabled;
    if (element instanceof HTMLInputElement) {
      return TEXT_INPUT_TYPES.has(element.type) && !element.readOnly && !element.disabled;
    }
    return element instanceof HTMLElement && element.isContentEditable;
  },
  run: (command) => {
    // Deprecated for rich editing, but undoing the focused field's own history is what the
    // native Edit menu does, and no other web API can.
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- see above: no replacement exists
    document.execCommand(command);
  },
};

/**
 * The platform inside Electron: every call goes through the preload bridge (`window.remit`).
 * Failed requests reject with a {@link PlatformRequestError} whose message can be shown as is.
 *
 * Menu Undo/Redo: when a text field has focus, `edit:undo`/`edit:redo` undo that field's typing
 * (what the user sees change) and are not passed on; otherwise they reach the listeners, which
 * undo the plan. This happens once per command, however many listeners subscribe.
 */
export function createElectronPlatform(
  bridge: RemitBridge,
  editing: TextEditing = documentTextEditing,
): Platform {
  const menuListeners = new Set<(command: MenuCommand) => void>();
  let unsubscribeMenu: (() => void) | undefined;
  const dispatchMenuCommand = (command: MenuCommand): void => {
    if ((command === 'edit:undo' || command === 'edit:redo') && editing.hasFocusedTextField()) {
      editing.run(command === 'edit:undo' ? 'undo' : 'redo');
      return;
    }
    for (const listener of [...menuListeners]) listener(command);
  };

  return {
    kind: 'electron',
    getInfo: async () => unwrap(await bridge.invoke('app:get-info')),
    saveFile: async (request) =>
      unwrap(
        await bridge.invoke('dialog:save-file', {
          suggestedName: request.suggestedName,
          mimeType: request.mimeType,
          data: request.data,
        }),
      ),
    openFile: async (accept) => unwrap(await bridge.invoke('dialog:open-file', { accept: [...accept] })),
    onMenuCommand: (listener) => {
      const entry = (command: MenuCommand): void => listener(command);
      menuListeners.add(entry);
      unsubscribeMenu ??= bridge.on('menu:run-command', dispatchMenuCommand);
      return () => {
        menuListeners.delete(entry);
        if (menuListeners.size === 0) {
          unsubscribeMenu?.();
          unsubscribeMenu = undefined;
        }
      };
    },
    openExternal: async (url) => {
      unwrap(await bridge.invoke('shell:open-external', { url }));
    },
    onFileOpened: (listener) => bridge.on('app:open-file', listener),
    exportPdf: async (request) => {
      // Plain copies: only what the contract names crosses the bridge (the schema is strict).
      const options = { ...request.options };
      const payload =
        'compare' in request
          ? { compare: request.compare.map((ref) => ({ ...ref })), suggestedName: request.suggestedName, options }
          : { scenarioId: request.scenarioId, suggestedName: request.suggestedName, options };
      const result = unwrap(await bridge.invoke('export:pdf', payload));
      return result.saved ? { kind: 'saved', location: result.location } : { kind: 'cancelled' };
    },
    reportPrintReady: (report) => {
      // Fire and forget: main answers only the export waiting for this window.
      bridge.invoke('print:report-ready', report).catch((error: unknown) => {
        console.error('Remit: could not report the print view as ready', error);
      });
    },
  };
}
