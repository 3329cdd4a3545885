import { spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureDataDir, lockDataDir, storedSecret } from '../../../../electron/server/data-dir.js';
import { temporaryFolder } from '../../../support/remit-server.js';

describe('the server data folder', () => {
  it('is locked against a second live server and taken over from a dead one', async () => {
    const folder = temporaryFolder();
    ensureDataDir(folder);
    const other = spawn('sleep', ['30']);
    try {
      writeFileSync(join(folder, 'serve.lock'), String(other.pid));
      expect(() => lockDataDir(folder)).toThrow(/another remit serve .* uses/);
    } finally {
      other.kill();
      await new Promise((resolve) => other.once('exit', resolve));
    }
    const release = lockDataDir(folder);
    expect(readFileSync(join(folder, 'serve.lock'), 'utf8')).toBe(String(process.pid));
    release();
    expect(existsSync(join(folder, 'serve.lock'))).toBe(false);
  });

  it('keeps a generated secret private and stable', () => {
    const folder = temporaryFolder();
    expect(storedSecret(folder, false)).toBeNull();
    const secret = storedSecret(folder, true);
    expect(secret?.length).toBeGreaterThanOrEqual(32);
    expect(storedSecret(folder, false)).toBe(secret);
    expect(statSync(join(folder, 'secret')).mode & 0o777).toBe(0o600);
  });
});
