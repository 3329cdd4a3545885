import { expect, type Locator, type Page } from '@playwright/test';

/** The "Move or edit" menu button of a card. */
export function menuButton(page: Page, title: string): Locator {
  return page.getByRole('button', { name: `Move or edit ${title}`, exact: true });
}

/** Opens a card's menu with a click (no pointer drag) and returns the menu. */
export async function openMenu(page: Page, title: string): Promise<Locator> {
  await menuButton(page, title).click();
  const menu = page.getByRole('menu', { name: `Move or edit ${title}` });
  await expect(menu).toBeVisible();
  return menu;
}

/** Runs one item of a card's menu by clicking it. */
export async function menuAction(page: Page, title: string, item: string): Promise<void> {
  const menu = await openMenu(page, title);
  await menu.getByRole('menuitem', { name: item, exact: true }).click();
  await expect(menu).toBeHidden();
}

/** The alignment score shown in the guidance panel. */
export async function score(page: Page): Promise<number> {
  const text = await page.getByTestId('alignment-score').textContent();
  return Number(text);
}

/** The titles of a lane's cards, top to bottom. */
export async function laneTitles(lane: Locator): Promise<string[]> {
  return lane.locator('[data-card-handle]').evaluateAll((nodes) =>
    nodes.map((node) => node.querySelector('.card-title')?.textContent ?? ''),
  );
}

/** The polite status region that reports menu moves, deletes, undo and redo. */
export function announcer(page: Page): Locator {
  return page.getByTestId('announcer');
}

/** The guidance panel. */
export function panel(page: Page): Locator {
  return page.getByRole('complementary', { name: 'Guidance' });
}
