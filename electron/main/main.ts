import { readFileSync } from 'node:fs';
import { readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  nativeTheme,
  protocol,
  screen,
  session,
  shell,
  type BaseWindow,
} from 'electron';
import type { MenuCommand } from '../../shared/ipc/channels.js';
import { APP_ENTRY_URL, APP_SCHEME } from '../../shared/ipc/origin.js';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './app-protocol.js';
import { contentSecurityPolicy } from '../../shared/ipc/csp.js';
import { writeFileAtomic, writeFileAtomicSync } from './atomic-write.js';
import {
  DESKTOP_STATE_FILE,
  DesktopStateFile,
  fitToDisplays,
  trackWindowPlacement,
  type ThemeChoice,
} from './desktop-state.js';
import { readRegularFile } from '../files/bounded-read.js';
import { createOpenExternalHandler } from './external.js';
import { createOpenFileHandler, createSaveFileHandler, readUserFile, type FileDeps } from './files.js';
import { IpcFailure } from './ipc-failure.js';
import { registerIpcHandlers, sendEvent, type IpcHandlers } from './ipc.js';
import {
  createExportPdfHandler,
  createPrintReadyHandler,
  pdfWindowOptions,
  PrintReadySignals,
} from './pdf-export.js';
import { applyUserDataOverride, claimSingleInstance, confirmPushedFile, findScenarioArgument } from './launch.js';
import { buildMenuTemplate } from './menu.js';
import { hardenWebContents, installPermissionGuards } from './security.js';
import { createMainWindow } from './window.js';

// Entry point of the main process: wiring only. Every decision lives in a module with its
// dependencies injected, so it is unit-tested without an Electron binary.

applyUserDataOverride(app, process.env);
app.enableSandbox();
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

const distDir = path.join(__dirname, '..');
const rendererDir = path.join(distDir, 'renderer');
const preloadPath = path.join(__dirname, 'preload.cjs');

let mainWindow: BrowserWindow | null = null;
const pendingFiles: string[] = [];

// Window placement and theme, remembered in userData (after the REMIT_USER_DATA_DIR override).
const desktopState = new DesktopStateFile(path.join(app.getPath('userData'), DESKTOP_STATE_FILE), {
  readText: (filePath) => readFileSync(filePath, 'utf8'),
  writeText: (filePath, text) => writeFileAtomicSync(filePath, text),
});

const fileDeps: FileDeps = {
  showSaveDialog: (sender, options) => {
    const owner = BrowserWindow.fromWebContents(sender);
    return owner ? dialog.showSaveDialog(owner, options) : dialog.showSaveDialog(options);
  },
  showOpenDialog: (sender, options) => {
    const owner = BrowserWindow.fromWebContents(sender);
    return owner ? dialog.showOpenDialog(owner, options) : dialog.showOpenDialog(options);
  },
  writeFile: (target, data) => writeFileAtomic(target, data),
  readBytes: (filePath, limit) => readRegularFile(filePath, limit),
  defaultDirectory: () => app.getPath('documents'),
};

const printSignals = new PrintReadySignals();

const handlers: IpcHandlers = {
  'app:get-info': () => ({ version: app.getVersion(), platform: process.platform }),
  'dialog:save-file': createSaveFileHandler(fileDeps),
  'dialog:open-file': createOpenFileHandler(fileDeps),
  'export:pdf': createExportPdfHandler(
    {
      createWindow: () => new BrowserWindow(pdfWindowOptions(preloadPath)),
      showSaveDialog: fileDeps.showSaveDialog,
      writeFile: (target, data) => writeFileAtomic(target, data),
      defaultDirectory: fileDeps.defaultDirectory,
    },
    printSignals,
  ),
  'print:report-ready': createPrintReadyHandler(printSignals),
  'shell:open-external': createOpenExternalHandler((url) => shell.openExternal(url)),
};

