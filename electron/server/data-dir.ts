/**
 * The server's data directory: created private (0700), locked by one `remit serve` at a time
 * (two processes appending to the same logs would corrupt them), and home of the signing
 * secret when none is given.
 */
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';

const LOCK = 'serve.lock';
const SECRET = 'secret';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Creates `directory` (private) if needed. */
export function ensureDataDir(directory: string): void {
  mkdirSync(directory, { recursive: true, mode: 0o700 });
}

/**
 * Takes the directory's lock for this process. Throws when another live process holds it; a
 * lock left by a process that died is taken over. Returns the function that releases it.
 */
export function lockDataDir(directory: string): () => void {
  const path = join(directory, LOCK);
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const fd = openSync(path, 'wx', 0o600);
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(path, 'utf8'));
      if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && alive(holder)) {
        throw new Error(
          `another remit serve (process ${holder}) uses ${directory}; give each server its own --data`,
          { cause: error },
        );
      }
      rmSync(path, { force: true });
    }
  }
  throw new Error(`cannot lock ${directory}`);
}

/**
 * The signing secret kept in the data directory, created (random, 0600) on first use. Used
 * when neither --secret nor REMIT_SECRET is given. `create` false only reads.
 */
export function storedSecret(directory: string, create: boolean): string | null {
  const path = join(directory, SECRET);
  if (existsSync(path)) return readFileSync(path, 'utf8').trim();
  if (!create) return null;
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(path, `${secret}\n`, { mode: 0o600, flag: 'wx' });
  chmodSync(path, 0o600);
  return secret;
}
