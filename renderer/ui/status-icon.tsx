import { Check, CheckCheck, CircleDashed, CircleX, Info, Scale, TriangleAlert, type LucideIcon } from 'lucide-react';
import type { GuidanceStatus } from '../../shared/status/index.js';

/** One icon shape per status, so a status never rests on colour alone. */
export const STATUS_ICONS: Readonly<Record<GuidanceStatus, LucideIcon>> = {
  error: CircleX,
  warning: TriangleAlert,
  advice: Info,
  contested: Scale,
  accepted: CheckCheck,
  aligned: Check,
  unrated: CircleDashed,
};

/** The icon of a guidance status (decorative: the status word is always next to it). */
export function StatusIcon({ status, size = 12 }: { readonly status: GuidanceStatus; readonly size?: number }) {
  const Icon = STATUS_ICONS[status];
  return <Icon aria-hidden="true" size={size} strokeWidth={2.25} />;
}
