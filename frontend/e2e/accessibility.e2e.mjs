// Accessibility duties: the statement, "Barriere melden" without login, the Leichte-Sprache pages and the
// admin queue that answers the report. axe runs with the WCAG 2.2 A/AA rules here.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { BASE_URL, expectNoAxeViolations, openPage, screenshot, TIMEOUT, WCAG22_TAGS } from './support.mjs';

const ADMIN = { username: 'kdn-admin', password: 'demo' };
const MARKER = `Fokusrahmen fehlt ${Date.now()}`;

/** The journeys' axe check with the WCAG 2.2 rules (injected through DevTools: the CSP forbids inline script). */
function expectWcag22Clean(page, label) {
  return expectNoAxeViolations(page, label, WCAG22_TAGS);
}

describe('accessibility duties: statement, report, Leichte Sprache, admin answer', { timeout: 20 * TIMEOUT }, () => {
  let browser;
  let page;

  before(async () => ({ browser, page } = await openPage()));
  after(() => browser?.close());

  it('the statement comes from the API and links the form', async () => {
    await page.goto(`${BASE_URL}/barrierefreiheit`);
    await page.getByRole('heading', { level: 1, name: 'Erklärung zur Barrierefreiheit' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Durchsetzungsverfahren (Ombudsverfahren)' }).waitFor();
    await expectWcag22Clean(page, 'statement');
    await screenshot(page, 'accessibility-statement');
  });

  it('the Leichte-Sprache pages show the pictogram link, the text and the DGS placeholder with its transcript', async () => {
    await page.goto(`${BASE_URL}/`);
    await page.getByRole('link', { name: 'Leichte Sprache' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Leichte Sprache' }).waitFor();
    await expectWcag22Clean(page, 'Leichte Sprache');
    await page.getByRole('link', { name: 'Was noch nicht gut klappt' }).click();
    await page.getByRole('heading', { level: 1, name: 'Was noch nicht gut klappt' }).waitFor();
    await page.getByText('Hier kommt bald ein Video').waitFor();
    await expectWcag22Clean(page, 'Leichte Sprache: Erklärung');
    await screenshot(page, 'accessibility-easy-language');
  });

  it('anyone reports a barrier from the footer, without login', async () => {
    await page.goto(`${BASE_URL}/halle`);
    await page.getByRole('contentinfo').getByRole('link', { name: 'Barriere melden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Barriere melden' }).waitFor();
    await expectWcag22Clean(page, 'report form');
    await page.getByLabel('Was funktioniert nicht?').fill(MARKER);
    assert.equal(await page.getByLabel('Wo ist die Barriere?').inputValue(), '/halle');
    await page.getByLabel('Ihre E-Mail-Adresse (freiwillig)').fill('melderin@example.org');
    // A person needs longer than the form's minimum fill time
    await page.waitForTimeout(3500);
    await page.getByRole('button', { name: 'Meldung senden' }).click();
    await page.getByRole('status').filter({ hasText: 'Ihre Meldung hat die Nummer' }).waitFor();
    await screenshot(page, 'accessibility-report-sent');
  });

  it('the admin finds the report in the queue and answers it', async () => {
    await page.goto(`${BASE_URL}/verwaltung/barrierefreiheit`);
    await page.waitForURL(/\/realms\/kommunalmesse\/protocol\/openid-connect\/auth/, { timeout: 2 * TIMEOUT });
    await page.locator('#username').fill(ADMIN.username);
    await page.locator('#password').fill(ADMIN.password);
    await page.locator('#kc-login').click();
    await page.getByRole('heading', { level: 1, name: 'Barrierefreiheit verwalten' }).waitFor({ timeout: 2 * TIMEOUT });
    await page.getByText(MARKER).waitFor();
    await expectWcag22Clean(page, 'admin accessibility');
    const row = page.locator('.report-row').filter({ hasText: MARKER });
    await row.getByRole('button', { name: /Meldung \d+ öffnen/ }).click();
    await page.getByLabel('Antwort', { exact: true }).fill('Der Fokusrahmen ist wieder sichtbar. Danke!');
    await page.getByRole('button', { name: 'Antwort senden' }).click();
    await page.getByRole('status').filter({ hasText: 'Antwort gespeichert.' }).waitFor();
    await page.getByText('Der Fokusrahmen ist wieder sichtbar. Danke!').waitFor();
    await screenshot(page, 'accessibility-admin');
  });
});
