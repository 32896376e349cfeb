// Debian's Chromium and the flags it needs here (root, no GPU, a closed network). Browsers cannot be downloaded, so
// every launcher (Vitest browser mode, Playwright e2e, the screenshot script) takes its options from this one place.
// CHROMIUM_PATH points at another Chromium binary.

/** @type {{ executablePath: string, args: string[] }} */
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--no-first-run',
  ],
};
