import { describe, expect, it, vi } from 'vitest';
import {
  createElectronPlatform,
  PlatformRequestError,
} from '../../../../renderer/platform/electron-platform.js';
import type { RemitBridge } from '../../../../shared/ipc/bridge.js';

function fakeBridge(answers: Record<string, unknown>) {
  const invoke = vi.fn((channel: string) => Promise.resolve(answers[channel]));
  const on = vi.fn(() => () => undefined);
  return { invoke, bridge: { invoke, on } as unknown as RemitBridge };
}

const request = {
  scenarioId: 's1',
  suggestedName: 'Board plan.pdf',
  options: { paper: 'a4', orientation: 'portrait', appendix: true },
} as const;

describe('Electron platform: PDF export', () => {
  it('sends export:pdf with the contract fields and reports where the file went', async () => {
    const fake = fakeBridge({
      'export:pdf': { ok: true, value: { saved: true, location: '/docs/Board plan.pdf' } },
    });
    const platform = createElectronPlatform(fake.bridge);
    await expect(platform.exportPdf({ ...request, extra: 1 } as typeof request)).resolves.toEqual({
      kind: 'saved',
      location: '/docs/Board plan.pdf',
    });
    expect(fake.invoke).toHaveBeenCalledWith('export:pdf', request);
  });

  it('says cancelled when the user closed the save dialog', async () => {
    const fake = fakeBridge({ 'export:pdf': { ok: true, value: { saved: false } } });
    await expect(createElectronPlatform(fake.bridge).exportPdf(request)).resolves.toEqual({
      kind: 'cancelled',
    });
  });

  it('rejects with main’s message when rendering timed out', async () => {
    const message =
      'Making the PDF took longer than 30 seconds, so Remit stopped. Nothing was saved; please try again.';
    const fake = fakeBridge({ 'export:pdf': { ok: false, error: { code: 'print-failed', message } } });
    const failure = await createElectronPlatform(fake.bridge)
      .exportPdf(request)
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(PlatformRequestError);
    expect(failure).toMatchObject({ code: 'print-failed', message });
  });

  it('reports the print view ready over print:report-ready and never throws', async () => {
    const fake = fakeBridge({ 'print:report-ready': { ok: true, value: undefined } });
    const platform = createElectronPlatform(fake.bridge);
    expect(() => platform.reportPrintReady({ ok: false, message: 'gone' })).not.toThrow();
    expect(fake.invoke).toHaveBeenCalledWith('print:report-ready', { ok: false, message: 'gone' });
  });
});
