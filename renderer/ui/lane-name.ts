import type { Lane } from '../../shared/model/index.js';

/** Names lanes the way a person says them. */
export function laneName(lane: Lane): string {
  return lane === 'Shared' ? 'Shared lane' : lane === 'Unassigned' ? 'Unassigned pool' : `${lane} column`;
}
