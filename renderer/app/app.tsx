import { useEffect, useState } from 'react';
import { LibrarySession, type SessionClock } from '../state/library-session.js';
import { OpenedFiles } from '../features/library/opened-files.js';
import { SessionContext, useSessionState } from '../state/session-context.js';
import { SessionNotice, StorageBanner } from '../features/library/storage-banner.js';
import type { RemitDatabase } from '../persistence/database.js';
import type { ScenarioRepository } from '../persistence/repository.js';
import { createStarterScenario } from '../state/starter-scenario.js';
import { SharedPlans } from '../state/shared-plan.js';
import { StoreContext } from '../state/use-store.js';
import { IconSprite } from '../ui/icon-sprite.js';
import { ToastProvider } from '../ui/toast.js';
import { Workspace } from './workspace.js';

type Boot =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly session: LibrarySession }
  | { readonly status: 'reloading' }
  | { readonly status: 'failed'; readonly message: string };

const clock: SessionClock = { newId: () => crypto.randomUUID(), now: () => new Date().toISOString() };

/** How often a tab that holds up another tab's schema upgrade checks whether its writes landed. */
const UPGRADE_POLL_MS = 500;

/** True once every change of the open scenario is written (nothing pending, nothing failing). */
function settled(session: LibrarySession | null): boolean {
  return session?.getState().store.isSettled() ?? true;
}

/** Opens the last opened scenario (or the newest, or a starter). */
async function openSession(database: RemitDatabase, repository: ScenarioRepository): Promise<LibrarySession> {
  return LibrarySession.open(
    repository,
    clock,
    () => createStarterScenario(clock.newId, clock.now()),
    new SharedPlans(database),
  );
}

function Opened() {
  const { store } = useSessionState();
  const id = store.getState().scenario.id;
  return (
    <StoreContext.Provider value={store}>
      {/* The shapes of the icons the board and the panel repeat (status badges and icons). */}
      <IconSprite />
      <StorageBanner />
      <SessionNotice />
      <OpenedFiles />
      {/* Above the workspace: a toast outlives a scenario switch (Undo an import). */}
      <ToastProvider>
        {/* A new key per scenario: switching scenarios starts the workspace's own state afresh. */}
        <Workspace key={id} />
      </ToastProvider>
    </StoreContext.Provider>
  );
}

/** Opens the last scenario from the page's database (start.tsx builds it), then shows the workspace. */
export function App({
  database,
  repository,
}: {
  readonly database: RemitDatabase;
  readonly repository: ScenarioRepository;
}) {
  const [boot, setBoot] = useState<Boot>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    let session: LibrarySession | null = null;
    const stopWatchingUpgrades = database.onUpgradeElsewhere(() => {
      // Another tab runs a newer Remit: once every change here is written, get out of its way
      // and reload into the new code. Never before: while writes fail (and retry) the page stays
      // as it is, holding the upgrade back, because a reload would drop the unsaved change.
      const leave = (): void => {
        if (!live) return;
        if (!settled(session)) {
          setTimeout(leave, UPGRADE_POLL_MS);
          return;
        }
        setBoot({ status: 'reloading' });
        database.close();
        window.location.reload();
      };
      void (session?.getState().store.flush() ?? Promise.resolve()).then(leave);
    });
    // Closing the page while a change is not written yet (saving, or failing and retrying)
    // would lose it: ask first. The browser shows its own wording.
    const warnIfUnsaved = (event: BeforeUnloadEvent): void => {
      if (settled(session)) return;
      event.preventDefault();
      // eslint-disable-next-line @typescript-eslint/no-deprecated -- Chromium before 119 (and so older Electron) shows the prompt only when it is set
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warnIfUnsaved);
    openSession(database, repository).then(
      (opened) => {
        session = opened;
        if (live) setBoot({ status: 'ready', session: opened });
        else opened.dispose();
      },
      (error: unknown) =>
        live &&
        setBoot({ status: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
      window.removeEventListener('beforeunload', warnIfUnsaved);
      stopWatchingUpgrades();
      session?.dispose();
    };
  }, [database, repository]);

  if (boot.status === 'loading' || boot.status === 'reloading') {
    return (
      <main className="boot" aria-busy="true">
        <p>
          {boot.status === 'loading'
            ? 'Opening your plans…'
            : 'Remit was updated in another window. Reloading…'}
        </p>
      </main>
    );
  }
  if (boot.status === 'failed') {
    return (
      <main className="boot">
        <h1>Remit could not open its storage</h1>
        <p role="alert">{boot.message}</p>
        <p>Your data has not been changed. Close other Remit windows and try again.</p>
      </main>
    );
  }
  return (
    <SessionContext.Provider value={boot.session}>
      <Opened />
    </SessionContext.Provider>
  );
}
