// Restoring a 5 MB backup through the app (issue 9): Scenarios → Restore from backup… with a
// real file chooser, timed from handing over the file to the dialog's "n added" status, so it
// covers reading, parsing, validating and the one IndexedDB transaction. Each sample starts
// from an empty profile, so every scenario is added.

/** Milliseconds per restore of `text`, `reps` times, each in a fresh browser context. */
export async function restoreFigures(browser, url, text, reps) {
  const buffer = Buffer.from(text);
  const times = [];
  for (let rep = 0; rep < reps; rep += 1) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const page = await context.newPage();
      await page.goto(url);
      await page.getByRole('region', { name: 'CIO', exact: true }).waitFor();
      await page.getByRole('button', { name: 'Scenarios', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'Scenarios' });
      await dialog.waitFor();
      const choosing = page.waitForEvent('filechooser');
      await dialog.getByRole('button', { name: 'Restore from backup…' }).click();
      const chooser = await choosing;
      const start = Date.now();
      await chooser.setFiles({ name: 'backup.json', mimeType: 'application/json', buffer });
      await dialog.getByRole('status').filter({ hasText: 'added' }).waitFor({ timeout: 60_000 });
      times.push(Date.now() - start);
    } finally {
      await context.close();
    }
  }
  return times;
}
