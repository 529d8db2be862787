// The foundation journey against the real backend and Keycloak:
// start page → hall → login as "besucher" → hall again → English → hall in English → logout,
// each page checked with axe-core (WCAG 2.2 A/AA, zero violations).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  BASE_URL,
  expectNoAxeViolations,
  fetchJson,
  launchBrowser,
  newPage,
  screenshot,
  TIMEOUT,
  waitForKoliBri,
  WCAG22_TAGS,
} from './support.mjs';

const VISITOR = { username: 'besucher', password: 'demo', name: 'Bea Sucher' };

describe('foundation journey', { timeout: 10 * TIMEOUT }, () => {
  let browser;
  let page;
  let firstBooth;

  before(async () => {
    const booths = await fetchJson('/api/booths?page=0&size=24');
    assert.ok(booths.items.length > 0, 'the backend has no booths');
    firstBooth = booths.items[0];
    browser = await launchBrowser();
    page = await newPage(browser);
  });

  after(async () => {
    await browser?.close();
  });

  it('start page shows the series and passes axe', async () => {
    const fair = await fetchJson('/api/fair');
    await page.goto(`${BASE_URL}/`);
    await page.getByRole('heading', { level: 1, name: fair.title }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Jetzt live' }).waitFor();
    assert.equal(await page.title(), 'Start – Kommunalmesse');
    assert.equal(await page.locator('html').getAttribute('lang'), 'de');
    await expectNoAxeViolations(page, 'start page (de)', WCAG22_TAGS);
    await screenshot(page, 'start-de');
  });

  it('a revisit opens from the service worker, even without a line', async () => {
    // The worker registers after the first page and takes over the tab; the reload goes through it and is kept
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Jetzt live' }).waitFor();
    assert.ok(await page.evaluate(() => navigator.serviceWorker.controller !== null), 'the page is not under the service worker');
    const kept = await page.evaluate(async () => {
      const pages = await caches.open('kommunalmesse-pages-v1');
      return (await pages.keys()).map((request) => new URL(request.url).pathname);
    });
    assert.deepEqual(kept, ['/']);
    await page.context().setOffline(true);
    try {
      await page.goto(`${BASE_URL}/`);
      // The app itself runs (its navigation), only the fair's data cannot come
      await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Halle' }).waitFor();
      await screenshot(page, 'start-offline');
    } finally {
      await page.context().setOffline(false);
    }
    await page.goto(`${BASE_URL}/`);
    await page.getByRole('heading', { level: 2, name: 'Jetzt live' }).waitFor();
  });

  it('the hall lists the booths from the API', async () => {
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Halle' }).click();
    await page.waitForURL(`${BASE_URL}/halle`);
    await page.getByRole('heading', { level: 2, name: firstBooth.name }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Messestände gefunden' }).waitFor();
    assert.equal(await page.title(), 'Messehalle – Kommunalmesse');
    await waitForKoliBri(page);
    await screenshot(page, 'hall-de');
  });

  it('a visitor logs in with Keycloak and comes back to the hall', async () => {
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.waitForURL(/\/realms\/kommunalmesse\/protocol\/openid-connect\/auth/);
    await page.locator('#username').fill(VISITOR.username);
    await page.locator('#password').fill(VISITOR.password);
    await page.locator('#kc-login').click();
    await page.waitForURL(`${BASE_URL}/halle`, { timeout: 2 * TIMEOUT });
    await page.getByRole('banner').getByText(VISITOR.name).waitFor();
    await page.getByRole('button', { name: 'Abmelden' }).waitFor();
    const session = await page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith('oidc.user')));
    assert.equal(session.length, 1, 'the login session lives in sessionStorage');
  });

  it('the hall still works when logged in', async () => {
    await page.getByRole('heading', { level: 2, name: firstBooth.name }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Messestände gefunden' }).waitFor();
  });

  it('switching to English translates navigation and heading and passes axe', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Hall' }).waitFor();
    await page.getByRole('heading', { level: 1, name: 'Exhibition hall' }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    assert.equal(await page.title(), 'Exhibition hall – Kommunalmesse');
    await page.getByRole('banner').getByText(VISITOR.name).waitFor();
    await expectNoAxeViolations(page, 'hall (en)', WCAG22_TAGS);
    await screenshot(page, 'hall-en');
  });

  it('the English start page passes axe', async () => {
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Start' }).click();
    await page.waitForURL(`${BASE_URL}/`);
    await page.getByRole('heading', { level: 2, name: 'Live now' }).waitFor();
    await expectNoAxeViolations(page, 'start page (en)', WCAG22_TAGS);
    await screenshot(page, 'start-en');
  });

  it('logging out ends the Keycloak session and shows the visitor view again', async () => {
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.waitForURL(`${BASE_URL}/`, { timeout: 2 * TIMEOUT });
    await page.getByRole('button', { name: 'Log in' }).waitFor();
    const session = await page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith('oidc.user')));
    assert.deepEqual(session, []);
  });
});
