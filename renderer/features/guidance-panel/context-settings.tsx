import { useId, type ChangeEvent } from 'react';
import type { ScenarioContext } from '../../../shared/model/index.js';
import { useStore, useStoreState } from '../../state/use-store.js';
import './context-settings.css';

interface Setting<K extends keyof ScenarioContext> {
  readonly key: K;
  readonly label: string;
  readonly options: readonly { readonly value: ScenarioContext[K]; readonly label: string }[];
}

const SIZE: Setting<'companySize'> = {
  key: 'companySize',
  label: 'Company size',
  options: [
    { value: 'small', label: 'Small' },
    { value: 'medium', label: 'Medium' },
    { value: 'large', label: 'Large' },
  ],
};
const FOCUS: Setting<'focus'> = {
  key: 'focus',
  label: 'Focus',
  options: [
    { value: 'product', label: 'Sells technology' },
    { value: 'information', label: 'Runs on technology' },
    { value: 'balanced', label: 'Balanced' },
  ],
};
const REPORTING: Setting<'reportingLine'> = {
  key: 'reportingLine',
  label: 'Reporting line',
  options: [
    { value: 'both-to-ceo', label: 'Both to CEO' },
    { value: 'cto-to-cio', label: 'CTO to CIO' },
    { value: 'cio-to-cto', label: 'CIO to CTO' },
  ],
};

function SettingSelect<K extends keyof ScenarioContext>({ setting }: { readonly setting: Setting<K> }) {
  const store = useStore();
  const value = useStoreState((state) => state.scenario.context[setting.key]);
  const id = useId();
  const onChange = (event: ChangeEvent<HTMLSelectElement>) => {
    // One change of one setting is one command: one undo step, one write.
    store.dispatch({ type: 'scenario/set-context', context: { [setting.key]: event.target.value } });
  };
  return (
    <div className="context-row">
      <label htmlFor={id}>{setting.label}</label>
      <select id={id} value={value} onChange={onChange}>
        {setting.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The scenario's company context; every change re-checks the guidance at once. */
export function ContextSettings() {
  const headingId = useId();
  return (
    <section className="context-settings" aria-labelledby={headingId}>
      <h3 id={headingId} className="context-heading">
        Company context
      </h3>
      <SettingSelect setting={SIZE} />
      <SettingSelect setting={FOCUS} />
      <SettingSelect setting={REPORTING} />
    </section>
  );
}
