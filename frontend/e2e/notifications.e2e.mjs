// The notifications journey in two browser contexts against the real backend, Keycloak and the test mail server:
// the visitor chooses e-mail at once for replies in their conversations on the settings page, asks the organiser's
// support team a question ("Hilfe"); the admin finds it in the chat console and answers; the visitor, elsewhere on
// the platform, sees the header's count go up live without a reload, finds the answer in the notification centre,
// and the mail about it (with a one-click unsubscribe) arrives in their mailbox. Every page is checked with axe-core.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { awaitMail, IMAP_PORT } from './mail.mjs';
import { BASE_URL, expectNoAxeViolations, launchBrowser, loginAt, newPage, screenshot, TIMEOUT } from './support.mjs';

const VISITOR = { username: 'besucher', password: 'demo', name: 'Bea Sucher', email: 'besucher@example.org' };
const ADMIN = { username: 'kdn-admin', password: 'demo' };
const MARKER = `Hilfe${Math.floor(10000 + Math.random() * 90000)}`;
const QUESTION = `Wie lade ich Kolleginnen zur Messe ein? (${MARKER})`;
const ANSWER = `Schicken Sie ihnen den Link zur Startseite. (${MARKER})`;
const TOPIC = 'Antworten in Ihren Gesprächen';

async function write(page, text) {
  await page.getByRole('textbox', { name: 'Nachricht an den Chat' }).fill(text);
  await page.getByRole('button', { name: 'Senden' }).click();
  await page.locator('.chat-message:not(.chat-message--pending)').getByText(text).waitFor();
}

async function chooseDelivery(page, label) {
  await page.getByRole('combobox', { name: TOPIC }).selectOption({ label });
  await page.getByRole('button', { name: 'Einstellungen speichern' }).click();
  await page.getByRole('status').filter({ hasText: 'Einstellungen gespeichert.' }).waitFor();
}

describe('notifications journey: settings, help conversation, live count, mail', { timeout: 20 * TIMEOUT }, () => {
  let browser;
  let visitor;
  let admin;

  before(async () => {
    assert.ok(IMAP_PORT > 0, 'MAIL_IMAP_PORT names the test mail server (PlatformE2EIT sets it)');
    browser = await launchBrowser();
    visitor = await newPage(browser);
    admin = await newPage(browser);
  });

  after(async () => {
    await browser?.close();
  });

  it('the visitor wants replies by e-mail at once; the settings page passes axe', async () => {
    await loginAt(visitor, '/benachrichtigungen/einstellungen', VISITOR);
    await visitor.getByRole('heading', { level: 1, name: 'Einstellungen für Benachrichtigungen' }).waitFor();
    await visitor.getByRole('combobox', { name: TOPIC }).waitFor();
    await expectNoAxeViolations(visitor, 'notification settings');
    await chooseDelivery(visitor, 'Sofort per E-Mail');
    await visitor.reload();
    await visitor.getByRole('combobox', { name: TOPIC }).waitFor();
    assert.equal(
      await visitor.getByRole('combobox', { name: TOPIC }).evaluate((select) => select.selectedOptions[0]?.textContent?.trim()),
      'Sofort per E-Mail',
    );
    await screenshot(visitor, 'notifications-settings');
  });

  it('the visitor asks the support team under Hilfe', async () => {
    // the admin has opened the platform once: the notification centre knows whom to tell
    await loginAt(admin, '/verwaltung/chat', ADMIN);
    await visitor.goto(`${BASE_URL}/hilfe`);
    await visitor.getByRole('heading', { level: 1, name: 'Hilfe' }).waitFor();
    await expectNoAxeViolations(visitor, 'help page');
    await visitor.getByRole('button', { name: 'Gespräch mit dem Support-Team beginnen' }).click();
    await visitor.waitForURL(/\/gespraeche\/\d+$/);
    await write(visitor, QUESTION);
    await expectNoAxeViolations(visitor, 'support conversation (visitor)');
  });

  it('the admin answers from the chat console; the visitor’s header counts it live', async () => {
    await visitor.goto(`${BASE_URL}/programm`);
    await visitor.getByTestId('notification-link').waitFor();
    const before = Number(await visitor.getByTestId('notification-link').getAttribute('data-unread'));
    const url = visitor.url();

    await admin.reload();
    const open = admin.getByTestId('support-conversations').getByRole('link', { name: `Gespräch mit ${VISITOR.name} öffnen` });
    await open.first().waitFor();
    await expectNoAxeViolations(admin, 'admin chat console with help requests');
    await open.first().click();
    await admin.locator('.chat-message').getByText(QUESTION).waitFor();
    await expectNoAxeViolations(admin, 'support conversation (admin)');
    await write(admin, ANSWER);

    await visitor.waitForFunction(
      (count) => Number(document.querySelector('[data-testid="notification-link"]')?.getAttribute('data-unread')) > count,
      before,
      { timeout: 2 * TIMEOUT },
    );
    assert.equal(visitor.url(), url, 'the visitor stayed on the page');
  });

  it('the visitor finds the answer in the notification centre and in their mailbox', async () => {
    await visitor.getByRole('link', { name: /^Benachrichtigungen/ }).click();
    await visitor.getByRole('heading', { level: 1, name: 'Benachrichtigungen' }).waitFor();
    await visitor.getByText('Neue Nachricht im Gespräch mit dem Stand Support-Team der Kommunalmesse', { exact: false })
      .first().waitFor();
    await expectNoAxeViolations(visitor, 'notification centre with a reply');
    await screenshot(visitor, 'notifications-reply');

    const mail = await awaitMail(VISITOR.email, (m) => m.subject.includes('Support-Team der Kommunalmesse'));
    assert.match(mail.listUnsubscribe ?? '', /^<http.*\/api\/notifications\/unsubscribe\?token=[^>]+>$/);
    assert.equal(mail.listUnsubscribePost, 'List-Unsubscribe=One-Click');

    await visitor.goto(`${BASE_URL}/benachrichtigungen/einstellungen`);
    await visitor.getByRole('combobox', { name: TOPIC }).waitFor();
    await chooseDelivery(visitor, 'Nur in der Kommunalmesse');
  });
});
