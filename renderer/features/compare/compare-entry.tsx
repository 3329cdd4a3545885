import { useState } from 'react';
import { CompareDialog } from './compare-dialog.js';

/** The toolbar's "Compare" button and the dialog it opens. */
export function CompareEntry() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Compare
      </button>
      {open ? <CompareDialog onClose={() => setOpen(false)} /> : null}
    </>
  );
}
