// The chat journey against the real backend, Keycloak and WebSocket, two people in two browser contexts:
// the exhibitor goes on duty in the staff console; the visitor writes in the public booth channel (the
// exhibitor sees it live), opens "Gespräch mit dem Standteam" and asks; the exhibitor sees the
// conversation (and its count in the header, live) and answers, and the visitor sees the answer and who gave it
// without reloading. The visitor
// reports a message; the admin finds it in the moderation queue. Every chat view is checked with axe-core.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { BASE_URL, expectNoAxeViolations, launchBrowser, loginAt, loginOnPublicPage, newPage, screenshot, TIMEOUT } from './support.mjs';

const BOOTH = { slug: 'kreis-soest-umzug', name: 'Digitaler Umzugsservice', exhibitor: 'Kreis Soest' };
const EXHIBITOR = { username: 'aussteller-soest', password: 'demo', name: 'Sven Sörensen' };
const VISITOR = { username: 'besucher', password: 'demo', name: 'Bea Sucher' };
const ADMIN = { username: 'kdn-admin', password: 'demo' };

const MARKER = `Chat${Math.floor(10000 + Math.random() * 90000)}`;
const PUBLIC_QUESTION = `Gibt es den Umzugsservice auch für kreisangehörige Gemeinden? (${MARKER})`;
const PUBLIC_ANSWER = `Ja, alle Gemeinden im Kreis nutzen ihn: https://www.kreis-soest.de (${MARKER})`;
const PRIVATE_QUESTION = `Können wir vertraulich über Lizenzkosten sprechen? (${MARKER})`;
const OFFLINE_MESSAGE = `Im Funkloch geschrieben, nach der Rückkehr gesendet. (${MARKER})`;
const PRIVATE_ANSWER = `Gern – der Dienst ist quelloffen, Lizenzkosten fallen nicht an. (${MARKER})`;

async function write(panel, text, { keyboard = false } = {}) {
  const box = panel.getByRole('textbox', { name: 'Nachricht an den Chat' });
  await box.fill(text);
  if (keyboard) await box.press('Control+Enter');
  else await panel.getByRole('button', { name: 'Senden' }).click();
}

