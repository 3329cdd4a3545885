import { STATUS_LABEL, type GuidanceStatus } from '../../shared/status/index.js';
import { StatusIcon } from './status-icon.js';
import './status.css';

/** A guidance status as a small badge: the shared word, its colour and its icon shape. */
export function StatusBadge({ status }: { readonly status: GuidanceStatus }) {
  return (
    <span className={`badge badge-${status}`}>
      <StatusIcon status={status} />
      {STATUS_LABEL[status]}
    </span>
  );
}
