import { useStoreState } from '../state/use-store.js';

/** Shows whether the latest change is committed to storage. */
export function SaveIndicator() {
  const save = useStoreState((state) => state.save);
  const text =
    save.status === 'saved' ? 'All changes saved' : save.status === 'saving' ? 'Saving…' : 'Not saved — retrying';
  return (
    <span className={`save-indicator save-${save.status}`} role="status" aria-live="polite" title={save.status === 'error' ? save.message : undefined}>
      {text}
    </span>
  );
}
