import { LocateFixed } from 'lucide-react';
import { useLayoutEffect, useRef } from 'react';
import { STATUS_LABEL, type GuidanceStatus } from '../../shared/status/index.js';
import { STATUS_ICONS } from './status-icon.js';
import { adoptStatusIconImages } from './status-icon-images.js';
import './status.css';

/**
 * Icons drawn many times on one page (an icon on each finding, a status on each group) as one
 * SVG sprite: the page draws each shape once, in {@link IconSprite}, and every use is an
 * `<svg><use href="#…"/></svg>` (two elements and no React component per icon, instead of an
 * inline Lucide SVG of two to four shapes). Same shapes, sizes and stroke widths as the inline
 * icons. The board's card badges (300 on a large plan) draw the sprite's status shapes as CSS
 * images instead ({@link cardStatusBadge}). Views printed or shown without the workspace (print
 * view, comparison) keep the inline icons of status-icon.tsx.
 */

export type SpriteIconName = `status-${GuidanceStatus}` | 'locate';

const PREFIX = 'remit-icon-';

/**
 * The sprite: render once per page, anywhere (it takes no room), before or beside its uses. It
 * also hands its status shapes to the board's badges, which draw them as CSS images
 * ({@link cardStatusBadge}; status-icon-images.ts), before the first paint.
 */
export function IconSprite() {
  const ref = useRef<SVGSVGElement>(null);
  useLayoutEffect(() => {
    adoptStatusIconImages((status) => ref.current?.querySelector(`#${PREFIX}status-${status} > svg`) ?? null);
  }, []);
  return (
    <svg
      ref={ref}
      aria-hidden="true"
      focusable="false"
      width="0"
      height="0"
      style={{ position: 'absolute', overflow: 'hidden' }}
    >
      <defs>
        {Object.entries(STATUS_ICONS).map(([status, Icon]) => (
          <symbol key={status} id={`${PREFIX}status-${status}`} viewBox="0 0 24 24">
            <Icon size="100%" strokeWidth={2.25} />
          </symbol>
        ))}
        <symbol id={`${PREFIX}locate`} viewBox="0 0 24 24">
          <LocateFixed size="100%" />
        </symbol>
      </defs>
    </svg>
  );
}

/** One use of a sprite icon; decorative (the text next to it says the same). */
export function SpriteIcon({ name, size }: { readonly name: SpriteIconName; readonly size: number }) {
  return (
    <svg aria-hidden="true" width={size} height={size} className={`sprite-icon sprite-${name}`}>
      <use href={`#${PREFIX}${name}`} />
    </svg>
  );
}

/**
 * A card's status badge (as status-badge.tsx, same look): one element, its icon a CSS image of
 * the sprite's shape (status-icon-images.ts). A plain function, not a component: 300 cards
 * render one each.
 */
export function cardStatusBadge(status: GuidanceStatus) {
  return <span className={`badge badge-icon badge-${status}`}>{STATUS_LABEL[status]}</span>;
}
