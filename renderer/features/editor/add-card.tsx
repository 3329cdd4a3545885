import { useDeferredValue, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { searchCatalog, suggestOwner, type CatalogEntry, type Citation, type Suggestion } from '../../../shared/guidance/index.js';
import { responsibilityId, type Lane, type Role } from '../../../shared/model/index.js';
import { AddActionsContext, type AddActions } from '../../state/editing-actions.js';
import { useStore, useStoreState } from '../../state/use-store.js';
import { useAnnounce } from '../../ui/announcer.js';
import { laneName } from '../../ui/lane-name.js';
import { cardHandle } from '../../state/board-view.js';
import { CitationText } from '../../ui/citation-text.js';
import { CharacterCount, countShown, TEXT_LIMITS } from '../../ui/character-count.js';
import './editor.css';
import { Dialog } from '../../ui/dialog.js';

interface Placement {
  readonly owner: Lane;
  readonly lead?: Role | undefined;
}

function placementText({ owner, lead }: Placement): string {
  return owner === 'Shared' ? `Shared, ${lead ?? 'CIO'} leads` : owner;
}

/** The places a suggestion proposes: one for a clear owner, both roles for a contested topic. */
function proposals(suggestion: Suggestion): Placement[] {
  switch (suggestion.owner) {
    case 'CIO':
    case 'CTO':
      return [{ owner: suggestion.owner }];
    case 'Shared':
      return [{ owner: 'Shared', lead: suggestion.lead ?? 'CIO' }];
    case 'Contested':
      return [{ owner: 'CIO' }, { owner: 'CTO' }];
    default:
      return [];
  }
}

function useAddCard() {
  const store = useStore();
  const announce = useAnnounce();
  return (title: string, placement: Placement, note?: string) => {
    const id = responsibilityId(crypto.randomUUID());
    store.dispatch({
      type: 'responsibility/add',
      id,
      title,
      owner: placement.owner,
      lead: placement.owner === 'Shared' ? placement.lead : undefined,
      note: note?.trim() || undefined,
    });
    announce(`Added ${title} to ${laneName(placement.owner)}.`);
    return id;
  };
}

function CitationList({ citations }: { readonly citations: readonly Citation[] }) {
  if (citations.length === 0) return null;
  return (
    <ul className="suggestion-citations" aria-label="Sources">
      {citations.slice(0, 3).map((citation) => (
        <li key={`${citation.source}-${citation.section}`}>
          <CitationText citation={citation} />
        </li>
      ))}
    </ul>
  );
}

function AddDialog({ onClose }: { readonly onClose: () => void }) {
  const [title, setTitle] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const deferredTitle = useDeferredValue(title);
  const suggestion = useMemo(() => (deferredTitle.trim().length >= 3 ? suggestOwner(deferredTitle) : null), [deferredTitle]);
  const add = useAddCard();
  const titleId = useId();
  const noteId = useId();
  const titleCountId = useId();
  const noteCountId = useId();
  const errorId = useId();
  const suggestionId = useId();
  const places = suggestion && suggestion.confidence >= 0.3 ? proposals(suggestion) : [];
  const added = useRef<string | null>(null);

  // Enter places the card where the guidance clearly points, else in Unassigned.
  const placeByDefault = () => place(places.length === 1 && places[0] ? places[0] : { owner: 'Unassigned' });
  const place = (placement: Placement) => {
    const clean = title.trim();
    if (!clean) {
      setError('Give the responsibility a title first.');
      return;
    }
    added.current = add(clean, placement, note);
    onClose();
  };

  return (
    <Dialog
      title="Add a responsibility"
      description="Type what needs an owner. Remit suggests who should hold it, with the reason and the source."
      onClose={onClose}
      returnFocus={() => (added.current ? cardHandle(added.current) : null)}
      wide
      onSubmit={placeByDefault}
    >
      <label className="field" htmlFor={titleId}>
        <span className="field-label">Title</span>
        <input
          id={titleId}
          type="text"
          autoComplete="off"
          data-autofocus
          value={title}
          maxLength={TEXT_LIMITS.title}
          aria-invalid={error ? true : undefined}
          aria-describedby={[error ? errorId : null, countShown(title.length, TEXT_LIMITS.title) ? titleCountId : null].filter(Boolean).join(' ') || undefined}
          placeholder="e.g. Customer mobile app"
          onChange={(event) => {
            setTitle(event.target.value);
            setError(null);
          }}
          onKeyDown={(event) => {
            // Two text fields and no submit button: the browser would not submit on Enter.
            if (event.key === 'Enter') {
              event.preventDefault();
              placeByDefault();
            }
          }}
        />
      </label>
      <CharacterCount id={titleCountId} length={title.length} max={TEXT_LIMITS.title} />
      <p id={errorId} className="field-error" role="alert">
        {error ?? ''}
      </p>
      <section className="suggestion" aria-labelledby={suggestionId} aria-live="polite">
        <h3 id={suggestionId} className="suggestion-heading">
          Suggested owner
        </h3>
        {!suggestion ? (
          <p className="suggestion-empty">Start typing a title to see who should own it.</p>
        ) : places.length === 0 ? (
          <p className="suggestion-empty">
            The guidance does not recognise this yet. Add it to Unassigned and place it by judgement.
          </p>
        ) : (
          <>
            <p className="suggestion-owner">
              <strong data-testid="suggested-owner">
                {suggestion.owner === 'Contested' ? 'Contested: the sources disagree' : placementText(places[0] ?? { owner: 'Unassigned' })}
              </strong>
              {suggestion.topic ? <span className="suggestion-topic"> · {suggestion.topic.label}</span> : null}
            </p>
            <p className="suggestion-reason">{suggestion.reason}</p>
            <CitationList citations={suggestion.citations} />
          </>
        )}
      </section>
      <label className="field" htmlFor={noteId}>
        <span className="field-label">Note (optional)</span>
        <input
          id={noteId}
          type="text"
          autoComplete="off"
          value={note}
          maxLength={TEXT_LIMITS.note}
          aria-describedby={countShown(note.length, TEXT_LIMITS.note) ? noteCountId : undefined}
          onChange={(event) => setNote(event.target.value)}
        />
      </label>
      <CharacterCount id={noteCountId} length={note.length} max={TEXT_LIMITS.note} />
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button type="button" onClick={() => place({ owner: 'Unassigned' })}>
          Add to Unassigned
        </button>
        {places.map((placement) => (
          <button key={placementText(placement)} type="button" className="primary" onClick={() => place(placement)}>
            Add to {placementText(placement)}
          </button>
        ))}
      </div>
    </Dialog>
  );
}

function CatalogDialog({ onClose }: { readonly onClose: () => void }) {
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const results = useMemo(() => searchCatalog(deferred), [deferred]);
  const responsibilities = useStoreState((state) => state.scenario.responsibilities);
  const present = useMemo(() => new Set(responsibilities.map((item) => item.title.toLowerCase())), [responsibilities]);
  const add = useAddCard();
  const searchId = useId();
  const countId = useId();
  return (
    <Dialog
      title="Add from catalog"
      description="Common responsibilities with their default place from the guidance. Contested ones start in Unassigned."
      onClose={onClose}
      wide
    >
      <label className="field" htmlFor={searchId}>
        <span className="field-label">Search the catalog</span>
        <input
          id={searchId}
          type="search"
          data-autofocus
          autoComplete="off"
          value={query}
          aria-describedby={countId}
          placeholder="e.g. security, website, ERP"
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            // Escape in a search field clears it first; a second Escape closes the dialog.
            if (event.key === 'Escape' && query) {
              event.preventDefault();
              setQuery('');
            }
          }}
        />
      </label>
      <p id={countId} className="catalog-count" aria-live="polite">
        {results.length === 0 ? 'No entry matches. Try another word, or add your own responsibility.' : `${results.length} entries`}
      </p>
      <ul className="catalog-list">
        {results.map((entry: CatalogEntry) => {
          const onBoard = present.has(entry.title.toLowerCase());
          const placement: Placement = { owner: entry.owner, lead: entry.lead };
          return (
            <li key={entry.id} className="catalog-entry">
              <span className="catalog-title">{entry.title}</span>
              <span className={`catalog-owner lane-${entry.owner.toLowerCase()}`}>
                {entry.contested ? 'Contested' : placementText(placement)}
              </span>
              <button
                type="button"
                disabled={onBoard}
                aria-label={onBoard ? `${entry.title} is on the board` : `Add ${entry.title} to ${placementText(placement)}`}
                onClick={() => add(entry.title, placement)}
              >
                {onBoard ? 'On the board' : 'Add'}
              </button>
            </li>
          );
        })}
      </ul>
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={onClose}>
          Done
        </button>
      </div>
    </Dialog>
  );
}

/** Hosts the "Add a responsibility" and "Add from catalog" dialogs. */
export function AddCardProvider({ children }: { readonly children: ReactNode }) {
  const [open, setOpen] = useState<'add' | 'catalog' | null>(null);
  const actions = useMemo<AddActions>(
    () => ({ addResponsibility: () => setOpen('add'), addFromCatalog: () => setOpen('catalog') }),
    [],
  );
  const close = () => setOpen(null);
  return (
    <AddActionsContext.Provider value={actions}>
      {children}
      {open === 'add' ? <AddDialog onClose={close} /> : null}
      {open === 'catalog' ? <CatalogDialog onClose={close} /> : null}
    </AddActionsContext.Provider>
  );
}
