import { memo } from 'react';
import type { ReportingLine, Role } from '../../../shared/model/index.js';
import { useStoreState } from '../../state/use-store.js';

type Box = 'CEO' | Role;

interface Layout {
  /** Top edge of each box, px; boxes are 22 px high. */
  readonly top: Record<Box, number>;
  /** Connector segments as [x1 %, y1 px, x2 %, y2 px], drawn under the boxes. */
  readonly lines: readonly (readonly [number, number, number, number])[];
  readonly caption: string;
}

// Box centres sit over the lanes below: CIO over the CIO lane, CEO over Shared, CTO over CTO.
const X: Record<Box, number> = { CIO: 100 / 6, CEO: 50, CTO: 500 / 6 };

const LAYOUTS: Record<ReportingLine, Layout> = {
  'both-to-ceo': {
    top: { CEO: 0, CIO: 44, CTO: 44 },
    lines: [
      [X.CEO, 11, X.CIO, 11],
      [X.CIO, 11, X.CIO, 55],
      [X.CEO, 11, X.CTO, 11],
      [X.CTO, 11, X.CTO, 55],
    ],
    caption: 'The CIO and the CTO both report to the CEO.',
  },
  'cto-to-cio': {
    top: { CEO: 0, CIO: 28, CTO: 56 },
    lines: [
      [X.CEO, 11, X.CIO, 11],
      [X.CIO, 11, X.CIO, 67],
      [X.CIO, 67, X.CTO, 67],
    ],
    caption: 'The CIO reports to the CEO; the CTO reports to the CIO.',
  },
  'cio-to-cto': {
    top: { CEO: 0, CTO: 28, CIO: 56 },
    lines: [
      [X.CEO, 11, X.CTO, 11],
      [X.CTO, 11, X.CTO, 67],
      [X.CTO, 67, X.CIO, 67],
    ],
    caption: 'The CTO reports to the CEO; the CIO reports to the CTO.',
  },
};

/**
 * A compact org chart over the lanes: CEO → CIO and CTO, per the scenario's reporting line.
 * Memoized (no props): a move re-renders the board, not this.
 */
export const OrgHeader = memo(function OrgHeader() {
  const reportingLine = useStoreState((state) => state.scenario.context.reportingLine);
  const layout = LAYOUTS[reportingLine];
  return (
    <figure className="org-header">
      <svg className="org-lines" aria-hidden="true" focusable="false">
        {layout.lines.map(([x1, y1, x2, y2]) => (
          <line key={`${x1}-${y1}-${x2}-${y2}`} x1={`${x1}%`} y1={y1} x2={`${x2}%`} y2={y2} />
        ))}
      </svg>
      {(['CEO', 'CIO', 'CTO'] as const).map((box) => (
        <span
          key={box}
          className={`org-box org-${box.toLowerCase()}`}
          aria-hidden="true"
          style={{ left: `${X[box]}%`, top: layout.top[box] }}
        >
          {box}
        </span>
      ))}
      <figcaption className="visually-hidden">{layout.caption}</figcaption>
    </figure>
  );
});
