import { useEffect, useId, useMemo, useRef, useState, type SubmitEvent } from 'react';
import type { Scenario, ScenarioId, TrashedScenario } from '../../../shared/model/index.js';
import { getPlatform } from '../../platform/bridge.js';
import {
  backUpAll,
  exportOpenScenario,
  finishImport,
  pickScenarioFile,
  restoreFromBackup,
  type ActionOutcome,
  type PendingImport,
} from './library-actions.js';
import { Dialog } from '../../ui/dialog.js';
import { useSession, useSessionState } from '../../state/session-context.js';
import { useToast } from '../../ui/toast.js';
import { NewScenarioForm } from './new-scenario-form.js';

type SortKey = 'updated' | 'name' | 'created';

const SORTS: Record<SortKey, (a: Scenario, b: Scenario) => number> = {
  updated: (a, b) => b.updatedAt.localeCompare(a.updatedAt),
  name: (a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }),
  created: (a, b) => b.createdAt.localeCompare(a.createdAt),
};

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function when(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateFormat.format(date);
}

/** What the library dialog starts with: the list, or straight into a flow from the menu. */
export type LibraryStart = 'list' | 'new' | 'import' | 'backup' | 'restore';

/** Runs an action and reports its outcome in the dialog's status line. */
/** focusNext's targets that are not a scenario row. */
const SEARCH = 'search';
const TRASH = 'trash';

