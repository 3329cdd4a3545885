import { expect, type Locator, type Page } from '@playwright/test';

/** The lane region named after its role. */
export function lane(page: Page, name: 'CIO' | 'Shared' | 'CTO' | 'Unassigned'): Locator {
  return page.getByRole('region', { name, exact: true });
}

/** A card by the start of its accessible name (its title). */
export function card(scope: Page | Locator, title: string): Locator {
  return scope.getByRole('button', { name: new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) });
}

/** Opens the app and waits until the board is interactive. */
export async function openBoard(page: Page): Promise<void> {
  await page.goto('/');
  await expect(lane(page, 'CIO')).toBeVisible();
}

/**
 * Drags with real pointer events: down, several small moves past the activation distance,
 * then up over the target. `locator.dragTo()` is too quick for dnd-kit's sensors.
 */
export async function dragByPointer(
  page: Page,
  source: Locator,
  target: Locator,
  /** Where on the target to let go, as a fraction of its height (default: its middle, at most 80 px down). */
  at?: number,
): Promise<void> {
  const from = await source.boundingBox();
  const to = await target.boundingBox();
  if (!from || !to) throw new Error('drag source or target is not visible');
  const y = to.y + (at === undefined ? Math.min(to.height / 2, 80) : to.height * at);
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 12, from.y + from.height / 2 + 4, { steps: 4 });
  await page.mouse.move(to.x + to.width / 2, y, { steps: 12 });
  await page.mouse.move(to.x + to.width / 2 + 2, y + 2, { steps: 2 });
  await page.mouse.up();
}

/** The text dnd-kit's live region last announced. */
export function liveRegion(page: Page): Locator {
  return page.locator('[id^="DndLiveRegion"]');
}

/** One key press during a keyboard drag and the lane or text the announcement must then name. */
export interface KeyStep {
  readonly key: string;
  readonly announces: string | RegExp;
}

/**
 * Moves a card with the keyboard: Space picks up, then each key waits for dnd-kit's live
 * region to announce where the card is (its key listener attaches a tick after pick-up, and
 * a key pressed before that is lost), then `drop` (Space, or Escape to cancel).
 */
export async function moveByKeyboard(page: Page, source: Locator, steps: readonly KeyStep[], drop = 'Space'): Promise<void> {
  await source.focus();
  await page.keyboard.press('Space');
  await expect(liveRegion(page)).toContainText(/Picked up|is over/);
  // dnd-kit's KeyboardSensor attaches its key listener in a setTimeout(0) scheduled at pick-up;
  // the announcement can render before that under load. A timer queued now runs after it.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
  for (const step of steps) {
    await page.keyboard.press(step.key);
    await expect(liveRegion(page)).toContainText(step.announces);
  }
  await page.keyboard.press(drop);
}
