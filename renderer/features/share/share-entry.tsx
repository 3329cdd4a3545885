import { Link2, LogIn, Unlink, Users } from 'lucide-react';
import { useEffect, useId, useImperativeHandle, useState, type Ref } from 'react';
import { parseShareLink, type ShareLink } from '../../../shared/collab/index.js';
import { useSharedPlanState } from '../../state/presence.js';
import { useSession } from '../../state/session-context.js';
import type { ConnectionStatus, SharedPlanState } from '../../state/shared-plan.js';
import { useAnnounce } from '../../ui/announcer.js';
import { Dialog } from '../../ui/dialog.js';
import { PresenceReporter } from './presence-reporter.js';
import './share.css';

/** What app/ (menu router, command palette) can ask of the Share entry. */
export interface ShareEntryHandle {
  readonly open: (dialog: 'share' | 'join') => void;
  readonly stopSharing: () => void;
}

/** The connection state in words (always shown while a plan is shared). Pure. */
export function connectionText(connection: ConnectionStatus): string {
  const changes = (count: number) => `${count} local change${count === 1 ? '' : 's'}`;
  switch (connection.kind) {
    case 'connecting':
      return 'Connecting…';
    case 'live':
      return 'Live';
    case 'reconnecting':
      return connection.localChanges > 0 ? `Reconnecting — ${changes(connection.localChanges)}` : 'Reconnecting…';
    case 'offline':
      return `Offline — ${changes(connection.localChanges)}`;
    case 'refused':
      return 'Link refused';
  }
}

/**
 * The link typed or pasted, with the server address replaced when one is given (the address
 * others reach the server by may differ from the one `remit invite` printed).
 */
function readLink(linkText: string, serverText: string): { ok: true; link: ShareLink } | { ok: false; message: string } {
  const parsed = parseShareLink(linkText);
  if (!parsed.ok || !serverText.trim()) return parsed;
  const server = /^https?:\/\//i.test(serverText.trim()) ? serverText.trim() : `http://${serverText.trim()}`;
  const fragment = linkText.slice(linkText.indexOf('#'));
  const replaced = parseShareLink(`${server.replace(/\/+$/, '')}/join${fragment}`);
  return replaced.ok ? replaced : { ok: false, message: 'The server address is not a web address such as http://192.168.1.20:4321.' };
}

