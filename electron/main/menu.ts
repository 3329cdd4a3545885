import type { BaseWindow, MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/ipc/channels.js';
import type { ThemeChoice } from './desktop-state.js';

/** What the application menu needs to know and do; main wires Electron in. */
export interface MenuOptions {
  /** `process.platform`: decides the macOS app menu and the per-OS accelerators. */
  readonly platform: NodeJS.Platform;
  /** Shown in the macOS app menu ("About Remit", "Hide Remit", "Quit Remit"). */
  readonly appName: string;
  /** Whether to offer Toggle Developer Tools (development builds only). */
  readonly devTools: boolean;
  /** The theme to show as checked. */
  readonly theme: ThemeChoice;
  /**
   * Forwards a command to the renderer of `window` (the focused window, when there is one),
   * over `menu:run-command`.
   */
  readonly run: (command: MenuCommand, window: BaseWindow | undefined) => void;
  /** Applies and remembers a theme choice in main (native theme, saved state). */
  readonly setTheme: (theme: ThemeChoice) => void;
}

/**
 * The standard shortcut for Redo on each OS: Shift+Cmd+Z on macOS, Ctrl+Y on Windows,
 * Ctrl+Shift+Z on Linux (GNOME and KDE convention).
 */
export function redoAccelerator(platform: NodeJS.Platform): string {
  if (platform === 'darwin') return 'Shift+CmdOrCtrl+Z';
  if (platform === 'win32') return 'Ctrl+Y';
  return 'Ctrl+Shift+Z';
}

const THEME_COMMANDS: Readonly<Record<ThemeChoice, MenuCommand>> = {
  system: 'view:theme-system',
  light: 'view:theme-light',
  dark: 'view:theme-dark',
};

/**
 * The template of the native application menu. Pure: the same options give the same menu.
 *
 * Every command item's `id` is its {@link MenuCommand}, so tests and code can find it with
 * `Menu.getApplicationMenu().getMenuItemById(command)`.
 *
 * Commands that change the plan go to the renderer as `menu:run-command` (it owns the scenario,
 * its undo history and its dialogs). Text editing (cut, copy, paste, select all), zoom, full
 * screen, window and app items use Electron roles, which act on the focused field or window and
 * localise their labels.
 *
 * Undo and Redo are deliberately not the `undo`/`redo` roles: those undo typing in a text
 * field, while ours undo the last change to the plan. The renderer's platform adapter routes
 * `edit:undo`/`edit:redo` to the focused text field when one has focus, so clicking the menu
 * item does what the user sees. The keyboard shortcut is shown but, on Windows and Linux, not
 * registered (`registerAccelerator: false`): the page handles Ctrl+Z itself (scenario undo on
 * the board, native undo inside a text field), and a registered accelerator would take the
 * keystroke away from text fields. On macOS unhandled key equivalents reach the menu after the
 * page, which gives the same single action.
 */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const mac = options.platform === 'darwin';
  const command =
    (name: MenuCommand) =>
    (_item: unknown, window: BaseWindow | undefined): void =>
      options.run(name, window);
  const pageHandlesKeys = !mac;
  // `&` marks the Alt-key mnemonic on Windows and Linux; macOS menus have none and would show it.
  const mnemonic = (label: string): string => (mac ? label.replace('&', '') : label);

  const fileMenu: MenuItemConstructorOptions = {
    label: mnemonic('&File'),
    submenu: [
      {
        id: 'scenario:new',
        label: 'New Scenario',
        accelerator: 'CmdOrCtrl+N',
        click: command('scenario:new'),
      },
      {
        id: 'scenario:import',
        label: 'Open or Import Scenario…',
        accelerator: 'CmdOrCtrl+O',
        click: command('scenario:import'),
      },
      { type: 'separator' },
      {
        id: 'scenario:export',
        label: 'Export Scenario…',
        accelerator: 'CmdOrCtrl+Shift+S',
        click: command('scenario:export'),
      },
      { id: 'export:pdf', label: 'Export PDF…', accelerator: 'CmdOrCtrl+P', click: command('export:pdf') },
      { type: 'separator' },
      { id: 'data:backup', label: 'Back Up All Scenarios…', click: command('data:backup') },
      { id: 'data:restore', label: 'Restore from Backup…', click: command('data:restore') },
      { type: 'separator' },
      { id: 'plan:share', label: 'Share Plan…', click: command('plan:share') },
      { id: 'plan:join', label: 'Join a Shared Plan…', click: command('plan:join') },
      { id: 'plan:stop-sharing', label: 'Stop Sharing', click: command('plan:stop-sharing') },
      { type: 'separator' },
      // The role labels it per OS: Exit on Windows, Quit on Linux.
      mac ? { role: 'close' } : { role: 'quit' },
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: mnemonic('&Edit'),
    submenu: [
      {
        id: 'edit:undo',
        label: 'Undo',
        accelerator: 'CmdOrCtrl+Z',
        registerAccelerator: !pageHandlesKeys,
        click: command('edit:undo'),
      },
      {
        id: 'edit:redo',
        label: 'Redo',
        accelerator: redoAccelerator(options.platform),
        registerAccelerator: !pageHandlesKeys,
        click: command('edit:redo'),
      },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };

  const themeItem = (theme: ThemeChoice, label: string): MenuItemConstructorOptions => ({
    id: THEME_COMMANDS[theme],
    label,
    type: 'radio',
    checked: options.theme === theme,
    click: (_item: unknown, window: BaseWindow | undefined) => {
      options.setTheme(theme);
      options.run(THEME_COMMANDS[theme], window);
    },
  });

  const viewMenu: MenuItemConstructorOptions = {
    label: mnemonic('&View'),
    submenu: [
      {
        id: 'view:toggle-guidance',
        label: 'Guidance Panel',
        accelerator: 'CmdOrCtrl+Shift+G',
        click: command('view:toggle-guidance'),
      },
      { type: 'separator' },
      {
        label: 'Theme',
        submenu: [
          themeItem('system', 'Match System'),
          themeItem('light', 'Light'),
          themeItem('dark', 'Dark'),
        ],
      },
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...(options.devTools ? [{ type: 'separator' } as const, { role: 'toggleDevTools' } as const] : []),
    ],
  };

  const about: MenuItemConstructorOptions = {
    id: 'help:about',
    label: `About ${options.appName}`,
    click: command('help:about'),
  };

  const helpMenu: MenuItemConstructorOptions = {
    label: mnemonic('&Help'),
    role: 'help',
    submenu: [
      { id: 'help:sources', label: 'Guidance Sources', click: command('help:sources') },
      ...(mac ? [] : [about]),
    ],
  };

  if (!mac) return [fileMenu, editMenu, viewMenu, helpMenu];

  const appMenu: MenuItemConstructorOptions = {
    label: options.appName,
    submenu: [
      about,
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };
  return [appMenu, fileMenu, editMenu, viewMenu, { role: 'windowMenu' }, helpMenu];
}
