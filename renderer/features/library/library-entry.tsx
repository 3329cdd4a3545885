import { useEffect, useState } from 'react';
import { getPlatform } from '../../platform/bridge.js';
import { exportOpenScenario } from './library-actions.js';
import { LibraryDialog, type LibraryStart } from './library-dialog.js';
import { useSession } from './session-context.js';
import { VersionsDialog } from './versions-dialog.js';
import './library.css';

/**
 * The library's entry points: "Scenarios" and "Versions" toolbar buttons with their dialogs,
 * and the native menu commands (Electron) that start the same flows.
 */
export function LibraryEntry() {
  const session = useSession();
  const [open, setOpen] = useState<{ readonly dialog: 'library'; readonly start: LibraryStart } | { readonly dialog: 'versions' } | null>(null);

  useEffect(
    () =>
      getPlatform().onMenuCommand((command) => {
        if (command === 'scenario:new') setOpen({ dialog: 'library', start: 'new' });
        else if (command === 'scenario:import') setOpen({ dialog: 'library', start: 'import' });
        else if (command === 'data:backup') setOpen({ dialog: 'library', start: 'backup' });
        else if (command === 'data:restore') setOpen({ dialog: 'library', start: 'restore' });
        else if (command === 'scenario:export') {
          exportOpenScenario(session, getPlatform()).then(
            (outcome) => outcome.kind === 'error' && session.notify(outcome.message),
            () => undefined,
          );
        }
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
      {open?.dialog === 'versions' ? <VersionsDialog onClose={() => setOpen(null)} /> : null}
    </>
  );
}
