import { expect, test } from '@playwright/test';
import { card, dragByPointer, lane, liveRegion, moveByKeyboard, openBoard } from './support/board.js';
import { announcer, laneTitles, menuAction, menuButton } from './support/canvas.js';

test('the Move to… menu moves a card with clicks only, including the Shared lead', async ({ page }) => {
  await openBoard(page);
  // No mouse down/move: locator.click on the menu button and the menu item.
  await menuAction(page, 'Technology roadmap', 'Move to CTO');
  await expect(card(lane(page, 'CTO'), 'Technology roadmap')).toBeVisible();
  await expect(card(lane(page, 'Unassigned'), 'Technology roadmap')).toHaveCount(0);
  await expect(announcer(page)).toContainText('Technology roadmap moved to CTO column, position 3 of 3');
  // Focus follows the card to its new lane.
  await expect(card(lane(page, 'CTO'), 'Technology roadmap')).toBeFocused();

  await menuAction(page, 'Technology roadmap', 'Move to Shared, CTO leads');
  await expect(card(lane(page, 'Shared'), 'Technology roadmap, led by CTO')).toBeVisible();
  // Switching the lead of a Shared card is the same menu.
  await menuAction(page, 'Technology roadmap', 'Move to Shared, CIO leads');
  await expect(card(lane(page, 'Shared'), 'Technology roadmap, led by CIO')).toBeVisible();
});

test('the menu works from the keyboard alone: Enter opens, arrows choose, Escape closes', async ({ page }) => {
  await openBoard(page);
  await menuButton(page, 'Research and development').focus();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu', { name: 'Move or edit Research and development' });
  await expect(menu).toBeVisible();
  await expect(menu.getByRole('menuitem', { name: 'Move to CIO', exact: true })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(menuButton(page, 'Research and development')).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(menu).toBeVisible();
  // CIO → Shared (CIO leads) → Shared (CTO leads) → CTO (current: disabled but focusable, per ARIA) → Unassigned.
  for (let step = 0; step < 4; step += 1) await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'Move to Unassigned', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(card(lane(page, 'Unassigned'), 'Research and development')).toBeVisible();
  await expect(card(lane(page, 'CTO'), 'Research and development')).toHaveCount(0);
});

test('reorders within a lane by menu, by keyboard drag and by mouse drag', async ({ page }) => {
  await openBoard(page);
  const cio = lane(page, 'CIO');
  await expect.poll(() => laneTitles(cio)).toEqual([
    'Run the employee service desk',
    'Enterprise systems (ERP, CRM, HR)',
    'IT governance and compliance',
  ]);

  await menuAction(page, 'IT governance and compliance', 'Move to top of lane');
  await expect.poll(() => laneTitles(cio)).toEqual([
    'IT governance and compliance',
    'Run the employee service desk',
    'Enterprise systems (ERP, CRM, HR)',
  ]);
  await menuAction(page, 'IT governance and compliance', 'Move down');
  await expect.poll(() => laneTitles(cio)).toEqual([
    'Run the employee service desk',
    'IT governance and compliance',
    'Enterprise systems (ERP, CRM, HR)',
  ]);

  // Keyboard drag: Space, Down, Space.
  await moveByKeyboard(page, card(cio, 'Run the employee service desk'), [{ key: 'ArrowDown', announces: /position 2 of 3/ }]);
  await expect(liveRegion(page)).toContainText('dropped in CIO column');
  // Moved within its lane, the card keeps the focus.
  await expect(card(cio, 'Run the employee service desk')).toBeFocused();
  await expect.poll(() => laneTitles(cio)).toEqual([
    'IT governance and compliance',
    'Run the employee service desk',
    'Enterprise systems (ERP, CRM, HR)',
  ]);

  // Mouse drag onto the upper part of the first card (above its middle): the dragged card goes
  // above it, where the placeholder showed it.
  await dragByPointer(page, card(cio, 'Enterprise systems (ERP, CRM, HR)'), card(cio, 'IT governance and compliance'), 0.2);
  await expect.poll(() => laneTitles(cio)).toEqual([
    'Enterprise systems (ERP, CRM, HR)',
    'IT governance and compliance',
    'Run the employee service desk',
  ]);

  await page.reload();
  await expect.poll(() => laneTitles(lane(page, 'CIO'))).toEqual([
    'Enterprise systems (ERP, CRM, HR)',
    'IT governance and compliance',
    'Run the employee service desk',
  ]);
});

test('Escape during a mouse drag puts the card back', async ({ page }) => {
  await openBoard(page);
  const source = card(lane(page, 'CTO'), 'Product architecture');
  const target = lane(page, 'Unassigned');
  const from = await source.boundingBox();
  const to = await target.boundingBox();
  if (!from || !to) throw new Error('not visible');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 12, from.y + from.height / 2 + 4, { steps: 4 });
  await page.mouse.move(to.x + to.width / 2, to.y + 60, { steps: 12 });
  // The preview shows the card in the target lane while dragging.
  await expect(lane(page, 'Unassigned').locator('[data-card-id]')).toHaveCount(3);
  await page.keyboard.press('Escape');
  await page.mouse.up();
  await expect(card(lane(page, 'CTO'), 'Product architecture')).toBeVisible();
  await expect(card(lane(page, 'Unassigned'), 'Product architecture')).toHaveCount(0);
  await expect(page.getByRole('group', { name: 'History' }).getByRole('button', { name: 'Undo' })).toBeDisabled();
});
