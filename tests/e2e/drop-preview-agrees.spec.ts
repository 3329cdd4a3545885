import { expect, test, type Locator, type Page } from '@playwright/test';
import { card, lane, liveRegion, openBoard } from './support/board.js';
import { laneTitles } from './support/canvas.js';

// Issue 15: mid-drag, the faded placeholder (the dragged card shown where it lands) and the blue
// insertion line must point at the same place, the lifted card must not cover the line, and the
// drop must land there. Real mouse moves (dnd-kit ignores dragTo), checked before the mouse is up.

type LaneName = 'CIO' | 'Shared' | 'CTO' | 'Unassigned';

/** What the board shows mid-drag: the placeholder's lane and titles in order, and the line. */
interface MidDrag {
  readonly titles: string[];
  readonly placeholder: string;
  /** The line's vertical centre lies in the gap just above the placeholder. */
  readonly lineAbovePlaceholder: boolean;
  /** Exactly one line is drawn on the whole board. */
  readonly lines: number;
  /** The element hit at the line's centre is the placeholder (the line is painted on top). */
  readonly lineOnTop: boolean;
  /** The lifted card's box contains the line's centre (so lineOnTop is a real check). */
  readonly overlayOverLine: boolean;
}

async function readMidDrag(page: Page, laneName: LaneName): Promise<MidDrag> {
  // The placeholder is the pressed draggable (the overlay copy is not a button).
  const pressed = page.getByRole('button', { pressed: true });
  await expect(pressed).toHaveCount(1);
  const titles = await laneTitles(lane(page, laneName));
  const box = await pressed.evaluate((handle) => {
    // The line ignores the pointer; for this hit test only it takes part, so elementFromPoint
    // tells which is painted on top at its centre: the line (its card) or the lifted card.
    // (A constructed sheet: the app's CSP forbids inline style tags.)
    const hitSheet = new CSSStyleSheet();
    hitSheet.replaceSync('.card[data-dragging]::after { pointer-events: auto !important; }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, hitSheet];
    const item = handle.closest('li');
    if (!item) throw new Error('placeholder is not a list item');
    // Line count: every card whose ::after draws something.
    const lines = Array.from(document.querySelectorAll('li')).filter((node) => {
      const after = getComputedStyle(node, '::after');
      return after.content !== 'none' && after.content !== '' && after.display !== 'none' && parseFloat(after.height) > 0;
    }).length;
    const rect = item.getBoundingClientRect();
    const after = getComputedStyle(item, '::after');
    const lineTop = rect.top + parseFloat(after.top);
    const lineCentre = lineTop + parseFloat(after.height) / 2;
    const previous = item.previousElementSibling?.getBoundingClientRect();
    const listTop = item.parentElement?.getBoundingClientRect().top ?? -Infinity;
    const gapTop = previous ? previous.bottom : listTop - 8;
    const x = rect.left + rect.width / 2;
    const hit = document.elementFromPoint(x, lineCentre);
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== hitSheet);
    const overlay = document.querySelector('.card-overlay')?.getBoundingClientRect();
    return {
      title: item.querySelector('.card-title')?.textContent ?? '',
      lineAbovePlaceholder: lineCentre >= gapTop - 1 && lineCentre <= rect.top + 1,
      lines,
      lineOnTop: hit === item,
      overlayOverLine:
        overlay != null && overlay.left <= x && x <= overlay.right && overlay.top <= lineCentre && lineCentre <= overlay.bottom,
    };
  });
  return {
    titles,
    placeholder: box.title,
    lineAbovePlaceholder: box.lineAbovePlaceholder,
    lines: box.lines,
    lineOnTop: box.lineOnTop,
    overlayOverLine: box.overlayOverLine,
  };
}

/** Moves the held mouse to `fraction` of the height of `target` (its box as laid out now). */
async function pointAt(page: Page, target: Locator, fraction: number): Promise<void> {
  const to = await target.boundingBox();
  if (!to) throw new Error('target not laid out');
  await page.mouse.move(to.x + to.width / 2, to.y + to.height * fraction, { steps: 8 });
}

async function pickUp(page: Page, source: Locator): Promise<void> {
  const from = await source.boundingBox();
  if (!from) throw new Error('source not laid out');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 12, from.y + from.height / 2 + 4, { steps: 4 });
  await expect(page.getByRole('button', { pressed: true })).toHaveCount(1);
}

/** Asserts the placeholder is at `index` of `expected` in the lane and the line agrees with it. */
async function expectAgreement(page: Page, laneName: LaneName, expected: string[], title: string): Promise<MidDrag> {
  await expect.poll(() => laneTitles(lane(page, laneName))).toEqual(expected);
  const mid = await readMidDrag(page, laneName);
  expect(mid.placeholder).toBe(title);
  expect(mid.lines).toBe(1);
  expect(mid.lineAbovePlaceholder).toBe(true);
  expect(mid.lineOnTop).toBe(true);
  return mid;
}

