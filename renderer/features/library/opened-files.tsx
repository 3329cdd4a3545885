import { useEffect, useState } from 'react';
import { getPlatform } from '../../platform/bridge.js';
import { subscribeOpenedFiles } from './library-actions.js';
import { Dialog } from '../../ui/dialog.js';
import { useSession } from '../../state/session-context.js';

/**
 * Files opened from outside Remit (command line, file association, a second instance): each
 * is imported as a new scenario and opened, exactly as Scenarios → Import would. Success is
 * announced in the session notice; a file that cannot be read gets a dialog with the same
 * message the library shows, and nothing is changed. Mount once, above the workspace (which
 * remounts per scenario), so no file is missed while scenarios switch.
 */
export function OpenedFiles() {
  const session = useSession();
  const [errors, setErrors] = useState<readonly string[]>([]);

  useEffect(
    () =>
      subscribeOpenedFiles(
        session,
        (listener) => getPlatform().onFileOpened(listener),
        (outcome) => {
          if (outcome.kind === 'done') session.notify(outcome.message);
          else setErrors((current) => [...current, outcome.message]);
        },
      ),
    [session],
  );

  if (errors.length === 0) return null;
  return (
    <Dialog title="Could not open the file" onClose={() => setErrors([])} className="library-modal">
      <div className="library-error" role="alert">
        {errors.map((message, index) => (
          <p key={index}>{message}</p>
        ))}
      </div>
      <div className="library-row-actions">
        <button type="button" className="primary" onClick={() => setErrors([])}>
          OK
        </button>
      </div>
    </Dialog>
  );
}
