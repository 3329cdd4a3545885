import { useImperativeHandle, useState, type ReactNode, type Ref } from 'react';
import type { Scenario } from '../../../shared/model/index.js';
import { getPlatform } from '../../platform/bridge.js';
import { exportOpenScenario } from './library-actions.js';
import type { LibraryStart } from './library-dialog.js';
import { useSession } from '../../state/session-context.js';
import { lazyWithPreload } from '../../ui/lazy-preload.js';

const LibraryDialog = lazyWithPreload(async () => (await import('./library-dialog.js')).LibraryDialog);
const VersionsDialog = lazyWithPreload(async () => (await import('./versions-dialog.js')).VersionsDialog);

/** Fetches the scenario library and versions dialogs ahead of need (see app/workspace). */
export const preloadLibrary = () => Promise.all([LibraryDialog.preload(), VersionsDialog.preload()]);
import './library.css';

/** What app/'s menu router can ask of the library. */
export interface LibraryEntryHandle {
  /** Opens the library dialog at `start` (new, import, backup, restore, or the list). */
  readonly open: (start: LibraryStart) => void;
  /** Exports the open scenario to a file; a failure becomes the session's notice. */
  readonly exportScenario: () => void;
  /** Opens the Versions dialog of the open scenario. */
  readonly openVersions: () => void;
}

/**
 * The library's entry points: "Scenarios" and "Versions" toolbar buttons with their dialogs;
 * `ref` lets the native menu (routed in app/) start the same flows.
 */
export function LibraryEntry({
  ref,
  renderComparison,
}: {
  readonly ref?: Ref<LibraryEntryHandle>;
  /** The compare view of plans (the first the baseline), shown before a version is restored. */
  readonly renderComparison: (scenarios: readonly Scenario[]) => ReactNode;
}) {
  const session = useSession();
  const [open, setOpen] = useState<{ readonly dialog: 'library'; readonly start: LibraryStart } | { readonly dialog: 'versions' } | null>(null);

  useImperativeHandle(
    ref,
    () => ({
      open: (start) => setOpen({ dialog: 'library', start }),
      openVersions: () => setOpen({ dialog: 'versions' }),
      exportScenario: () => {
        exportOpenScenario(session, getPlatform()).then(
          (outcome) => outcome.kind === 'error' && session.notify(outcome.message),
          () => undefined,
        );
      },
    }),
    [session],
  );

  return (
    <>
      <button type="button" onClick={() => setOpen({ dialog: 'library', start: 'list' })}>
        Scenarios
      </button>
      <button type="button" onClick={() => setOpen({ dialog: 'versions' })}>
        Versions
      </button>
      {open?.dialog === 'library' ? <LibraryDialog start={open.start} onClose={() => setOpen(null)} /> : null}
      {open?.dialog === 'versions' ? <VersionsDialog onClose={() => setOpen(null)} renderComparison={renderComparison} /> : null}
    </>
  );
}
