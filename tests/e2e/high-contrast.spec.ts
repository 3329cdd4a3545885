import { expect, test } from '@playwright/test';
import { card, lane, openBoard } from './support/board.js';

// In forced colours (Windows High Contrast and the like) the browser drops author background
// images; the card's CSS-drawn icons (the "…" dots and the badge's status icon) must still show,
// drawn as masks over the colour the system forces.
for (const colorScheme of ['light', 'dark'] as const) {
  test(`in forced colours (${colorScheme}) the card's menu dots and badge icon are drawn as masks`, async ({ page }) => {
    await page.emulateMedia({ forcedColors: 'active', colorScheme });
    await openBoard(page);
    const first = card(lane(page, 'CIO'), 'Run the employee service desk');
    const menu = page.getByRole('button', { name: 'Move or edit Run the employee service desk' });
    await expect(menu).toBeVisible();
    const dots = await menu.evaluate((element) => {
      const style = getComputedStyle(element, '::before');
      return { mask: style.maskImage || style.getPropertyValue('-webkit-mask-image'), fill: style.backgroundColor };
    });
    expect(dots.mask).toContain('radial-gradient');
    expect(dots.fill).not.toBe('rgba(0, 0, 0, 0)');
    const badgeMask = await first.getByText('Aligned', { exact: true }).evaluate((element) => {
      const style = getComputedStyle(element, '::before');
      return style.maskImage || style.getPropertyValue('-webkit-mask-image');
    });
    expect(badgeMask).toContain('url(');
  });
}
