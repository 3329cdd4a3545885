// Collaboration figure (issue 16): N simulated clients (Node, real WebSockets, real Hocuspocus
// providers) on one shared plan served by a real `remit serve` process on loopback. Every client
// moves one of its own cards (no two clients fight over a card) once a second; the figure is the
// time from a move to the moment EVERY other client's document holds it, and the server's memory.
// All clients share this process's clock, so the times need no clock sync.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { makeScenario } from './data.mjs';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const SECRET = 'bench-secret-bench-secret-bench-secret-00';
const PLAN = 'bench-collab-plan';
const LANES = ['CIO', 'Shared', 'CTO', 'Unassigned'];

function rssMegabytes(pid) {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

async function startServer(dataDir) {
  if (!existsSync(join(ROOT, 'dist/cli/remit.mjs'))) {
    await new Promise((resolve) => spawn(process.execPath, [join(ROOT, 'build/scripts/build-cli.mjs'), '--quiet'], { stdio: 'inherit' }).once('exit', resolve));
  }
  const child = spawn(process.execPath, [join(ROOT, 'electron/cli/remit.mjs'), 'serve', '--port', '0', '--data', dataDir], {
    env: { ...process.env, REMIT_SECRET: SECRET },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr.on('data', (chunk) => (output += chunk));
  const port = await new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
      if (match) resolve(Number(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`remit serve exited (${code}): ${output}`)));
  });
  return { child, port };
}

function connect(url, token, doc) {
  const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket });
  let synced;
  const ready = new Promise((resolve, reject) => {
    synced = resolve;
    setTimeout(() => reject(new Error('a bench client did not sync in 30 s')), 30_000);
  });
  const provider = new HocuspocusProvider({ websocketProvider: socket, name: PLAN, token, document: doc, onSynced: () => synced() });
  provider.attach();
  return {
    ready,
    close: () => {
      socket.webSocket?.on?.('error', () => undefined);
      provider.destroy();
      socket.destroy();
    },
  };
}

/**
 * Runs the figure: `clients` clients, `cards` cards, each client moving once a second for
 * `seconds` seconds. Resolves with { latencies (ms, one per move: slowest other client), moves,
 * lost (moves some client never saw), serverMb: { start, max } }.
 */
export async function collabFigures({ clients = 20, cards = 300, seconds = 60, log = () => undefined } = {}) {
  const collab = await import(pathToFileURL(join(ROOT, 'shared/collab/index.ts')).href);
  const { mintToken } = await import(pathToFileURL(join(ROOT, 'electron/server/tokens.ts')).href);
  const dataDir = mkdtempSync(join(tmpdir(), 'remit-bench-collab-'));
  const server = await startServer(dataDir);
  const url = `ws://127.0.0.1:${server.port}`;
  const token = await mintToken({ secret: SECRET, plan: PLAN, permission: 'edit', hours: 2 });
  const scenario = makeScenario(4242, cards);
  const peers = [];
  const serverMb = { start: Number.NaN, max: 0 };
  try {
    for (let index = 0; index < clients; index += 1) {
      const doc = new Y.Doc();
      const connection = connect(url, token, doc);
      peers.push({ doc, connection, origin: { client: index }, current: scenario });
      await connection.ready;
      if (index === 0) collab.seedPlanDoc(doc, scenario, 'seed');
    }
    // Every client holds the whole plan before the clock starts.
    await Promise.all(peers.map(({ doc }) => new Promise((resolve) => {
      const check = () => collab.planParts(doc).cards.size === cards && (doc.off('update', check), resolve());
      doc.on('update', check);
      check();
    })));
    serverMb.start = rssMegabytes(server.child.pid);
    log(`collab: ${clients} clients on ${cards} cards, server ${serverMb.start.toFixed(0)} MB; moving for ${seconds} s`);

    // pending: "cardId@position" → { at, waiting: Set of client indexes still to see it }
    const pending = new Map();
    const latencies = [];
    peers.forEach(({ doc }, index) => {
      collab.planParts(doc).cards.observeDeep((events) => {
        const now = performance.now();
        for (const event of events) {
          const card = event.target;
          if (!(card instanceof Y.Map) || event.path.length !== 1) continue;
          const key = `${event.path[0]}@${card.get('position')}`;
          const move = pending.get(key);
          if (!move || !move.waiting.delete(index)) continue;
          if (move.waiting.size === 0) {
            latencies.push(now - move.at);
            pending.delete(key);
          }
        }
      });
    });

    const sampler = setInterval(() => (serverMb.max = Math.max(serverMb.max, rssMegabytes(server.child.pid))), 250);
    const ids = scenario.responsibilities.map((item) => item.id);
    let moves = 0;
    const timers = peers.map((peer, index) => {
      const own = ids.filter((_, position) => position % clients === index);
      let step = 0;
      const moveOnce = () => {
        const id = own[step % own.length];
        step += 1;
        const to = LANES[(step + index) % LANES.length];
        // Each client keeps its own view of the plan (as the app's store does) instead of
        // materialising the whole plan again for every move; only it moves its cards.
        const result = collab.applyCommandToDoc(peer.doc, { type: 'responsibility/move', id, to, index: step % 7 }, { origin: peer.origin, id: 'bench', now: new Date().toISOString(), current: peer.current });
        if (!result) return;
        peer.current = result.scenario;
        const card = collab.planParts(peer.doc).cards.get(id);
        pending.set(`${id}@${card.get('position')}`, { at: performance.now(), waiting: new Set(peers.map((_, other) => other).filter((other) => other !== index)) });
        moves += 1;
      };
      // Staggered over the first second, as people are.
      let interval;
      const start = setTimeout(() => {
        moveOnce();
        interval = setInterval(moveOnce, 1000);
      }, (index * 1000) / clients);
      return () => {
        clearTimeout(start);
        clearInterval(interval);
      };
    });
    await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
    for (const stop of timers) stop();
    // Let the last moves land.
    const deadline = performance.now() + 5000;
    while (pending.size > 0 && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    clearInterval(sampler);
    return { latencies, moves, lost: pending.size, serverMb };
  } finally {
    for (const peer of peers) peer.connection.close();
    server.child.kill('SIGTERM');
    await new Promise((resolve) => (server.child.exitCode === null ? server.child.once('exit', resolve) : resolve()));
    rmSync(dataDir, { recursive: true, force: true });
  }
}
