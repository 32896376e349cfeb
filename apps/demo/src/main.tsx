import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';

const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from index.html');

// StrictMode on, as in a fresh Vite React app: the kit must survive its unmount/remount in development.
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
