import { useId, useState } from 'react';
import { Dialog } from './dialog.js';

interface TextDialogProps {
  readonly title: string;
  readonly label: string;
  readonly initial: string;
  readonly submitLabel: string;
  readonly multiline?: boolean;
  /** When true an empty value is refused with a message (titles); notes may be empty. */
  readonly required?: boolean;
  readonly description?: string;
  readonly onSubmit: (value: string) => void;
  readonly onClose: () => void;
  readonly returnFocus?: () => HTMLElement | null;
}

/** A dialog asking for one piece of text (a title, a note, a rationale). */
export function TextDialog({
  title,
  label,
  initial,
  submitLabel,
  multiline = false,
  required = false,
  description,
  onSubmit,
  onClose,
  returnFocus,
}: TextDialogProps) {
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();
  const errorId = useId();
  const common = {
    id: inputId,
    value,
    "data-autofocus": true,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? errorId : undefined,
    onChange: (event: { target: { value: string } }) => {
      setValue(event.target.value);
      setError(null);
    },
  } as const;
  return (
    <Dialog
      title={title}
      description={description}
      onClose={onClose}
      returnFocus={returnFocus}
      onSubmit={() => {
        if (required && !value.trim()) {
          setError(`${label} cannot be empty.`);
          return;
        }
        onSubmit(value);
      }}
    >
      <label className="field" htmlFor={inputId}>
        <span className="field-label">{label}</span>
        {multiline ? <textarea rows={4} {...common} /> : <input type="text" autoComplete="off" {...common} />}
      </label>
      <p id={errorId} className="field-error" role="alert">
        {error ?? ''}
      </p>
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="primary">
          {submitLabel}
        </button>
      </div>
    </Dialog>
  );
}
