import { useId, useState, type SubmitEvent } from 'react';
import type { ActionOutcome } from './library-actions.js';
import { blankScenario } from '../../state/library-session.js';
import { useSession } from '../../state/session-context.js';
import { scenarioFromTemplate, TEMPLATES } from './templates.js';

/** The library's new-scenario form: blank or from a template, with an optional name. */
export function NewScenarioForm(props: { readonly onDone: (outcome: ActionOutcome) => void; readonly onCancel: () => void }) {
  const session = useSession();
  const [choice, setChoice] = useState('blank');
  const [name, setName] = useState('');
  const nameId = useId();
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const template = TEMPLATES.find((item) => item.id === choice);
    const base = template ? scenarioFromTemplate(template, session.clock.newId, session.clock.now()) : blankScenario(session.clock);
    const scenario = name.trim() ? { ...base, name: name.trim() } : base;
    session.create(scenario).then(
      () => props.onDone({ kind: 'done', message: `Created “${scenario.name}”.` }),
      (error: unknown) => props.onDone({ kind: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
  };
  return (
    <form className="library-new" onSubmit={submit} aria-label="New scenario">
      <fieldset>
        <legend>Start from</legend>
        <label className="library-choice">
          <input type="radio" name="template" value="blank" checked={choice === 'blank'} onChange={() => setChoice('blank')} />
          <span>
            <strong>Blank scenario</strong>
            <span className="library-muted">An empty board.</span>
          </span>
        </label>
        {TEMPLATES.map((template) => (
          <label key={template.id} className="library-choice">
            <input type="radio" name="template" value={template.id} checked={choice === template.id} onChange={() => setChoice(template.id)} />
            <span>
              <strong>{template.name}</strong>
              <span className="library-muted">
                {template.description} {template.entries.length} responsibilities.
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      <label htmlFor={nameId}>Name (optional)</label>
      <input id={nameId} value={name} onChange={(event) => setName(event.target.value)} maxLength={200} />
      <div className="library-row-actions">
        <button type="submit" className="primary">
          Create scenario
        </button>
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
