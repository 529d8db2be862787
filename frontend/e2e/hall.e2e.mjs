// The exhibition hall journey against the real backend and Keycloak, one browser context per person:
// the exhibitor edits a booth, uploads a PDF and submits; the admin compares and approves; a visitor
// finds the booth by full-text search and topic, downloads the PDF and sends a contact request; the
// exhibitor finds it in the inbox. Hall, booth page, editor and review queue are checked with axe-core.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { BASE_URL, expectNoAxeViolations, launchBrowser, loginAt, newPage, screenshot, TIMEOUT, WCAG22_TAGS } from './support.mjs';

const BOOTH = { slug: 'kreis-soest-umzug', name: 'Digitaler Umzugsservice', topic: 'Bauen & Wohnen' };
const EXHIBITOR = { username: 'aussteller-soest', password: 'demo' };
const ADMIN = { username: 'kdn-admin', password: 'demo' };
const VISITOR = { username: 'besucher', password: 'demo' };

// A word nothing else in the hall contains, so the search finds exactly this booth.
const MARKER = `Umzugslotse${Math.floor(10000 + Math.random() * 90000)}`;
const TAGLINE = `${MARKER}: einmal umziehen, alles erledigt – Ummeldung und Fahrzeugschein in einem Vorgang.`;
const MATERIAL_TITLE = `Flyer ${MARKER}`;
const MESSAGE = `Wir möchten den Umzugsservice nachnutzen (${MARKER}). Wer ist Ansprechperson?`;

