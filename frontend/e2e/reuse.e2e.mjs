// The reuse journey (docs/reuse.md) against the real backend and Keycloak, one browser context per person:
// the exhibitor adds a service from a publiccode.yml and submits; the admin approves; a visitor asks to reuse
// it; the exhibitor moves the request across the board to "Nachgenutzt"; the visitor confirms, and the
// organisation shows as adopter on the booth page and in the exported publiccode.yml. axe checks each new page.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { BASE_URL, expectNoAxeViolations, launchBrowser, loginAt, newPage, screenshot, TIMEOUT } from './support.mjs';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const BOOTH = { slug: 'kreis-soest-ikfz', name: 'Internetbasierte Fahrzeugzulassung (i-Kfz)' };
const EXHIBITOR = { username: 'aussteller-soest', password: 'demo' };
const ADMIN = { username: 'kdn-admin', password: 'demo' };
const VISITOR = { username: 'besucher', password: 'demo' };
const MARKER = `R${Date.now().toString(36)}`;
const SERVICE = `Wunschkennzeichen ${MARKER}`;
const ORGANISATION = `Gemeinde ${MARKER}`;
const PUBLICCODE = `publiccodeYmlVersion: "0.4"
name: ${SERVICE}
url: "https://example.org/code/wunschkennzeichen.git"
platforms:
  - web
developmentStatus: stable
softwareType: "standalone/web"
description:
  de:
    shortDescription: Wunschkennzeichen online reservieren
    longDescription: >
      Bürgerinnen und Bürger reservieren ihr Wunschkennzeichen online, bezahlen die Gebühr direkt und erhalten
      eine Bestätigung für die Zulassungsstelle. Die Zulassungsstelle sieht alle Reservierungen des Tages.
    features:
      - Kennzeichen reservieren
legal:
  license: EUPL-1.2
maintenance:
  type: internal
  contacts:
    - name: Team Zulassung
      email: zulassung@example.org
localisation:
  localisationReady: false
  availableLanguages:
    - de
`;

