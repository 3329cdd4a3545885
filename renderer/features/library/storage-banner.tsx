import { useSyncExternalStore } from 'react';
import { getPlatform } from '../../platform/bridge.js';
import { Toast } from '../../ui/toast.js';
import { exportOpenScenario } from './library-actions.js';
import { useSession, useSessionState } from '../../state/session-context.js';

/**
 * Shown while the latest change could not be written (storage full, transaction aborted): the
 * work stays in this window, writes are retried, and the user can retry now or export the
 * in-memory scenario to a file.
 */
export function StorageBanner() {
  const session = useSession();
  const { store } = useSessionState();
  const save = useSyncExternalStore(store.subscribe, () => store.getState().save);
  if (save.status !== 'error') return null;
  const quota = /quota/i.test(save.message);
  return (
    <div className="storage-banner" role="alert">
      <p>
        <strong>Your latest changes are not saved yet.</strong>{' '}
        {quota ? 'The disk or the browser storage for Remit is full.' : `Storage refused the write (${save.message}).`} Your work is kept
        in this window and Remit keeps retrying; do not close it until this message goes away.
      </p>
      <div className="library-row-actions">
        <button type="button" onClick={store.retryNow}>
          Retry now
        </button>
        <button
          type="button"
          onClick={() => {
            void exportOpenScenario(session, getPlatform());
          }}
        >
          Export this scenario to a file
        </button>
      </div>
    </div>
  );
}

/** A message about something that happened elsewhere (e.g. another window deleted the open scenario). */
export function SessionNotice() {
  const { notice } = useSessionState();
  return <Toast toast={notice} className="session-notice" />;
}
