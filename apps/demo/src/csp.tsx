import { createDOMRenderer, RendererProvider } from '@fluentui/react-components';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';

// Under a strict CSP (`style-src 'self' 'nonce-…'`), Griffel must stamp its <style> elements with the page's nonce.
// The kit adds no styles of its own outside Griffel, so this one renderer covers Fluent and the kit alike.
const nonce = document.querySelector<HTMLMetaElement>('meta[name="csp-nonce"]')?.content;
const renderer = createDOMRenderer(document, nonce ? { styleElementAttributes: { nonce } } : {});

const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from csp.html');

createRoot(container).render(
  <StrictMode>
    <RendererProvider renderer={renderer} targetDocument={document}>
      <App />
    </RendererProvider>
  </StrictMode>,
);
