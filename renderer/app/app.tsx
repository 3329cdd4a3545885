import { useEffect, useState } from 'react';
import { RemitDatabase } from '../persistence/database.js';
import { ScenarioRepository } from '../persistence/repository.js';
import { ScenarioStore } from '../state/scenario-store.js';
import { createStarterScenario } from '../state/starter-scenario.js';
import { StoreContext } from '../state/use-store.js';
import { Workspace } from './workspace.js';

type Boot =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly store: ScenarioStore }
  | { readonly status: 'failed'; readonly message: string };

async function openStore(): Promise<ScenarioStore> {
  const repository = new ScenarioRepository(new RemitDatabase());
  const lastId = await repository.lastOpened();
  let scenario = lastId ? await repository.load(lastId) : null;
  if (!scenario) {
    scenario = (await repository.list())[0] ?? null;
  }
  if (!scenario) {
    scenario = createStarterScenario(() => crypto.randomUUID(), new Date().toISOString());
    await repository.save(scenario);
  }
  return new ScenarioStore(scenario, (next) => repository.save(next));
}

/** Opens the database and the last scenario, then shows the workspace. */
export function App() {
  const [boot, setBoot] = useState<Boot>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    openStore().then(
      (store) => live && setBoot({ status: 'ready', store }),
      (error: unknown) =>
        live && setBoot({ status: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, []);

  if (boot.status === 'loading') {
    return (
      <main className="boot" aria-busy="true">
        <p>Opening your plans…</p>
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
    <StoreContext.Provider value={boot.store}>
      <Workspace />
    </StoreContext.Provider>
  );
}