describe('chat journey: booth channel, conversation with the booth team, moderation', { timeout: 20 * TIMEOUT }, () => {
  let browser;
  let exhibitor;
  let visitor;
  let admin;

  before(async () => {
    browser = await launchBrowser();
    exhibitor = await newPage(browser);
    visitor = await newPage(browser);
  });

  after(async () => {
    await browser?.close();
  });

  it('the exhibitor goes on duty in the staff console, which passes axe', async () => {
    await loginAt(exhibitor, `/mein-stand/${BOOTH.slug}/chat`, EXHIBITOR);
    await exhibitor.getByRole('heading', { level: 1, name: `Chat-Konsole: ${BOOTH.name}` }).waitFor();
    const duty = exhibitor.getByRole('checkbox', { name: /Im Dienst/ });
    await duty.waitFor();
    await exhibitor.waitForFunction(() => !document.querySelector('kol-input-checkbox')?._disabled);
    if (!(await duty.isChecked())) await duty.click();
    await exhibitor.getByRole('status').filter({ hasText: 'Sie sind im Dienst.' }).waitFor();
    await exhibitor.getByRole('heading', { level: 2, name: 'Öffentlicher Chat am Stand' }).waitFor();
    await expectNoAxeViolations(exhibitor, 'staff console');
  });

  it('the visitor sees the expert online and writes in the public booth channel; the booth chat passes axe', async () => {
    await loginOnPublicPage(visitor, `/stand/${BOOTH.slug}`, VISITOR);
    await visitor.getByRole('heading', { level: 2, name: 'Chat am Stand' }).waitFor();
    await visitor.getByText(/[1-9]\d* (Expertin\/Experte|Expertinnen\/Experten) online/).waitFor();
    const panel = visitor.locator('.booth-chat > .chat-panel');
    await write(panel, PUBLIC_QUESTION);
    await panel.locator('.chat-message:not(.chat-message--pending)').getByText(PUBLIC_QUESTION).waitFor();
    await expectNoAxeViolations(visitor, 'booth chat panel');
    await screenshot(visitor, 'chat-booth-de');
  });

  it('the message reaches the exhibitor live, who answers in public; the visitor sees the answer with its link', async () => {
    const boothPanel = exhibitor.locator('.chat-panel').filter({ hasText: 'Öffentlicher Chat am Stand' });
    await boothPanel.locator('.chat-message').getByText(PUBLIC_QUESTION).waitFor();
    await write(boothPanel, PUBLIC_ANSWER);
    const answer = visitor.locator('.booth-chat > .chat-panel .chat-message').filter({ hasText: PUBLIC_ANSWER });
    await answer.waitFor();
    await answer.getByText('Standteam').waitFor();
    await answer.getByRole('link', { name: 'https://www.kreis-soest.de' }).waitFor();
  });

  it('the visitor reports a message to the moderation', async () => {
    const answer = visitor.locator('.booth-chat > .chat-panel .chat-message').filter({ hasText: PUBLIC_ANSWER });
    await answer.getByRole('button', { name: 'Melden' }).click();
    await visitor.getByRole('status').filter({ hasText: 'an die Moderation gemeldet' }).waitFor();
  });

  it('the visitor opens a conversation with the booth team and asks; the view passes axe', async () => {
    await visitor.getByRole('button', { name: /Gespräch mit dem Standteam/ }).click();
    const conversation = visitor.locator('.booth-chat__conversation');
    await conversation.getByRole('heading', { level: 2, name: `Gespräch mit dem Standteam von ${BOOTH.exhibitor}` }).waitFor();
    await write(conversation, PRIVATE_QUESTION);
    await conversation.locator('.chat-message:not(.chat-message--pending)').getByText(PRIVATE_QUESTION).waitFor();
    await expectNoAxeViolations(visitor, 'conversation view');
  });

  it('the exhibitor on duty sees the conversation, counted in the header without reload, and answers', async () => {
    const waitingCount = () =>
      exhibitor.evaluate(() => Number(document.querySelector('[data-testid="waiting-conversations"]')?.getAttribute('data-waiting') ?? 0));
    await exhibitor.waitForFunction(
      () => Number(document.querySelector('[data-testid="waiting-conversations"]')?.getAttribute('data-waiting') ?? 0) > 0,
    );
    const waitingBefore = await waitingCount();
    await exhibitor.locator('[data-testid="waiting-conversations"]').getByRole('link', { name: /Wartende Gespräche/ }).waitFor();
    const open = exhibitor.getByRole('button', { name: `Öffnen: Gespräch mit ${VISITOR.name}` });
    await open.waitFor();
    await open.click();
    const conversation = exhibitor.locator('.chat-console__conversation');
    await conversation.getByRole('heading', { level: 2, name: `Gespräch mit ${VISITOR.name}` }).waitFor();
    await conversation.locator('.chat-message').getByText(PRIVATE_QUESTION).waitFor();
    await write(conversation, PRIVATE_ANSWER, { keyboard: true });
    await conversation.locator('.chat-message:not(.chat-message--pending)').getByText(PRIVATE_ANSWER).waitFor();
    // Answered, the conversation no longer waits for the team
    await exhibitor.waitForFunction(
      (before) => Number(document.querySelector('[data-testid="waiting-conversations"]')?.getAttribute('data-waiting') ?? 0) === before - 1,
      waitingBefore,
    );
    await expectNoAxeViolations(exhibitor, 'staff console with a conversation');
    await screenshot(exhibitor, 'chat-console-de');
  });

  it('the visitor sees the answer and who gave it without reloading', async () => {
    const conversation = visitor.locator('.booth-chat__conversation');
    await conversation.locator('.chat-message').getByText(PRIVATE_ANSWER).waitFor();
    await conversation.getByText(`Es antwortet: ${EXHIBITOR.name}`).waitFor();
    await screenshot(visitor, 'chat-conversation-de');
  });

  it('what the visitor types offline is sent after the network is back, and arrives once', async () => {
    const panel = visitor.locator('.booth-chat > .chat-panel');
    await visitor.context().setOffline(true);
    await panel.getByText('Keine Verbindung zum Chat.', { exact: false }).waitFor();
    await write(panel, OFFLINE_MESSAGE);
    await panel.locator('.chat-message--pending').getByText(OFFLINE_MESSAGE).waitFor();
    await screenshot(visitor, 'chat-offline-de');
    await visitor.context().setOffline(false);
    await panel.locator('.chat-message:not(.chat-message--pending)').getByText(OFFLINE_MESSAGE).waitFor();
    await panel.locator('.chat-message--pending').waitFor({ state: 'detached' });
    const boothPanel = exhibitor.locator('.chat-panel').filter({ hasText: 'Öffentlicher Chat am Stand' });
    await boothPanel.locator('.chat-message').getByText(OFFLINE_MESSAGE).waitFor();
    assert.equal(await boothPanel.locator('.chat-message').filter({ hasText: OFFLINE_MESSAGE }).count(), 1);
  });

  it('the admin finds the report in the moderation queue, which passes axe', async () => {
    admin = await newPage(browser);
    await loginAt(admin, '/verwaltung/chat', ADMIN);
    await admin.getByRole('heading', { level: 1, name: 'Chat-Moderation' }).waitFor();
    await admin.locator('.report-queue__item').filter({ hasText: PUBLIC_ANSWER }).first().waitFor();
    await expectNoAxeViolations(admin, 'chat moderation');
    await screenshot(admin, 'chat-moderation-de');
  });

  it('the admin deletes the reported message, and the visitor sees it deleted live', async () => {
    const report = admin.locator('.report-queue__item').filter({ hasText: PUBLIC_ANSWER }).first();
    await report.getByRole('button', { name: 'Nachricht löschen und erledigen' }).click();
    await admin.getByRole('status').filter({ hasText: 'Die Meldung ist bearbeitet.' }).waitFor();
    const panel = visitor.locator('.booth-chat > .chat-panel');
    await panel.locator('.chat-message').filter({ hasText: PUBLIC_ANSWER }).waitFor({ state: 'detached' });
    await panel.getByText('Diese Nachricht wurde von der Moderation gelöscht.').first().waitFor();
  });

  it('the booth chat speaks English after the language switch and still passes axe', async () => {
    await visitor.getByRole('button', { name: 'English' }).click();
    await visitor.getByRole('heading', { level: 2, name: 'Chat at the booth' }).waitFor();
    await visitor.getByRole('heading', { level: 2, name: `Conversation with the booth team of ${BOOTH.exhibitor}` }).waitFor();
    await visitor.getByRole('button', { name: 'Send' }).first().waitFor();
    await expectNoAxeViolations(visitor, 'booth chat in English');
    await screenshot(visitor, 'chat-booth-en');
  });
});
