// The networking journey in two browser contexts against the real backend and Keycloak: visitor A (Maren Decker)
// opts in to the directory on "Vernetzen"; visitor B (Bea Sucher) opts in too, finds A in the directory and asks
// her for contact with a short message; A's header counts the request live without a reload, A accepts it, and both
// write in the private conversation it opened. Every page is checked with axe-core (WCAG 2.2 AA).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { BASE_URL, expectNoAxeViolations, launchBrowser, loginAt, newPage, screenshot, TIMEOUT } from './support.mjs';

const A = { username: 'moderatorin', password: 'demo', name: 'Maren Decker' };
const B = { username: 'besucher', password: 'demo', name: 'Bea Sucher' };
const MARKER = `Netz${Math.floor(10000 + Math.random() * 90000)}`;

async function write(page, text) {
  await page.getByRole('textbox', { name: 'Nachricht an den Chat' }).fill(text);
  await page.getByRole('button', { name: 'Senden' }).click();
  await page.locator('.chat-message:not(.chat-message--pending)').getByText(text).waitFor();
}

async function optIn(page, organisation, role) {
  await page.getByRole('heading', { level: 1, name: 'Vernetzen' }).waitFor();
  await page.getByRole('textbox', { name: /^Organisation/ }).fill(organisation);
  await page.getByRole('textbox', { name: /^Funktion/ }).fill(role);
  await page.getByRole('button', { name: 'Im Verzeichnis sichtbar werden' }).click();
  await page.getByRole('status').filter({ hasText: 'Ihr Profil ist angelegt' }).waitFor();
}

describe('networking journey: opt in, find, ask, accept live, write', { timeout: 20 * TIMEOUT }, () => {
  let browser;
  let a;
  let b;
  let conversationPath;

  before(async () => {
    browser = await launchBrowser();
    a = await newPage(browser);
    b = await newPage(browser);
  });

  after(async () => {
    await browser?.close();
  });

  it('visitor A opts in on Vernetzen; the page passes axe', async () => {
    await loginAt(a, '/vernetzen', A);
    await a.getByRole('heading', { level: 1, name: 'Vernetzen' }).waitFor();
    await expectNoAxeViolations(a, 'Vernetzen (not findable)');
    await optIn(a, 'KDN – Dachverband kommunaler IT-Dienstleister', `Netzwerkerin ${MARKER}`);
    await a.getByRole('button', { name: 'Verzeichnis verlassen und Profil löschen' }).waitFor();
    await expectNoAxeViolations(a, 'Vernetzen (findable)');
    await screenshot(a, 'networking-profile');
  });

  it('visitor B opts in, finds A in the directory and asks her for contact', async () => {
    await loginAt(b, '/vernetzen', B);
    await optIn(b, 'Stadt Musterhausen', 'Bürgerservice');
    await b.getByRole('textbox', { name: 'Suchbegriff' }).fill(MARKER);
    await b.getByRole('button', { name: 'Suchen' }).click();
    await b.getByRole('status').filter({ hasText: '1 Person gefunden.' }).waitFor();
    await b.getByRole('heading', { level: 3, name: A.name }).waitFor();
    await expectNoAxeViolations(b, 'Vernetzen directory');
    await b.getByRole('button', { name: `${A.name} anfragen` }).click();
    await b.getByRole('textbox', { name: /^Ihre Nachricht/ }).fill(`Guten Tag, wir sollten uns austauschen. (${MARKER})`);
    await b.getByRole('button', { name: 'Anfrage senden' }).click();
    await b.getByRole('status').filter({ hasText: `Ihre Anfrage an ${A.name} ist gesendet.` }).waitFor();
    await b.getByText('Ihre Anfrage wartet auf Antwort').first().waitFor();
    await expectNoAxeViolations(b, 'Vernetzen after asking');
    await screenshot(b, 'networking-directory');
  });

  it('A’s header counts the request live; A accepts it', async () => {
    await a.goto(`${BASE_URL}/programm`);
    await a.getByTestId('notification-link').waitFor();
    // the request of the step before may have arrived already; a second one from B is impossible, so wait for ≥ 1
    await a.waitForFunction(
      () => Number(document.querySelector('[data-testid="notification-link"]')?.getAttribute('data-unread')) > 0,
      undefined,
      { timeout: 2 * TIMEOUT },
    );
    await a.getByRole('link', { name: /^Benachrichtigungen/ }).click();
    await a.getByText(`Neue Kontaktanfrage von ${B.name}`).first().waitFor();
    await expectNoAxeViolations(a, 'notification centre with the request');
    await a.goto(`${BASE_URL}/vernetzen`);
    await a.getByText(`Guten Tag, wir sollten uns austauschen. (${MARKER})`).waitFor();
    await a.getByRole('button', { name: `Anfrage von ${B.name} annehmen` }).click();
    await a.getByRole('status').filter({ hasText: `Angenommen: Sie können jetzt mit ${B.name} schreiben.` }).waitFor();
    await expectNoAxeViolations(a, 'Vernetzen after accepting');
    await screenshot(a, 'networking-requests');
  });

  it('both write in the private conversation', async () => {
    const before = Number(await b.getByTestId('notification-link').getAttribute('data-unread'));
    await a.getByRole('link', { name: `Mit ${B.name} schreiben` }).first().click();
    await a.waitForURL(/\/gespraeche\/\d+$/);
    conversationPath = new URL(a.url()).pathname;
    await a.getByRole('heading', { name: `Gespräch mit ${B.name}` }).first().waitFor();
    await write(a, `Hallo Bea, gern! (${MARKER})`);
    // B hears of the acceptance live, and finds the conversation
    await b.waitForFunction(
      (count) => Number(document.querySelector('[data-testid="notification-link"]')?.getAttribute('data-unread')) > count,
      before,
      { timeout: 2 * TIMEOUT },
    );
    await b.goto(`${BASE_URL}${conversationPath}`);
    await b.getByRole('heading', { name: `Gespräch mit ${A.name}` }).first().waitFor();
    await b.locator('.chat-message').getByText(`Hallo Bea, gern! (${MARKER})`).waitFor();
    await write(b, `Danke, Maren! (${MARKER})`);
    await a.locator('.chat-message').getByText(`Danke, Maren! (${MARKER})`).waitFor();
    await expectNoAxeViolations(a, 'conversation between visitors (A)');
    await expectNoAxeViolations(b, 'conversation between visitors (B)');
    await screenshot(b, 'networking-conversation');
    assert.ok(conversationPath.startsWith('/gespraeche/'));
  });
});
