// The keyboard-only journey (WCAG 2.1.1 keyboard, 2.4.3 focus order, 2.4.7 focus visible): a logged-in visitor
// goes from the hall to a booth, writes in the booth chat and opens a conversation with the booth team using
// only Tab, Enter and typing. Every stop has a visible focus indicator, and after a live update (a message
// arriving, the conversation opening) the focus is still on an element, never on <body>.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { BASE_URL, expectNoAxeViolations, launchBrowser, newPage, TIMEOUT, waitForKoliBri } from './support.mjs';

const BOOTH = { slug: 'kreis-soest-umzug', name: 'Digitaler Umzugsservice' };
const VISITOR = { username: 'besucher', password: 'demo' };
const MARKER = `Tastatur${Math.floor(10000 + Math.random() * 90000)}`;

/** The focused element, through KoliBri's shadow roots; with its name and whether its focus can be seen. */
function focused(page) {
  return page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    if (!element || element === document.body || element === document.documentElement) return { body: true };
    const visible = (el) => {
      const style = getComputedStyle(el);
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
      return outline || (style.boxShadow && style.boxShadow !== 'none');
    };
    // The indicator is drawn on the element or, in some KoliBri components, on its wrapper
    let shown = false;
    for (let el = element, i = 0; el && i < 6 && !shown; i += 1) {
      shown = visible(el);
      el = el.parentElement ?? el.getRootNode()?.host ?? null;
    }
    // KoliBri links and buttons draw their text in a nested component: their host carries the label
    const hostLabel = (el) => {
      for (let host = el.getRootNode()?.host; host; host = host.getRootNode()?.host) {
        const label = host._label ?? host.getAttribute('_label');
        if (typeof label === 'string' && label) return label;
        // A multiline link (AppLink) has its text in the light DOM ("expert" slot)
        if (host.textContent?.trim()) return host.textContent.trim();
      }
      return '';
    };
    const root = element.getRootNode();
    const labelledBy = (element.getAttribute('aria-labelledby') ?? '')
      .split(/\s+/)
      .map((id) => (id && root.getElementById ? root.getElementById(id)?.textContent : '') ?? '')
      .join(' ')
      .trim();
    const name =
      element.getAttribute('aria-label') ||
      labelledBy ||
      [...(element.labels ?? [])].map((l) => l.textContent).join(' ').trim() ||
      element.textContent?.trim() ||
      hostLabel(element) ||
      '';
    return { body: false, tag: element.tagName.toLowerCase(), role: element.getAttribute('role') ?? '', name, visible: shown };
  });
}

/**
 * Presses Tab until the focused element's name matches; checks that each stop shows its focus. Past the
 * page's last element the focus leaves the document once (the browser's own controls), then starts over.
 */
async function tabTo(page, name, max = 150) {
  const seen = [];
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (now.body) {
      seen.push('<body>');
      assert.ok(seen.filter((s) => s === '<body>').length < 2, `${name} not in the tab order: ${seen.join(' | ')}`);
      continue;
    }
    seen.push(`${now.tag}:${now.name.slice(0, 40)}`);
    assert.ok(now.visible, `no visible focus on <${now.tag}> "${now.name}"`);
    if (name.test(now.name)) return now;
  }
  assert.fail(`${name} not reached with ${max} presses of Tab: ${seen.join(' | ')}`);
}

async function expectFocusKept(page, label) {
  const now = await focused(page);
  assert.equal(now.body, false, `${label}: the focus fell back to <body>`);
}

describe('keyboard-only journey: hall, booth, chat, conversation', { timeout: 20 * TIMEOUT }, () => {
  let browser;
  let page;

  before(async () => {
    browser = await launchBrowser();
    page = await newPage(browser);
    // The hall needs no login: log in through the header button (not part of the keyboard walk)
    await page.goto(`${BASE_URL}/halle`);
    await page.getByRole('button', { name: 'Anmelden' }).first().click();
    await page.locator('#username').fill(VISITOR.username);
    await page.locator('#password').fill(VISITOR.password);
    await page.locator('#kc-login').click();
    await page.waitForURL(`${BASE_URL}/halle`, { timeout: 2 * TIMEOUT });
    await page.getByRole('button', { name: 'Abmelden' }).waitFor();
    await waitForKoliBri(page);
  });

  after(async () => {
    await browser?.close();
  });

  it('reaches the booth from the hall with Tab and Enter', async () => {
    await tabTo(page, new RegExp(`Zum Stand: ${BOOTH.name}`));
    await page.keyboard.press('Enter');
    await page.waitForURL(`${BASE_URL}/stand/${BOOTH.slug}`);
    await page.getByRole('heading', { level: 2, name: 'Chat am Stand' }).waitFor();
    await waitForKoliBri(page);
  });

  it('writes in the booth chat and keeps the focus in the composer when the message arrives', async () => {
    const text = `Geht das auch per Tastatur? (${MARKER})`;
    await tabTo(page, /Nachricht an den Chat/);
    await page.keyboard.type(text);
    await page.keyboard.press('Control+Enter');
    await page.locator('.booth-chat > .chat-panel .chat-message:not(.chat-message--pending)').getByText(text).waitFor();
    await expectFocusKept(page, 'after the live message');
  });

  it('opens the conversation with the booth team by keyboard; the focus stays in the page', async () => {
    await tabTo(page, /Gespräch mit dem Standteam/);
    await page.keyboard.press('Enter');
    const conversation = page.locator('.booth-chat__conversation');
    await conversation.getByRole('heading', { level: 2 }).waitFor();
    await waitForKoliBri(page);
    await expectFocusKept(page, 'after the conversation opened');
    const text = `Eine Frage nur mit der Tastatur (${MARKER})`;
    await tabTo(page, /Nachricht an den Chat/);
    const inConversation = await page.evaluate(() => {
      let element = document.activeElement;
      while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
      return Boolean(element?.closest('.booth-chat__conversation') ?? element?.getRootNode()?.host?.closest('.booth-chat__conversation'));
    });
    if (!inConversation) await tabTo(page, /Nachricht an den Chat/);
    await page.keyboard.type(text);
    await page.keyboard.press('Control+Enter');
    await conversation.locator('.chat-message:not(.chat-message--pending)').getByText(text).waitFor();
    await expectFocusKept(page, 'after the conversation message arrived');
    await expectNoAxeViolations(page, 'conversation reached by keyboard');
  });
});
