import { expect, test } from '@playwright/test';
import { card, dragByPointer, lane, liveRegion, moveByKeyboard, openBoard } from './support/board.js';

test('moves a card CIO → CTO by mouse and another by keyboard; both survive a reload', async ({ page }) => {
  await openBoard(page);
  const mouseCard = card(lane(page, 'CIO'), 'Run the employee service desk');
  const keyboardCard = card(lane(page, 'CIO'), 'IT governance and compliance');
  await expect(mouseCard).toBeVisible();
  await expect(keyboardCard).toBeVisible();

  await dragByPointer(page, mouseCard, lane(page, 'CTO'));
  await expect(card(lane(page, 'CTO'), 'Run the employee service desk')).toBeVisible();
  await expect(card(lane(page, 'CIO'), 'Run the employee service desk')).toHaveCount(0);

  // CIO → Shared → CTO: two lanes to the right.
  await moveByKeyboard(page, keyboardCard, [
    { key: 'ArrowRight', announces: 'over Shared lane' },
    { key: 'ArrowRight', announces: 'over CTO column' },
  ]);
  await expect(liveRegion(page)).toContainText('dropped in CTO column');
  await expect(card(lane(page, 'CTO'), 'IT governance and compliance')).toBeVisible();
  // The card mounted anew in each lane it crossed: the focus follows it, so the keyboard user can
  // pick it up again at once.
  await expect(card(lane(page, 'CTO'), 'IT governance and compliance')).toBeFocused();

  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  await page.reload();
  await expect(card(lane(page, 'CTO'), 'Run the employee service desk')).toBeVisible();
  await expect(card(lane(page, 'CTO'), 'IT governance and compliance')).toBeVisible();
  await expect(card(lane(page, 'CIO'), 'Run the employee service desk')).toHaveCount(0);
});

test('Escape cancels a keyboard move and restores the card', async ({ page }) => {
  await openBoard(page);
  const item = card(lane(page, 'CIO'), 'Enterprise systems (ERP, CRM, HR)');
  await moveByKeyboard(page, item, [{ key: 'ArrowRight', announces: 'over Shared lane' }], 'Escape');
  await expect(liveRegion(page)).toContainText('Move cancelled');
  await expect(card(lane(page, 'CIO'), 'Enterprise systems (ERP, CRM, HR)')).toBeVisible();
  await expect(card(lane(page, 'Shared'), 'Enterprise systems (ERP, CRM, HR)')).toHaveCount(0);
  await expect(card(lane(page, 'CIO'), 'Enterprise systems (ERP, CRM, HR)')).toBeFocused();
});

test('a keyboard drop: the moved card has the focus when the drop is announced, in its new lane', async ({ page }) => {
  await openBoard(page);
  const title = 'IT governance and compliance';
  // Notes which element has the focus when the live region first says "dropped" (a mutation
  // callback, run right after the drop is committed and before the next frame).
  await page.evaluate(() => {
    const region = document.querySelector('[id^="DndLiveRegion"]');
    const seen = window as { focusAtDrop?: string };
    if (!region) throw new Error('no live region');
    const observer = new MutationObserver(() => {
      if (!region.textContent?.includes('dropped')) return;
      observer.disconnect();
      const focused = document.activeElement;
      seen.focusAtDrop = `${focused?.closest('section.lane')?.className ?? 'no lane'}: ${focused?.getAttribute('aria-label') ?? focused?.tagName ?? 'none'}`;
    });
    observer.observe(region, { childList: true, characterData: true, subtree: true });
  });
  await moveByKeyboard(page, card(lane(page, 'CIO'), title), [{ key: 'ArrowRight', announces: 'over Shared lane' }]);
  await expect(liveRegion(page)).toContainText(`${title} dropped in Shared lane`);
  expect(await page.evaluate(() => (window as { focusAtDrop?: string }).focusAtDrop)).toMatch(new RegExp(`^lane lane-shared: ${title}`));
  await expect(card(lane(page, 'Shared'), title)).toBeFocused();
  // Focus stays with the card: Space picks it up again at once.
  await page.keyboard.press('Space');
  await expect(liveRegion(page)).toContainText(new RegExp(`Picked up ${title} in Shared lane|${title} is over Shared lane`));
  await page.keyboard.press('Escape');
  await expect(card(lane(page, 'Shared'), title)).toBeFocused();
});

test('a picked-up card is pressed, and only that one', async ({ page }) => {
  await openBoard(page);
  const item = card(lane(page, 'CIO'), 'IT governance and compliance');
  await item.focus();
  await page.keyboard.press('Space');
  // dnd-kit announces the pick-up, then at once where the card is: either names the card.
  await expect(liveRegion(page)).toContainText(/Picked up IT governance and compliance in CIO column|IT governance and compliance is over CIO column/);
  await expect(item).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('[aria-pressed="true"][aria-roledescription="draggable responsibility"]')).toHaveCount(1);
  await expect(item).toHaveAccessibleDescription(/To pick up this responsibility, press Space or Enter/);
  await page.keyboard.press('Escape');
  await expect(item).not.toHaveAttribute('aria-pressed', 'true');
});

test('undo and redo a move', async ({ page }) => {
  await openBoard(page);
  await dragByPointer(page, card(lane(page, 'CTO'), 'Product architecture'), lane(page, 'Unassigned'));
  await expect(card(lane(page, 'Unassigned'), 'Product architecture')).toBeVisible();
  await page.getByRole('group', { name: 'History' }).getByRole('button', { name: 'Undo' }).click();
  await expect(card(lane(page, 'CTO'), 'Product architecture')).toBeVisible();
  await page.keyboard.press('Control+Shift+Z');
  await expect(card(lane(page, 'Unassigned'), 'Product architecture')).toBeVisible();
});

test.describe('touch', () => {
  test.use({ hasTouch: true });

  test('a card moves to another lane by touch: press, drag, lift', async ({ page, context }) => {
    await openBoard(page);
    const source = card(lane(page, 'CIO'), 'Run the employee service desk');
    const from = await source.boundingBox();
    const to = await lane(page, 'CTO').boundingBox();
    if (!from || !to) throw new Error('card or lane not laid out');
    // Real touch events through the DevTools protocol (Playwright has taps, not touch drags).
    const cdp = await context.newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x?: number, y?: number) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: x === undefined || y === undefined ? [] : [{ x, y }] });
    const x = from.x + from.width / 2;
    const y = from.y + from.height / 2;
    await touch('touchStart', x, y);
    // A touch is also a pointer: the drag starts once the finger has moved a few pixels.
    for (let step = 1; step <= 4; step += 1) await touch('touchMove', x + step * 3, y + step);
    await expect(liveRegion(page)).toContainText(/Picked up Run the employee service desk|Run the employee service desk is over/);
    const targetX = to.x + to.width / 2;
    const targetY = to.y + 80;
    for (let step = 1; step <= 12; step += 1) {
      await touch('touchMove', x + ((targetX - x) * step) / 12, y + ((targetY - y) * step) / 12);
    }
    await expect(liveRegion(page)).toContainText('over CTO column');
    await touch('touchEnd');
    await expect(liveRegion(page)).toContainText('dropped in CTO column');
    await expect(card(lane(page, 'CTO'), 'Run the employee service desk')).toBeVisible();
    await expect(card(lane(page, 'CIO'), 'Run the employee service desk')).toHaveCount(0);
  });
});
