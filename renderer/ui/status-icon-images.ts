import { STATUSES, type GuidanceStatus } from '../../shared/status/index.js';

/**
 * The status icons of the board's badges drawn as CSS background images (a `::before` of the
 * badge; see `.badge-icon` in status.css), not as inline SVGs. Issue 15: with 300 cards every
 * `<svg><use>` was two elements, a shadow tree and its own paint properties (transform and clip
 * nodes), and the drop's frame spent most of its layerization on them; a background image is one
 * drawing operation of the badge's pseudo-element. A CSS mask would keep `currentColor`, but each
 * masked box is an effect node of its own (measured: about half the saving lost), so the colour
 * is baked into the image instead: one image per status and theme, from the same Lucide shapes
 * the sprite draws and the colours of the status tokens in styles.css ({@link STATUS_TOKEN_COLOURS}).
 */

/** A status icon's image: the icon's SVG markup with `currentColor` fixed to `colour`. Pure. */
export function iconImage(markup: string, colour: string): string {
  const coloured = markup.replace(/^<svg\b/, `<svg color="${colour.replace(/"/g, '')}"`);
  const withNamespace = /\sxmlns=/.test(coloured) ? coloured : coloured.replace(/^<svg\b/, '<svg xmlns="http://www.w3.org/2000/svg"');
  return `url("data:image/svg+xml,${encodeURIComponent(withNamespace)}")`;
}

/** The colour of each status, resolved once for the light and once for the dark theme. */
export interface StatusColours {
  readonly light: Readonly<Record<GuidanceStatus, string>>;
  readonly dark: Readonly<Record<GuidanceStatus, string>>;
}

/**
 * The stylesheet drawing each status's icon in each theme. Which theme applies follows the same
 * rule as the colour tokens (styles.css): `data-theme` on <html> pins one, else the system's
 * preference. Pure.
 */
export function statusIconRules(markup: Readonly<Record<GuidanceStatus, string>>, colours: StatusColours): string {
  const rule = (prefix: string, status: GuidanceStatus, scheme: 'light' | 'dark') =>
    `${prefix}.badge-icon.badge-${status}::before { background-image: ${iconImage(markup[status], colours[scheme][status])}; }`;
  return [
    ...STATUSES.map((status) => rule('', status, 'light')),
    ...STATUSES.map((status) => rule(":root[data-theme='dark'] ", status, 'dark')),
    '@media (prefers-color-scheme: dark) {',
    ...STATUSES.map((status) => rule(":root:not([data-theme='light']) ", status, 'dark')),
    '}',
    // High-contrast (forced colours): the shape as a mask filled with the text colour the system
    // forces, as the inline icons' currentColor is, instead of the theme's baked colour.
    '@media (forced-colors: active) {',
    ...STATUSES.map((status) => {
      const image = iconImage(markup[status], colours.light[status]);
      return `.badge-icon.badge-${status}::before { background-image: none; background-color: currentColor; -webkit-mask: ${image} center / 11px 11px no-repeat; mask: ${image} center / 11px 11px no-repeat; forced-color-adjust: none; }`;
    }),
    '}',
  ].join('\n');
}

/**
 * The status colour tokens of styles.css (`--status-<status>: light-dark(<light>, <dark>)`), as
 * values: an SVG image cannot read the page's custom properties, so the badges' images bake them
 * in. Written here rather than read from the page, because resolving them there (a probe element
 * and getComputedStyle) forced the page's first style recalculation early, in the render task
 * before the first frame (issue 15: about 30 ms of a 300-card load). A unit test
 * (tests/unit/renderer/ui/status-icon-images.test.ts) holds these equal to styles.css.
 */
export const STATUS_TOKEN_COLOURS: StatusColours = {
  light: {
    error: '#b3261e',
    warning: '#9a4a00',
    advice: '#1f58cc',
    contested: '#a12d6c',
    accepted: '#505d6e',
    aligned: '#1c6b39',
    unrated: '#505d6e',
  },
  dark: {
    error: '#ff8a80',
    warning: '#f6b15a',
    advice: '#8ab4ff',
    contested: '#f59acb',
    accepted: '#a3aebd',
    aligned: '#7fd69a',
    unrated: '#a3aebd',
  },
};

let adopted = false;

/**
 * Adds the status icon images to the document, once per page: the shapes from the icon sprite's
 * symbols (`symbolOf(status)`: the rendered Lucide `<svg>` of that status), the colours from
 * {@link STATUS_TOKEN_COLOURS}. Reads no style or layout (serializing markup only), so it adds
 * no style recalculation of its own before the first frame.
 */
export function adoptStatusIconImages(symbolOf: (status: GuidanceStatus) => Element | null): void {
  if (adopted || typeof document === 'undefined' || typeof CSSStyleSheet === 'undefined') return;
  const shapes: Partial<Record<GuidanceStatus, string>> = {};
  const serializer = new XMLSerializer();
  for (const status of STATUSES) {
    const shape = symbolOf(status);
    if (!shape) return;
    shapes[status] = serializer.serializeToString(shape);
  }
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(statusIconRules(shapes as Record<GuidanceStatus, string>, STATUS_TOKEN_COLOURS));
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  adopted = true;
}
