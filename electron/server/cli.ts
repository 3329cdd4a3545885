/**
 * The `remit serve` and `remit invite` commands: flags and environment variables in, a running
 * server or a share link out.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatShareLink, PLAN_ID_PATTERN } from '../../shared/collab/index.js';
import { ensureDataDir, lockDataDir, storedSecret } from './data-dir.js';
import { startServer, type ServeOptions } from './serve.js';
import { mintToken } from './tokens.js';

/** Where the commands write. */
export interface ServerCliOutput {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

/** Help for `remit serve` and `remit invite`. */
export const SERVER_HELP = `remit serve [options]     Serve shared plans (and the web app) to your team.
  --port <n>               Port (REMIT_PORT; default 4321; 0 picks a free one).
  --host <address>         Address to listen on (REMIT_HOST; default 127.0.0.1, this machine
                           only; 0.0.0.0 lets others on your network in).
  --data <folder>          Where plans are kept (REMIT_DATA_DIR; default ./remit-data).
  --secret <text>          Signing secret, 32+ characters (REMIT_SECRET; default: one generated
                           and kept in the data folder). Prefer the variable: flags show in ps.
  --redis <url>            redis://host:port to run several servers as one (REMIT_REDIS_URL).
  --web <folder>           The built web app (default dist/renderer).
  --max-message-bytes <n>  Largest message accepted (default 11000000).
  --rate <n>               Messages per second per connection (default 50).
  --no-fsync               Do not flush each change to disk (faster, loses changes on power loss).

remit invite [plan-id] [options]   Print a share link for a plan (a new plan id when none).
  --view                   Read-only link (default: can edit).
  --hours <n>              How long the link works (default 168, one week).
  --url <address>          The server's address as teammates reach it (REMIT_PUBLIC_URL;
                           default http://<host>:<port>).
  --data, --secret, --host, --port   As for serve: the same secret signs and checks links.
`;

class UsageError extends Error {
  override readonly name = 'UsageError';
}

const VALUE_FLAGS = new Set([
  '--port',
  '--host',
  '--data',
  '--secret',
  '--redis',
  '--web',
  '--max-message-bytes',
  '--rate',
  '--hours',
  '--url',
]);
const SWITCHES = new Set(['--view', '--no-fsync', '--help']);

function parseFlags(argv: readonly string[]): { flags: Map<string, string>; positional: string[] } {
  const flags = new Map<string, string>();
  const positional: string[] = [];
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    const [name = '', inline] = arg.split(/=(.*)/s, 2);
    if (VALUE_FLAGS.has(name)) {
      const value = inline ?? argv[(index += 1)];
      if (value === undefined) throw new UsageError(`${name} needs a value`);
      flags.set(name, value);
    } else if (SWITCHES.has(arg)) flags.set(arg, 'true');
    else if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg} (see remit serve --help)`);
    else positional.push(arg);
  }
  return { flags, positional };
}

function integer(value: string, name: string, min: number, max: number): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < min || number > max) {
    throw new UsageError(`${name} must be a whole number from ${min} to ${max}`);
  }
  return number;
}

/** The package's root folder, found from this module wherever it was bundled to. */
function packageRoot(): string {
  let folder = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 6; depth += 1) {
    const manifest = join(folder, 'package.json');
    if (existsSync(manifest) && /"name":\s*"remit"/.test(readFileSync(manifest, 'utf8'))) return folder;
    folder = dirname(folder);
  }
  return process.cwd();
}

type Environment = Readonly<Record<string, string | undefined>>;

function common(flags: Map<string, string>, env: Environment) {
  const port = integer(flags.get('--port') ?? env.REMIT_PORT ?? '4321', '--port', 0, 65_535);
  const host = flags.get('--host') ?? env.REMIT_HOST ?? '127.0.0.1';
  const dataDir = resolve(flags.get('--data') ?? env.REMIT_DATA_DIR ?? 'remit-data');
  const secret = flags.get('--secret') ?? env.REMIT_SECRET;
  if (secret !== undefined && secret.length < 32)
    throw new UsageError('the secret must be at least 32 characters');
  return { port, host, dataDir, secret };
}

async function serve(flags: Map<string, string>, env: Environment, output: ServerCliOutput): Promise<number> {
  const { port, host, dataDir, secret } = common(flags, env);
  ensureDataDir(dataDir);
  const release = lockDataDir(dataDir);
  const options: ServeOptions = {
    port,
    host,
    dataDir,
    secret: secret ?? storedSecret(dataDir, true) ?? '',
    webDir: resolve(flags.get('--web') ?? join(packageRoot(), 'dist', 'renderer')),
    redisUrl: flags.get('--redis') ?? env.REMIT_REDIS_URL,
    maxMessageBytes: integer(
      flags.get('--max-message-bytes') ?? '11000000',
      '--max-message-bytes',
      1024,
      100_000_000,
    ),
    messagesPerSecond: integer(flags.get('--rate') ?? '50', '--rate', 1, 100_000),
    durable: !flags.has('--no-fsync'),
  };
  let running;
  try {
    running = await startServer(options, (line) => output.err(`remit serve: ${line}\n`));
  } catch (error) {
    release();
    throw error;
  }
  const address = `http://${host.includes(':') ? `[${host}]` : host}:${running.port}`;
  output.out(
    `Remit server listening on ${address} (plans in ${dataDir}${options.redisUrl ? ', with Redis' : ''})\n`,
  );
  if (!running.webApp)
    output.out('The web app is not built, so only the desktop app can join (npm run build:renderer).\n');
  output.out('Make a share link with: remit invite (same --data or REMIT_SECRET). Ctrl+C stops.\n');
  return new Promise((done) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void running.stop().finally(() => {
        release();
        done(0);
        // Redis clients and Hocuspocus's timers may still hold the event loop open; the server is
        // closed and every change is on disk, so end the process once the exit code is set.
        setTimeout(() => process.exit(), 200).unref();
      });
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

async function invite(
  flags: Map<string, string>,
  positional: readonly string[],
  env: Environment,
  output: ServerCliOutput,
): Promise<number> {
  const { port, host, dataDir, secret } = common(flags, env);
  const plan = positional[0] ?? randomUUID();
  if (!PLAN_ID_PATTERN.test(plan)) throw new UsageError('a plan id is 8 to 64 letters, digits, - or _');
  if (positional.length > 1) throw new UsageError('invite takes at most one plan id');
  const key = secret ?? storedSecret(dataDir, false);
  if (!key)
    throw new UsageError(`no secret in ${dataDir}: start remit serve there first, or pass REMIT_SECRET`);
  const hours = integer(flags.get('--hours') ?? '168', '--hours', 1, 24 * 366);
  const permission = flags.has('--view') ? 'view' : 'edit';
  const server = (
    flags.get('--url') ??
    env.REMIT_PUBLIC_URL ??
    `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`
  ).replace(/\/+$/, '');
  if (!/^https?:\/\/[^/\s#]+$/.test(server)) throw new UsageError('--url must look like http://host:port');
  const token = await mintToken({ secret: key, plan, permission, hours });
  output.out(`${formatShareLink({ server, plan, token })}\n`);
  return 0;
}

/**
 * Runs `remit serve …` or `remit invite …` (`argv` starts with the command). Resolves with the
 * exit code: for serve, when the server stops (Ctrl+C, SIGTERM). Never rejects.
 */
export async function runServerCommand(
  argv: readonly string[],
  output: ServerCliOutput,
  env: Environment = process.env,
): Promise<number> {
  try {
    const [command, ...rest] = argv;
    const { flags, positional } = parseFlags(rest);
    if (flags.has('--help')) {
      output.out(SERVER_HELP);
      return 0;
    }
    if (command === 'invite') return await invite(flags, positional, env, output);
    if (positional.length > 0) throw new UsageError(`serve takes no arguments (got ${positional[0]})`);
    return await serve(flags, env, output);
  } catch (error) {
    output.err(`remit: ${(error as Error).message}\n`);
    return 2;
  }
}
