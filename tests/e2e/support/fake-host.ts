import type { Page } from '@playwright/test';
import type { EventChannel, EventPayload, InvokeChannel } from '../../../shared/ipc/channels.js';

// A stand-in for Electron's preload bridge (`window.remit`), installed before the page's own
// scripts, so the renderer runs its real Electron platform (renderer/platform/
// electron-platform.ts) in plain Chromium. Main's side is played by the test: `emitFromMain`
// sends an event (menu command, opened file) and `invokes` lists the requests the page made.
// Like the real preload, `app:open-file` events wait until the page subscribes.

/** The version the fake main reports for `app:get-info`. */
export const FAKE_VERSION = '9.8.7-test';

/** One request the page sent to the fake main. */
export interface RecordedInvoke {
  readonly channel: InvokeChannel;
  readonly request: unknown;
}

/** Installs the fake bridge for every page load of `page`. */
export async function installFakeHost(page: Page): Promise<void> {
  await page.addInitScript((version: string) => {
    type Listener = (payload: unknown) => void;
    const listeners = new Map<string, Set<Listener>>();
    const buffered: unknown[] = [];
    const invokes: { channel: string; request: unknown }[] = [];
    const results: Record<string, unknown> = {
      'app:get-info': { version, platform: 'linux' },
      'dialog:save-file': { saved: false },
      'dialog:open-file': null,
      'export:pdf': { saved: true, location: '/home/user/Documents/comparison.pdf' },
      'print:report-ready': undefined,
      'shell:open-external': undefined,
    };
    const bridge = {
      invoke: (channel: string, request?: unknown) => {
        invokes.push({ channel, request: request === undefined ? null : JSON.parse(JSON.stringify(request)) });
        return Promise.resolve({ ok: true, value: results[channel] });
      },
      on: (channel: string, listener: Listener) => {
        const set = listeners.get(channel) ?? new Set<Listener>();
        listeners.set(channel, set);
        set.add(listener);
        if (channel === 'app:open-file' && buffered.length > 0) {
          const pending = buffered.splice(0);
          queueMicrotask(() => pending.forEach((payload) => listener(payload)));
        }
        return () => set.delete(listener);
      },
    };
    Object.defineProperty(window, 'remit', { value: Object.freeze(bridge) });
    Object.defineProperty(window, '__fakeMain', {
      value: {
        invokes,
        emit: (channel: string, payload: unknown) => {
          const set = listeners.get(channel);
          if (!set || set.size === 0) {
            if (channel === 'app:open-file') buffered.push(payload);
            return;
          }
          for (const listener of [...set]) listener(payload);
        },
        listenerCount: (channel: string) => listeners.get(channel)?.size ?? 0,
      },
    });
  }, FAKE_VERSION);
}

/** Sends an event from the fake main to the page. */
export async function emitFromMain<C extends EventChannel>(page: Page, channel: C, payload: EventPayload<C>): Promise<void> {
  await page.evaluate(
    ([name, value]) => (window as unknown as { __fakeMain: { emit: (c: string, p: unknown) => void } }).__fakeMain.emit(name, value),
    [channel, payload] as const,
  );
}

/** The requests the page has sent to the fake main so far. */
export function invokes(page: Page): Promise<RecordedInvoke[]> {
  return page.evaluate(() => (window as unknown as { __fakeMain: { invokes: RecordedInvoke[] } }).__fakeMain.invokes);
}
