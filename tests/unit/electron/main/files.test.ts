import type { WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  createOpenFileHandler,
  createSaveFileHandler,
  openFilters,
  readUserFile,
  type FileDeps,
} from '../../../../electron/main/files.js';
import { BoundedReadError } from '../../../../electron/files/bounded-read.js';
import { IpcFailure } from '../../../../electron/main/ipc-failure.js';
import { MAX_FILE_BYTES } from '../../../../shared/ipc/channels.js';

const sender = { id: 7 } as unknown as WebContents;

function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

function deps(overrides: Partial<FileDeps> = {}): FileDeps {
  return {
    showSaveDialog: vi.fn(() => Promise.resolve({ canceled: false, filePath: '/home/u/plan.remit.json' })),
    showOpenDialog: vi.fn(() => Promise.resolve({ canceled: false, filePaths: ['/home/u/in.remit.json'] })),
    writeFile: vi.fn(() => Promise.resolve()),
    readBytes: vi.fn(() => Promise.resolve(utf8('{"a":1}'))),
    defaultDirectory: () => '/home/u/Documents',
    ...overrides,
  };
}

const saveRequest = { suggestedName: 'plan.remit.json', mimeType: 'application/json', data: '{}' };

describe('dialog:save-file handler', () => {
  it('offers the suggested name in the default folder and writes the chosen path', async () => {
    const fake = deps();
    await expect(createSaveFileHandler(fake)(saveRequest, { sender })).resolves.toEqual({
      saved: true,
      location: '/home/u/plan.remit.json',
    });
    expect(fake.showSaveDialog).toHaveBeenCalledWith(
      sender,
      expect.objectContaining({ defaultPath: '/home/u/Documents/plan.remit.json' }),
    );
    expect(fake.writeFile).toHaveBeenCalledWith('/home/u/plan.remit.json', '{}');
  });

  it('writes nothing when the user cancels', async () => {
    const fake = deps({ showSaveDialog: () => Promise.resolve({ canceled: true, filePath: '' }) });
    await expect(createSaveFileHandler(fake)(saveRequest, { sender })).resolves.toEqual({ saved: false });
    expect(fake.writeFile).not.toHaveBeenCalled();
  });

  it('reports a failed write as a readable io error', async () => {
    const fake = deps({
      writeFile: () => Promise.reject(Object.assign(new Error('x'), { code: 'ENOSPC' })),
    });
    const failure = await createSaveFileHandler(fake)(saveRequest, { sender }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(IpcFailure);
    expect(failure).toMatchObject({ code: 'io' });
    expect((failure as Error).message).toMatch(/disk is full.*Nothing was overwritten/);
  });
});

describe('dialog:open-file handler', () => {
  it('reads the chosen file and returns its base name and text', async () => {
    const fake = deps();
    await expect(createOpenFileHandler(fake)({ accept: ['.remit.json'] }, { sender })).resolves.toEqual({
      name: 'in.remit.json',
      text: '{"a":1}',
    });
  });

  it('returns null when the user cancels', async () => {
    const fake = deps({ showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }) });
    await expect(createOpenFileHandler(fake)({ accept: [] }, { sender })).resolves.toBeNull();
    expect(fake.readBytes).not.toHaveBeenCalled();
  });
});

describe('readUserFile', () => {
  it('reads at most the limit, and refuses a file over it', async () => {
    const fake = deps({ readBytes: () => Promise.reject(new BoundedReadError('too-large', 'too large')) });
    await expect(readUserFile(fake, '/x/big.remit.json')).rejects.toMatchObject({ code: 'too-large' });
    const reader = vi.fn(() => Promise.resolve(utf8('{}')));
    await readUserFile(deps({ readBytes: reader }), '/x/a.json');
    expect(reader).toHaveBeenCalledWith('/x/a.json', MAX_FILE_BYTES);
  });

  it('refuses what is not a regular file, saying what it is', async () => {
    const fake = deps({ readBytes: () => Promise.reject(new BoundedReadError('not-a-file', 'it is a pipe (FIFO), not a regular file')) });
    await expect(readUserFile(fake, '/x/fifo.remit.json')).rejects.toMatchObject({
      code: 'io',
      message: 'Remit could not read "fifo.remit.json": it is a pipe (FIFO), not a regular file. Nothing was changed.',
    });
  });

  it('strips a UTF-8 byte-order mark', async () => {
    const fake = deps({ readBytes: () => Promise.resolve(utf8('\uFEFF{}')) });
    await expect(readUserFile(fake, '/x/a.json')).resolves.toEqual({ name: 'a.json', text: '{}' });
  });

  it('keeps every character of valid UTF-8 text', async () => {
    const text = '{"name":"Übersicht — 2026 ✓ 𝔼"}';
    const fake = deps({ readBytes: () => Promise.resolve(utf8(text)) });
    await expect(readUserFile(fake, '/x/a.json')).resolves.toEqual({ name: 'a.json', text });
  });

  it.each([
    ['a lone continuation byte', [0x7b, 0x22, 0x80, 0x22, 0x7d]],
    ['a Latin-1 é', [0x7b, 0x22, 0x6e, 0xe9, 0x22, 0x7d]],
    ['a truncated multi-byte sequence at the end', [0x7b, 0x7d, 0xe2, 0x82]],
    ['an overlong encoding', [0xc0, 0xaf]],
    ['UTF-16 with its byte-order mark', [0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]],
  ])('refuses invalid UTF-8 (%s) with a readable io failure instead of replacing bytes', async (_name, bytes) => {
    const fake = deps({ readBytes: () => Promise.resolve(Uint8Array.from(bytes)) });
    const failure = await readUserFile(fake, '/x/plan.remit.json').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(IpcFailure);
    expect(failure).toMatchObject({ code: 'io', message: expect.stringMatching(/^Remit could not read "plan\.remit\.json": it is not UTF-8 text/) });
  });

  it('turns a read error into a readable io failure', async () => {
    const fake = deps({ readBytes: () => Promise.reject(Object.assign(new Error('x'), { code: 'EACCES' })) });
    await expect(readUserFile(fake, '/x/a.json')).rejects.toMatchObject({
      code: 'io',
      message: 'Remit could not read "a.json": permission was denied.',
    });
  });
});

describe('openFilters', () => {
  it('uses the last extension of each accepted type, ignoring MIME types', () => {
    expect(openFilters(['.remit.json', '.json', 'application/json'])).toEqual([
      { name: 'Supported files', extensions: ['json'] },
      { name: 'All files', extensions: ['*'] },
    ]);
  });

  it('allows every file when nothing is accepted', () => {
    expect(openFilters([])).toEqual([{ name: 'All files', extensions: ['*'] }]);
  });
});
