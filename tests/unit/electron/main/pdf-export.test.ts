import type { PrintToPDFOptions, SaveDialogOptions, SaveDialogReturnValue, WebContents } from 'electron';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IpcFailure } from '../../../../electron/main/ipc-failure.js';
import {
  createExportPdfHandler,
  MAX_CONCURRENT_PDF_EXPORTS,
  createPrintReadyHandler,
  pdfWindowOptions,
  PDF_RENDER_TIMEOUT_MS,
  printToPdfOptions,
  printUrl,
  PrintReadySignals,
  type PdfExportDeps,
  type PdfWindow,
} from '../../../../electron/main/pdf-export.js';
import type { ExportPdfRequest, PrintReadyReport } from '../../../../shared/ipc/channels.js';
import { parsePrintRouteHash } from '../../../../shared/ipc/print-route.js';
import { exportPdfRequestSchema } from '../../../../shared/ipc/schemas.js';

const PDF = new Uint8Array([0x25, 0x50, 0x44, 0x46]);
const sender = { id: 1 } as unknown as WebContents;

const request: ExportPdfRequest = {
  scenarioId: 'scenario-1',
  suggestedName: 'Board plan',
  options: { paper: 'letter', orientation: 'landscape', appendix: true },
};

/** What the page in the fake window does once loaded. */
type PageBehaviour =
  | { readonly kind: 'reports'; readonly report: PrintReadyReport }
  | { readonly kind: 'silent' }
  | { readonly kind: 'load-fails' };

/** A fake hidden window that records the order of events. */
function fakeWindow(
  signals: PrintReadySignals,
  behaviour: PageBehaviour,
  events: string[],
  print: () => Promise<Uint8Array> = () => Promise.resolve(PDF),
) {
  let destroyed = false;
  const window = {
    webContents: {
      id: 42,
      loadURL: vi.fn(async (url: string) => {
        events.push(`load ${url}`);
        if (behaviour.kind === 'load-fails') throw new Error('ERR_FAILED');
        // The page reports from its own task, after the load has finished.
        if (behaviour.kind === 'reports') {
          setTimeout(() => createPrintReadyHandler(signals)(behaviour.report, { sender: { id: 42 } }), 5);
        }
      }),
      printToPDF: vi.fn(async (options: PrintToPDFOptions) => {
        events.push(`print ${options.pageSize as string}`);
        return print();
      }),
    },
    isDestroyed: () => destroyed,
    destroy: vi.fn(() => {
      events.push('destroy');
      destroyed = true;
    }),
  } satisfies PdfWindow;
  return window;
}

