/**
 * Persistence on local disk for `remit serve`: per plan, a snapshot (`<plan>.ydoc`, the whole
 * Yjs state) and an append-only log (`<plan>.ylog`) of every update since. An update is
 * appended (and flushed to disk) inside the Y.Doc's own `update` event, which fires before
 * Hocuspocus acknowledges the message to its sender: nothing acknowledged is lost when the
 * process is killed. Hocuspocus's debounced `onStoreDocument` folds the log into the snapshot.
 */
import {
  closeSync,
  existsSync,
  fsyncSync,
  ftruncateSync,
  openSync,
  readFileSync,
  renameSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import type {
  afterLoadDocumentPayload,
  afterUnloadDocumentPayload,
  Extension,
  onLoadDocumentPayload,
  onStoreDocumentPayload,
} from '@hocuspocus/server';
import * as Y from 'yjs';
import { PLAN_ID_PATTERN } from '../../shared/collab/index.js';

/** How the store writes. */
export interface FileStoreOptions {
  readonly directory: string;
  /** Flush every update to the disk itself, not only to the OS (default true). */
  readonly durable?: boolean;
}

interface OpenLog {
  readonly fd: number;
  readonly path: string;
}

const FRAME_HEADER = 4;

/** The updates in a log file's bytes; a torn last frame (a write cut short) is left out. */
export function readLogFrames(bytes: Uint8Array): Uint8Array[] {
  const frames: Uint8Array[] = [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 0;
  while (offset + FRAME_HEADER <= bytes.length) {
    const length = view.getUint32(offset, true);
    if (offset + FRAME_HEADER + length > bytes.length) break;
    frames.push(bytes.subarray(offset + FRAME_HEADER, offset + FRAME_HEADER + length));
    offset += FRAME_HEADER + length;
  }
  return frames;
}

/** The Hocuspocus extension that keeps plans on disk. */
export class FileStore implements Extension {
  /** Before the Redis extension (1000), whose store lock would stop this instance compacting. */
  readonly priority = 2000;
  readonly extensionName = 'remit-file-store';
  private readonly logs = new Map<string, OpenLog>();

  constructor(private readonly options: FileStoreOptions) {}

  private paths(documentName: string): { snapshot: string; log: string } {
    if (!PLAN_ID_PATTERN.test(documentName)) throw new Error('not a plan id');
    return {
      snapshot: join(this.options.directory, `${documentName}.ydoc`),
      log: join(this.options.directory, `${documentName}.ylog`),
    };
  }

  private flush(fd: number): void {
    if (this.options.durable !== false) fsyncSync(fd);
  }

  /** Writes the whole state as the new snapshot (atomically), then empties the log. */
  private compact(documentName: string, document: Y.Doc): void {
    const paths = this.paths(documentName);
    const temporary = `${paths.snapshot}.tmp`;
    const fd = openSync(temporary, 'w', 0o600);
    try {
      writeSync(fd, Y.encodeStateAsUpdate(document));
      this.flush(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, paths.snapshot);
    const log = this.logs.get(documentName);
    if (log) {
      ftruncateSync(log.fd, 0);
      this.flush(log.fd);
    }
  }

  /** Loads the snapshot and replays the log, then starts a fresh log. */
  onLoadDocument({ document, documentName }: onLoadDocumentPayload): Promise<void> {
    const paths = this.paths(documentName);
    if (existsSync(paths.snapshot)) Y.applyUpdate(document, readFileSync(paths.snapshot));
    if (existsSync(paths.log)) {
      for (const frame of readLogFrames(readFileSync(paths.log))) Y.applyUpdate(document, frame);
    }
    this.logs.set(documentName, { fd: openSync(paths.log, 'a', 0o600), path: paths.log });
    this.compact(documentName, document);
    return Promise.resolve();
  }

  /** From now on every update of the document is logged before anyone hears of it. */
  afterLoadDocument({ document, documentName }: afterLoadDocumentPayload): Promise<void> {
    document.on('update', (update: Uint8Array) => {
      const log = this.logs.get(documentName);
      if (!log) return;
      const frame = new Uint8Array(FRAME_HEADER + update.length);
      new DataView(frame.buffer).setUint32(0, update.length, true);
      frame.set(update, FRAME_HEADER);
      writeSync(log.fd, frame);
      this.flush(log.fd);
    });
    return Promise.resolve();
  }

  onStoreDocument({ document, documentName }: onStoreDocumentPayload): Promise<void> {
    if (this.logs.has(documentName)) this.compact(documentName, document);
    return Promise.resolve();
  }

  afterUnloadDocument({ documentName }: afterUnloadDocumentPayload): Promise<void> {
    const log = this.logs.get(documentName);
    if (log) {
      closeSync(log.fd);
      this.logs.delete(documentName);
    }
    return Promise.resolve();
  }

  onDestroy(): Promise<void> {
    for (const log of this.logs.values()) closeSync(log.fd);
    this.logs.clear();
    return Promise.resolve();
  }
}
