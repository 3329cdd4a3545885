import { useEffect, useState } from 'react';
import type { Platform } from '../../platform/platform.js';
import { Dialog } from '../../ui/dialog.js';
import { sourceEntries } from './cited-sections.js';
import './help.css';

/** What Remit is, its version, and the two articles its guidance rests on. */
export function AboutDialog(props: {
  readonly platform: Platform;
  readonly onClose: () => void;
  readonly onShowSources: () => void;
  readonly returnFocus?: () => HTMLElement | null;
}) {
  const { platform } = props;
  const [version, setVersion] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    platform.getInfo().then(
      (info) => live && setVersion(`Version ${info.version}`),
      () => live && setVersion('Version unknown'),
    );
    return () => {
      live = false;
    };
  }, [platform]);

  return (
    <Dialog title="About Remit" onClose={props.onClose} returnFocus={props.returnFocus}>
      <div className="help-dialog-body">
        <p className="help-version" aria-live="polite">
          {version ?? 'Version …'}
        </p>
        <p>
          Remit helps a leadership team decide who owns what between the CIO and the CTO, checking every placement
          against guidance drawn from two published articles.
        </p>
        <p>The guidance is Remit’s own summary of these articles, and every finding names the section it rests on:</p>
        <ul>
          {sourceEntries().map(({ source }) => (
            <li key={source.id}>
              <cite>{source.titleIsOwn ? `“${source.title}”` : source.title}</cite>
              {source.titleIsOwn ? null : <span className="help-source-note"> (an untitled news article, named by its thesis)</span>}
            </li>
          ))}
        </ul>
      </div>
      <div className="dialog-actions">
        <button type="button" onClick={props.onShowSources}>
          Sources…
        </button>
        <button type="button" className="primary" onClick={props.onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
