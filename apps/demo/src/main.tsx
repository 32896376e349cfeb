import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';

const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from index.html');

// StrictMode on, as in a fresh Vite React app: the kit must survive its unmount/remount in development.
// `?page=composite`: CallComposite (@azure/communication-react) with the kit beside it, loaded only on that page.
const CompositePage = lazy(() => import('./CompositePage.js').then((m) => ({ default: m.CompositePage })));
// `?page=lobby`: the pre-join readiness check on simulated networks, then the call below with its result.
const LobbyPage = lazy(() => import('./LobbyPage.js').then((m) => ({ default: m.LobbyPage })));
const page = new URLSearchParams(globalThis.location?.search ?? '').get('page');

createRoot(container).render(
  <StrictMode>
    {page === 'composite' ? (
      <Suspense fallback={null}>
        <CompositePage />
      </Suspense>
    ) : page === 'lobby' ? (
      <Suspense fallback={null}>
        <LobbyPage />
      </Suspense>
    ) : (
      <App />
    )}
  </StrictMode>,
);
