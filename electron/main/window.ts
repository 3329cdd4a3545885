import type { BrowserWindow, BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import { DEFAULT_WINDOW_SIZE, MIN_WINDOW_SIZE, type Rect } from './desktop-state.js';

/**
 * The web preferences of every Remit window. Each secure default is spelled out so that a
 * future Electron default change, or a reader, cannot mistake the intent.
 */
export function secureWebPreferences(preloadPath: string, devTools: boolean): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    // Middle-click would otherwise try to open links in new windows (denied anyway, see security.ts).
    disableBlinkFeatures: 'Auxclick',
    devTools,
  };
}

/** The window part the factory drives; the real `BrowserWindow` satisfies it. */
export type WindowLike = Pick<BrowserWindow, 'once' | 'show' | 'loadURL' | 'maximize'>;

/** What {@link createMainWindow} needs. */
export interface MainWindowOptions<W extends WindowLike> {
  /** Creates the native window, e.g. `(options) => new BrowserWindow(options)`. */
  readonly create: (options: BrowserWindowConstructorOptions) => W;
  /** Absolute path of the bundled preload (`preload.cjs`). */
  readonly preloadPath: string;
  /** The entry URL on the app origin. */
  readonly url: string;
  /** Whether DevTools may open (development only). */
  readonly devTools: boolean;
  /** Where to open (already fitted to the displays); the OS places a default-sized window when absent. */
  readonly bounds?: Rect | undefined;
  /** Open maximized (the `bounds` stay the size to restore to). */
  readonly maximized?: boolean | undefined;
  /** Whether the page will be dark, so the window is painted dark before it (no white flash). */
  readonly dark?: boolean | undefined;
}

/** The page background (`--bg` in renderer/styles.css) in each theme. */
export const WINDOW_BACKGROUND = { light: '#f6f7f9', dark: '#12161c' } as const;

/**
 * Creates the main window hidden, shows it on `ready-to-show` (no white flash) and starts
 * loading `url`. Load failures are logged rather than thrown: the window stays usable.
 */
export function createMainWindow<W extends WindowLike>(options: MainWindowOptions<W>): W {
  const window = options.create({
    ...(options.bounds ?? DEFAULT_WINDOW_SIZE),
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    show: false,
    title: 'Remit',
    backgroundColor: options.dark ? WINDOW_BACKGROUND.dark : WINDOW_BACKGROUND.light,
    webPreferences: secureWebPreferences(options.preloadPath, options.devTools),
  });
  window.once('ready-to-show', () => {
    // Maximize before the first paint so the user never sees the window jump.
    if (options.maximized) window.maximize();
    window.show();
  });
  window.loadURL(options.url).catch((error: unknown) => {
    console.error('Remit: could not load the app page', error);
  });
  return window;
}
