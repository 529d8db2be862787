// The editions journey (issue 17) against the real backend and Keycloak: the admin creates the next edition by
// copying the current one, invites the exhibitor and opens it; the exhibitor carries the booth over and
// submits it; the admin approves; a visitor finds it in the new edition's hall and still finds the old booth
// and a recording in the past edition's archive. Every page on the way is checked with axe-core.
//
// The new edition lies far in the future and is opened but never made current, so the journeys after this
// one still see the demo fair's current edition unchanged.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { BASE_URL, expectNoAxeViolations, fetchJson, launchBrowser, loginAt, newPage, screenshot, TIMEOUT } from './support.mjs';

const BOOTH = { slug: 'kreis-soest-umzug', name: 'Digitaler Umzugsservice', exhibitor: 'kreis-soest' };
const EXHIBITOR = { username: 'aussteller-soest', password: 'demo' };
const ADMIN = { username: 'kdn-admin', password: 'demo' };

// A year no other edition uses, so that the dates overlap nothing even when the journey runs again.
const YEAR = 2100 + Math.floor(Math.random() * 800);
const NEXT = { slug: `e2e-${YEAR}`, title: `Herbst ${YEAR}`, startsOn: `${YEAR}-11-22`, endsOn: `${YEAR}-11-26` };
const MARKER = `Ausgabenlotse${Math.floor(10000 + Math.random() * 90000)}`;
const TAGLINE = `${MARKER}: der Umzugsservice im neuen Jahr, jetzt für alle Kommunen des Kreises.`;

