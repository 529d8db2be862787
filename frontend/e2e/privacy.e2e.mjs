// Data protection self-service: "Meine Daten" (export as a file and a readable summary) and "Konto löschen"
// with a Keycloak account made for this run; afterwards the login fails and the booth chat shows the
// message as "gelöschtes Konto". axe runs with the WCAG 2.2 A/AA rules here.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { BASE_URL, expectNoAxeViolations, fetchJson, launchBrowser, newPage, screenshot, TIMEOUT } from './support.mjs';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const BOOTH = 'kreis-soest-umzug';
const VISITOR = { username: 'besucher', password: 'demo' };
const TERM = `e${Date.now().toString(36)}`;
const ACCOUNT = { username: `weg-${TERM}`, password: 'demo', name: `Wilma Weg${TERM}` };
const MESSAGE = `Eine Nachricht vor dem Löschen (${TERM})`;
// The development realm's secret of the privacy client (deploy/keycloak); the test profile uses it too
const PRIVACY_CLIENT_SECRET = process.env.E2E_PRIVACY_CLIENT_SECRET || 'kommunalmesse-privacy-dev-secret';

/** Creates the account through Keycloak's admin API as the privacy client's service account. */
async function createAccount() {
  const { oidc } = await fetchJson('/api/config');
  const realm = oidc.authority.replace(/\/$/, '');
  const tokenAnswer = await fetch(`${realm}/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: 'kommunalmesse-privacy', client_secret: PRIVACY_CLIENT_SECRET }),
  });
  assert.equal(tokenAnswer.status, 200, 'service account token');
  const { access_token: token } = await tokenAnswer.json();
  const created = await fetch(realm.replace('/realms/', '/admin/realms/') + '/users', {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      username: ACCOUNT.username,
      enabled: true,
      email: `${ACCOUNT.username}@example.org`,
      emailVerified: true,
      firstName: 'Wilma',
      lastName: `Weg${TERM}`,
      attributes: { organisation: ['Gemeinde Beispiel'] },
      credentials: [{ type: 'password', value: ACCOUNT.password, temporary: false }],
    }),
  });
  assert.equal(created.status, 201, 'account created');
}

async function fillLogin(page, user) {
  await page.locator('#username').fill(user.username);
  await page.locator('#password').fill(user.password);
  await page.locator('#kc-login').click();
}

describe('privacy journey: Meine Daten, account deletion', { timeout: 20 * TIMEOUT }, () => {
  let browser;
  let page;

  before(async () => {
    await createAccount();
    browser = await launchBrowser();
    page = await newPage(browser);
  });

  after(async () => {
    await browser?.close();
  });

  it('the new user writes in a booth chat', async () => {
    await page.goto(`${BASE_URL}/stand/${BOOTH}`);
    await page.getByRole('button', { name: 'Anmelden' }).first().click();
    await fillLogin(page, ACCOUNT);
    await page.waitForURL(`${BASE_URL}/stand/${BOOTH}`, { timeout: 2 * TIMEOUT });
    const panel = page.locator('.booth-chat > .chat-panel');
    await panel.getByRole('textbox', { name: 'Nachricht an den Chat' }).fill(MESSAGE);
    await panel.getByRole('button', { name: 'Senden' }).click();
    await panel.locator('.chat-message:not(.chat-message--pending)').getByText(MESSAGE).waitFor();
  });

  it('"Meine Daten" shows the message and downloads everything as JSON', async () => {
    await page.getByRole('link', { name: 'Meine Daten' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Meine Daten' }).waitFor();
    await page.getByRole('region', { name: 'Chat-Nachrichten' }).getByText(MESSAGE).waitFor();
    await expectNoAxeViolations(page, 'Meine Daten', AXE_TAGS);
    await screenshot(page, 'privacy-my-data');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Meine Daten herunterladen (JSON)' }).click(),
    ]);
    assert.match(download.suggestedFilename(), new RegExp(`^kommunalmesse-meine-daten-${ACCOUNT.username}-\\d{4}-\\d{2}-\\d{2}\\.json$`));
    const data = JSON.parse(await readFile(await download.path(), 'utf8'));
    assert.equal(data.profile.username, ACCOUNT.username);
    assert.ok(data.areas.chat.messages.some((m) => m.body === MESSAGE), 'the message is in the file');
  });

  it('the user deletes their account after typing their username', async () => {
    await page.getByRole('link', { name: 'Konto löschen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Konto löschen' }).waitFor();
    await expectNoAxeViolations(page, 'Konto löschen', AXE_TAGS);
    await page.getByLabel('Zur Bestätigung: Ihr Benutzername').fill(ACCOUNT.username);
    await page.getByRole('button', { name: 'Konto endgültig löschen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Konto gelöscht' }).waitFor();
    await page.getByRole('button', { name: 'Anmelden' }).first().waitFor();
    await expectNoAxeViolations(page, 'Konto gelöscht', AXE_TAGS);
    await screenshot(page, 'privacy-deleted');
  });

  it('the login fails afterwards', async () => {
    await page.goto(`${BASE_URL}/meine-daten`);
    await page.waitForURL(/\/realms\/kommunalmesse\/protocol\/openid-connect\/auth/, { timeout: 2 * TIMEOUT });
    await fillLogin(page, ACCOUNT);
    await page.locator('#input-error, .kc-feedback-text, [id^="input-error"]').first().waitFor();
    assert.match(page.url(), /\/realms\/kommunalmesse\/login-actions\/authenticate|openid-connect\/auth/);
  });

  it('the booth chat shows the message as "gelöschtes Konto"', async () => {
    const other = await newPage(browser);
    await other.goto(`${BASE_URL}/stand/${BOOTH}`);
    await other.getByRole('button', { name: 'Anmelden' }).first().click();
    await fillLogin(other, VISITOR);
    await other.waitForURL(`${BASE_URL}/stand/${BOOTH}`, { timeout: 2 * TIMEOUT });
    const message = other.locator('.booth-chat > .chat-panel .chat-message').filter({ hasText: MESSAGE });
    await message.getByText('gelöschtes Konto').waitFor();
    assert.equal(await message.getByText(ACCOUNT.name).count(), 0, 'the name is gone');
    await other.close();
  });
});
