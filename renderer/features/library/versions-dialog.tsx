import { useEffect, useId, useState, type SubmitEvent } from 'react';
import { compareScenarios, type ChangeKind } from '../../../shared/compare/index.js';
import type { Scenario, Snapshot } from '../../../shared/model/index.js';
import { Dialog } from '../../ui/dialog.js';
import { useSession, useSessionState } from '../../state/session-context.js';
import { useToast } from '../../ui/toast.js';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

const CHANGE_WORDS: readonly (readonly [ChangeKind, string, string])[] = [
  ['moved', 'moved', 'moved'],
  ['became-shared', 'became shared', 'became shared'],
  ['became-sole', 'left Shared', 'left Shared'],
  ['lead-changed', 'lead changed', 'leads changed'],
  ['added', 'added since', 'added since'],
  ['removed', 'removed since', 'removed since'],
  ['renamed', 'renamed', 'renamed'],
  ['note-changed', 'note changed', 'notes changed'],
];

/** What restoring `version` would change in `current`, in a few words ("3 moved, 1 added since"). */
function changesSince(version: Scenario, current: Scenario): string {
  const pair = compareScenarios([version, current]).pairs[0];
  if (!pair) return '';
  const parts = CHANGE_WORDS.flatMap(([kind, one, many]) => {
    const count = pair.counts[kind];
    return count > 0 ? [`${count} ${count === 1 ? one : many}`] : [];
  });
  return parts.length === 0 ? 'Same cards as now' : `Since then: ${parts.join(', ')}`;
}

/** Named versions of the open scenario: save one, restore one (undoable), delete one. */
export function VersionsDialog(props: { readonly onClose: () => void }) {
  const session = useSession();
  const { store } = useSessionState();
  const toast = useToast();
  const scenario = store.getState().scenario;
  const [snapshots, setSnapshots] = useState<Snapshot[] | null>(null);
  const [name, setName] = useState('');
  const [message, setMessage] = useState<{ kind: 'done' | 'error'; text: string } | null>(null);
  const nameId = useId();

  useEffect(() => session.watchSnapshots(scenario.id, setSnapshots), [session, scenario.id]);

  const attempt = (action: () => Promise<void>, done: string) => {
    action().then(
      () => setMessage({ kind: 'done', text: done }),
      (error: unknown) => setMessage({ kind: 'error', text: error instanceof Error ? error.message : String(error) }),
    );
  };

  const save = (event: SubmitEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    attempt(async () => {
      await store.flush();
      await session.saveSnapshot(trimmed);
      setName('');
    }, `Saved version “${trimmed}”.`);
  };

  return (
    <Dialog title={`Versions of “${scenario.name}”`} onClose={props.onClose} className="library-modal versions-dialog">
      <form className="library-rename" onSubmit={save}>
        <label htmlFor={nameId}>Version name</label>
        <input id={nameId} value={name} onChange={(event) => setName(event.target.value)} required maxLength={200} placeholder="e.g. Before board review" />
        <button type="submit" className="primary">
          Save version
        </button>
      </form>
      <div className="library-status" role="status" aria-live="polite">
        {message?.kind === 'done' ? message.text : ''}
      </div>
      {message?.kind === 'error' ? (
        <div className="library-error" role="alert">
          {message.text}
        </div>
      ) : null}
      {snapshots === null ? (
        <p aria-busy="true">Loading versions…</p>
      ) : snapshots.length === 0 ? (
        <p className="library-muted">No versions yet. Remit also saves one automatically before a restore or an import over this scenario.</p>
      ) : (
        <ul className="library-list" aria-label="Versions">
          {snapshots.map((snapshot) => (
            <li key={snapshot.id} className="library-item">
              <div className="library-item-text">
                <span className="library-item-name">{snapshot.name}</span>
                <span className="library-muted">
                  <time dateTime={snapshot.createdAt}>{dateFormat.format(new Date(snapshot.createdAt))}</time> ·{' '}
                  {snapshot.kind === 'auto' ? 'Automatic' : 'Saved by you'} · {snapshot.scenario.responsibilities.length} responsibilities
                </span>
                <span className="library-muted">{changesSince(snapshot.scenario, scenario)}</span>
              </div>
              <div className="library-row-actions">
                <button
                  type="button"
                  onClick={() =>
                    attempt(async () => {
                      await session.restoreSnapshot(snapshot);
                      toast(`Restored “${snapshot.name}”.`, { label: 'Undo', run: () => void store.undo() });
                    }, `Restored “${snapshot.name}”. Undo reverts it.`)
                  }
                >
                  Restore<span className="visually-hidden"> “{snapshot.name}”</span>
                </button>
                <button type="button" onClick={() => attempt(() => session.deleteSnapshot(snapshot.id), `Deleted version “${snapshot.name}”.`)}>
                  Delete<span className="visually-hidden"> “{snapshot.name}”</span>
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </Dialog>
  );
}
