import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { STATUSES, type GuidanceStatus } from '../../../../shared/status/index.js';
import { STATUS_ICONS } from '../../../../renderer/ui/status-icon.js';
import { readFileSync } from 'node:fs';
import { iconImage, STATUS_TOKEN_COLOURS, statusIconRules, type StatusColours } from '../../../../renderer/ui/status-icon-images.js';

/** Each status's Lucide icon as the sprite draws it (size 100%, stroke 2.25). */
const markup = Object.fromEntries(
  STATUSES.map((status) => [status, renderToStaticMarkup(createElement(STATUS_ICONS[status], { size: '100%', strokeWidth: 2.25 }))]),
) as Record<GuidanceStatus, string>;

const colours: StatusColours = {
  light: Object.fromEntries(STATUSES.map((status, index) => [status, `rgb(${index}, 1, 1)`])) as Record<GuidanceStatus, string>,
  dark: Object.fromEntries(STATUSES.map((status, index) => [status, `rgb(${index}, 2, 2)`])) as Record<GuidanceStatus, string>,
};

/** The SVG document inside a `url("data:image/svg+xml,…")`. */
function decode(image: string): string {
  const match = /^url\("data:image\/svg\+xml,([^"]*)"\)$/.exec(image);
  if (!match?.[1]) throw new Error(`not an SVG data URI: ${image.slice(0, 60)}`);
  return decodeURIComponent(match[1]);
}

describe('status icon images (the board badges’ icons as CSS)', () => {
  it('keeps the Lucide shape and fixes currentColor to the given colour', () => {
    const svg = decode(iconImage(markup.error, 'rgb(179, 38, 30)'));
    expect(svg.startsWith('<svg ')).toBe(true);
    expect(svg).toContain('color="rgb(179, 38, 30)"');
    expect(svg).toContain('stroke="currentColor"');
    expect(svg).toContain('stroke-width="2.25"');
    // Every shape of the icon, unchanged.
    for (const shape of markup.error.match(/<(path|circle|line|polyline|rect)\b[^>]*>/g) ?? []) expect(svg).toContain(shape);
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
  });

  it('a colour cannot break out of its attribute', () => {
    expect(decode(iconImage(markup.aligned, 'red" onload="x'))).toContain('color="red onload=x"');
  });

  it('has one image per status in each theme, picked the way the colour tokens are', () => {
    const css = statusIconRules(markup, colours);
    for (const status of STATUSES) {
      const rules = css.split('\n').filter((line) => line.includes(`.badge-icon.badge-${status}::before`) && line.includes('background-image: url('));
      expect(rules).toHaveLength(3);
      const [light, pinnedDark, systemDark] = rules.map((rule) => decode(/background-image: (url\(".*"\));/.exec(rule)?.[1] ?? ''));
      expect(light).toContain(`color="${colours.light[status]}"`);
      expect(pinnedDark).toContain(`color="${colours.dark[status]}"`);
      expect(systemDark).toContain(`color="${colours.dark[status]}"`);
      expect(rules[0]).toMatch(/^\.badge-icon/);
      expect(rules[1]).toMatch(/^:root\[data-theme='dark'\] /);
      expect(rules[2]).toMatch(/^:root:not\(\[data-theme='light'\]\) /);
    }
    // The system's dark preference applies only inside its media query.
    expect(css).toMatch(/@media \(prefers-color-scheme: dark\) \{\n(:root:not\(\[data-theme='light'\]\) [^\n]*\n){7}\}\n/);
  });

  it('in forced colours, draws each shape as a mask filled with the forced text colour', () => {
    const css = statusIconRules(markup, colours);
    const block = /@media \(forced-colors: active\) \{\n([^]*)\}$/.exec(css)?.[1] ?? '';
    for (const status of STATUSES) {
      const rule = block.split('\n').find((line) => line.startsWith(`.badge-icon.badge-${status}::before`)) ?? '';
      expect(rule).toContain('background-image: none');
      expect(rule).toContain('background-color: currentColor');
      expect(decode(/ mask: (url\(".*?"\))/.exec(rule)?.[1] ?? '')).toContain('<svg');
    }
  });

  it('draws a different shape for every status (no status shares an icon)', () => {
    const grey = Object.fromEntries(STATUSES.map((status) => [status, 'grey'])) as Record<GuidanceStatus, string>;
    const css = statusIconRules(markup, { light: grey, dark: grey });
    const images = STATUSES.map((status) => css.split('\n').find((line) => line.startsWith(`.badge-icon.badge-${status}::before`))?.replace(/^[^{]*/, ''));
    expect(new Set(images).size).toBe(STATUSES.length);
  });

  it('bakes in the same colours as the status tokens of styles.css, in both themes', () => {
    const css = readFileSync(new URL('../../../../renderer/styles.css', import.meta.url), 'utf8');
    for (const status of STATUSES) {
      const token = new RegExp(`--status-${status}:\\s*light-dark\\(\\s*(#[0-9a-f]{3,8})\\s*,\\s*(#[0-9a-f]{3,8})\\s*\\)`, 'i').exec(css);
      expect(token, `--status-${status} in styles.css`).not.toBeNull();
      expect(STATUS_TOKEN_COLOURS.light[status].toLowerCase()).toBe(token?.[1]?.toLowerCase());
      expect(STATUS_TOKEN_COLOURS.dark[status].toLowerCase()).toBe(token?.[2]?.toLowerCase());
      // One definition only: a second (a theme or media override) would not reach the images.
      expect(css.match(new RegExp(`--status-${status}:`, 'g'))).toHaveLength(1);
    }
  });
});
