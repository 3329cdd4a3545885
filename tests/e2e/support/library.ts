import { expect, type Locator, type Page } from '@playwright/test';

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
