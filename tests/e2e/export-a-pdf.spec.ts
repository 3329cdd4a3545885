import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { fixtureScenario, openPrintView, seedScenarios } from './support/pdf.js';

// The Export PDF entry point in the browser: toolbar button → options dialog → the print view
// mounted next to the app and the browser's print dialog. window.print() is replaced by a
// recorder (headless Chromium has no print dialog) that notes what would be printed.

interface PrintRecord {
  readonly page: string | null;
  readonly printing: boolean;
  readonly text: string;
}

async function recordPrints(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const records: unknown[] = [];
    Object.defineProperty(window, '__prints', { value: records });
    window.print = () => {
      const portal = document.querySelector('.print-portal');
      records.push({
        page: portal?.querySelector('.print-document')?.getAttribute('data-page') ?? null,
        printing: document.body.classList.contains('remit-printing'),
        text: portal?.textContent ?? '',
      });
    };
  });
}

function prints(page: Page): Promise<PrintRecord[]> {
  return page.evaluate(() => (window as unknown as { __prints: PrintRecord[] }).__prints);
}

async function openApp(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Export PDF' })).toBeVisible();
}

test('Export PDF: options dialog prints the print view with the chosen paper, then cleans up', async ({
  page,
}) => {
  await recordPrints(page);
  await openApp(page);
  const button = page.getByRole('button', { name: 'Export PDF' });
  await button.click();
  const dialog = page.getByRole('dialog', { name: 'Export PDF' });
  await expect(dialog).toBeVisible();

  await dialog.getByRole('radio', { name: /US Letter/ }).check();
  await dialog.getByRole('radio', { name: 'Landscape' }).check();
  await dialog.getByRole('checkbox', { name: /Include the guidance appendix/ }).uncheck();
  await dialog.getByRole('button', { name: 'Print…' }).click();

  await expect.poll(async () => (await prints(page)).length).toBe(1);
  const [record] = await prints(page);
  expect(record?.page).toBe('letter-landscape');
  expect(record?.printing).toBe(true);
  expect(record?.text).toContain('Org chart');
  expect(record?.text).toContain('Sources');
  expect(record?.text).not.toContain('Guidance appendix');
  await expect(dialog).toBeHidden();
  // Afterwards the print view is gone and the app is back as it was.
  await expect(page.locator('.print-portal')).toHaveCount(0);
  await expect(page.locator('body')).not.toHaveClass(/remit-printing/);

  // The choices are remembered for the next export.
  await button.click();
  await expect(dialog.getByRole('radio', { name: /US Letter/ })).toBeChecked();
  await expect(dialog.getByRole('radio', { name: 'Landscape' })).toBeChecked();
  await expect(dialog.getByRole('checkbox', { name: /Include the guidance appendix/ })).not.toBeChecked();
});

test('Export PDF dialog: Escape closes it and focus returns to the button', async ({ page }) => {
  await openApp(page);
  const button = page.getByRole('button', { name: 'Export PDF' });
  await button.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Export PDF' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('radio', { name: /A4|US Letter/ }).first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`Export PDF dialog and print view have no axe violations (${colorScheme})`, async ({
    page,
  }, testInfo) => {
    await page.emulateMedia({ colorScheme });
    await openApp(page);
    await page.getByRole('button', { name: 'Export PDF' }).click();
    await expect(page.getByRole('dialog', { name: 'Export PDF' })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath(`export-dialog-${colorScheme}.png`) });
    const dialogScan = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
      .include('dialog')
      .analyze();
    expect(dialogScan.violations).toEqual([]);

    await seedScenarios(page, [fixtureScenario('pdf-axe', 'Accessibility check', 20)]);
    await openPrintView(page, 'pdf-axe', { paper: 'a4', orientation: 'portrait', appendix: true });
    await page.screenshot({ path: testInfo.outputPath(`print-view-${colorScheme}.png`) });
    const printScan = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(printScan.violations).toEqual([]);
  });
}
