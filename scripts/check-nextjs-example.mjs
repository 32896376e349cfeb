// The browser half of scripts/check-nextjs-example.sh: opens the started Next.js example in Chromium and checks that
//   - the server sends the prerendered page (the Server Component's text is in the HTML, before any script runs),
//   - hydration logs no console error or warning and throws nothing,
//   - the fake call's 410/3112 end shows the kit's error banner (a MessageBar with "Error code 410/3112").
//   node scripts/check-nextjs-example.mjs http://127.0.0.1:PORT/
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from './chromium.mjs';

const url = process.argv[2];
if (!url) throw new Error('usage: node scripts/check-nextjs-example.mjs <url>');

const fail = (message) => {
  console.error(`check-nextjs-example: ${message}`);
  process.exitCode = 1;
};

const html = await (await fetch(url)).text();
if (!html.includes('This page was prerendered by a Server Component.'))
  fail('the served HTML lacks the prerendered text');
// A Server Component read a locale table and formatted with it through @call-diagnostics/react/strings (values, not
// client references: a client reference's property would be undefined on the server and the build would fail).
if (!html.includes(`<p id="server-strings">Fehlercode 410/3112</p>`)) fail('the server did not format with /strings');
if (!html.includes('waiting for hydration')) fail("the served HTML lacks the client component's first render");

const browser = await chromium.launch(chromiumLaunchOptions);
const problems = [];
let page;
try {
  page = await browser.newPage();
  page.on('console', (message) => {
    // The example has no favicon; the browser's request for one is not the app's error.
    if (message.location().url.endsWith('/favicon.ico')) return;
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`${message.type()}: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.goto(url, { waitUntil: 'load' });
  await page.getByTestId('call-status').getByText('the fake call ended').waitFor({ timeout: 15_000 });
  // The kit's banner is a Fluent MessageBar (announced through its live region, not role=alert).
  const banner = page.locator('.fui-MessageBar').filter({ hasText: 'Error code 410/3112' });
  await banner.first().waitFor({ timeout: 15_000 });
  console.log(`banner: ${((await banner.first().textContent()) ?? '').replace(/\s+/g, ' ').slice(0, 200)}`);
  if (problems.length > 0) fail(`console errors or warnings:\n  ${problems.join('\n  ')}`);
} catch (error) {
  fail(
    `${error}\n  console: ${problems.join('\n  ') || '(nothing)'}\n  page text: ${(await page.locator('body').textContent())?.replace(/\s+/g, ' ').slice(0, 600)}`,
  );
} finally {
  await browser.close();
}
if (!process.exitCode) console.log('check-nextjs-example: prerendered, hydrated without errors, 410/3112 banner shown');