function ShareDialog({
  kind,
  initialLink,
  onClose,
}: {
  readonly kind: 'share' | 'join';
  readonly initialLink: string;
  readonly onClose: () => void;
}) {
  const session = useSession();
  const announce = useAnnounce();
  const sharing = session.sharing;
  const [name, setName] = useState(sharing?.getIdentity().name ?? '');
  const [linkText, setLinkText] = useState(initialLink);
  const [serverText, setServerText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const nameId = useId();
  const linkId = useId();
  const serverId = useId();
  const errorId = useId();
  const submit = () => {
    if (busy || !sharing) return;
    const read = readLink(linkText, serverText);
    if (!name.trim()) {
      setError('Type the name others will see.');
      return;
    }
    if (!read.ok) {
      setError(read.message);
      return;
    }
    sharing.setIdentity({ ...sharing.getIdentity(), name: name.trim() });
    setBusy(true);
    setError(null);
    const work =
      kind === 'share'
        ? session.shareOpen(read.link).then(() => `Shared “${session.getState().store.getState().scenario.name}”. Everyone with the link can now work on it with you.`)
        : session.join(read.link).then((plan) => `Joined “${plan}”.`);
    work.then(
      (message) => {
        announce(message);
        onClose();
      },
      (failure: unknown) => {
        setBusy(false);
        setError(failure instanceof Error ? failure.message : String(failure));
      },
    );
  };
  return (
    <Dialog
      title={kind === 'share' ? 'Share this plan' : 'Join a shared plan'}
      description={
        kind === 'share'
          ? 'Paste a link to a new plan from remit invite (ask whoever runs the server). This plan is copied to the server, and everyone with the link works on it with you.'
          : 'Paste the share link you were given. The plan opens here and stays in your library.'
      }
      onClose={onClose}
      onSubmit={submit}
    >
      <div className="share-fields">
        <label htmlFor={nameId}>Your name</label>
        <input
          id={nameId}
          value={name}
          maxLength={40}
          autoComplete="name"
          data-autofocus=""
          onChange={(event) => setName(event.target.value)}
        />
        <label htmlFor={linkId}>Share link</label>
        <input
          id={linkId}
          value={linkText}
          spellCheck={false}
          placeholder="http://…/join#plan=…&token=…"
          aria-describedby={error ? errorId : undefined}
          aria-invalid={error ? true : undefined}
          onChange={(event) => setLinkText(event.target.value)}
        />
        <label htmlFor={serverId}>Server address (if not the link’s)</label>
        <input
          id={serverId}
          value={serverText}
          spellCheck={false}
          placeholder="http://192.168.1.20:4321"
          onChange={(event) => setServerText(event.target.value)}
        />
      </div>
      {error ? (
        <p id={errorId} className="share-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={busy} aria-busy={busy || undefined}>
          {busy ? 'Connecting…' : kind === 'share' ? 'Share' : 'Join'}
        </button>
      </div>
    </Dialog>
  );
}

function People({ state }: { readonly state: SharedPlanState }) {
  const session = useSession();
  const me = session.sharing?.getIdentity();
  return (
    <ul className="share-people" aria-label="People on this plan">
      {me ? (
        <li className="share-person" title={`${me.name || 'You'} (you)`}>
          <span className="share-dot" style={{ backgroundColor: me.color }} aria-hidden="true" />
          {me.name || 'You'} (you)
        </li>
      ) : null}
      {state.peers.map((peer) => (
        <li key={peer.clientId} className="share-person" title={peer.name}>
          <span className="share-dot" style={{ backgroundColor: peer.color }} aria-hidden="true" />
          {peer.name}
        </li>
      ))}
    </ul>
  );
}

/**
 * Share…, Join… and, on a shared plan, its connection state (always visible), who is here and
 * Stop sharing. `ref` lets the command palette and the native menu reach the same actions.
 * Opened on the served app's /join path with a link in the address, Join… starts with it.
 */
export function ShareEntry({ ref }: { readonly ref?: Ref<ShareEntryHandle> }) {
  const session = useSession();
  const announce = useAnnounce();
  const state = useSharedPlanState();
  const [open, setOpen] = useState<{ readonly kind: 'share' | 'join'; readonly link: string } | null>(null);

  const stopSharing = () => {
    const name = session.getState().store.getState().scenario.name;
    session.stopSharing().then(
      () => announce(`Stopped sharing “${name}”. It stays in your library as your own plan.`),
      (error: unknown) => announce(error instanceof Error ? error.message : String(error)),
    );
  };
  useImperativeHandle(ref, () => ({ open: (kind) => setOpen({ kind, link: '' }), stopSharing }));

  // The served app's /join#plan=…&token=… opens Join… with the link; the token then leaves the
  // address bar (and the history), so it is not kept or shown where it does not need to be.
  useEffect(() => {
    const parsed = parseShareLink(window.location.href);
    if (!parsed.ok) return;
    const href = window.location.href;
    window.history.replaceState(null, '', window.location.pathname.replace(/\/join\/?$/, '/'));
    setOpen({ kind: 'join', link: href });
  }, []);

  if (!session.sharing) return null;
  return (
    <div className="toolbar-group share-entry" role="group" aria-label="Sharing">
      {state ? (
        <>
          <span
            className={`share-status share-${state.connection.kind}`}
            role="status"
            aria-live="polite"
            data-unacknowledged={'localChanges' in state.connection ? state.connection.localChanges : undefined}
          >
            <span className="share-status-dot" aria-hidden="true" />
            <span className="visually-hidden">Connection: </span>
            {connectionText(state.connection)}
            {state.canEdit ? null : ' (view only)'}
          </span>
          <People state={state} />
          <PresenceReporter />
          <button type="button" className="icon-button" onClick={stopSharing} title="Stop sharing this plan">
            <Unlink aria-hidden="true" size={16} />
            <span className="collapsible-label">Stop sharing</span>
          </button>
        </>
      ) : (
        <>
          <button
            type="button"
            className="icon-button"
            onClick={() => setOpen({ kind: 'share', link: '' })}
            title="Share this plan with others"
          >
            <Link2 aria-hidden="true" size={16} />
            <span className="collapsible-label">Share…</span>
          </button>
          <button
            type="button"
            className="icon-button"
            onClick={() => setOpen({ kind: 'join', link: '' })}
            title="Join a shared plan"
          >
            <LogIn aria-hidden="true" size={16} />
            <span className="collapsible-label">Join…</span>
          </button>
        </>
      )}
      {open ? <ShareDialog kind={open.kind} initialLink={open.link} onClose={() => setOpen(null)} /> : null}
    </div>
  );
}

/**
 * Shown while the shared plan shows an older state than the document: a remote change did not
 * validate (kept out, the last good plan is shown) or the server refused the link.
 */
export function SharedPlanBanner() {
  const session = useSession();
  const state = useSharedPlanState();
  if (!state) return null;
  const refused = state.connection.kind === 'refused' ? state.connection.reason : null;
  if (!state.refusal && !refused) return null;
  return (
    <div className="storage-banner share-banner" role="alert">
      <p>
        <Users aria-hidden="true" size={16} />{' '}
        {refused ? (
          <>
            <strong>The server refused this plan’s link</strong> ({refused}). Your plan and your changes are kept here; ask for a new
            share link, or stop sharing to keep it as your own plan.
          </>
        ) : (
          <>
            <strong>A change from the shared plan was refused</strong> because it is not a valid plan ({state.refusal}). You see the
            last valid version; nothing of yours is lost.
          </>
        )}
      </p>
      <div className="library-row-actions">
        <button
          type="button"
          onClick={() => {
            void session.stopSharing();
          }}
        >
          Stop sharing (keep this version)
        </button>
      </div>
    </div>
  );
}
