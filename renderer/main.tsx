import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { parsePrintRouteHash } from '../shared/ipc/print-route.js';
import { App } from './app/app.js';
import { ComparisonPrintPage } from './features/compare/comparison-print.js';
import { PrintPage } from './features/print/print-page.js';
import { requestPersistentStorage } from './persistence/storage-persistence.js';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html lacks #root');
// The print route (main's hidden PDF window, tests, the bench) shows one scenario's print view,
// or a comparison, instead of the app.
const printRoute = parsePrintRouteHash(window.location.hash);
// The library lives in IndexedDB: ask once that it never be evicted (the print route stores nothing).
if (!printRoute) void requestPersistentStorage();
createRoot(root).render(
  <StrictMode>
    {printRoute?.compare ? (
      <ComparisonPrintPage route={printRoute} />
    ) : printRoute ? (
      <PrintPage route={printRoute} />
    ) : (
      <App />
    )}
  </StrictMode>,
);