describe('editions journey: next edition, carry-over, approval, both halls and the archive', { timeout: 20 * TIMEOUT }, () => {
  let browser;
  let admin;
  let exhibitor;
  let visitor;
  let current;
  let past;

  before(async () => {
    const editions = await fetchJson('/api/editions');
    current = editions.find((e) => e.current);
    past = editions.find((e) => e.state === 'archive');
    assert.ok(current, 'the demo has a current edition');
    assert.ok(past, 'the demo has a past edition in archive mode');
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
  });

  it('the admin page "Ausgaben" lists both editions and passes axe', async () => {
    admin = await newPage(browser);
    await loginAt(admin, '/verwaltung', ADMIN);
    await admin.getByRole('heading', { level: 1, name: 'Verwaltung' }).waitFor();
    await admin.getByRole('link', { name: 'Ausgaben', exact: true }).click();
    await admin.waitForURL(`${BASE_URL}/verwaltung/ausgaben`);
    await admin.getByRole('heading', { level: 1, name: 'Ausgaben' }).waitFor();
    await admin.getByRole('heading', { level: 3, name: current.title }).waitFor();
    await admin.getByRole('heading', { level: 3, name: past.title }).waitFor();
    await expectNoAxeViolations(admin, 'admin editions');
  });

  it('creates the next edition, copying stages and settings from the current one, with an event day', async () => {
    const form = admin.locator('form.edition-form').last();
    await form.getByRole('textbox', { name: 'Kurzname in der Adresse' }).fill(NEXT.slug);
    await form.getByRole('textbox', { name: 'Titel', exact: true }).fill(NEXT.title);
    await form.getByLabel('Erster Tag').fill(NEXT.startsOn);
    await form.getByLabel('Letzter Tag').fill(NEXT.endsOn);
    const copy = form.getByRole('combobox', { name: 'Bühnen und Einstellungen übernehmen aus' });
    assert.match(await copy.locator('option:checked').innerText(), new RegExp(current.title));
    await form.getByRole('button', { name: 'Veranstaltungstag hinzufügen' }).click();
    const day = form.locator('fieldset.edition-day').first();
    await day.getByLabel('Datum').fill(NEXT.startsOn);
    await day.getByRole('textbox', { name: 'Gastgeberregion (Kürzel)' }).fill('soest');
    await day.getByRole('textbox', { name: 'Titel des Tages' }).fill(`Tag 1 – ${NEXT.title} in Soest`);
    await expectNoAxeViolations(admin, 'new edition form');
    await form.getByRole('button', { name: 'Ausgabe anlegen' }).click();
    await form.getByRole('status').filter({ hasText: `Die Ausgabe „${NEXT.title}“ ist angelegt.` }).waitFor();
    await admin.getByRole('heading', { level: 3, name: NEXT.title }).waitFor();
  });

  it('refuses a second edition with the same short name, at that field', async () => {
    const form = admin.locator('form.edition-form').last();
    await form.getByRole('textbox', { name: 'Kurzname in der Adresse' }).fill(NEXT.slug);
    await form.getByRole('textbox', { name: 'Titel', exact: true }).fill(`${NEXT.title} doppelt`);
    await form.getByLabel('Erster Tag').fill(`${YEAR + 1}-03-01`);
    await form.getByLabel('Letzter Tag').fill(`${YEAR + 1}-03-02`);
    await form.getByRole('button', { name: 'Ausgabe anlegen' }).click();
    await form.locator('kol-input-text').first().getByText(`Die Kennung „${NEXT.slug}“ ist bereits vergeben.`).waitFor();
    await form.getByRole('textbox', { name: 'Kurzname in der Adresse' }).fill('');
  });

  it('invites the exhibitor into the new edition and opens it', async () => {
    const item = admin.locator(`[data-edition="${NEXT.slug}"]`);
    await item.getByRole('combobox', { name: 'Aussteller' }).selectOption({ label: `Kreis Soest (${BOOTH.exhibitor})` });
    await item.getByRole('button', { name: 'Aussteller einladen' }).click();
    await item.getByRole('status').filter({ hasText: 'Kreis Soest nimmt jetzt an der Ausgabe teil.' }).waitFor();
    await item.getByText('1 Aussteller nimmt teil.').waitFor();
    await item.getByRole('button', { name: 'Ausgabe öffnen' }).click();
    await item.getByRole('status').filter({ hasText: `Die Ausgabe „${NEXT.title}“ ist jetzt: Geöffnet.` }).waitFor();
    await expectNoAxeViolations(admin, 'admin editions after the changes');
    await screenshot(admin, 'admin-editions-de');
  });

  it('the exhibitor sees the booths by edition and carries the booth over into the new edition', async () => {
    exhibitor = await newPage(browser);
    await loginAt(exhibitor, '/mein-stand', EXHIBITOR);
    const group = exhibitor.locator(`section[data-edition="${current.slug}"]`);
    await group.getByRole('heading', { level: 2, name: `${current.title} (aktuelle Ausgabe)` }).waitFor();
    await exhibitor.locator(`section[data-edition="${past.slug}"]`).getByRole('heading', { level: 2, name: past.title, exact: true }).waitFor();
    await expectNoAxeViolations(exhibitor, 'my booths by edition');
    await screenshot(exhibitor, 'my-booths-editions-de');

    const item = group.locator('.manage-item').filter({ has: exhibitor.getByRole('heading', { level: 3, name: BOOTH.name }) });
    await item.getByRole('button', { name: `Stand in ${NEXT.title} übernehmen` }).click();
    await exhibitor.waitForURL(`${BASE_URL}/${NEXT.slug}/mein-stand/${BOOTH.slug}/bearbeiten`);
    await exhibitor.getByRole('heading', { level: 1, name: `Stand bearbeiten: ${BOOTH.name}` }).waitFor();
    await exhibitor.getByText(`Sie sehen die Ausgabe „${NEXT.title}“.`).waitFor();
    await expectNoAxeViolations(exhibitor, 'editor of the carried-over booth');
  });

  it('edits the working copy and submits it for review', async () => {
    await exhibitor.locator('[data-field="tagline"] input').fill(TAGLINE);
    await exhibitor.locator('.editor__preview').getByText(TAGLINE).waitFor();
    await exhibitor.getByRole('button', { name: 'Speichern', exact: true }).click();
    await exhibitor.getByRole('status').filter({ hasText: 'Ihre Änderungen sind gespeichert.' }).waitFor();
    await exhibitor.getByRole('button', { name: 'Zur Prüfung einreichen' }).click();
    await exhibitor.getByRole('status').filter({ hasText: 'zur Prüfung eingereicht' }).waitFor();
  });

  it('the admin approves the booth of the new edition from the review queue', async () => {
    await admin.goto(`${BASE_URL}/verwaltung`);
    const entry = admin.locator('.review-queue__item').filter({ hasText: NEXT.title });
    await entry.getByRole('heading', { level: 3, name: BOOTH.name }).waitFor();
    await entry.getByRole('link', { name: `Prüfen: ${BOOTH.name}` }).click();
    await admin.waitForURL(`${BASE_URL}/${NEXT.slug}/verwaltung/pruefung/${BOOTH.slug}`);
    await admin.getByRole('heading', { level: 1, name: `Prüfung: ${BOOTH.name}` }).waitFor();
    await admin.getByText(TAGLINE).first().waitFor();
    await expectNoAxeViolations(admin, 'review in the new edition');
    await admin.getByRole('button', { name: 'Freigeben' }).click();
    await admin.getByRole('status').filter({ hasText: 'ist freigegeben' }).waitFor();
  });

  it('a visitor switches to the new edition in the header and finds the booth in its hall', async () => {
    visitor = await newPage(browser);
    await visitor.goto(`${BASE_URL}/halle`);
    await visitor.getByRole('heading', { level: 1, name: 'Messehalle' }).waitFor();
    const switcher = visitor.getByRole('navigation', { name: 'Ausgabe wechseln' });
    await switcher.getByText(current.title, { exact: true }).click();
    await switcher.getByRole('link', { name: NEXT.title, exact: true }).click();
    await visitor.waitForURL(`${BASE_URL}/${NEXT.slug}/halle`);
    await visitor.getByText(`Sie sehen die Ausgabe „${NEXT.title}“.`).waitFor();

    await visitor.getByRole('searchbox', { name: 'Suchbegriff' }).fill(MARKER);
    await visitor.getByRole('button', { name: 'Filter anwenden' }).click();
    await visitor.getByRole('status').filter({ hasText: '1 Messestand gefunden.' }).waitFor();
    await visitor.getByRole('heading', { level: 2, name: BOOTH.name }).waitFor();
    await expectNoAxeViolations(visitor, 'hall of the new edition');
    await screenshot(visitor, 'hall-new-edition-de');

    await visitor.getByRole('link', { name: `Zum Stand: ${BOOTH.name}` }).click();
    await visitor.waitForURL(`${BASE_URL}/${NEXT.slug}/stand/${BOOTH.slug}`);
    await visitor.getByRole('heading', { level: 1, name: BOOTH.name }).waitFor();
    await visitor.getByText(TAGLINE).waitFor();
    await expectNoAxeViolations(visitor, 'booth in the new edition');
  });

  it('searches the hall across all editions; each card leads to its own edition', async () => {
    await visitor.goto(`${BASE_URL}/halle?q=${encodeURIComponent('Umzugsservice')}&editions=all`);
    await visitor.getByRole('status').filter({ hasText: /Messeständ?e? gefunden/ }).waitFor();
    // CSS locators reach into KoliBri's shadow roots, where the links are
    await visitor.locator(`.booth-grid a[href="/${past.slug}/stand/${BOOTH.slug}"]`).waitFor();
    await visitor.locator(`.booth-grid a[href="/${NEXT.slug}/stand/${BOOTH.slug}"]`).waitFor();
    await visitor.locator(`.booth-grid a[href="/stand/${BOOTH.slug}"]`).waitFor();
    await expectNoAxeViolations(visitor, 'hall across all editions');
  });

  it('still finds the old booth in the past edition, marked as its archive', async () => {
    await visitor.goto(`${BASE_URL}/${past.slug}/stand/${BOOTH.slug}`);
    await visitor.getByRole('heading', { level: 1, name: BOOTH.name }).waitFor();
    await visitor.getByText(`Sie sehen das Archiv der Ausgabe „${past.title}“.`).waitFor();
    await visitor.getByRole('navigation', { name: 'Ausgaben der Messe' }).getByRole('link', { name: `${current.title} (aktuelle Ausgabe)` }).waitFor();
    await expectNoAxeViolations(visitor, 'booth in the archived edition');
    await screenshot(visitor, 'booth-archive-edition-de');
  });

  it('finds a recording in the past edition\'s archive', async () => {
    const days = await fetchJson(`/api/event-days?edition=${encodeURIComponent(past.slug)}`);
    assert.ok(days.length > 0, 'the past edition has event days');
    let found = false;
    for (const day of days) {
      await visitor.goto(`${BASE_URL}/${past.slug}/archiv/${day.id}`);
      await visitor.getByRole('heading', { level: 1, name: /^Archiv: / }).waitFor();
      await visitor.locator('.archive-entry').first().waitFor();
      if ((await visitor.locator('.archive-entry__recording').count()) > 0) {
        found = true;
        break;
      }
    }
    assert.ok(found, 'a recording in the archive of the past edition');
    await visitor.getByText(`Sie sehen das Archiv der Ausgabe „${past.title}“.`).waitFor();
    await expectNoAxeViolations(visitor, 'archive of the past edition');
    await screenshot(visitor, 'archive-past-edition-de');
  });

  it('searches the archive of all editions and narrows it to the past one', async () => {
    const recorded = (await fetchJson(`/api/archive?edition=${encodeURIComponent(past.slug)}`)).find((entry) => entry.recordingUrl);
    assert.ok(recorded, 'the past edition has a recorded talk');
    await visitor.goto(`${BASE_URL}/archiv`);
    await visitor.getByRole('heading', { level: 1, name: 'Archiv aller Ausgaben' }).waitFor();
    await visitor.locator(`.archive-list a[href="/${past.slug}/vortrag/${recorded.talk.id}"]`).waitFor();

    await visitor.getByRole('combobox', { name: 'Ausgabe' }).selectOption({ label: past.title });
    await visitor.getByRole('button', { name: 'Suchen' }).click();
    await visitor.waitForURL(`${BASE_URL}/archiv?ausgabe=${past.slug}`);
    await visitor.locator(`.archive-list a[href="/${past.slug}/vortrag/${recorded.talk.id}"]`).waitFor();
    const others = await visitor.locator(`.archive-list .talk-card a:not([href^="/${past.slug}/"])`).count();
    assert.equal(others, 0, 'only talks of the past edition');
    await visitor.locator('.archive-entry__recording').first().waitFor();
    await expectNoAxeViolations(visitor, 'archive of all editions');
    await screenshot(visitor, 'archive-all-editions-de');
  });

  it('answers an unknown edition with the not-found page', async () => {
    await visitor.goto(`${BASE_URL}/gibt-es-nicht-${YEAR}/halle`);
    await visitor.getByRole('heading', { level: 1, name: 'Seite nicht gefunden' }).waitFor();
  });
});
