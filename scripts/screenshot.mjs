#!/usr/bin/env node
/**
 * README screenshots of apps/demo: docs/images/demo-3112.png (the 410/3112 error banner),
 * docs/images/demo-panel.png (the firewall guidance panel open) and docs/images/demo-media.png (the "You're muted"
 * notice while the person speaks muted), all 1280×800.
 *
 *   node scripts/screenshot.mjs            # reuses a demo on :4173 or :5173, else builds and previews it (and stops it)
 *   DEMO_URL=http://host:port/ node scripts/screenshot.mjs
 *   CHROMIUM_PATH=/path/to/chromium node scripts/screenshot.mjs   # default /usr/bin/chromium
 *   THEME=dark node scripts/screenshot.mjs                         # dark theme
 */
import { spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from './chromium.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'docs', 'images');
const TITLE = 'Call Diagnostics Kit demo';
const PREVIEW_URL = 'http://127.0.0.1:4173/';
const DEV_URL = 'http://127.0.0.1:5173/';

async function isDemo(url) {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
    return response.ok && (await response.text()).includes(`<title>${TITLE}</title>`);
  } catch {
    return false;
  }
}

async function waitFor(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await isDemo(url)) return;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`the demo did not come up at ${url} within ${timeoutMs} ms`);
}

/** Returns the URL of a running demo and, when this script started it, a function that stops it. */
async function startOrReuse() {
  if (process.env.DEMO_URL) {
    if (!(await isDemo(process.env.DEMO_URL))) throw new Error(`no demo at DEMO_URL=${process.env.DEMO_URL}`);
    return { url: process.env.DEMO_URL, stop: async () => {} };
  }
  for (const url of [PREVIEW_URL, DEV_URL]) {
    if (await isDemo(url)) {
      console.log(`reusing the demo at ${url}`);
      return { url, stop: async () => {} };
    }
  }
  console.log('building and previewing the demo…');
  const child = spawn(
    'sh',
    ['-c', 'pnpm --filter @call-diagnostics/demo build && exec pnpm --filter @call-diagnostics/demo preview'],
    { cwd: root, detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  // Kept, and shown only if the server fails to come up (stopping it later makes pnpm print a harmless failure).
  let serverLog = '';
  child.stderr.on('data', (chunk) => {
    serverLog += chunk;
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    await Promise.race([
      waitFor(PREVIEW_URL, 120_000),
      exited.then((code) => {
        throw new Error(`the demo server exited early (code ${code})`);
      }),
    ]);
  } catch (error) {
    stopGroup(child.pid);
    process.stderr.write(serverLog);
    throw error;
  }
  return {
    url: PREVIEW_URL,
    stop: async () => {
      stopGroup(child.pid);
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
    },
  };
}

/** Stops the process group this script started (and only that one). */
function stopGroup(pid) {
  try {
    process.kill(-pid, 'SIGTERM');
  } catch {
    // already gone
  }
}

const server = await startOrReuse();
const browser = await chromium.launch(chromiumLaunchOptions);
try {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
    reducedMotion: 'reduce',
    locale: 'en-US',
    timezoneId: 'UTC',
  });
  const page = await context.newPage();
  // Real time (2 s from the relay warning to 410/3112), so the scenario log shows the seed's own timing.
  await page.goto(server.url);
  await page.getByRole('radiogroup', { name: 'Scenario' }).waitFor();
  if (process.env.THEME === 'dark') await page.getByRole('switch', { name: 'Dark theme' }).check();

  await page.getByRole('radio', { name: '3112 end' }).check();
  const error = page.getByRole('region', { name: 'Call' }).locator('.fui-MessageBar').filter({ hasText: '410/3112' });
  await error.waitFor({ state: 'visible', timeout: 10_000 });
  await page.mouse.move(0, 799); // no hover highlight on any control
  await mkdir(outDir, { recursive: true });
  const bannerPath = join(outDir, 'demo-3112.png');
  await page.screenshot({ path: bannerPath, animations: 'disabled' });
  console.log(`wrote ${bannerPath}`);

  await error.getByRole('button', { name: 'Check your network' }).click();
  const dialog = page.getByRole('dialog', { name: 'Check your firewall and network' });
  await dialog.waitFor({ state: 'visible' });
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
  await page.mouse.move(0, 799);
  const panelPath = join(outDir, 'demo-panel.png');
  await page.screenshot({ path: panelPath, animations: 'disabled' });
  console.log(`wrote ${panelPath}`);

  // A fresh page: the media family and the other people.
  await page.goto(server.url);
  await page.getByRole('radiogroup', { name: 'Scenario' }).waitFor();
  if (process.env.THEME === 'dark') await page.getByRole('switch', { name: 'Dark theme' }).check();
  await page.getByRole('radio', { name: 'Speaking while muted' }).check();
  const notice = page
    .getByRole('region', { name: 'Call' })
    .locator('.cdk-MutedNotice')
    .filter({ hasText: "You're muted" });
  await notice.waitFor({ state: 'visible', timeout: 10_000 });
  await page.mouse.move(0, 799);
  const mediaPath = join(outDir, 'demo-media.png');
  await page.screenshot({ path: mediaPath, animations: 'disabled' });
  console.log(`wrote ${mediaPath}`);
} finally {
  await browser.close();
  await server.stop();
}