test('own lane, down: placeholder and line move together past each card’s middle; the drop lands there', async ({ page }) => {
  await openBoard(page);
  const cio = lane(page, 'CIO');
  const title = 'Run the employee service desk';
  await pickUp(page, card(cio, title));
  // Above the next card's middle: still first.
  await pointAt(page, card(cio, 'Enterprise systems (ERP, CRM, HR)'), 0.3);
  await expectAgreement(page, 'CIO', [title, 'Enterprise systems (ERP, CRM, HR)', 'IT governance and compliance'], title);
  // Past its middle: after it.
  await pointAt(page, card(cio, 'Enterprise systems (ERP, CRM, HR)'), 0.8);
  await expectAgreement(page, 'CIO', ['Enterprise systems (ERP, CRM, HR)', title, 'IT governance and compliance'], title);
  await pointAt(page, card(cio, 'IT governance and compliance'), 0.8);
  await expectAgreement(page, 'CIO', ['Enterprise systems (ERP, CRM, HR)', 'IT governance and compliance', title], title);
  await page.mouse.up();
  await expect(liveRegion(page)).toContainText('dropped in CIO column');
  await expect
    .poll(() => laneTitles(cio))
    .toEqual(['Enterprise systems (ERP, CRM, HR)', 'IT governance and compliance', title]);
  await expect(page.getByRole('button', { pressed: true })).toHaveCount(0);
});

test('own lane, up: the placeholder goes above a card once the pointer is above its middle; the drop lands there', async ({ page }) => {
  await openBoard(page);
  const cio = lane(page, 'CIO');
  const title = 'IT governance and compliance';
  await pickUp(page, card(cio, title));
  await pointAt(page, card(cio, 'Enterprise systems (ERP, CRM, HR)'), 0.3);
  await expectAgreement(page, 'CIO', ['Run the employee service desk', title, 'Enterprise systems (ERP, CRM, HR)'], title);
  await pointAt(page, card(cio, 'Run the employee service desk'), 0.3);
  const top = await expectAgreement(page, 'CIO', [title, 'Run the employee service desk', 'Enterprise systems (ERP, CRM, HR)'], title);
  // The lifted card's box does reach over the line here, and the line is still painted on top.
  expect(top.overlayOverLine).toBe(true);
  await page.mouse.up();
  await expect
    .poll(() => laneTitles(cio))
    .toEqual([title, 'Run the employee service desk', 'Enterprise systems (ERP, CRM, HR)']);
});

test('other lane: top, end and middle agree mid-drag; the drop lands in the middle', async ({ page }) => {
  await openBoard(page);
  const cto = lane(page, 'CTO');
  const title = 'Run the employee service desk';
  await pickUp(page, card(lane(page, 'CIO'), title));
  await pointAt(page, card(cto, 'Product architecture'), 0.25);
  await expectAgreement(page, 'CTO', [title, 'Product architecture', 'Research and development'], title);
  await expect(card(lane(page, 'CIO'), title)).toHaveCount(0);
  await pointAt(page, card(cto, 'Research and development'), 0.9);
  await expectAgreement(page, 'CTO', ['Product architecture', 'Research and development', title], title);
  await pointAt(page, card(cto, 'Research and development'), 0.25);
  const middle = await expectAgreement(page, 'CTO', ['Product architecture', title, 'Research and development'], title);
  expect(middle.overlayOverLine).toBe(true);
  await page.mouse.up();
  await expect(liveRegion(page)).toContainText('dropped in CTO column');
  await expect.poll(() => laneTitles(cto)).toEqual(['Product architecture', title, 'Research and development']);
  await expect(card(lane(page, 'CIO'), title)).toHaveCount(0);
});

test('keyboard: each key moves the placeholder and the line together; the drop lands there', async ({ page }) => {
  await openBoard(page);
  const title = 'Run the employee service desk';
  await card(lane(page, 'CIO'), title).focus();
  await page.keyboard.press('Space');
  await expect(liveRegion(page)).toContainText(/Picked up|is over/);
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
  await page.keyboard.press('ArrowDown');
  await expect(liveRegion(page)).toContainText(/position 2 of 3/);
  await expectAgreement(page, 'CIO', ['Enterprise systems (ERP, CRM, HR)', title, 'IT governance and compliance'], title);
  await page.keyboard.press('ArrowRight');
  await expect(liveRegion(page)).toContainText('over Shared lane');
  await expectAgreement(page, 'Shared', [title, 'Data security'], title);
  await page.keyboard.press('ArrowDown');
  await expect(liveRegion(page)).toContainText(/position 2 of 2/);
  await expectAgreement(page, 'Shared', ['Data security', title], title);
  await page.keyboard.press('Space');
  await expect(liveRegion(page)).toContainText('dropped in Shared lane');
  await expect.poll(() => laneTitles(lane(page, 'Shared'))).toEqual(['Data security', title]);
  await expect(card(lane(page, 'Shared'), title)).toBeFocused();
});
