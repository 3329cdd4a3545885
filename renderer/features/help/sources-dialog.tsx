import { useEffect, useId, useState } from 'react';
import type { Citation } from '../../../shared/guidance/index.js';
import type { Platform } from '../../platform/platform.js';
import { sourceSectionId } from '../../ui/source-links.js';
import { Dialog } from '../../ui/dialog.js';
import { sourceEntries, type SourceEntry } from './cited-sections.js';
import './help.css';

function SourceItem({
  entry,
  onOpen,
  target,
}: {
  readonly entry: SourceEntry;
  readonly onOpen: (url: string) => void;
  readonly target: Citation | null;
}) {
  const titleId = useId();
  const { source, cited, url } = entry;
  return (
    <li className="help-source">
      <h3 id={titleId}>{source.titleIsOwn ? `“${source.title}”` : source.title}</h3>
      {source.titleIsOwn ? null : (
        <p className="help-source-note">An untitled news article; Remit names it by its thesis.</p>
      )}
      {url ? (
        <p>
          <a
            href={url}
            aria-describedby={titleId}
            onClick={(event) => {
              event.preventDefault();
              onOpen(url);
            }}
          >
            Open article
          </a>
        </p>
      ) : (
        <p className="help-source-note">No web address is known for this article, so Remit cannot open it.</p>
      )}
      <p>
        The guidance cites {cited.length} of its {source.sections.length} sections:
      </p>
      <ul aria-label={`Sections of ${source.title} the guidance cites`}>
        {cited.map((section) => {
          const id = sourceSectionId({ source: source.id, section: section.key } as Citation);
          const current = target?.source === source.id && target.section === section.key;
          return (
            <li key={section.key} id={id} tabIndex={current ? -1 : undefined} className={current ? 'help-section-current' : undefined}>
              {section.label} <span className="help-source-note">({section.locator})</span>
            </li>
          );
        })}
      </ul>
    </li>
  );
}

/** The two source articles, the sections the guidance cites, and a link where the address is known. */
export function SourcesDialog(props: {
  readonly platform: Platform;
  readonly onClose: () => void;
  readonly returnFocus?: () => HTMLElement | null;
  /** Opened from a citation: that section is scrolled to, marked and focused. */
  readonly section?: Citation | null;
}) {
  const [error, setError] = useState<string | null>(null);
  const target = props.section ?? null;
  useEffect(() => {
    if (!target) return;
    // After the dialog's own first focus (its open effect runs first).
    const frame = requestAnimationFrame(() => {
      const element = document.getElementById(sourceSectionId(target));
      element?.scrollIntoView({ block: 'center' });
      element?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [target]);
  const open = (url: string) => {
    setError(null);
    props.platform.openExternal(url).catch((reason: unknown) => {
      setError(`The article could not be opened: ${reason instanceof Error ? reason.message : String(reason)}`);
    });
  };
  return (
    <Dialog
      title="Sources"
      description="Remit’s guidance is our own summary of two public articles on the CIO and CTO roles. Every finding names the article and section it rests on; these are the sections it cites."
      onClose={props.onClose}
      returnFocus={props.returnFocus}
      wide
    >
      {error ? (
        <p className="help-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="help-scroll" tabIndex={0} role="region" aria-label="Source articles">
        <ul className="help-sources">
          {sourceEntries().map((entry) => (
            <SourceItem key={entry.source.id} entry={entry} onOpen={open} target={target} />
          ))}
        </ul>
      </div>
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={props.onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
