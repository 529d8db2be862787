// The login pages (Keycloak, theme deploy/keycloak/themes/kommunalmesse): the platform's name and colours,
// a light page, German by default and English on request, accessible (axe), and logging in still works.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { BASE_URL, expectNoAxeViolations, launchBrowser, newPage, screenshot, TIMEOUT } from './support.mjs';

const VISITOR = { username: 'besucher', password: 'demo' };
const KEYCLOAK_LOGIN = /\/realms\/kommunalmesse\/protocol\/openid-connect\/auth/;

/** The colour the theme gives the login button: the web app's primary blue #003a5c. */
const PRIMARY = 'rgb(0, 58, 92)';

async function openLogin(page) {
  await page.goto(`${BASE_URL}/agenda`);
  await page.waitForURL(KEYCLOAK_LOGIN, { timeout: 2 * TIMEOUT });
  await page.locator('#kc-login').waitFor();
}

async function look(page) {
  return page.evaluate(() => ({
    lang: document.documentElement.lang,
    title: document.querySelector('#kc-page-title')?.textContent?.trim(),
    brand: document.querySelector('#kc-header-wrapper')?.textContent?.trim(),
    button: getComputedStyle(document.querySelector('#kc-login')).backgroundColor,
    scheme: document.querySelector('meta[name="color-scheme"]')?.getAttribute('content'),
    styles: [...document.querySelectorAll('link[rel="stylesheet"]')].map((l) => l.getAttribute('href')),
  }));
}

describe('login pages in the Kommunalmesse theme', { timeout: 10 * TIMEOUT }, () => {
  let browser;
  let page;

  before(async () => {
    browser = await launchBrowser();
    page = await newPage(browser);
  });

  after(async () => {
    await browser?.close();
  });

  it('shows the German login page with the platform name and colours, and it passes axe', async () => {
    await openLogin(page);
    const german = await look(page);
    assert.equal(german.lang, 'de');
    assert.equal(german.title, 'Bei der Kommunalmesse anmelden');
    assert.equal(german.brand, 'Kommunalmesse');
    assert.equal(german.button, PRIMARY, 'the login button has the primary colour');
    assert.equal(german.scheme, 'light', 'no dark mode that the web app does not have');
    assert.ok(german.styles.some((href) => href.endsWith('/css/kommunalmesse.css')), german.styles.join(', '));
    await expectNoAxeViolations(page, 'login page (de)');
    await screenshot(page, 'login-de');
  });

  it('shows the English login page on request, and it passes axe', async () => {
    // Keycloak's own language menu above the form
    const menu = page.getByRole('combobox', { name: 'Sprache' });
    const english = await menu.locator('option', { hasText: 'English' }).getAttribute('value');
    await menu.selectOption(english);
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await page.locator('#kc-login').waitFor();
    const lookEn = await look(page);
    assert.equal(lookEn.lang, 'en');
    assert.equal(lookEn.title, 'Sign in to Kommunalmesse');
    await expectNoAxeViolations(page, 'login page (en)');
    await screenshot(page, 'login-en');
  });

  it('logs in and returns to the page that asked for it', async () => {
    await page.locator('#username').fill(VISITOR.username);
    await page.locator('#password').fill(VISITOR.password);
    await page.locator('#kc-login').click();
    await page.waitForURL(`${BASE_URL}/agenda`, { timeout: 2 * TIMEOUT });
  });
});
