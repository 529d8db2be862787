// The talk feedback and certificate journey against the real backend and Keycloak: a visitor opens a talk of last
// year's archived edition, rates it with stars (a radio group with text labels) and a comment; the admin opens the
// talk's moderation page and sees the rating in the results. The visitor then requests the certificate of attendance
// for last year (the demo visitor followed three of its talks live), downloads the PDF and opens the public
// verification page, which names only event, name and validity. Every page is checked with axe-core.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { BASE_URL, expectNoAxeViolations, fetchJson, launchBrowser, loginAt, loginOnPublicPage, newPage, screenshot, TIMEOUT } from './support.mjs';

const VISITOR = { username: 'besucher', password: 'demo' };
const ADMIN = { username: 'kdn-admin', password: 'demo' };
const MARKER = `Bewertung${Math.floor(10000 + Math.random() * 90000)}`;

describe('feedback journey: rate an archived talk, the admin sees the rating', { timeout: 12 * TIMEOUT }, () => {
  let browser;
  let visitor;
  let admin;
  let talk;
  let pastEdition;

  before(async () => {
    browser = await launchBrowser();
    visitor = await newPage(browser);
    admin = await newPage(browser);
    const archived = await fetchJson('/api/talks?allEditions=true&archived=true');
    // The fourth talk of last year has no demo ratings: the admin's results then show this journey's rating alone
    const past = archived.filter((t) => Date.parse(t.end) < Date.now());
    assert.ok(past.length > 0, 'the demo has talks that have ended');
    talk = past[Math.min(3, past.length - 1)];
    pastEdition = (await fetchJson('/api/editions')).find((e) => e.state === 'archive');
    assert.ok(pastEdition, 'the demo has an archived edition');
  });

  after(async () => {
    await browser?.close();
  });

  it('the visitor rates the archived talk with stars and a comment', async () => {
    await loginOnPublicPage(visitor, `/vortrag/${talk.id}`, VISITOR);
    await visitor.getByRole('heading', { level: 1, name: talk.title }).waitFor();
    await visitor.getByRole('heading', { level: 2, name: 'Ihre Bewertung' }).waitFor();
    const change = visitor.getByRole('button', { name: 'Bewertung ändern' });
    if (await change.isVisible()) {
      await change.click();
    }
    await expectNoAxeViolations(visitor, 'talk page with the rating form');
    await visitor.getByRole('radio', { name: '4 Sterne – gut' }).check();
    await visitor.getByLabel(/^Kommentar/).fill(`Hilfreich für unsere Verwaltung (${MARKER})`);
    await visitor.getByRole('button', { name: /^(Bewertung senden|Änderung speichern)$/ }).click();
    await visitor.getByRole('status').filter({ hasText: /Danke für Ihre Bewertung|Ihre Bewertung ist geändert/ }).waitFor();
    await visitor.getByText('Ihre Bewertung: 4 Sterne – gut.').waitFor();
    await expectNoAxeViolations(visitor, 'talk page after rating');
    await screenshot(visitor, 'feedback-rated');
  });

  it('the admin sees the rating on the talk moderation page', async () => {
    await loginAt(admin, `/moderation/vortrag/${talk.id}`, ADMIN);
    const results = admin.getByRole('region', { name: 'Bewertungen' });
    await results.getByText(MARKER, { exact: false }).waitFor({ timeout: TIMEOUT });
    await results.getByText(/Bewertung(en)?, Durchschnitt/).waitFor();
    await results.getByRole('button', { name: 'Kommentar ausblenden' }).first().waitFor();
    await expectNoAxeViolations(admin, 'talk moderation page with ratings');
    await screenshot(admin, 'feedback-results');
  });

  it('the visitor requests the certificate for last year, downloads the PDF and opens the verification page', async () => {
    await visitor.goto(`${BASE_URL}/bescheinigungen`);
    await visitor.getByRole('heading', { level: 1, name: 'Teilnahmebescheinigungen' }).waitFor();
    await visitor.getByRole('combobox', { name: 'Ausgabe', exact: true }).selectOption({ label: pastEdition.title });
    await visitor.getByRole('button', { name: 'Bescheinigung anfordern' }).click();
    await visitor.getByRole('status').filter({ hasText: 'Ihre Bescheinigung ist ausgestellt.' }).waitFor();
    const item = visitor.locator('li.certificate').first();
    await item.getByText('Prüfcode').waitFor();
    const code = (await item.locator('code').first().textContent()).trim();
    assert.match(code, /^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    await expectNoAxeViolations(visitor, 'certificates page');

    const [download] = await Promise.all([
      visitor.waitForEvent('download'),
      item.getByRole('button', { name: 'PDF herunterladen' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), `teilnahmebescheinigung-${code}.pdf`);
    const pdf = await readFile(await download.path());
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-', 'the download is a PDF');
    await screenshot(visitor, 'certificates');

    await item.getByRole('link', { name: 'Öffentliche Prüfseite' }).click();
    await visitor.waitForURL(`${BASE_URL}/bescheinigung/${code}`);
    await visitor.getByRole('heading', { level: 1, name: 'Teilnahmebescheinigung prüfen' }).waitFor();
    await visitor.getByText('Gültig: Diese Bescheinigung wurde von der Plattform ausgestellt.').waitFor();
    await visitor.locator('#main').getByText('Bea Sucher').waitFor();
    await expectNoAxeViolations(visitor, 'verification page');

    const anonymous = await newPage(browser);
    await anonymous.goto(`${BASE_URL}/bescheinigung/${code}`);
    await anonymous.getByText('Gültig: Diese Bescheinigung wurde von der Plattform ausgestellt.').waitFor();
    assert.equal(await anonymous.getByText('Verfolgte Beiträge').count(), 0, 'the public page shows no talks');
    await screenshot(anonymous, 'certificate-verification');
  });
});