function deps(
  window: PdfWindow,
  events: string[],
  overrides: Partial<PdfExportDeps> = {},
): PdfExportDeps & { showSaveDialog: ReturnType<typeof vi.fn>; writeFile: ReturnType<typeof vi.fn> } {
  return {
    createWindow: () => window,
    showSaveDialog: vi.fn(
      async (_sender: WebContents, options: SaveDialogOptions): Promise<SaveDialogReturnValue> => {
        events.push(`dialog ${options.defaultPath ?? ''}`);
        return { canceled: false, filePath: '/home/ceo/Documents/Board plan.pdf' };
      },
    ),
    writeFile: vi.fn(async (target: string) => {
      events.push(`write ${target}`);
    }),
    defaultDirectory: () => '/home/ceo/Documents',
    ...overrides,
  } as PdfExportDeps & { showSaveDialog: ReturnType<typeof vi.fn>; writeFile: ReturnType<typeof vi.fn> };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('export:pdf handler', () => {
  it('loads the print route, waits for the ready report, prints, destroys the window, then saves', async () => {
    const signals = new PrintReadySignals();
    const events: string[] = [];
    const window = fakeWindow(signals, { kind: 'reports', report: { ok: true } }, events);
    const d = deps(window, events);

    const result = await createExportPdfHandler(d, signals)(request, { sender });

    expect(result).toEqual({ saved: true, location: '/home/ceo/Documents/Board plan.pdf' });
    expect(events).toEqual([
      `load ${printUrl(request)}`,
      'print Letter',
      'destroy',
      'dialog /home/ceo/Documents/Board plan.pdf',
      'write /home/ceo/Documents/Board plan.pdf',
    ]);
    expect(d.writeFile).toHaveBeenCalledWith('/home/ceo/Documents/Board plan.pdf', PDF);
    expect(window.webContents.printToPDF).toHaveBeenCalledWith(printToPdfOptions(request.options));
    expect(signals.size).toBe(0);
  });

  it(`runs at most ${MAX_CONCURRENT_PDF_EXPORTS} exports at once and refuses one more with a message`, async () => {
    const signals = new PrintReadySignals();
    // Hidden windows whose page never finishes loading until the test lets it fail.
    const releases: (() => void)[] = [];
    let nextId = 100;
    const d = deps(fakeWindow(signals, { kind: 'reports', report: { ok: true } }, []), [], {
      createWindow: () => ({
        webContents: {
          id: (nextId += 1),
          loadURL: () => new Promise<void>((_resolve, reject) => releases.push(() => reject(new Error('stopped')))),
          printToPDF: vi.fn(),
        },
        isDestroyed: () => false,
        destroy: vi.fn(),
      }),
    });
    const handler = createExportPdfHandler(d, signals);
    const running = Array.from({ length: MAX_CONCURRENT_PDF_EXPORTS }, () =>
      handler(request, { sender }).catch((error: unknown) => error),
    );
    await expect(handler(request, { sender })).rejects.toMatchObject({ code: 'print-failed', message: expect.stringMatching(/already making/) });
    expect(releases).toHaveLength(MAX_CONCURRENT_PDF_EXPORTS);
    for (const release of releases.splice(0)) release();
    await Promise.all(running);
    // Once they finished, a new export starts again.
    const next = handler(request, { sender }).catch((error: unknown) => error);
    expect(releases).toHaveLength(1);
    releases[0]?.();
    expect(await next).toMatchObject({ code: 'print-failed', message: expect.not.stringMatching(/already making/) });
  });

  it('returns saved: false and writes nothing when the user cancels the save dialog', async () => {
    const signals = new PrintReadySignals();
    const events: string[] = [];
    const window = fakeWindow(signals, { kind: 'reports', report: { ok: true } }, events);
    const d = deps(window, events, {
      showSaveDialog: vi.fn(async () => ({ canceled: true, filePath: '' })),
    });

    await expect(createExportPdfHandler(d, signals)(request, { sender })).resolves.toEqual({ saved: false });
    expect(d.writeFile).not.toHaveBeenCalled();
    expect(window.destroy).toHaveBeenCalledTimes(1);
  });

  it('times out after 30 s with a clear message when the page never reports, and destroys the window after', async () => {
    vi.useFakeTimers();
    const signals = new PrintReadySignals();
    const events: string[] = [];
    const window = fakeWindow(signals, { kind: 'silent' }, events);
    const d = deps(window, events);

    const exported = createExportPdfHandler(d, signals)(request, { sender });
    const outcome = expect(exported).rejects.toMatchObject({
      code: 'print-failed',
      message: expect.stringMatching(/longer than 30 seconds.*Nothing was saved/) as unknown,
    });
    await vi.advanceTimersByTimeAsync(PDF_RENDER_TIMEOUT_MS - 1);
    expect(window.destroy).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    await outcome;
    expect(window.destroy).toHaveBeenCalledTimes(1);
    expect(window.webContents.printToPDF).not.toHaveBeenCalled();
    expect(d.showSaveDialog).not.toHaveBeenCalled();
    expect(signals.size).toBe(0);
  });

  it('times out when printToPDF itself hangs, destroying the window only once the export settled', async () => {
    vi.useFakeTimers();
    const signals = new PrintReadySignals();
    const events: string[] = [];
    const window = fakeWindow(
      signals,
      { kind: 'reports', report: { ok: true } },
      events,
      () => new Promise(() => undefined),
    );
    const d = deps(window, events);

    const exported = createExportPdfHandler(d, signals)(request, { sender });
    const outcome = expect(exported).rejects.toBeInstanceOf(IpcFailure);
    await vi.advanceTimersByTimeAsync(10);
    expect(window.webContents.printToPDF).toHaveBeenCalled();
    expect(window.destroy).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(PDF_RENDER_TIMEOUT_MS);
    await outcome;
    expect(events.at(-1)).toBe('destroy');
  });

  it('passes on the print view’s own failure (e.g. the scenario is gone) without saving', async () => {
    const signals = new PrintReadySignals();
    const events: string[] = [];
    const window = fakeWindow(
      signals,
      { kind: 'reports', report: { ok: false, message: 'This scenario no longer exists.' } },
      events,
    );
    const d = deps(window, events);

    await expect(createExportPdfHandler(d, signals)(request, { sender })).rejects.toMatchObject({
      code: 'print-failed',
      message: 'Remit could not lay out the PDF: This scenario no longer exists.',
    });
    expect(window.webContents.printToPDF).not.toHaveBeenCalled();
    expect(d.showSaveDialog).not.toHaveBeenCalled();
    expect(window.destroy).toHaveBeenCalledTimes(1);
  });

  it('turns a failed page load into a readable print failure and destroys the window', async () => {
    const signals = new PrintReadySignals();
    const events: string[] = [];
    const window = fakeWindow(signals, { kind: 'load-fails' }, events);
    const d = deps(window, events);

    await expect(createExportPdfHandler(d, signals)(request, { sender })).rejects.toMatchObject({
      code: 'print-failed',
      message: expect.stringContaining('could not make the PDF') as unknown,
    });
    expect(window.destroy).toHaveBeenCalledTimes(1);
    expect(signals.size).toBe(0);
  });

  it('reports a write failure in plain words and leaves the target alone', async () => {
    const signals = new PrintReadySignals();
    const events: string[] = [];
    const window = fakeWindow(signals, { kind: 'reports', report: { ok: true } }, events);
    const d = deps(window, events, {
      writeFile: vi.fn(async () => {
        throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
      }),
    });

    const failure = await createExportPdfHandler(d, signals)(request, { sender }).catch(
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(IpcFailure);
    expect(failure).toMatchObject({
      code: 'io',
      message: 'Remit could not save "Board plan.pdf": the disk is full. Nothing was overwritten.',
    });
    expect(window.destroy).toHaveBeenCalledTimes(1);
  });
});

describe('print ready signals', () => {
  it('ignores reports from web contents nobody waits for', () => {
    const signals = new PrintReadySignals();
    expect(signals.report(7, { ok: true })).toBe(false);
  });

  it('delivers a report to the export waiting for that web contents only', async () => {
    const signals = new PrintReadySignals();
    const first = signals.wait(1);
    const second = signals.wait(2);
    expect(signals.report(2, { ok: false, message: 'x' })).toBe(true);
    await expect(second).resolves.toEqual({ ok: false, message: 'x' });
    expect(signals.report(1, { ok: true })).toBe(true);
    await expect(first).resolves.toEqual({ ok: true });
  });
});

describe('pdf window and print options', () => {
  it('creates a hidden, sandboxed, context-isolated window with the preload and no devtools', () => {
    const options = pdfWindowOptions('/app/preload.cjs');
    expect(options.show).toBe(false);
    expect(options.webPreferences).toMatchObject({
      preload: '/app/preload.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      devTools: false,
      backgroundThrottling: false,
    });
  });

  it('asks for tagged PDF and an outline, CSS page size and the chosen paper', () => {
    expect(printToPdfOptions({ paper: 'a4', orientation: 'portrait', appendix: false })).toMatchObject({
      pageSize: 'A4',
      landscape: false,
      preferCSSPageSize: true,
      printBackground: true,
      generateTaggedPDF: true,
      generateDocumentOutline: true,
    });
    expect(printToPdfOptions({ paper: 'letter', orientation: 'landscape', appendix: true })).toMatchObject({
      pageSize: 'Letter',
      landscape: true,
    });
  });

  it('builds a print URL on the app origin that the renderer parses back', () => {
    const url = new URL(printUrl({ scenarioId: 'a b&c', options: request.options }));
    expect(url.href.startsWith('app://remit/index.html#/print?')).toBe(true);
    expect(parsePrintRouteHash(url.hash)).toEqual({ scenarioId: 'a b&c', options: request.options });
  });
});

describe('export:pdf request schema', () => {
  it('accepts a valid request and refuses a path, a bad option or an empty id', () => {
    expect(exportPdfRequestSchema.safeParse(request).success).toBe(true);
    expect(exportPdfRequestSchema.safeParse({ ...request, suggestedName: '../evil.pdf' }).success).toBe(
      false,
    );
    expect(
      exportPdfRequestSchema.safeParse({ ...request, options: { ...request.options, paper: 'a3' } }).success,
    ).toBe(false);
    expect(exportPdfRequestSchema.safeParse({ ...request, scenarioId: '' }).success).toBe(false);
    expect(exportPdfRequestSchema.safeParse({ ...request, extra: 1 }).success).toBe(false);
  });
});
