/* global window, document, MutationObserver -- named only inside functions Playwright runs in the page */
// Cross-tab sync (issue 5): an edit committed in one tab → visible in another tab of the same
// profile. Uses the app's own first-run plan and its click-only "Move or edit" menu, so no
// seeding is needed; times are Date.now() in each page (ms resolution is plenty for a 500 ms budget).

const CARD = 'Technology roadmap';

/** Waits in `page` until the card shows in `laneName`; resolves with Date.now() at that moment. */
function watch(page, laneName) {
  return page.evaluate(
    ({ card, laneName }) => {
      const inLane = () =>
        [...document.querySelectorAll('section')].some(
          (section) =>
            section.querySelector('h2')?.textContent?.trim() === laneName &&
            [...section.querySelectorAll('[data-card-handle]')].some((handle) =>
              (handle.getAttribute('aria-label') ?? handle.textContent ?? '').startsWith(card),
            ),
        );
      window.__remitSync = new Promise((resolve) => {
        if (inLane()) return resolve(Date.now());
        const observer = new MutationObserver(() => {
          if (!inLane()) return;
          observer.disconnect();
          resolve(Date.now());
        });
        observer.observe(document.body, { subtree: true, childList: true, attributes: true });
      });
    },
    { card: CARD, laneName },
  );
}

/** Moves the card to `laneName` in `page` through its menu; resolves with Date.now() at the click. */
async function move(page, laneName) {
  await page.getByRole('button', { name: `Move or edit ${CARD}`, exact: true }).click();
  const item = page.getByRole('menuitem', { name: `Move to ${laneName}`, exact: true });
  return item.evaluate((element) => {
    const at = Date.now();
    element.click();
    return at;
  });
}

/** Milliseconds from a move in tab A to the card showing in tab B, `reps` times. */
export async function syncFigures(browser, url, reps) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const first = await context.newPage();
    await first.goto(url);
    await first.getByRole('region', { name: 'CIO', exact: true }).waitFor();
    const second = await context.newPage();
    await second.goto(url);
    await second.getByRole('region', { name: 'CIO', exact: true }).waitFor();
    const times = [];
    for (let rep = 0; rep < reps; rep += 1) {
      const target = rep % 2 === 0 ? 'CTO' : 'CIO';
      await watch(second, target);
      const start = await move(first, target);
      const seen = await second.evaluate(() => window.__remitSync);
      times.push(seen - start);
      // Let the write and the other tab settle before the next edit.
      await first.getByRole('status').filter({ hasText: 'All changes saved' }).waitFor();
    }
    return times;
  } finally {
    await context.close();
  }
}
