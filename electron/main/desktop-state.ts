import { z } from 'zod';

/** A rectangle in screen coordinates (device-independent pixels). */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The user's choice of colour theme; `system` follows the OS. */
export type ThemeChoice = 'system' | 'light' | 'dark';

/** Where the main window was and how it was shown, as last seen. */
export interface WindowPlacement {
  /** The normal (not maximized, not full-screen) bounds. */
  readonly bounds: Rect;
  readonly maximized: boolean;
}

/** What the desktop shell remembers between runs (`desktop-state.json` in userData). */
export interface DesktopState {
  readonly window?: WindowPlacement | undefined;
  readonly theme: ThemeChoice;
}

/** The file name of {@link DesktopState} inside the userData folder. */
export const DESKTOP_STATE_FILE = 'desktop-state.json';

/** The main window's default and smallest sizes. */
export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 820 } as const;
export const MIN_WINDOW_SIZE = { width: 760, height: 520 } as const;

/** What a window needs to keep visible of itself on a display to count as reachable. */
const MIN_VISIBLE = { width: 120, height: 60 } as const;

// Generous limits: anything outside them is a corrupt or hostile file, not a real screen.
const coordinate = z.number().int().min(-100_000).max(100_000);
const length = z.number().int().min(1).max(100_000);

const fileSchema = z.strictObject({
  version: z.literal(1),
  window: z
    .strictObject({
      bounds: z.strictObject({ x: coordinate, y: coordinate, width: length, height: length }),
      maximized: z.boolean(),
    })
    .optional(),
  theme: z.enum(['system', 'light', 'dark']),
});

/** The state of a first run, or of a file that could not be read. */
export const DEFAULT_DESKTOP_STATE: DesktopState = { theme: 'system' };

/**
 * Parses the saved state. Anything unreadable (bad JSON, wrong shape, absurd numbers, another
 * version) yields {@link DEFAULT_DESKTOP_STATE}: a window position is not worth an error.
 */
export function parseDesktopState(text: string): DesktopState {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return DEFAULT_DESKTOP_STATE;
  }
  const parsed = fileSchema.safeParse(data);
  if (!parsed.success) return DEFAULT_DESKTOP_STATE;
  return { window: parsed.data.window, theme: parsed.data.theme };
}

/** The file contents for `state`. */
export function serializeDesktopState(state: DesktopState): string {
  return `${JSON.stringify({ version: 1, window: state.window, theme: state.theme }, null, 2)}\n`;
}

function overlap(a: Rect, b: Rect): Rect {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const width = Math.min(a.x + a.width, b.x + b.width) - x;
  const height = Math.min(a.y + a.height, b.y + b.height) - y;
  return { x, y, width: Math.max(0, width), height: Math.max(0, height) };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}

/**
 * Where to open the main window so that it is fully visible: on the display (work area) that
 * shows most of the saved bounds, or, when no display shows a usable part of them (a monitor
 * was unplugged, the resolution dropped), centred on the primary display at the saved size.
 * The size shrinks to fit the work area (never below the minimum size) and the window is moved
 * inside it. Pure.
 */
export function fitToDisplays(
  saved: Rect | undefined,
  workAreas: readonly Rect[],
  primaryWorkArea: Rect,
): Rect {
  const wanted = saved ?? { x: 0, y: 0, ...DEFAULT_WINDOW_SIZE };
  let target: Rect | undefined;
  let best = 0;
  if (saved) {
    for (const area of workAreas) {
      const shown = overlap(saved, area);
      const usable = shown.width >= MIN_VISIBLE.width && shown.height >= MIN_VISIBLE.height;
      if (usable && shown.width * shown.height > best) {
        best = shown.width * shown.height;
        target = area;
      }
    }
  }
  const area = target ?? primaryWorkArea;
  const width = clamp(wanted.width, Math.min(MIN_WINDOW_SIZE.width, area.width), area.width);
  const height = clamp(wanted.height, Math.min(MIN_WINDOW_SIZE.height, area.height), area.height);
  if (!target) {
    return {
      x: Math.round(area.x + (area.width - width) / 2),
      y: Math.round(area.y + (area.height - height) / 2),
      width,
      height,
    };
  }
  return {
    x: clamp(wanted.x, area.x, area.x + area.width - width),
    y: clamp(wanted.y, area.y, area.y + area.height - height),
    width,
    height,
  };
}

/** The window calls {@link trackWindowPlacement} reads; a real `BrowserWindow` satisfies it. */
export interface TrackedWindow {
  on(event: 'resize' | 'move' | 'maximize' | 'unmaximize' | 'close', listener: () => void): unknown;
  getNormalBounds(): Rect;
  isMaximized(): boolean;
  isFullScreen(): boolean;
  isMinimized(): boolean;
}

/** The timers {@link trackWindowPlacement} uses; injectable for tests. */
export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realTimers: Timers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** How long moves and resizes settle before the placement is written. */
export const PLACEMENT_SAVE_DELAY_MS = 500;

/**
 * Remembers the window's placement: after moves and resizes settle (so a crash loses little)
 * and once more, synchronously, when the window closes (so quitting right after a move keeps
 * it). The normal bounds are saved even while maximized or full-screen, so un-maximizing on
 * the next run returns to them. `save` must not throw (it logs).
 */
export function trackWindowPlacement(
  window: TrackedWindow,
  save: (placement: WindowPlacement) => void,
  timers: Timers = realTimers,
): void {
  let pending: unknown;
  const capture = (): void => {
    pending = undefined;
    // A minimized window's bounds are meaningless on some platforms; keep the last good ones.
    if (window.isMinimized()) return;
    save({ bounds: window.getNormalBounds(), maximized: window.isMaximized() || window.isFullScreen() });
  };
  const schedule = (): void => {
    if (pending !== undefined) timers.clearTimeout(pending);
    pending = timers.setTimeout(capture, PLACEMENT_SAVE_DELAY_MS);
  };
  for (const event of ['resize', 'move', 'maximize', 'unmaximize'] as const) window.on(event, schedule);
  window.on('close', () => {
    if (pending !== undefined) timers.clearTimeout(pending);
    capture();
  });
}

/** File access for {@link DesktopStateFile}; main passes fs calls, tests pass fakes. */
export interface DesktopStateIo {
  /** Reads the file as UTF-8; throws when missing. */
  readText(filePath: string): string;
  /** Writes atomically and synchronously (see `writeFileAtomicSync`). */
  writeText(filePath: string, text: string): void;
}

/**
 * The state file: read once at start (validated, defaults on any problem) and rewritten
 * atomically on every change. Write failures are logged, never thrown: losing a window
 * position must not crash the app or block closing it.
 */
export class DesktopStateFile {
  private current: DesktopState;

  constructor(
    private readonly filePath: string,
    private readonly io: DesktopStateIo,
    private readonly log: (message: string, error?: unknown) => void = console.error,
  ) {
    let text: string | undefined;
    try {
      text = io.readText(filePath);
    } catch {
      text = undefined;
    }
    this.current = text === undefined ? DEFAULT_DESKTOP_STATE : parseDesktopState(text);
  }

  /** The state as last read or written. */
  get state(): DesktopState {
    return this.current;
  }

  /** Merges `change` into the state and writes the file. */
  update(change: Partial<DesktopState>): void {
    this.current = { ...this.current, ...change };
    try {
      this.io.writeText(this.filePath, serializeDesktopState(this.current));
    } catch (error) {
      this.log('Remit: could not save the window state', error);
    }
  }
}
