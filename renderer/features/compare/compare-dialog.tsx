import { useEffect, useId, useMemo, useState, type SubmitEvent } from 'react';
import { MAX_COMPARED, compareScenarios, comparisonToCsv } from '../../../shared/compare/index.js';
import type { ComparedRef, PdfOptions } from '../../../shared/ipc/print-route.js';
import type { Scenario, Snapshot } from '../../../shared/model/index.js';
import { getPlatform } from '../../platform/bridge.js';
import { Dialog } from '../../ui/dialog.js';
import { useSession, useSessionState } from '../../state/session-context.js';
import { localePaper } from '../../platform/paper.js';
import { distinctNames, versionTitle } from '../../state/compared.js';
import { BrowserComparisonPrint } from './comparison-print.js';
import { ComparisonView } from './comparison-view.js';
import { comparisonFileName } from '../../platform/file-name.js';

/** A scenario or one of its versions, as offered for comparison. */
interface Choice {
  readonly key: string;
  /** How the picker lists it (a version under its scenario: just the version's name). */
  readonly label: string;
  readonly scenario: Scenario;
  /** Where it is stored, for the PDF export (Electron prints from storage). */
  readonly ref: ComparedRef;
}

interface LibraryChoices {
  readonly scenarios: readonly { readonly choice: Choice; readonly versions: readonly Choice[] }[];
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function versionChoice(owner: Scenario, snapshot: Snapshot): Choice {
  return {
    key: `v:${snapshot.id}`,
    label: `Version “${snapshot.name}”`,
    scenario: { ...snapshot.scenario, name: versionTitle(owner.name, snapshot.name) },
    ref: { kind: 'version', scenarioId: owner.id, versionId: snapshot.id },
  };
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Compare scenarios: pick 2 to 4 saved scenarios or versions (the first picked is the
 * baseline, changeable later), then see the comparison, export it as CSV, or pick again.
 * Reads saved data only; never changes a scenario.
 */
export function CompareDialog(props: { readonly onClose: () => void }) {
  const session = useSession();
  const { store } = useSessionState();
  const [library, setLibrary] = useState<LibraryChoices | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [picked, setPicked] = useState<readonly string[]>([]);
  const [comparing, setComparing] = useState<readonly Choice[] | null>(null);
  const [message, setMessage] = useState<{ readonly kind: 'done' | 'error'; readonly text: string } | null>(null);
  const [exportingPdf, setExportingPdf] = useState(false);
  const [printing, setPrinting] = useState<{ readonly scenarios: readonly Scenario[]; readonly options: PdfOptions } | null>(null);

  useEffect(() => {
    let live = true;
    (async () => {
      // The open scenario's latest change must be in storage before it is compared.
      const library = await session.listWithVersions();
      return library.map(({ scenario, versions }) => ({
        choice: { key: `s:${scenario.id}`, label: scenario.name, scenario, ref: { kind: 'scenario' as const, scenarioId: scenario.id } },
        versions: versions.map((snapshot) => versionChoice(scenario, snapshot)),
      }));
    })().then(
      (scenarios) => live && setLibrary({ scenarios }),
      (error: unknown) => live && setLoadError(errorText(error)),
    );
    return () => {
      live = false;
    };
  }, [session, store]);

  const choices = useMemo(() => {
    const map = new Map<string, Choice>();
    for (const entry of library?.scenarios ?? []) {
      map.set(entry.choice.key, entry.choice);
      for (const version of entry.versions) map.set(version.key, version);
    }
    return map;
  }, [library]);

  const exportCsv = (comparisonChoices: readonly Choice[]) => {
    const comparison = compareScenarios(distinctNames(comparisonChoices.map((choice) => choice.scenario)));
    // A byte-order mark makes spreadsheet apps read the file as UTF-8.
    const data = `\uFEFF${comparisonToCsv(comparison)}`;
    getPlatform()
      .saveFile({ suggestedName: comparisonFileName(comparison.scenarios.map((entry) => entry.scenario.name), '.csv'), mimeType: 'text/csv', data })
      .then(
        (result) => setMessage(result.saved ? { kind: 'done', text: 'Exported the comparison as CSV.' } : null),
        (error: unknown) => setMessage({ kind: 'error', text: `The CSV could not be saved: ${errorText(error)}` }),
      );
  };

  // A comparison is a wide table of lanes side by side: landscape on the usual local paper.
  const exportPdf = (comparisonChoices: readonly Choice[]) => {
    const platform = getPlatform();
    const scenarios = distinctNames(comparisonChoices.map((choice) => choice.scenario));
    const options: PdfOptions = { paper: localePaper(), orientation: 'landscape', appendix: false };
    setMessage(null);
    if (platform.kind !== 'electron') {
      setPrinting({ scenarios, options });
      return;
    }
    setExportingPdf(true);
    platform
      .exportPdf({
        compare: comparisonChoices.map((choice) => choice.ref),
        suggestedName: comparisonFileName(scenarios.map((scenario) => scenario.name), '.pdf'),
        options,
      })
      .then(
        (outcome) =>
          setMessage(
            outcome.kind === 'saved'
              ? { kind: 'done', text: `Exported the comparison as PDF${outcome.location ? ` to ${outcome.location}` : ''}.` }
              : null,
          ),
        (error: unknown) => setMessage({ kind: 'error', text: `The PDF could not be made: ${errorText(error)}` }),
      )
      .finally(() => setExportingPdf(false));
  };

  return (
    <Dialog title="Compare scenarios" onClose={props.onClose} className="library-modal compare-modal">
      {printing ? (
        <BrowserComparisonPrint
          platform={getPlatform()}
          scenarios={printing.scenarios}
          options={printing.options}
          onDone={() => setPrinting(null)}
        />
      ) : null}
      {comparing ? (
        <Result
          choices={comparing}
          onBack={() => setComparing(null)}
          onReorder={setComparing}
          onExport={exportCsv}
          onExportPdf={exportPdf}
          exportingPdf={exportingPdf || printing !== null}
          message={message}
        />
      ) : (
        <Picker
          library={library}
          loadError={loadError}
          picked={picked}
          onPick={setPicked}
          onCompare={() => {
            setMessage(null);
            setComparing(picked.map((key) => choices.get(key)).filter((choice): choice is Choice => choice !== undefined));
          }}
        />
      )}
    </Dialog>
  );
}

function Picker(props: {
  readonly library: LibraryChoices | null;
  readonly loadError: string | null;
  readonly picked: readonly string[];
  readonly onPick: (keys: readonly string[]) => void;
  readonly onCompare: () => void;
}) {
  const { library, picked } = props;
  const [error, setError] = useState<string | null>(null);
  const hintId = useId();
  if (props.loadError) return <p role="alert">The library could not be read: {props.loadError}</p>;
  if (!library) return <p aria-busy="true">Loading scenarios…</p>;
  const full = picked.length >= MAX_COMPARED;
  const toggle = (key: string, checked: boolean) => {
    setError(null);
    props.onPick(checked ? [...picked, key] : picked.filter((value) => value !== key));
  };
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (picked.length < 2) {
      setError('Pick at least two: two scenarios, or a scenario and one of its versions.');
      return;
    }
    props.onCompare();
  };
  const box = (key: string, label: string, extra?: string) => {
    const checked = picked.includes(key);
    const order = picked.indexOf(key);
    return (
      <label className="compare-choice">
        <input type="checkbox" checked={checked} disabled={!checked && full} onChange={(event) => toggle(key, event.target.checked)} aria-describedby={hintId} />
        <span>{label}</span>
        {extra ? <span className="compare-muted"> · {extra}</span> : null}
        {order === 0 ? <span className="compare-tag">Baseline</span> : null}
      </label>
    );
  };
  return (
    <form className="compare-picker" onSubmit={submit}>
      <p id={hintId} className="compare-muted">
        Pick 2 to {MAX_COMPARED}: saved scenarios, or a scenario and its versions. The first you pick is the baseline the others are compared
        with. {picked.length} of {MAX_COMPARED} picked.
      </p>
      {library.scenarios.length === 0 ? <p>No saved scenarios yet.</p> : null}
      <ul className="compare-choices" aria-label="Scenarios and versions">
        {library.scenarios.map(({ choice, versions }) => (
          <li key={choice.key}>
            {box(choice.key, choice.label, `${choice.scenario.responsibilities.length} responsibilities`)}
            {versions.length > 0 ? (
              <ul className="compare-versions" aria-label={`Versions of ${choice.label}`}>
                {versions.map((version) => (
                  <li key={version.key}>{box(version.key, version.label, versionDate(version))}</li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
      {error ? (
        <p className="compare-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="compare-actions">
        <button type="submit" className="primary">
          Compare
        </button>
      </div>
    </form>
  );
}

function versionDate(choice: Choice): string {
  return `saved ${dateFormat.format(new Date(choice.scenario.updatedAt))}`;
}

function Result(props: {
  readonly choices: readonly Choice[];
  readonly onBack: () => void;
  readonly onReorder: (choices: readonly Choice[]) => void;
  readonly onExport: (choices: readonly Choice[]) => void;
  readonly onExportPdf: (choices: readonly Choice[]) => void;
  readonly exportingPdf: boolean;
  readonly message: { readonly kind: 'done' | 'error'; readonly text: string } | null;
}) {
  const { choices } = props;
  const baselineId = useId();
  const comparison = useMemo(() => compareScenarios(distinctNames(choices.map((choice) => choice.scenario))), [choices]);
  return (
    <div className="compare-result">
      <div className="compare-actions">
        <button type="button" onClick={props.onBack}>
          Change selection
        </button>
        <span className="compare-field">
          <label htmlFor={baselineId}>Baseline</label>
          <select
            id={baselineId}
            value={choices[0]?.key ?? ''}
            onChange={(event) => {
              const first = choices.find((choice) => choice.key === event.target.value);
              if (first) props.onReorder([first, ...choices.filter((choice) => choice !== first)]);
            }}
          >
            {choices.map((choice, index) => (
              <option key={choice.key} value={choice.key}>
                {comparison.scenarios[index]?.scenario.name ?? choice.label}
              </option>
            ))}
          </select>
        </span>
        <button type="button" className="primary" onClick={() => props.onExport(choices)}>
          Export CSV
        </button>
        <button type="button" onClick={() => props.onExportPdf(choices)} disabled={props.exportingPdf}>
          {props.exportingPdf ? 'Making the PDF…' : 'Export PDF'}
        </button>
      </div>
      <div className="compare-status" role="status" aria-live="polite">
        {props.message?.kind === 'done' ? props.message.text : ''}
      </div>
      {props.message?.kind === 'error' ? (
        <p className="compare-error" role="alert">
          {props.message.text}
        </p>
      ) : null}
      <ComparisonView comparison={comparison} />
    </div>
  );
}
