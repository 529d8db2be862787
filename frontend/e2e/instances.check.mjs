// A check of `./kommunalmesse --instances 2` in the browser (docs/scale-out.md), not part of the journeys: it
// needs the launcher running with two instances. A visitor logs in through the load balancer; then two people
// in two browser contexts, each on one instance directly, chat in a booth channel, and each sees the other's
// message live: the instances share the chat through Redis.
//
//   KOMMUNALMESSE_HTTP_PORT=8280 KOMMUNALMESSE_KEYCLOAK_PORT=8380 ./kommunalmesse --instances 2
//   cd frontend && BASE_URL=http://localhost:8280 INSTANCE_URLS=http://localhost:8290,http://localhost:8291 \
//     node --test e2e/instances.check.mjs
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { BASE_URL, launchBrowser, newPage, screenshot, TIMEOUT } from './support.mjs';

const BOOTH = 'kreis-soest-umzug';
const VISITOR = { username: 'besucher', password: 'demo' };
const EXHIBITOR = { username: 'aussteller-soest', password: 'demo' };
const INSTANCES = (process.env.INSTANCE_URLS ?? 'http://localhost:8090,http://localhost:8091')
  .split(',')
  .map((url) => url.trim().replace(/\/$/, ''));
const MARKER = `Instanz${Math.floor(10000 + Math.random() * 90000)}`;

/** Logs in through the header button of the booth page; with a Keycloak session already there, no form shows. */
async function logIn(page, base, user) {
  await page.goto(`${base}/stand/${BOOTH}`);
  await page.getByRole('button', { name: 'Anmelden' }).first().click();
  await page.locator('#username').fill(user.username);
  await page.locator('#password').fill(user.password);
  await page.locator('#kc-login').click();
  await page.waitForURL(`${base}/stand/${BOOTH}`, { timeout: 2 * TIMEOUT });
  await page.getByRole('button', { name: 'Abmelden' }).waitFor();
}

async function write(page, text) {
  const panel = page.locator('.booth-chat > .chat-panel');
  await panel.getByRole('textbox', { name: 'Nachricht an den Chat' }).fill(text);
  await panel.getByRole('button', { name: 'Senden' }).click();
  await panel.locator('.chat-message:not(.chat-message--pending)').getByText(text).waitFor();
}

describe('two instances behind the load balancer', { timeout: 20 * TIMEOUT }, () => {
  let browser;

  before(async () => {
    assert.equal(INSTANCES.length, 2, 'INSTANCE_URLS names two instances');
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
  });

  it('a visitor logs in through the load balancer, and the chat connects through it', async () => {
    const page = await newPage(browser);
    await logIn(page, BASE_URL, VISITOR);
    await page.getByRole('heading', { level: 2, name: 'Chat am Stand' }).waitFor();
    await page.locator('.booth-chat > .chat-panel').getByRole('textbox', { name: 'Nachricht an den Chat' }).waitFor();
    await screenshot(page, 'instances-login-through-load-balancer');
    await page.context().close();
  });

  it('a message written on one instance reaches a reader on the other live, both ways', async () => {
    const first = await newPage(browser);
    const second = await newPage(browser);
    await logIn(first, INSTANCES[0], VISITOR);
    await logIn(second, INSTANCES[1], EXHIBITOR);
    for (const page of [first, second]) {
      await page.locator('.booth-chat > .chat-panel').getByRole('textbox', { name: 'Nachricht an den Chat' }).waitFor();
    }
    const question = `Frage über Instanz 1 (${MARKER})`;
    const answer = `Antwort über Instanz 2 (${MARKER})`;
    await write(first, question);
    await second.locator('.booth-chat > .chat-panel .chat-message').getByText(question).waitFor();
    await write(second, answer);
    await first.locator('.booth-chat > .chat-panel .chat-message').getByText(answer).waitFor();
    await screenshot(first, 'instances-chat-instance-1');
    await screenshot(second, 'instances-chat-instance-2');
  });
});
