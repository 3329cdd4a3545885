import { LocateFixed } from 'lucide-react';
import { STATUS_LABEL, type GuidanceStatus } from '../../shared/status/index.js';
import { STATUS_ICONS } from './status-icon.js';
import './status.css';

/**
 * Icons drawn many times on one page (a status badge on each of 300 cards, an icon on each
 * finding) as one SVG sprite: the page draws each shape once, in {@link IconSprite}, and every
 * use is an `<svg><use href="#…"/></svg>` (two elements and no React component per icon,
 * instead of an inline Lucide SVG of two to four shapes). Same shapes, sizes and stroke widths
 * as the inline icons. Views printed or shown without the workspace (print view, comparison)
 * keep the inline icons of status-icon.tsx.
 */

export type SpriteIconName = `status-${GuidanceStatus}` | 'locate';

const PREFIX = 'remit-icon-';

/** The sprite: render once per page, anywhere (it takes no room), before or beside its uses. */
export function IconSprite() {
  return (
    <svg
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

/** A status badge (as status-badge.tsx) whose icon comes from the sprite. */
export function SpriteStatusBadge({ status }: { readonly status: GuidanceStatus }) {
  return (
    <span className={`badge badge-${status}`}>
      <SpriteIcon name={`status-${status}`} size={12} />
      {STATUS_LABEL[status]}
    </span>
  );
}