describe('hall journey: edit, review, find, download, contact', { timeout: 20 * TIMEOUT }, () => {
  let browser;
  let exhibitor;
  let admin;
  let visitor;
  let workDir;
  let pdfPath;

  before(async () => {
    workDir = mkdtempSync(path.join(tmpdir(), 'kommunalmesse-e2e-'));
    pdfPath = path.join(workDir, `${MARKER.toLowerCase()}.pdf`);
    writeFileSync(
      pdfPath,
      `%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n` +
        `trailer << /Root 1 0 R >>\n%% ${MARKER}\n%%EOF\n`,
    );
    browser = await launchBrowser();
    exhibitor = await newPage(browser);
  });

  after(async () => {
    await browser?.close();
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  it('the exhibitor opens the editor of the booth and it passes axe', async () => {
    await loginAt(exhibitor, `/mein-stand/${BOOTH.slug}/bearbeiten`, EXHIBITOR);
    await exhibitor.getByRole('heading', { level: 1, name: `Stand bearbeiten: ${BOOTH.name}` }).waitFor();
    await exhibitor.getByRole('heading', { level: 2, name: 'Vorschau' }).waitFor();
    assert.equal(await exhibitor.title(), `Stand bearbeiten: ${BOOTH.name} – Kommunalmesse`);
    await expectNoAxeViolations(exhibitor, 'booth editor', WCAG22_TAGS);
  });

  it('changes the tagline, and the preview follows', async () => {
    await exhibitor.locator('[data-field="tagline"] input').fill(TAGLINE);
    await exhibitor.locator('.editor__preview').getByText(TAGLINE).waitFor();
    await exhibitor.getByText('Ungespeicherte Änderungen', { exact: true }).waitFor();
  });

  it('uploads a PDF with a progress bar and shows it on the booth', async () => {
    await exhibitor.locator('[data-field="materials"] kol-input-file input[type="file"]').setInputFiles(pdfPath);
    await exhibitor.getByRole('textbox', { name: 'Titel der Datei' }).fill(MATERIAL_TITLE);
    await exhibitor.getByRole('button', { name: 'Hochladen', exact: true }).click();
    await exhibitor.getByRole('status').filter({ hasText: 'wurde hochgeladen' }).waitFor();

    // Shown on the booth at once, without a separate tick
    assert.equal(await exhibitor.getByRole('checkbox', { name: `„${MATERIAL_TITLE}“ auf dem Stand zeigen` }).isChecked(), true);
    await exhibitor.locator('.shown-list').getByRole('textbox').last().waitFor();
    assert.equal(await exhibitor.locator('.shown-list').getByRole('textbox').last().inputValue(), MATERIAL_TITLE);
    await exhibitor.locator('.editor__preview').getByText(MATERIAL_TITLE).waitFor();
  });

  it('saves and submits the change for review', async () => {
    await exhibitor.getByRole('button', { name: 'Speichern', exact: true }).click();
    await exhibitor.getByRole('status').filter({ hasText: 'Ihre Änderungen sind gespeichert.' }).waitFor();
    await exhibitor.getByRole('button', { name: 'Zur Prüfung einreichen' }).click();
    await exhibitor.getByRole('status').filter({ hasText: 'zur Prüfung eingereicht' }).waitFor();
    await exhibitor.locator('.editor__status').getByText('Zur Prüfung eingereicht').waitFor();
    await screenshot(exhibitor, 'editor-de');
  });

  it('the admin sees the submission in the review queue, which passes axe', async () => {
    admin = await newPage(browser);
    await loginAt(admin, '/verwaltung', ADMIN);
    await admin.getByRole('heading', { level: 1, name: 'Verwaltung' }).waitFor();
    await admin.getByRole('heading', { level: 3, name: BOOTH.name }).waitFor();
    await expectNoAxeViolations(admin, 'review queue', WCAG22_TAGS);
    await screenshot(admin, 'admin-de');
  });

  it('compares approved and proposed content side by side and approves', async () => {
    await admin.getByRole('link', { name: `Prüfen: ${BOOTH.name}` }).click();
    await admin.getByRole('heading', { level: 1, name: `Prüfung: ${BOOTH.name}` }).waitFor();
    const table = admin.getByRole('table', { name: 'Freigegebene und vorgeschlagene Inhalte im Vergleich' });
    const tagline = table.getByRole('row').filter({ has: admin.getByRole('rowheader', { name: /Kurzbeschreibung/ }) });
    await tagline.getByText('geändert').waitFor();
    await tagline.getByText(TAGLINE).waitFor();
    const materials = table.getByRole('row').filter({ has: admin.getByRole('rowheader', { name: /Gezeigte Materialien/ }) });
    await materials.getByText('geändert').waitFor();
    await materials.getByText(MATERIAL_TITLE).waitFor();
    const name = table.getByRole('row').filter({ has: admin.getByRole('rowheader', { name: /^Name/ }) });
    assert.equal(await name.getByText('geändert').count(), 0, 'the unchanged name is not marked');
    await expectNoAxeViolations(admin, 'review page', WCAG22_TAGS);
    await screenshot(admin, 'review-de');

    await admin.getByRole('button', { name: 'Freigeben' }).click();
    await admin.getByRole('status').filter({ hasText: 'ist freigegeben' }).waitFor();
  });

  it('a visitor finds the booth by full-text search and topic field; the hall passes axe', async () => {
    visitor = await newPage(browser);
    await visitor.goto(`${BASE_URL}/halle`);
    await visitor.getByRole('button', { name: 'Anmelden' }).click();
    await visitor.locator('#username').fill(VISITOR.username);
    await visitor.locator('#password').fill(VISITOR.password);
    await visitor.locator('#kc-login').click();
    await visitor.waitForURL(`${BASE_URL}/halle`, { timeout: 2 * TIMEOUT });
    await visitor.getByRole('button', { name: 'Abmelden' }).waitFor();

    await visitor.getByRole('searchbox', { name: 'Suchbegriff' }).fill(MARKER);
    await visitor.getByRole('combobox', { name: 'Themenfeld' }).selectOption({ label: BOOTH.topic });
    await visitor.getByRole('button', { name: 'Filter anwenden' }).click();
    await visitor.waitForURL(/\/halle\?topic=bauen-wohnen&q=Umzugslotse\d+/);
    await visitor.getByRole('status').filter({ hasText: '1 Messestand gefunden.' }).waitFor();
    await visitor.getByRole('heading', { level: 2, name: BOOTH.name }).waitFor();
    await expectNoAxeViolations(visitor, 'hall with search and topic', WCAG22_TAGS);
    await screenshot(visitor, 'hall-search-de');
  });

  it('opens the booth page, which shows the new tagline and passes axe', async () => {
    await visitor.getByRole('link', { name: `Zum Stand: ${BOOTH.name}` }).click();
    await visitor.getByRole('heading', { level: 1, name: BOOTH.name }).waitFor();
    await visitor.getByText(TAGLINE).waitFor();
    await visitor.getByRole('heading', { level: 2, name: 'Dokumente und Materialien' }).waitFor();
    await expectNoAxeViolations(visitor, 'booth page (logged in)', WCAG22_TAGS);
    await screenshot(visitor, 'booth-journey-de');
  });

  it('shows the demo booth video with native controls and German captions, kept through the edit and review', async () => {
    await visitor.getByRole('heading', { level: 2, name: 'Video' }).waitFor();
    const video = visitor.locator('video.booth-video__player');
    assert.equal(await video.getAttribute('aria-label'), 'Video: Der Stand in einer Minute');
    assert.equal(await video.getAttribute('preload'), 'none');
    assert.equal(await video.getAttribute('autoplay'), null);
    assert.notEqual(await video.getAttribute('controls'), null);
    const track = video.locator('track[kind="captions"][srclang="de"]');
    assert.notEqual(await track.getAttribute('default'), null);
    const captionsUrl = await track.getAttribute('src');
    assert.match(captionsUrl ?? '', /^\/api\/talks\/\d+\/captions\.vtt$/);
    const captions = await visitor.request.get(new URL(captionsUrl, BASE_URL).href);
    assert.equal(captions.status(), 200);
    assert.match(await captions.text(), /^WEBVTT/);
    // Once the player is in view it gets its source: the playlist itself where the browser plays HLS (Chromium does
    // now), else a Media Source (blob:) fed by hls.js
    await video.scrollIntoViewIfNeeded();
    await visitor.waitForFunction(() => {
      const src = document.querySelector('video.booth-video__player')?.src ?? '';
      return src.startsWith('blob:') || src.endsWith('/media/demo/aufzeichnung.m3u8');
    });
    await expectNoAxeViolations(visitor, 'booth page with its video', WCAG22_TAGS);
    await screenshot(visitor, 'booth-video-de');
  });

  it('"Auf die Merkliste" is a toggle button and the booth appears on the Merkliste', async () => {
    const toggle = visitor.getByRole('button', { name: 'Auf die Merkliste' });
    if ((await toggle.getAttribute('aria-pressed')) === 'true') {
      await toggle.click();
      await visitor.getByRole('status').filter({ hasText: 'entfernt' }).waitFor();
    }
    await toggle.click();
    await visitor.getByRole('status').filter({ hasText: 'steht jetzt auf Ihrer Merkliste' }).waitFor();
    assert.equal(await toggle.getAttribute('aria-pressed'), 'true');

    await visitor.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Merkliste' }).click();
    await visitor.getByRole('heading', { level: 1, name: 'Meine Merkliste' }).waitFor();
    await visitor.getByRole('heading', { level: 2, name: BOOTH.name }).waitFor();
    await expectNoAxeViolations(visitor, 'Merkliste', WCAG22_TAGS);
    await visitor.getByRole('button', { name: `Von der Merkliste entfernen – ${BOOTH.name}` }).click();
    await visitor.getByRole('status').filter({ hasText: 'von Ihrer Merkliste entfernt' }).waitFor();
    await visitor.goBack();
    await visitor.getByRole('heading', { level: 1, name: BOOTH.name }).waitFor();
  });

  it('downloads the PDF from the booth page', async () => {
    const link = visitor.getByRole('link', { name: new RegExp(MATERIAL_TITLE) });
    const [download] = await Promise.all([visitor.waitForEvent('download'), link.click()]);
    const bytes = readFileSync(await download.path());
    assert.equal(bytes.subarray(0, 5).toString('latin1'), '%PDF-');
    assert.ok(bytes.toString('latin1').includes(MARKER), 'it is the uploaded file');
  });

  it('sends a contact request with consent', async () => {
    await visitor.getByRole('textbox', { name: 'Ihre Nachricht' }).fill(MESSAGE);
    await visitor.getByRole('checkbox', { name: /Ich bin einverstanden.*Namen, meiner E-Mail-Adresse und meiner Organisation/ }).click();
    await visitor.getByRole('button', { name: 'Anfrage senden' }).click();
    await visitor.getByRole('status').filter({ hasText: 'Vielen Dank! Ihre Anfrage wurde an Kreis Soest übermittelt.' }).waitFor();
  });

  it('the exhibitor finds the request in the inbox', async () => {
    await exhibitor.goto(`${BASE_URL}/mein-stand/${BOOTH.slug}/anfragen`);
    await exhibitor.getByRole('heading', { level: 1, name: `Anfragen: ${BOOTH.name}` }).waitFor();
    const request = exhibitor.locator('.inbox-item').filter({ hasText: MARKER });
    await request.waitFor();
    await request.getByRole('heading', { level: 2, name: /Bea Sucher/ }).waitFor();
    const status = request.getByRole('combobox', { name: /Status der Anfrage/ });
    // KoliBri's select carries its own option values; the visible label is what counts.
    assert.match(await status.locator('option:checked').innerText(), /Neu/);
    await status.selectOption({ label: 'In Bearbeitung' });
    await exhibitor.getByRole('status').filter({ hasText: 'Status gespeichert: In Bearbeitung.' }).waitFor();
    await expectNoAxeViolations(exhibitor, 'inbox', WCAG22_TAGS);
  });
});
