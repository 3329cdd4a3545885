import type { BaseWindow, MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { MENU_COMMANDS, type MenuCommand } from '../../../../shared/ipc/channels.js';
import type { ThemeChoice } from '../../../../electron/main/desktop-state.js';
import { buildMenuTemplate, redoAccelerator, type MenuOptions } from '../../../../electron/main/menu.js';

type Item = MenuItemConstructorOptions;
type Click = (item: unknown, window: BaseWindow | undefined, event: unknown) => void;

function build(platform: NodeJS.Platform, overrides: Partial<MenuOptions> = {}) {
  const run = vi.fn<(command: MenuCommand, window: BaseWindow | undefined) => void>();
  const setTheme = vi.fn<(theme: ThemeChoice) => void>();
  const template = buildMenuTemplate({
    platform,
    appName: 'Remit',
    devTools: false,
    theme: 'system',
    run,
    setTheme,
    ...overrides,
  });
  return { template, run, setTheme };
}

function submenu(item: Item | undefined): Item[] {
  return Array.isArray(item?.submenu) ? (item.submenu) : [];
}

/** Every item of the menu tree, depth first. */
function flatten(items: readonly Item[]): Item[] {
  return items.flatMap((item) => [item, ...flatten(submenu(item))]);
}

function find(template: readonly Item[], label: string): Item {
  const found = flatten(template).find((item) => item.label === label);
  if (!found) throw new Error(`no menu item "${label}"`);
  return found;
}

function click(item: Item, window?: BaseWindow): void {
  (item.click as unknown as Click)(item, window, {});
}

describe('application menu', () => {
  it.each(['linux', 'win32'] as const)(
    'has File, Edit, View and Help on %s, without an app menu',
    (platform) => {
      const { template } = build(platform);
      expect(template.map((item) => item.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
      expect(submenu(template[0]).at(-1)).toMatchObject({ role: 'quit' });
      expect(find(template, 'About Remit')).toBeDefined();
    },
  );

  it('has the macOS app menu (about, services, hide, quit) and a Window menu on macOS', () => {
    const { template } = build('darwin');
    expect(template[0]?.label).toBe('Remit');
    const appRoles = submenu(template[0]).map((item) => item.role ?? item.label);
    expect(appRoles).toEqual(
      expect.arrayContaining(['About Remit', 'services', 'hide', 'hideOthers', 'unhide', 'quit']),
    );
    // No `&` mnemonics on macOS: its menus would show the ampersand.
    expect(template.map((item) => item.label ?? item.role)).toEqual([
      'Remit',
      'File',
      'Edit',
      'View',
      'windowMenu',
      'Help',
    ]);
    // Quit lives in the app menu on macOS; File ends with Close Window.
    expect(submenu(template[1]).at(-1)).toMatchObject({ role: 'close' });
  });

  it.each(['linux', 'win32', 'darwin'] as const)('offers every menu command on %s', (platform) => {
    const { template, run } = build(platform);
    for (const item of flatten(template)) if (item.click && !item.role) click(item);
    expect(new Set(run.mock.calls.map((call) => call[0]))).toEqual(new Set(MENU_COMMANDS));
  });

  it('gives every command item its command as id', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const ids = flatten(build(platform).template)
        .map((item) => item.id)
        .filter(Boolean);
      expect(new Set(ids)).toEqual(new Set(MENU_COMMANDS));
      expect(ids).toHaveLength(MENU_COMMANDS.length);
    }
  });

  it('forwards a command with the window it was chosen in', () => {
    const { template, run } = build('linux');
    const window = {} as BaseWindow;
    click(find(template, 'Export PDF…'), window);
    expect(run).toHaveBeenCalledWith('export:pdf', window);
  });

  it('uses standard accelerators for the file commands', () => {
    const { template } = build('linux');
    expect(find(template, 'New Scenario').accelerator).toBe('CmdOrCtrl+N');
    expect(find(template, 'Open or Import Scenario…').accelerator).toBe('CmdOrCtrl+O');
    expect(find(template, 'Export Scenario…').accelerator).toBe('CmdOrCtrl+Shift+S');
    expect(find(template, 'Export PDF…').accelerator).toBe('CmdOrCtrl+P');
  });

  it.each([
    ['darwin', 'Shift+CmdOrCtrl+Z'],
    ['win32', 'Ctrl+Y'],
    ['linux', 'Ctrl+Shift+Z'],
  ] as const)('uses the %s convention for Redo (%s)', (platform, accelerator) => {
    expect(redoAccelerator(platform)).toBe(accelerator);
    expect(find(build(platform).template, 'Redo').accelerator).toBe(accelerator);
  });

  it('undoes the plan, not the text field: Undo and Redo are our commands, not roles', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const { template, run } = build(platform);
      const undo = find(template, 'Undo');
      const redo = find(template, 'Redo');
      expect(undo.role).toBeUndefined();
      expect(redo.role).toBeUndefined();
      expect(undo.accelerator).toBe('CmdOrCtrl+Z');
      click(undo);
      click(redo);
      expect(run.mock.calls.map((call) => call[0])).toEqual(['edit:undo', 'edit:redo']);
      expect(flatten(template).some((item) => item.role === 'undo' || item.role === 'redo')).toBe(false);
    }
  });

  it('leaves Ctrl+Z to the page on Windows and Linux (shown, not registered), registers it on macOS', () => {
    for (const platform of ['linux', 'win32'] as const) {
      const { template } = build(platform);
      expect(find(template, 'Undo').registerAccelerator).toBe(false);
      expect(find(template, 'Redo').registerAccelerator).toBe(false);
    }
    const mac = build('darwin').template;
    expect(find(mac, 'Undo').registerAccelerator).toBe(true);
  });

  it('uses roles for clipboard, zoom and full screen', () => {
    const roles = flatten(build('win32').template).map((item) => item.role);
    expect(roles).toEqual(
      expect.arrayContaining([
        'cut',
        'copy',
        'paste',
        'selectAll',
        'resetZoom',
        'zoomIn',
        'zoomOut',
        'togglefullscreen',
      ]),
    );
  });

  it('checks the current theme and applies a new one in main and in the page', () => {
    const { template, run, setTheme } = build('linux', { theme: 'dark' });
    expect(find(template, 'Dark')).toMatchObject({ type: 'radio', checked: true });
    expect(find(template, 'Light')).toMatchObject({ type: 'radio', checked: false });
    click(find(template, 'Light'));
    expect(setTheme).toHaveBeenCalledWith('light');
    expect(run).toHaveBeenCalledWith('view:theme-light', undefined);
  });

  it('offers developer tools only when asked (development builds)', () => {
    const roles = (devTools: boolean) =>
      flatten(build('linux', { devTools }).template).map((item) => item.role);
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toContain('toggleDevTools');
  });

  it('has no reload item: reloading could drop a half-finished edit', () => {
    const roles = flatten(build('linux', { devTools: true }).template).map((item) => item.role);
    expect(roles).not.toContain('reload');
    expect(roles).not.toContain('forceReload');
  });
});
