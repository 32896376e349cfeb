// The browser half of scripts/check-nextjs-example.sh: opens the started Next.js example in Chromium and checks that
//   - the server sends the prerendered page (the Server Component's text is in the HTML, before any script runs),
//   - hydration logs no console error or warning and throws nothing,
//   - the fake call's 410/3112 end shows the kit's error banner (role=alert with 410 and 3112).
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
if (!html.includes('waiting for hydration')) fail("the served HTML lacks the client component's first render");

const browser = await chromium.launch(chromiumLaunchOptions);
try {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.goto(url, { waitUntil: 'load' });
  await page.getByTestId('call-status').getByText('the fake call ended').waitFor({ timeout: 15_000 });
  const banner = page.getByRole('alert').filter({ hasText: '410' }).filter({ hasText: '3112' });
  await banner.first().waitFor({ timeout: 15_000 });
  console.log(`banner: ${((await banner.first().textContent()) ?? '').replace(/\s+/g, ' ').slice(0, 200)}`);
  if (problems.length > 0) fail(`console errors or warnings:\n  ${problems.join('\n  ')}`);
} catch (error) {
  fail(String(error));
} finally {
  await browser.close();
}
if (!process.exitCode) console.log('check-nextjs-example: prerendered, hydrated without errors, 410/3112 banner shown');
