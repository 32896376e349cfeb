// A Server Component (no 'use client'): it renders the kit's provider around client children. The call only exists in
// the browser, so the page passes `call={null}` ("not there yet"; an undefined prop would not reach the client) and
// FakeCall attaches one to the provider's diagnostics after hydration.
import { CallDiagnosticsProvider } from '@call-diagnostics/react';
// The strings and pure helpers as values on the server: this subpath has no 'use client' boundary.
import { deDE, formatString } from '@call-diagnostics/react/strings';
import { FakeCall } from './FakeCall';

export default function Page() {
  return (
    <main style={{ maxWidth: 720, margin: '0 auto', padding: 24 }}>
      <h1>Call Diagnostics Kit on Next.js</h1>
      <p id="prerendered">This page was prerendered by a Server Component.</p>
      <p id="server-strings">{formatString(deDE.banner.code, { code: '410/3112' })}</p>
      <CallDiagnosticsProvider call={null}>
        <FakeCall />
      </CallDiagnosticsProvider>
    </main>
  );
}
