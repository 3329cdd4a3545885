import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { writeFileAtomicSync } from '../../../../electron/main/atomic-write.js';
import {
  DEFAULT_DESKTOP_STATE,
  DesktopStateFile,
  fitToDisplays,
  parseDesktopState,
  PLACEMENT_SAVE_DELAY_MS,
  serializeDesktopState,
  trackWindowPlacement,
  type Rect,
  type TrackedWindow,
  type WindowPlacement,
} from '../../../../electron/main/desktop-state.js';

const PRIMARY: Rect = { x: 0, y: 0, width: 1920, height: 1040 };
const RIGHT: Rect = { x: 1920, y: 0, width: 2560, height: 1400 };

describe('parseDesktopState', () => {
  const valid = {
    version: 1,
    window: { bounds: { x: 10, y: 20, width: 1000, height: 700 }, maximized: false },
    theme: 'dark',
  };

  it('reads what serializeDesktopState wrote', () => {
    const state = { window: valid.window, theme: 'dark' } as const;
    expect(parseDesktopState(serializeDesktopState(state))).toEqual(state);
  });

  it.each([
    ['not JSON', '{'],
    ['another version', JSON.stringify({ ...valid, version: 2 })],
    ['an unknown theme', JSON.stringify({ ...valid, theme: 'neon' })],
    [
      'fractional pixels',
      JSON.stringify({ ...valid, window: { ...valid.window, bounds: { ...valid.window.bounds, x: 1.5 } } }),
    ],
    [
      'a zero width',
      JSON.stringify({ ...valid, window: { ...valid.window, bounds: { ...valid.window.bounds, width: 0 } } }),
    ],
    [
      'absurd coordinates',
      JSON.stringify({ ...valid, window: { ...valid.window, bounds: { ...valid.window.bounds, y: 1e9 } } }),
    ],
    [
      'a string where a number goes',
      JSON.stringify({ ...valid, window: { ...valid.window, bounds: { ...valid.window.bounds, x: '10' } } }),
    ],
    ['extra keys', JSON.stringify({ ...valid, evil: true })],
    ['null', 'null'],
  ])('falls back to the defaults for %s', (_name, text) => {
    expect(parseDesktopState(text)).toEqual(DEFAULT_DESKTOP_STATE);
  });

  it('accepts a state without a window (theme only)', () => {
    expect(parseDesktopState(JSON.stringify({ version: 1, theme: 'light' }))).toEqual({
      window: undefined,
      theme: 'light',
    });
  });
});

describe('fitToDisplays', () => {
  it('keeps bounds that are fully on a display', () => {
    const saved = { x: 100, y: 50, width: 1200, height: 800 };
    expect(fitToDisplays(saved, [PRIMARY, RIGHT], PRIMARY)).toEqual(saved);
  });

  it('keeps a window on a second display', () => {
    const saved = { x: 2100, y: 100, width: 1200, height: 800 };
    expect(fitToDisplays(saved, [PRIMARY, RIGHT], PRIMARY)).toEqual(saved);
  });

  it('centres on the primary display when the saved display is gone', () => {
    const saved = { x: 2100, y: 100, width: 1200, height: 800 };
    expect(fitToDisplays(saved, [PRIMARY], PRIMARY)).toEqual({ x: 360, y: 120, width: 1200, height: 800 });
  });

  it('pulls a window that hangs off an edge fully back onto the display', () => {
    const saved = { x: 1500, y: -200, width: 1200, height: 800 };
    expect(fitToDisplays(saved, [PRIMARY], PRIMARY)).toEqual({ x: 720, y: 0, width: 1200, height: 800 });
  });

  it('treats a sliver on screen as off screen', () => {
    const saved = { x: 1900, y: 100, width: 1200, height: 800 };
    const fitted = fitToDisplays(saved, [PRIMARY], PRIMARY);
    expect(fitted).toEqual({ x: 360, y: 120, width: 1200, height: 800 });
  });

  it('shrinks a window larger than the display to the work area', () => {
    const saved = { x: 0, y: 0, width: 3000, height: 2000 };
    expect(fitToDisplays(saved, [PRIMARY], PRIMARY)).toEqual(PRIMARY);
  });

  it('picks the display that shows most of a window straddling two', () => {
    const saved = { x: 1800, y: 100, width: 1000, height: 600 };
    expect(fitToDisplays(saved, [PRIMARY, RIGHT], PRIMARY)).toEqual({
      x: 1920,
      y: 100,
      width: 1000,
      height: 600,
    });
  });

  it('uses the default size centred on the primary display on a first run', () => {
    expect(fitToDisplays(undefined, [PRIMARY], PRIMARY)).toEqual({
      x: 320,
      y: 110,
      width: 1280,
      height: 820,
    });
  });

  it('never goes below the minimum size, unless the display is smaller still', () => {
    const tiny = { x: 0, y: 0, width: 700, height: 500 };
    expect(fitToDisplays({ x: 0, y: 0, width: 200, height: 100 }, [PRIMARY], PRIMARY)).toMatchObject({
      width: 760,
      height: 520,
    });
    expect(fitToDisplays({ x: 0, y: 0, width: 1200, height: 800 }, [tiny], tiny)).toEqual(tiny);
  });
});