/** Reads a file the OS asked us to open and hands it to the renderer once its page is up. */
function deliverFile(filePath: string): void {
  const window = mainWindow;
  if (!window) {
    pendingFiles.push(filePath);
    return;
  }
  readUserFile(fileDeps, filePath).then(
    (file) => {
      const send = (): void => sendEvent(window.webContents, 'app:open-file', file);
      // The preload buffers this event until the page subscribes, but it must exist first.
      if (window.webContents.isLoadingMainFrame()) window.webContents.once('did-finish-load', send);
      else send();
    },
    (error: unknown) => {
      const message = error instanceof IpcFailure ? error.message : String(error);
      dialog.showErrorBox('Remit could not open the file', message);
    },
  );
}

function openMainWindow(): BrowserWindow {
  const placement = desktopState.state.window;
  const window = createMainWindow({
    create: (options) => new BrowserWindow(options),
    preloadPath,
    url: APP_ENTRY_URL,
    devTools: !app.isPackaged,
    bounds: fitToDisplays(
      placement?.bounds,
      screen.getAllDisplays().map((display) => display.workArea),
      screen.getPrimaryDisplay().workArea,
    ),
    maximized: placement?.maximized,
    dark: nativeTheme.shouldUseDarkColors,
  });
  mainWindow = window;
  trackWindowPlacement(window, (saved) => desktopState.update({ window: saved }));
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  for (const filePath of pendingFiles.splice(0)) deliverFile(filePath);
  return window;
}

/** Sends a menu command to the window it was chosen in (or the main window, opening one if needed). */
function runMenuCommand(command: MenuCommand, chosenIn: BaseWindow | undefined): void {
  const target =
    BrowserWindow.getAllWindows().find((window) => window === chosenIn) ?? mainWindow ?? openMainWindow();
  const send = (): void => sendEvent(target.webContents, 'menu:run-command', command);
  if (target.webContents.isLoadingMainFrame()) target.webContents.once('did-finish-load', send);
  else send();
}

/** Applies a theme to native UI and the page's prefers-color-scheme, and remembers it. */
function applyTheme(theme: ThemeChoice): void {
  nativeTheme.themeSource = theme;
  desktopState.update({ theme });
}

function installMenu(): void {
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate({
        platform: process.platform,
        appName: app.name,
        devTools: !app.isPackaged,
        theme: desktopState.state.theme,
        run: runMenuCommand,
        setTheme: applyTheme,
      }),
    ),
  );
}

/** A file pushed through a second instance: imported only once the user agrees. */
function deliverPushedFile(filePath: string): void {
  const ask = (options: Electron.MessageBoxOptions) =>
    mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options);
  confirmPushedFile(ask, filePath).then(
    (agreed) => {
      if (agreed) deliverFile(filePath);
    },
    () => undefined,
  );
}

if (!claimSingleInstance(app, () => mainWindow, deliverPushedFile)) {
  app.quit();
} else {
  const launchFile = findScenarioArgument(process.argv, process.cwd());
  if (launchFile) pendingFiles.push(launchFile);

  app.on('open-file', (event, filePath) => {
    // macOS delivers file-association opens here, possibly before the app is ready, and also
    // while the app runs with every window closed: then a window is opened to receive it.
    event.preventDefault();
    deliverFile(filePath);
    if (app.isReady() && !mainWindow) openMainWindow();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app
    .whenReady()
    .then(() => {
      installPermissionGuards(session.defaultSession);
      protocol.handle(
        APP_SCHEME,
        createAppProtocolHandler({
          rootDir: rendererDir,
          readFile: (filePath) => readFile(filePath),
          realpath: (filePath) => realpath(filePath),
          // Shared plans: the page may connect to the one Remit server configured for this
          // desktop (REMIT_SERVER=http://host:port), and to nothing else on the network.
          policy: contentSecurityPolicy({ collabServer: process.env.REMIT_SERVER ?? null }),
        }),
      );
      registerIpcHandlers(ipcMain, handlers);
      nativeTheme.themeSource = desktopState.state.theme;
      installMenu();
      openMainWindow();
      app.on('activate', () => {
        if (BrowserWindow.getAllWindows().length === 0) openMainWindow();
      });
    })
    .catch((error: unknown) => {
      console.error('Remit: failed to start', error);
      app.exit(1);
    });
}