describe('reuse journey: publiccode.yml, review, request, board, adopter', { timeout: 25 * TIMEOUT }, () => {
  let browser;
  let exhibitor;
  let admin;
  let visitor;

  before(async () => {
    browser = await launchBrowser();
    exhibitor = await newPage(browser);
  });

  after(async () => {
    await browser?.close();
  });

  it('the exhibitor imports a service from publiccode.yml into the working copy and submits it', async () => {
    await loginAt(exhibitor, `/mein-stand/${BOOTH.slug}/bearbeiten`, EXHIBITOR);
    await exhibitor.getByRole('heading', { level: 2, name: 'Dienst aus publiccode.yml übernehmen' }).waitFor();
    await exhibitor.getByRole('textbox', { name: 'Inhalt der publiccode.yml' }).fill(PUBLICCODE);
    await exhibitor.getByRole('button', { name: 'Aus publiccode.yml übernehmen' }).click();
    await exhibitor.getByRole('status').filter({ hasText: `„${SERVICE}“ ist jetzt im Entwurf.` }).waitFor();
    await exhibitor.locator('.publiccode-unmapped').getByText('platforms').waitFor();
    await exhibitor.locator('.editor__preview').getByText(SERVICE).first().waitFor();
    await expectNoAxeViolations(exhibitor, 'editor with publiccode.yml import', AXE_TAGS);
    await screenshot(exhibitor, 'reuse-import');
    await exhibitor.getByRole('button', { name: 'Zur Prüfung einreichen' }).click();
    await exhibitor.getByRole('status').filter({ hasText: 'zur Prüfung eingereicht' }).waitFor();
  });

  it('the admin approves the booth with the new service', async () => {
    admin = await newPage(browser);
    await loginAt(admin, `/verwaltung/pruefung/${BOOTH.slug}`, ADMIN);
    await admin.getByRole('heading', { level: 1, name: `Prüfung: ${BOOTH.name}` }).waitFor();
    await admin.getByText(SERVICE).first().waitFor();
    await admin.getByRole('button', { name: 'Freigeben' }).click();
    await admin.getByRole('status').filter({ hasText: 'ist freigegeben' }).waitFor();
  });

  it('a visitor asks to reuse the service', async () => {
    visitor = await newPage(browser);
    // The booth page is public: the visitor logs in from its header
    await visitor.goto(`${BASE_URL}/stand/${BOOTH.slug}`);
    await visitor.getByRole('button', { name: 'Anmelden' }).first().click();
    await visitor.locator('#username').fill(VISITOR.username);
    await visitor.locator('#password').fill(VISITOR.password);
    await visitor.locator('#kc-login').click();
    await visitor.waitForURL(`${BASE_URL}/stand/${BOOTH.slug}`, { timeout: 2 * TIMEOUT });
    await visitor.getByRole('heading', { level: 1, name: BOOTH.name }).waitFor();
    await visitor.getByRole('link', { name: `Nachnutzung anfragen: ${SERVICE}` }).click();
    await visitor.getByRole('heading', { level: 1, name: `Nachnutzung anfragen: ${SERVICE}` }).waitFor();
    await visitor.getByRole('textbox', { name: 'Organisation' }).fill(ORGANISATION);
    await visitor.getByRole('combobox', { name: 'Art der Organisation' }).selectOption({ label: 'Kommune' });
    await visitor.getByRole('textbox', { name: 'Amtlicher Gemeindeschlüssel (AGS)' }).fill('05974028');
    await visitor.getByRole('textbox', { name: 'Einwohnerzahl' }).fill('8200');
    await visitor.getByRole('textbox', { name: 'Fragen an das Standteam' }).fill('Wie lange dauert die Einführung?');
    await visitor.getByRole('checkbox', { name: /Ich bin einverstanden/ }).check();
    await expectNoAxeViolations(visitor, 'reuse request form', AXE_TAGS);
    await visitor.getByRole('button', { name: 'Anfrage senden' }).click();
    await visitor.getByRole('status').filter({ hasText: 'Ihre Anfrage ist beim Standteam.' }).waitFor();
  });

  it('the exhibitor moves the request across the board to "Nachgenutzt"', async () => {
    await exhibitor.goto(`${BASE_URL}/mein-stand/${BOOTH.slug}/nachnutzung`);
    await exhibitor.getByRole('heading', { level: 1, name: `Nachnutzungsanfragen: ${BOOTH.name}` }).waitFor();
    await expectNoAxeViolations(exhibitor, 'reuse board', AXE_TAGS);
    for (const [status, column] of [
      ['im-gespraech', 'Im Gespräch'],
      ['vereinbarung', 'Vereinbarung'],
      ['in-einfuehrung', 'In Einführung'],
      ['nachgenutzt', 'Nachgenutzt'],
    ]) {
      const card = exhibitor.locator('.reuse-card').filter({ hasText: ORGANISATION });
      await card.getByText(`Bearbeiten: ${ORGANISATION}`).click();
      await card.getByRole('combobox', { name: 'Status' }).selectOption({ label: column });
      await card.getByRole('button', { name: 'Speichern' }).click();
      await exhibitor.locator(`.reuse-board__column--${status} .reuse-card`).filter({ hasText: ORGANISATION }).waitFor();
      await exhibitor.getByRole('heading', { name: new RegExp(`^${column} \\(\\d+\\)$`) }).waitFor();
    }
    await screenshot(exhibitor, 'reuse-board');
  });

  it('the visitor confirms the reuse under "Meine Nachnutzungen"', async () => {
    await visitor.goto(`${BASE_URL}/meine-nachnutzungen`);
    await visitor.getByRole('heading', { level: 1, name: 'Meine Nachnutzungen' }).waitFor();
    const item = visitor.locator('.reuse-mine__item').filter({ hasText: ORGANISATION });
    await item.getByText('Nachgenutzt').waitFor();
    await expectNoAxeViolations(visitor, 'Meine Nachnutzungen', AXE_TAGS);
    await item.getByRole('button', { name: 'Nachnutzung bestätigen' }).click();
    await visitor.getByRole('status').filter({ hasText: /Bestätigt für \d{4}/ }).waitFor();
  });

  it('the adopter shows on the booth page and in the exported publiccode.yml', async () => {
    const year = new Date().getFullYear();
    const anonymous = await newPage(browser);
    await anonymous.goto(`${BASE_URL}/stand/${BOOTH.slug}`);
    const service = anonymous.locator('.service').filter({ hasText: SERVICE });
    await service.getByText(`${ORGANISATION} (${year})`).waitFor();
    await expectNoAxeViolations(anonymous, 'booth page with adopters', AXE_TAGS);
    await screenshot(anonymous, 'reuse-adopter');
    const booth = await (await fetch(`${BASE_URL}/api/booths/${BOOTH.slug}`)).json();
    const key = booth.services.find((s) => s.name === SERVICE).key;
    const answer = await fetch(`${BASE_URL}/api/booths/${BOOTH.slug}/services/${key}/publiccode.yml`);
    assert.equal(answer.status, 200);
    const yaml = await answer.text();
    assert.match(yaml, /publiccodeYmlVersion: '?"?0\.4/);
    assert.match(yaml, new RegExp(`usedBy:\\s*\\n\\s*- ${ORGANISATION}`));
    await anonymous.close();
  });
});
