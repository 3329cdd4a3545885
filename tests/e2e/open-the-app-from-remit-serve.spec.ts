import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { spawnServer, temporaryFolder, type ServerProcess } from '../support/remit-server.js';
import { card, lane } from './support/board.js';

// A teammate without the desktop app opens the app from `remit serve` (a real process on
// loopback serving the built dist/renderer): the board works under the server's CSP header and
// keeps what they do in their browser's IndexedDB at that origin.
const WEB = fileURLToPath(new URL('../../dist/renderer', import.meta.url));

let served: ServerProcess | undefined;
test.beforeAll(async () => {
  served = await spawnServer({ dataDir: temporaryFolder(), extra: ['--web', WEB] });
});
test.afterAll(async () => {
  await served?.stop();
});

test('the app served by remit serve opens from a share link path, runs under its CSP and keeps a move', async ({
  page,
}) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  const origin = `http://127.0.0.1:${served!.port}`;
  const response = await page.goto(`${origin}/join`);
  expect(response?.headers()['content-security-policy']).toContain("default-src 'self'");
  await expect(lane(page, 'CIO')).toBeVisible();
  const moved = card(lane(page, 'CIO'), 'Run the employee service desk');
  await moved.focus();
  await page.getByRole('button', { name: 'Move or edit Run the employee service desk', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Move to CTO', exact: true }).click();
  await expect(card(lane(page, 'CTO'), 'Run the employee service desk')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  await page.goto(`${origin}/`);
  await expect(card(lane(page, 'CTO'), 'Run the employee service desk')).toBeVisible();
  expect(violations).toEqual([]);
});