function useOutcome() {
  const [outcome, setOutcome] = useState<ActionOutcome | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (action: () => Promise<ActionOutcome>) => {
    setBusy(true);
    try {
      setOutcome(await action());
    } catch (error) {
      setOutcome({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };
  return { outcome, busy, run, setOutcome };
}

function RenameForm(props: {
  readonly scenario: Scenario;
  readonly onDone: (outcome: ActionOutcome | null) => void;
}) {
  const session = useSession();
  const [name, setName] = useState(props.scenario.name);
  const inputId = useId();
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    session.rename(props.scenario.id, name).then(
      () => props.onDone({ kind: 'done', message: `Renamed to “${name.trim()}”.` }),
      (error: unknown) =>
        props.onDone({ kind: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
  };
  return (
    <form className="library-rename" onSubmit={submit}>
      <label htmlFor={inputId}>New name for “{props.scenario.name}”</label>
      <input
        id={inputId}
        value={name}
        maxLength={200}
        required
        autoFocus
        onChange={(event) => setName(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            event.stopPropagation();
            props.onDone(null);
          }
        }}
      />
      <button type="submit" className="primary">
        Save name
      </button>
      <button type="button" onClick={() => props.onDone(null)}>
        Cancel
      </button>
    </form>
  );
}

/** The library: every scenario with its actions, search and sort, templates, files and the trash. */
export function LibraryDialog(props: { readonly start: LibraryStart; readonly onClose: () => void }) {
  const session = useSession();
  const { store } = useSessionState();
  const toast = useToast();
  const platform = getPlatform();
  const [library, setLibrary] = useState<{ scenarios: Scenario[]; trash: TrashedScenario[] } | null>(null);
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<SortKey>('updated');
  const [mode, setMode] = useState<'list' | 'new'>(props.start === 'new' ? 'new' : 'list');
  const [renaming, setRenaming] = useState<ScenarioId | null>(null);
  const [pending, setPending] = useState<PendingImport | null>(null);
  const [confirmForever, setConfirmForever] = useState<ScenarioId | null>(null);
  const { outcome, busy, run, setOutcome } = useOutcome();
  const openId = store.getState().scenario.id;
  const searchId = useId();
  const sortId = useId();

  useEffect(() => session.watchLibrary(setLibrary), [session]);

  const startImport = () =>
    run(async () => {
      const picked = await pickScenarioFile(session, platform);
      if (picked.kind !== 'picked') return picked;
      setPending(picked.pending);
      return { kind: 'cancelled' };
    });

  useEffect(() => {
    if (props.start === 'import') void startImport();
    else if (props.start === 'backup') void run(() => backUpAll(session, platform));
    else if (props.start === 'restore') void run(() => restoreFromBackup(session, platform));
    // Only the flow the dialog was opened for runs, once.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- run once per opening
  }, []);

  const visible = useMemo(() => {
    const needle = query.trim().toLowerCase();
    const list = (library?.scenarios ?? []).filter(
      (scenario) =>
        !needle ||
        scenario.name.toLowerCase().includes(needle) ||
        scenario.responsibilities.some((item) => item.title.toLowerCase().includes(needle)),
    );
    return [...list].sort(SORTS[sort]);
  }, [library, query, sort]);

  const act = (action: () => Promise<void>, message: string) =>
    run(async () => {
      await action();
      return { kind: 'done', message };
    });

  // Where focus goes once an action in the list is done (its button was disabled while it ran, or
  // its row is gone, so focus would fall to <body>): a row's first enabled button, by scenario
  // id, or the search field, or the trash's summary (see focus-and-feedback.md).
  const [focusNext, setFocusNext] = useState<string | null>(null);
  const listRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!focusNext || busy) return;
    const root = listRef.current;
    if (!root) return;
    const target =
      focusNext === SEARCH
        ? root.querySelector<HTMLElement>('input[type="search"]')
        : focusNext === TRASH
          ? root.querySelector<HTMLElement>('.library-trash > summary')
          : root.querySelector<HTMLElement>(
              `[data-scenario-row="${CSS.escape(focusNext)}"] button:not(:disabled)`,
            );
    // A row not listed yet (the library's watcher reports a moment later): try again then.
    if (!target) return;
    target.focus();
    setFocusNext(null);
  }, [focusNext, busy, library]);
  /** The row after `id` in the list, else the one before, else the search field. */
  const neighbourOf = (id: ScenarioId): string => {
    const at = visible.findIndex((scenario) => scenario.id === id);
    return visible[at + 1]?.id ?? visible[at - 1]?.id ?? SEARCH;
  };

  return (
    <Dialog title="Scenarios" onClose={props.onClose} className="library-modal library-dialog">
      <div className="library-toolbar" role="group" aria-label="Library actions">
        <button type="button" className="primary" onClick={() => setMode('new')} disabled={busy}>
          New scenario…
        </button>
        <button type="button" onClick={() => void startImport()} disabled={busy}>
          Import scenario…
        </button>
        <button
          type="button"
          onClick={() => void run(() => exportOpenScenario(session, platform))}
          disabled={busy}
        >
          Export open scenario
        </button>
        <button type="button" onClick={() => void run(() => backUpAll(session, platform))} disabled={busy}>
          Back up all data
        </button>
        <button
          type="button"
          onClick={() => void run(() => restoreFromBackup(session, platform))}
          disabled={busy}
        >
          Restore from backup…
        </button>
      </div>

      <div className="library-status" role="status" aria-live="polite">
        {outcome?.kind === 'done' ? outcome.message : ''}
      </div>
      {outcome?.kind === 'error' ? (
        <div className="library-error" role="alert">
          {outcome.message}
        </div>
      ) : null}

      {pending ? (
        <section className="library-import" aria-label="Import choice">
          <p>
            “{pending.fileName}” holds the scenario <strong>{pending.scenario.name}</strong> with{' '}
            {pending.scenario.responsibilities.length} responsibilities. How should it be imported?
          </p>
          <div className="library-row-actions">
            <button
              type="button"
              className="primary"
              onClick={() => {
                setPending(null);
                void run(async () => {
                  const outcome = await finishImport(session, pending, 'new');
                  // The import opened the new scenario; Undo puts it in the trash (recoverable).
                  const importedId = session.openId;
                  if (outcome.kind === 'done') {
                    toast(outcome.message, {
                      label: 'Undo',
                      run: () =>
                        void session.moveToTrash(importedId).then(
                          () => toast('Import undone: the imported scenario is in the trash.'),
                          (error: unknown) => toast(error instanceof Error ? error.message : String(error)),
                        ),
                    });
                  }
                  return outcome;
                });
              }}
            >
              Add as a new scenario
            </button>
            <button
              type="button"
              onClick={() => {
                setPending(null);
                void run(async () => {
                  const outcome = await finishImport(session, pending, 'replace');
                  if (outcome.kind === 'done')
                    toast(outcome.message, { label: 'Undo', run: () => void store.undo() });
                  return outcome;
                });
              }}
            >
              Replace the open scenario
            </button>
            <button type="button" onClick={() => setPending(null)}>
              Cancel import
            </button>
          </div>
        </section>
      ) : null}

      {mode === 'new' ? (
        <NewScenarioForm
          onCancel={() => setMode('list')}
          onDone={(result) => {
            setOutcome(result);
            if (result.kind === 'done') props.onClose();
          }}
        />
      ) : (
        <div ref={listRef} className="library-browse">
          <div className="library-filters">
            <label htmlFor={searchId}>Search scenarios</label>
            <input
              id={searchId}
              type="search"
              value={query}
              onChange={(event) => setQuery(event.target.value)}
            />
            <label htmlFor={sortId}>Sort by</label>
            <select id={sortId} value={sort} onChange={(event) => setSort(event.target.value as SortKey)}>
              <option value="updated">Last changed</option>
              <option value="name">Name</option>
              <option value="created">Date created</option>
            </select>
          </div>
          {library === null ? (
            <p aria-busy="true">Loading scenarios…</p>
          ) : visible.length === 0 ? (
            <p className="library-muted">{query ? `No scenario matches “${query}”.` : 'No scenarios yet.'}</p>
          ) : (
            <ul className="library-list" aria-label="Scenario list">
              {visible.map((scenario) => (
                <li
                  key={scenario.id}
                  className="library-item"
                  data-scenario-row={scenario.id}
                  aria-current={scenario.id === openId ? 'true' : undefined}
                >
                  {renaming === scenario.id ? (
                    <RenameForm
                      scenario={scenario}
                      onDone={(result) => {
                        setRenaming(null);
                        setFocusNext(scenario.id);
                        if (result) setOutcome(result);
                      }}
                    />
                  ) : (
                    <>
                      <div className="library-item-text">
                        <span className="library-item-name" title={scenario.name}>
                          {scenario.name}
                        </span>
                        <span className="library-muted library-item-meta">
                          {scenario.id === openId ? 'Open now · ' : ''}
                          {scenario.responsibilities.length} responsibilities · changed{' '}
                          {when(scenario.updatedAt)}
                        </span>
                      </div>
                      <div className="library-row-actions">
                        <button
                          type="button"
                          disabled={busy || scenario.id === openId}
                          onClick={() =>
                            void run(async () => {
                              await session.openScenario(scenario.id);
                              props.onClose();
                              return { kind: 'done', message: `Opened “${scenario.name}”.` };
                            })
                          }
                        >
                          Open<span className="visually-hidden"> “{scenario.name}”</span>
                        </button>
                        <button type="button" disabled={busy} onClick={() => setRenaming(scenario.id)}>
                          Rename<span className="visually-hidden"> “{scenario.name}”</span>
                        </button>
                        <button
                          type="button"
                          disabled={busy}
                          onClick={() =>
                            void act(async () => {
                              const copy = await session.duplicate(scenario.id);
                              setFocusNext(copy.id);
                            }, `Duplicated “${scenario.name}”.`)
                          }
                        >
                          Duplicate<span className="visually-hidden"> “{scenario.name}”</span>
                        </button>
                        <button
                          type="button"
                          disabled={busy}
                          onClick={() => {
                            setFocusNext(neighbourOf(scenario.id));
                            void act(
                              () => session.moveToTrash(scenario.id),
                              `Moved “${scenario.name}” to the trash.`,
                            );
                          }}
                        >
                          Move to trash<span className="visually-hidden"> “{scenario.name}”</span>
                        </button>
                      </div>
                    </>
                  )}
                </li>
              ))}
            </ul>
          )}
          <details className="library-trash">
            <summary>Trash ({library?.trash.length ?? 0})</summary>
            {library && library.trash.length > 0 ? (
              <ul className="library-list" aria-label="Trash">
                {library.trash.map(({ scenario, deletedAt }) => (
                  <li key={scenario.id} className="library-item">
                    <div className="library-item-text">
                      <span className="library-item-name" title={scenario.name}>
                        {scenario.name}
                      </span>
                      <span className="library-muted library-item-meta">deleted {when(deletedAt)}</span>
                    </div>
                    <div className="library-row-actions">
                      <button
                        type="button"
                        disabled={busy}
                        onClick={() => {
                          setFocusNext(scenario.id);
                          void act(
                            () => session.restoreFromTrash(scenario.id),
                            `Restored “${scenario.name}” from the trash.`,
                          );
                        }}
                      >
                        Restore<span className="visually-hidden"> “{scenario.name}”</span>
                      </button>
                      {confirmForever === scenario.id ? (
                        <>
                          <button
                            type="button"
                            className="danger"
                            onClick={() => {
                              setConfirmForever(null);
                              setFocusNext(TRASH);
                              void act(
                                () => session.deleteForever(scenario.id),
                                `Deleted “${scenario.name}” for good.`,
                              );
                            }}
                          >
                            Confirm delete forever<span className="visually-hidden"> “{scenario.name}”</span>
                          </button>
                          <button type="button" onClick={() => setConfirmForever(null)}>
                            Keep<span className="visually-hidden"> “{scenario.name}”</span>
                          </button>
                        </>
                      ) : (
                        <button type="button" disabled={busy} onClick={() => setConfirmForever(scenario.id)}>
                          Delete forever<span className="visually-hidden"> “{scenario.name}”</span>
                        </button>
                      )}
                    </div>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="library-muted">The trash is empty.</p>
            )}
          </details>
        </div>
      )}
    </Dialog>
  );
}
