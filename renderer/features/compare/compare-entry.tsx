import { useImperativeHandle, useState, type Ref } from 'react';
import { lazyWithPreload } from '../../ui/lazy-preload.js';

const CompareDialog = lazyWithPreload(async () => (await import('./compare-dialog.js')).CompareDialog);

/** Fetches the Compare dialog ahead of need (see app/workspace). */
export const preloadCompare = () => CompareDialog.preload();

/** What app/ (the command palette) can ask of Compare. */
export interface CompareEntryHandle {
  readonly open: () => void;
}

/** The toolbar's "Compare" button and the dialog it opens. */
export function CompareEntry({ ref }: { readonly ref?: Ref<CompareEntryHandle> }) {
  const [open, setOpen] = useState(false);
  useImperativeHandle(ref, () => ({ open: () => setOpen(true) }), []);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Compare
      </button>
      {open ? <CompareDialog onClose={() => setOpen(false)} /> : null}
    </>
  );
}
