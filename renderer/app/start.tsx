import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { parsePrintRouteHash } from '../../shared/ipc/print-route.js';
import { RemitDatabase } from '../persistence/database.js';
import { ScenarioRepository } from '../persistence/repository.js';
import { requestPersistentStorage } from '../persistence/storage-persistence.js';
import { StoredLibraryContext } from '../state/stored-library.js';
import { App } from './app.js';

// The print route is its own page load (main's hidden PDF window), so its pages stay out of the
// app's first bundle.
const ComparisonPrintPage = lazy(async () => ({ default: (await import('../features/compare/comparison-print.js')).ComparisonPrintPage }));
const PrintPage = lazy(async () => ({ default: (await import('../features/print/print-page.js')).PrintPage }));

/**
 * The composition root: builds the page's one database and repository, and shows the app or,
 * on the print route (main's hidden PDF window, tests, the bench), one scenario's print view
 * or a comparison.
 */
export function startRemit(element: HTMLElement): void {
  const database = new RemitDatabase();
  const repository = new ScenarioRepository(database);
  const printRoute = parsePrintRouteHash(window.location.hash);
  // The library lives in IndexedDB: ask once that it never be evicted (the print route stores nothing).
  if (!printRoute) void requestPersistentStorage();
  createRoot(element).render(
    <StrictMode>
      <StoredLibraryContext.Provider value={repository}>
        {printRoute?.compare ? (
          <Suspense fallback={null}>
            <ComparisonPrintPage route={printRoute} />
          </Suspense>
        ) : printRoute ? (
          <Suspense fallback={null}>
            <PrintPage route={printRoute} />
          </Suspense>
        ) : (
          <App database={database} repository={repository} />
        )}
      </StoredLibraryContext.Provider>
    </StrictMode>,
  );
}
