import { useId, useState } from 'react';
import { CharacterCount, countShown, tooLongMessage } from './character-count.js';
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
  /** Longest value accepted (the file formats' limit); a counter appears near it. */
  readonly maxLength?: number;
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
  maxLength,
  onSubmit,
  onClose,
  returnFocus,
}: TextDialogProps) {
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();
  const errorId = useId();
  const countId = useId();
  const counted = maxLength !== undefined && countShown(value.length, maxLength);
  const describedBy = [error ? errorId : null, counted ? countId : null].filter(Boolean).join(' ') || undefined;
  const common = {
    id: inputId,
    value,
    "data-autofocus": true,
    maxLength,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
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
        // maxLength stops typing and pasting past the limit, but not text saved before it.
        if (maxLength !== undefined && value.length > maxLength) {
          setError(tooLongMessage(label, value.length, maxLength));
          return;
        }
        onSubmit(value);
      }}
    >
      <label className="field" htmlFor={inputId}>
        <span className="field-label">{label}</span>
        {multiline ? <textarea rows={4} {...common} /> : <input type="text" autoComplete="off" {...common} />}
      </label>
      {maxLength !== undefined ? <CharacterCount id={countId} length={value.length} max={maxLength} /> : null}
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
