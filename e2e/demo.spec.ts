import { expect, type Page, test } from '@playwright/test';

/** The kit's banner (a Fluent MessageBar) inside the demo's call area. */
const banner = (page: Page) => page.getByRole('region', { name: 'Call' }).locator('.fui-MessageBar');

async function open(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('radiogroup', { name: 'Scenario' })).toBeVisible();
  await expect(page.getByTestId('call-status')).toHaveText('Connected');
}

test('healthy call shows no banner; 3112 end warns, fails with code and call ID, guides, and Retry clears it', async ({
  page,
}) => {
  await open(page);
  await expect(banner(page)).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);

  await page.getByRole('radio', { name: '3112 end' }).check();

  // First the warning while relays are unreachable…
  const warning = banner(page).filter({ hasText: 'Trouble reaching the call servers' });
  await expect(warning).toBeVisible();
  await expect(warning).not.toContainText('410/3112');

  // …then, 2 s later, the error with code and call ID.
  const error = banner(page).filter({ hasText: '410/3112' });
  await expect(error).toBeVisible();
  await expect(error).toContainText("Your call couldn't connect");
  await expect(error).toContainText(/Call ID: fake-call-\d+/);
  await expect(warning).toHaveCount(0);
  await expect(page.getByTestId('call-status')).toHaveText('Call ended');
  // Fluent's MessageBar guidance: a primary and a secondary action, no more.
  await expect(error.getByRole('button')).toHaveCount(2);

  // Check your network → the firewall guidance panel, which holds Copy details and the support report.
  await error.getByRole('button', { name: 'Check your network' }).click();
  const dialog = page.getByRole('dialog', { name: 'Check your firewall and network' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('3478–3481');
  await expect(dialog).toContainText('20.202.0.0/16');
  for (const name of ['Copy details', 'Copy report', 'Download report']) {
    await expect(dialog.getByRole('button', { name })).toBeVisible();
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(error.getByRole('button', { name: 'Check your network' })).toBeFocused();

  // Retry → a fresh call rejoins and the banner goes away.
  await error.getByRole('button', { name: 'Try again' }).click();
  await expect(banner(page)).toHaveCount(0);
  await expect(page.getByTestId('call-status')).toHaveText('Rejoining…');
  await expect(page.getByTestId('call-status')).toHaveText('Connected');
  await expect(page.getByRole('radio', { name: 'Healthy' })).toBeChecked();
  await expect(banner(page)).toHaveCount(0);
});

test('Recovered shows the warning, then the "Connection restored" toast', async ({ page }) => {
  await open(page);
  await page.getByRole('radio', { name: 'Recovered' }).check();
  await expect(banner(page).filter({ hasText: 'Trouble reaching the call servers' })).toBeVisible();
  const toast = page.locator('.fui-Toast').filter({ hasText: 'Connection restored' });
  await expect(toast).toBeVisible();
  await expect(toast).toContainText('Your network can reach the call servers again.');
  await expect(banner(page)).toHaveCount(0);
});

test('switching scenario stops the previous one (no late 410/3112)', async ({ page }) => {
  await open(page);
  await page.getByRole('radio', { name: '3112 end' }).check();
  await expect(banner(page).filter({ hasText: 'Trouble reaching the call servers' })).toBeVisible();
  await page.getByRole('radio', { name: 'Healthy' }).check();
  await expect(banner(page)).toHaveCount(0);
  await page.waitForTimeout(2500); // past the 2 s at which the abandoned timeline would have ended the call
  await expect(banner(page)).toHaveCount(0);
  await expect(page.getByTestId('call-status')).toHaveText('Connected');
});

test('lobby: UDP blocked shows the warning; Join anyway enters the call, whose banner repeats the finding', async ({
  page,
}) => {
  await page.goto('/?page=lobby');
  const lobby = page.getByRole('region', { name: 'Lobby' });
  // All fine first: every check passes and the person may join.
  await expect(lobby.getByText("You're ready to join")).toBeVisible();
  await expect(lobby.getByRole('button', { name: 'Join', exact: true })).toBeVisible();

  await page.getByRole('radio', { name: 'UDP blocked' }).check();
  await expect(lobby.getByText('You can join, but there may be problems')).toBeVisible();
  await expect(lobby.getByText(/Your network blocks UDP, so call media will use TCP/)).toBeVisible();
  await lobby.getByRole('button', { name: 'Join anyway' }).click();

  // The call screen, with the check's result handed to the provider.
  await expect(page.getByRole('radiogroup', { name: 'Scenario' })).toBeVisible();
  await expect(page.getByTestId('call-status')).toHaveText('Connected');
  await expect(banner(page)).toHaveCount(0);
  await page.getByRole('radio', { name: 'Relays down' }).check();
  const warning = banner(page).filter({ hasText: 'Trouble reaching the call servers' });
  await expect(warning).toBeVisible();
  await expect(warning).toContainText('The check before this call found: Your network blocks UDP');
});

test('poor quality with the camera on: "Turn off my video" turns the camera off; the notice goes', async ({ page }) => {
  await page.goto('/?speed=20');
  await expect(page.getByTestId('call-status')).toHaveText('Connected');
  await page.getByRole('radio', { name: 'Poor quality, camera on' }).check();
  const camera = page.getByRole('button', { name: 'Camera' });
  await expect(camera).toHaveAttribute('aria-pressed', 'true');
  const notice = page.locator('.cdk-FallbackNotice');
  await expect(notice).toContainText('Your network is struggling');
  await notice.getByRole('button', { name: 'Turn off my video' }).click();
  await expect(camera).toHaveAttribute('aria-pressed', 'false');
  // 30 poor samples later, with the meeting's dial-in details: Join by phone.
  const phone = notice.getByRole('link', { name: 'Join by phone' });
  await expect(phone).toBeVisible();
  expect(decodeURIComponent((await phone.getAttribute('href')) ?? '')).toBe('tel:+12065550100,,123456789#');
});
