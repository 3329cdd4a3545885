import type { Lane, Role } from '../model/index.js';
import type { Change, ComparisonCell } from './comparison.js';

function laneText(lane: Lane, lead: Role | undefined): string {
  return lane === 'Shared' ? `Shared (${lead ? `${lead} leads` : 'no lead'})` : lane;
}

/** One change in a short phrase for tables, badges and CSV ("Moved CIO → CTO"). Pure. */
export function describeChange(change: Change): string {
  switch (change.kind) {
    case 'added':
      return 'Added';
    case 'removed':
      return 'Removed';
    case 'moved':
      return `Moved ${change.from} → ${laneText(change.to, change.lead)}`;
    case 'became-shared':
      return `Became shared: ${change.from} → ${laneText(change.to, change.lead)}`;
    case 'became-sole':
      return `Became sole: Shared → ${change.to}`;
    case 'lead-changed':
      return `Lead ${change.from ?? 'none'} → ${change.to ?? 'none'}`;
    case 'renamed':
      return `Renamed from “${change.from}”`;
    case 'note-changed':
      return change.from === undefined ? 'Note added' : change.to === undefined ? 'Note removed' : 'Note changed';
  }
}

/** Where a cell's item sits, for people: "CTO", "Shared (CIO leads)". Pure. */
export function describePlacement(cell: ComparisonCell): string {
  return laneText(cell.item.owner, cell.item.lead);
}

/** How a cell was paired, for people: "same id", "same title", "similar title (80%)". Pure. */
export function describeMatch(cell: ComparisonCell): string {
  switch (cell.match) {
    case 'base':
      return 'first seen here';
    case 'id':
      return 'same id';
    case 'title':
      return 'same title';
    case 'fuzzy':
      return `similar title (${Math.round(cell.similarity * 100)}%)`;
  }
}
