import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  applyUserDataOverride,
  claimSingleInstance,
  findScenarioArgument,
  type FocusableWindow,
} from '../../../../electron/main/launch.js';

describe('findScenarioArgument', () => {
  it.each([
    [['/opt/Remit/remit', 'plan.remit.json'], '/work/plan.remit.json'],
    [['electron', '.', '/abs/Plan.REMIT.json'], '/abs/Plan.REMIT.json'],
    [['remit', '--flag', 'a.remit.json', 'b.remit.json'], '/work/b.remit.json'],
    [['remit', '--open=x.remit.json'], null],
    [['remit', 'notes.json'], null],
    [['x.remit.json'], null],
    [[], null],
  ])('%j → %s', (argv, expected) => {
    expect(findScenarioArgument(argv, '/work')).toBe(expected === null ? null : path.resolve(expected));
  });
});

describe('applyUserDataOverride', () => {
  it('sets userData to the absolute override', () => {
    const app = { setPath: vi.fn() };
    expect(applyUserDataOverride(app, { REMIT_USER_DATA_DIR: 'tmp/profile' })).toBe(
      path.resolve('tmp/profile'),
    );
    expect(app.setPath).toHaveBeenCalledWith('userData', path.resolve('tmp/profile'));
  });

  it('keeps the default when the variable is unset or empty', () => {
    const app = { setPath: vi.fn() };
    expect(applyUserDataOverride(app, {})).toBeUndefined();
    expect(applyUserDataOverride(app, { REMIT_USER_DATA_DIR: '' })).toBeUndefined();
    expect(app.setPath).not.toHaveBeenCalled();
  });
});

describe('claimSingleInstance', () => {
  function fakeApp(locked: boolean) {
    const listeners = new Map<string, (...args: unknown[]) => void>();
    return {
      listeners,
      requestSingleInstanceLock: vi.fn(() => locked),
      on: vi.fn((name: string, listener: (...args: unknown[]) => void) => {
        listeners.set(name, listener);
      }),
    };
  }

  it('reports false when another instance holds the lock', () => {
    const app = fakeApp(false);
    expect(claimSingleInstance(app as never, () => null, vi.fn())).toBe(false);
    expect(app.on).not.toHaveBeenCalled();
  });

  it('focuses the first window and forwards the file of a second instance', () => {
    const app = fakeApp(true);
    const window: FocusableWindow = {
      isMinimized: () => true,
      restore: vi.fn(),
      show: vi.fn(),
      focus: vi.fn(),
    };
    const openFile = vi.fn();
    expect(claimSingleInstance(app as never, () => window, openFile)).toBe(true);
    app.listeners.get('second-instance')?.({}, ['remit', 'next.remit.json'], '/home/u');
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
    expect(openFile).toHaveBeenCalledWith(path.resolve('/home/u/next.remit.json'));
  });

  it('only focuses when the second instance has no file', () => {
    const app = fakeApp(true);
    const openFile = vi.fn();
    claimSingleInstance(app as never, () => null, openFile);
    app.listeners.get('second-instance')?.({}, ['remit'], '/home/u');
    expect(openFile).not.toHaveBeenCalled();
  });
});