describe('trackWindowPlacement', () => {
  function fakeWindow() {
    const listeners = new Map<string, (() => void)[]>();
    const state = { bounds: { x: 1, y: 2, width: 900, height: 600 }, maximized: false, minimized: false };
    const window: TrackedWindow = {
      on: (event, listener) => listeners.set(event, [...(listeners.get(event) ?? []), listener]),
      getNormalBounds: () => state.bounds,
      isMaximized: () => state.maximized,
      isFullScreen: () => false,
      isMinimized: () => state.minimized,
    };
    const emit = (event: string) => listeners.get(event)?.forEach((listener) => listener());
    return { window, state, emit };
  }

  afterEach(() => {
    vi.useRealTimers();
  });

  it('saves once after a burst of moves settles', () => {
    vi.useFakeTimers();
    const fake = fakeWindow();
    const save = vi.fn<(placement: WindowPlacement) => void>();
    trackWindowPlacement(fake.window, save);
    fake.emit('move');
    fake.state.bounds = { x: 40, y: 50, width: 900, height: 600 };
    fake.emit('move');
    fake.emit('resize');
    expect(save).not.toHaveBeenCalled();
    vi.advanceTimersByTime(PLACEMENT_SAVE_DELAY_MS);
    expect(save).toHaveBeenCalledExactlyOnceWith({
      bounds: { x: 40, y: 50, width: 900, height: 600 },
      maximized: false,
    });
  });

  it('saves at once on close, and does not save again later', () => {
    vi.useFakeTimers();
    const fake = fakeWindow();
    const save = vi.fn<(placement: WindowPlacement) => void>();
    trackWindowPlacement(fake.window, save);
    fake.emit('move');
    fake.state.maximized = true;
    fake.emit('close');
    expect(save).toHaveBeenCalledExactlyOnceWith({ bounds: fake.state.bounds, maximized: true });
    vi.advanceTimersByTime(PLACEMENT_SAVE_DELAY_MS * 2);
    expect(save).toHaveBeenCalledOnce();
  });

  it('keeps the last placement while minimized', () => {
    const fake = fakeWindow();
    const save = vi.fn();
    trackWindowPlacement(fake.window, save);
    fake.state.minimized = true;
    fake.emit('close');
    expect(save).not.toHaveBeenCalled();
  });
});

describe('DesktopStateFile', () => {
  let dir: string | undefined;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
    dir = undefined;
  });

  it('starts from the defaults when there is no file, then writes the file atomically', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'remit-state-'));
    const filePath = path.join(dir, 'desktop-state.json');
    const io = { readText: (file: string) => readFileSync(file, 'utf8'), writeText: writeFileAtomicSync };
    const first = new DesktopStateFile(filePath, io);
    expect(first.state).toEqual(DEFAULT_DESKTOP_STATE);
    const placement = { bounds: { x: 5, y: 6, width: 1000, height: 700 }, maximized: false };
    first.update({ window: placement });
    first.update({ theme: 'dark' });
    expect(await readdir(dir)).toEqual(['desktop-state.json']);
    expect(new DesktopStateFile(filePath, io).state).toEqual({ window: placement, theme: 'dark' });
  });

  it('ignores a corrupt file and replaces it on the next change', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'remit-state-'));
    const filePath = path.join(dir, 'desktop-state.json');
    await writeFile(filePath, '{"version":1,"theme":');
    const io = { readText: (file: string) => readFileSync(file, 'utf8'), writeText: writeFileAtomicSync };
    const file = new DesktopStateFile(filePath, io);
    expect(file.state).toEqual(DEFAULT_DESKTOP_STATE);
    file.update({ theme: 'light' });
    expect(parseDesktopState(await readFile(filePath, 'utf8'))).toEqual({
      window: undefined,
      theme: 'light',
    });
  });

  it('logs a failed write instead of throwing, and keeps the state in memory', () => {
    const log = vi.fn();
    const file = new DesktopStateFile(
      '/nowhere/desktop-state.json',
      {
        readText: () => {
          throw Object.assign(new Error('missing'), { code: 'ENOENT' });
        },
        writeText: () => {
          throw Object.assign(new Error('full'), { code: 'ENOSPC' });
        },
      },
      log,
    );
    expect(() => file.update({ theme: 'dark' })).not.toThrow();
    expect(file.state.theme).toBe('dark');
    expect(log).toHaveBeenCalledOnce();
  });
});
