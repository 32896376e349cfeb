import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

// The kit is consumed from source (the `@call-diagnostics/source` export condition of packages/*/package.json), so the
// demo needs no package build first. Setting `conditions` replaces Vite's defaults: keep them.
export default defineConfig({
  plugins: [react()],
  resolve: { conditions: ['@call-diagnostics/source', ...defaultClientConditions] },
  server: { port: 5173, strictPort: true, host: '127.0.0.1' },
  preview: { port: 4173, strictPort: true, host: '127.0.0.1' },
  // The only big chunk is the ACS SDK, which core imports lazily and never loads for the demo's fake (duck-typed) calls.
  // csp.html: the same demo under a strict Content-Security-Policy with a style nonce (e2e/security.spec.ts).
  build: {
    chunkSizeWarningLimit: 8000,
    rollupOptions: {
      input: {
        main: fileURLToPath(new URL('./index.html', import.meta.url)),
        csp: fileURLToPath(new URL('./csp.html', import.meta.url)),
      },
    },
  },
});
