import { useEffect, useId, useRef, useState, type ReactNode, type SubmitEvent } from 'react';
import { compareScenarios, type ChangeKind } from '../../../shared/compare/index.js';
import type { Scenario, Snapshot } from '../../../shared/model/index.js';
import { Dialog } from '../../ui/dialog.js';
import { versionTitle } from '../../state/compared.js';
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

/**
 * What restoring `snapshot` would do, before it is done: the compare view of the plan now (the
 * baseline) and the version, with Restore and Cancel. Focus starts on the question's heading.
 */
function RestorePreview(props: {
  readonly current: Scenario;
  readonly snapshot: Snapshot;
  readonly renderComparison: (scenarios: readonly Scenario[]) => ReactNode;
  readonly onRestore: () => void;
  readonly onCancel: () => void;
}) {
  const { current, snapshot } = props;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const [scenarios] = useState(() => [
    current,
    { ...snapshot.scenario, name: versionTitle(current.name, snapshot.name) },
  ]);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <section className="restore-preview" aria-labelledby={headingId}>
      <h3 id={headingId} ref={headingRef} tabIndex={-1}>
        Restore “{snapshot.name}”?
      </h3>
      <p className="library-muted">
        What changes if you restore: the plan as it is now, then the version. A version of the plan as it is
        now is saved first, and Undo reverts the restore.
      </p>
      <div className="restore-preview-actions">
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
        <button type="button" className="primary" onClick={props.onRestore}>
          Restore<span className="visually-hidden"> “{snapshot.name}”</span>
        </button>
      </div>
      <div className="restore-preview-comparison">{props.renderComparison(scenarios)}</div>
    </section>
  );
}

/**
 * Named versions of the open scenario: save one, restore one (after a preview; undoable),
 * delete one.
 */
export function VersionsDialog(props: {
  readonly onClose: () => void;
  readonly renderComparison: (scenarios: readonly Scenario[]) => ReactNode;
}) {
  const session = useSession();
  const { store } = useSessionState();
  const toast = useToast();
  const scenario = store.getState().scenario;
  const [snapshots, setSnapshots] = useState<Snapshot[] | null>(null);
  const [name, setName] = useState('');
  const [message, setMessage] = useState<{ kind: 'done' | 'error'; text: string } | null>(null);
  const nameId = useId();
  const [previewing, setPreviewing] = useState<Snapshot | null>(null);
  // The version whose Restore button should have focus after the preview closes.
  const focusAfterPreview = useRef<string | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  useEffect(() => {
    if (previewing || !focusAfterPreview.current) return;
    const id = focusAfterPreview.current;
    focusAfterPreview.current = null;
    listRef.current?.querySelector<HTMLElement>(`[data-restore="${CSS.escape(id)}"]`)?.focus();
  }, [previewing, snapshots]);

  useEffect(() => session.watchSnapshots(scenario.id, setSnapshots), [session, scenario.id]);

  const attempt = (action: () => Promise<void>, done: string) => {
    action().then(
      () => setMessage({ kind: 'done', text: done }),
      (error: unknown) =>
        setMessage({ kind: 'error', text: error instanceof Error ? error.message : String(error) }),
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
    <Dialog
      title={`Versions of “${scenario.name}”`}
      onClose={props.onClose}
      className="library-modal versions-dialog"
      wide={previewing !== null}
    >
      {previewing ? null : (
        <form className="library-rename" onSubmit={save}>
          <label htmlFor={nameId}>Version name</label>
          <input
            id={nameId}
            value={name}
            onChange={(event) => setName(event.target.value)}
            required
            maxLength={200}
            placeholder="e.g. Before board review"
          />
          <button type="submit" className="primary">
            Save version
          </button>
        </form>
      )}
      <div className="library-status" role="status" aria-live="polite">
        {message?.kind === 'done' ? message.text : ''}
      </div>
      {message?.kind === 'error' ? (
        <div className="library-error" role="alert">
          {message.text}
        </div>
      ) : null}
      {previewing ? (
        <RestorePreview
          current={scenario}
          snapshot={previewing}
          renderComparison={props.renderComparison}
          onCancel={() => {
            focusAfterPreview.current = previewing.id;
            setPreviewing(null);
          }}
          onRestore={() => {
            const snapshot = previewing;
            focusAfterPreview.current = snapshot.id;
            setPreviewing(null);
            attempt(async () => {
              await session.restoreSnapshot(snapshot);
              toast(`Restored “${snapshot.name}”.`, { label: 'Undo', run: () => void store.undo() });
            }, `Restored “${snapshot.name}”. Undo reverts it.`);
          }}
        />
      ) : snapshots === null ? (
        <p aria-busy="true">Loading versions…</p>
      ) : snapshots.length === 0 ? (
        <p className="library-muted">
          No versions yet. Remit also saves one automatically before a restore or an import over this
          scenario.
        </p>
      ) : (
        <ul ref={listRef} className="library-list" aria-label="Versions">
          {snapshots.map((snapshot) => (
            <li key={snapshot.id} className="library-item">
              <div className="library-item-text">
                <span className="library-item-name">{snapshot.name}</span>
                <span className="library-muted">
                  <time dateTime={snapshot.createdAt}>{dateFormat.format(new Date(snapshot.createdAt))}</time>{' '}
                  · {snapshot.kind === 'auto' ? 'Automatic' : 'Saved by you'} ·{' '}
                  {snapshot.scenario.responsibilities.length} responsibilities
                </span>
                <span className="library-muted">{changesSince(snapshot.scenario, scenario)}</span>
              </div>
              <div className="library-row-actions">
                <button type="button" data-restore={snapshot.id} onClick={() => setPreviewing(snapshot)}>
                  Restore<span className="visually-hidden"> “{snapshot.name}”</span>
                </button>
                <button
                  type="button"
                  onClick={() =>
                    attempt(() => session.deleteSnapshot(snapshot.id), `Deleted version “${snapshot.name}”.`)
                  }
                >
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
