import { expect, type Locator, type Page } from '@playwright/test';
import type { Scenario } from '../../../shared/model/index.js';
import type { ScenarioRow } from '../../../renderer/persistence/database.js';
import { toRow } from '../../../renderer/persistence/repository.js';

/** Opens the library dialog from the toolbar. */
export async function openLibrary(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Scenarios', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Scenarios' });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** The list item of a scenario in the library dialog, by its exact name. */
export function scenarioItem(dialog: Locator, name: string): Locator {
  return dialog
    .getByRole('list', { name: 'Scenario list' })
    .getByRole('listitem')
    .filter({ has: dialog.page().getByText(name, { exact: true }) });
}

/** The save indicator once every change is committed. */
export async function expectSaved(page: Page): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
}

/**
 * Puts `rows` into the object store `store` of the app's IndexedDB database (emptied first when
 * `clear`), joining the database at whatever version the app created.
 */
export async function putRows(
  page: Page,
  store: string,
  rows: readonly unknown[],
  options: { readonly clear?: boolean } = {},
): Promise<void> {
  await page.evaluate(
    ({ name, values, clear }) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('remit');
        request.onerror = () => reject(request.error ?? new Error('open failed'));
        request.onsuccess = () => {
          const db = request.result;
          const transaction = db.transaction(name, 'readwrite');
          if (clear) transaction.objectStore(name).clear();
          for (const value of values) transaction.objectStore(name).put(value);
          transaction.oncomplete = () => {
            db.close();
            resolve();
          };
          transaction.onerror = () => reject(transaction.error ?? new Error('write failed'));
        };
      }),
    { name: store, values: rows, clear: options.clear ?? false },
  );
}

/** Opens the app once (so its database exists at the current version) and puts `scenarios` in it. */
export async function seedScenarios(page: Page, scenarios: readonly Scenario[]): Promise<void> {
  await page.goto('/');
  await page.waitForFunction(async () => (await indexedDB.databases()).some((db) => db.name === 'remit'));
  const rows: ScenarioRow[] = scenarios.map(toRow);
  await putRows(page, 'scenarios', rows);
}

/**
 * Seeds `scenario` (and `others`), makes it the plan Remit opens, and reloads so Remit opens it:
 * a returning user's start. Init scripts (a dismissed guide, a fixed clock) go before this.
 */
export async function openSeeded(
  page: Page,
  scenario: Scenario,
  others: readonly Scenario[] = [],
): Promise<void> {
  await seedScenarios(page, [scenario, ...others]);
  await putRows(page, 'settings', [{ key: 'lastOpenedScenario', value: scenario.id }]);
  await page.reload();
}
