import { expect, type Page, test } from '@playwright/test';

const NONCE = 'demo-csp-nonce';
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  `style-src 'self' 'nonce-${NONCE}'`,
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
].join('; ');

/** Plays the 3112 scenario fast and opens the guidance panel: every surface of the kit is on screen. */
async function exerciseKit(page: Page): Promise<void> {
  await page.getByRole('radio', { name: '3112 end' }).check();
  const error = page.locator('.fui-MessageBar').filter({ hasText: '410/3112' });
  await expect(error).toBeVisible();
  await error.getByRole('button', { name: 'Check your network' }).click();
  await expect(page.getByRole('dialog', { name: 'Check your firewall and network' })).toBeVisible();
}

test('under a strict CSP with a style nonce the kit renders styled, with no violation', async ({ page }) => {
  await page.route('**/csp.html*', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': CSP } });
  });
  await page.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = violations;
    document.addEventListener('securitypolicyviolation', (event) => {
      violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`);
    });
  });
  await page.goto('/csp.html?fast=1');
  await exerciseKit(page);
  // Styled means Griffel's nonce'd <style> elements were accepted: the banner has the error intent's background.
  const background = await page
    .locator('.fui-MessageBar')
    .filter({ hasText: '410/3112' })
    .evaluate((element) => getComputedStyle(element).backgroundColor);
  expect(background).not.toBe('rgba(0, 0, 0, 0)');
  const violations = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
  expect(violations).toEqual([]);
});

test('the kit makes no network request of its own', async ({ page, baseURL }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  // `request` events show HTTP only: WebRTC (ICE to STUN/TURN servers), WebSockets and beacons are counted here.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __otherTraffic: string[] }).__otherTraffic = seen;
    const NativePc = window.RTCPeerConnection;
    window.RTCPeerConnection = class extends NativePc {
      constructor(config?: RTCConfiguration) {
        const urls = (config?.iceServers ?? []).flatMap((server) => [server.urls].flat());
        seen.push(`RTCPeerConnection ${urls.join(' ') || '(no ICE servers)'}`);
        super(config);
      }
    } as typeof RTCPeerConnection;
    const NativeWs = window.WebSocket;
    window.WebSocket = class extends NativeWs {
      constructor(url: string | URL, protocols?: string | string[]) {
        seen.push(`WebSocket ${String(url)}`);
        super(url, protocols);
      }
    } as typeof WebSocket;
    const beacon = navigator.sendBeacon.bind(navigator);
    navigator.sendBeacon = (url: string | URL, data?: BodyInit | null) => {
      seen.push(`beacon ${String(url)}`);
      return beacon(url, data);
    };
  });
  await page.goto('/?fast=1');
  await exerciseKit(page);
  await page.keyboard.press('Escape');
  const foreign = requests.filter((url) => !url.startsWith(baseURL ?? '') && !url.startsWith('data:'));
  expect(foreign).toEqual([]);
  const other = await page.evaluate(() => [...(window as unknown as { __otherTraffic: string[] }).__otherTraffic]);
  expect(other).toEqual([]);
  // The watch itself works: a peer connection made now is seen.
  const probe = await page.evaluate(() => {
    new RTCPeerConnection({ iceServers: [{ urls: 'stun:127.0.0.1:9' }] }).close();
    return (window as unknown as { __otherTraffic: string[] }).__otherTraffic;
  });
  expect(probe).toEqual(['RTCPeerConnection stun:127.0.0.1:9']);
  // And nothing fetched the ACS SDK chunk: the fake call tells the kit not to load it.
  expect(requests.filter((url) => /communication-calling|sdk\.bundle/.test(url))).toEqual([]);
});
