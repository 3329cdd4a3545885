import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { card, dragByPointer, lane, openBoard } from './support/board.js';
import { expectSaved, openLibrary, scenarioItem } from './support/library.js';

async function download(page: Page, button: Locator): Promise<string> {
  const downloading = page.waitForEvent('download');
  await button.click();
  const file = await downloading;
  const path = await file.path();
  return readFileSync(path, 'utf8');
}

async function choose(page: Page, button: Locator, file: { name: string; buffer: Buffer }): Promise<void> {
  const choosing = page.waitForEvent('filechooser');
  await button.click();
  await (await choosing).setFiles({ name: file.name, mimeType: 'application/json', buffer: file.buffer });
}

test('export a scenario to a file and import it back as a new scenario', async ({ page }) => {
  await openBoard(page);
  await dragByPointer(page, card(lane(page, 'CTO'), 'Product architecture'), lane(page, 'Unassigned'));
  await expectSaved(page);
  const dialog = await openLibrary(page);
  const text = await download(page, dialog.getByRole('button', { name: 'Export open scenario' }));
  expect(JSON.parse(text)).toMatchObject({ format: 'remit.scenario', version: 1, name: 'My first split' });

  await choose(page, dialog.getByRole('button', { name: 'Import scenario…' }), { name: 'plan.remit.json', buffer: Buffer.from(text.replace('"My first split"', '"Imported plan"')) });
  await dialog.getByRole('button', { name: 'Add as a new scenario' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Imported plan');
  await expect(card(lane(page, 'Unassigned'), 'Product architecture')).toBeVisible();

  // The same file again: the library never shows two identical names.
  const again = await openLibrary(page);
  await choose(page, again.getByRole('button', { name: 'Import scenario…' }), { name: 'plan.remit.json', buffer: Buffer.from(text.replace('"My first split"', '"Imported plan"')) });
  await again.getByRole('button', { name: 'Add as a new scenario' }).click();
  await expect(again).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Imported plan (imported)');
});

test('a full backup restores into an empty browser profile with every scenario intact', async ({ page, browser }) => {
  await openBoard(page);
  let dialog = await openLibrary(page);
  await dialog.getByRole('button', { name: 'New scenario…' }).click();
  await dialog.getByRole('radio', { name: /^Scale-up/ }).check();
  await dialog.getByRole('button', { name: 'Create scenario' }).click();
  await expectSaved(page);
  dialog = await openLibrary(page);
  const backupText = await download(page, dialog.getByRole('button', { name: 'Back up all data' }));
  const backup = JSON.parse(backupText) as { format: string; scenarios: unknown[] };
  expect(backup.format).toBe('remit.backup');
  expect(backup.scenarios).toHaveLength(2);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await openBoard(other);
  const restoreDialog = await openLibrary(other);
  await choose(other, restoreDialog.getByRole('button', { name: 'Restore from backup…' }), { name: 'backup.json', buffer: Buffer.from(backupText) });
  await expect(restoreDialog.getByRole('status')).toContainText('2 added');
  await expect(scenarioItem(restoreDialog, 'Scale-up')).toBeVisible();
  const again = JSON.parse(await download(other, restoreDialog.getByRole('button', { name: 'Back up all data' }))) as { scenarios: { id: string }[] };
  for (const scenario of backup.scenarios) expect(again.scenarios).toContainEqual(scenario);
  await fresh.close();
});

test('bad files are refused with a message naming the problem, and nothing changes', async ({ page }) => {
  await openBoard(page);
  const dialog = await openLibrary(page);
  const list = dialog.getByRole('list', { name: 'Scenario list' }).getByRole('listitem');
  await expect(list).toHaveCount(1);
  const bad: { name: string; buffer: Buffer; message: RegExp }[] = [
    { name: 'latin1.remit.json', buffer: Buffer.from([0x7b, 0x22, 0x6e, 0xe9, 0x22, 0x7d]), message: /not valid UTF-8/ },
    { name: 'proto.remit.json', buffer: Buffer.from('{"__proto__":{"polluted":1},"format":"remit.scenario","version":1}'), message: /__proto__/ },
    { name: 'future.remit.json', buffer: Buffer.from('{"format":"remit.scenario","version":7,"name":"x"}'), message: /version/ },
    { name: 'broken.remit.json', buffer: Buffer.from('{"format":'), message: /not valid JSON/ },
    { name: 'owner.remit.json', buffer: Buffer.from('{"format":"remit.scenario","version":1,"name":"x","context":{"companySize":"small","focus":"product","reportingLine":"both-to-ceo"},"responsibilities":[{"title":"A","owner":"CEO"}]}'), message: /Card 1, “A”: owner “CEO” is not one of CIO, CTO, Shared, Unassigned\. Nothing was changed\./ },
  ];
  for (const file of bad) {
    await choose(page, dialog.getByRole('button', { name: 'Import scenario…' }), file);
    await expect(dialog.getByRole('alert')).toContainText(file.message);
    await expect(dialog.getByRole('alert')).toContainText('Nothing was changed');
  }
  await choose(page, dialog.getByRole('button', { name: 'Restore from backup…' }), { name: 'scenario-as-backup.json', buffer: Buffer.from('{"format":"remit.scenario","version":1}') });
  await expect(dialog.getByRole('alert')).toContainText('not a Remit backup');
  await expect(list).toHaveCount(1);
  expect(await page.evaluate(() => (({}) as Record<string, unknown>).polluted)).toBeUndefined();
});
