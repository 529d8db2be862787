// The talk feedback journey against the real backend and Keycloak: a visitor opens a talk of last year's archived
// edition, rates it with stars (a radio group with text labels) and a comment; the admin opens the talk's moderation
// page and sees the rating in the results. Every page is checked with axe-core.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { expectNoAxeViolations, fetchJson, launchBrowser, loginAt, newPage, screenshot, TIMEOUT } from './support.mjs';

const VISITOR = { username: 'besucher', password: 'demo' };
const ADMIN = { username: 'kdn-admin', password: 'demo' };
const MARKER = `Bewertung${Math.floor(10000 + Math.random() * 90000)}`;

describe('feedback journey: rate an archived talk, the admin sees the rating', { timeout: 12 * TIMEOUT }, () => {
  let browser;
  let visitor;
  let admin;
  let talk;

  before(async () => {
    browser = await launchBrowser();
    visitor = await newPage(browser);
    admin = await newPage(browser);
    const archived = await fetchJson('/api/talks?allEditions=true&archived=true');
    // The fourth talk of last year has no demo ratings: the admin's results then show this journey's rating alone
    const past = archived.filter((t) => Date.parse(t.end) < Date.now());
    assert.ok(past.length > 0, 'the demo has talks that have ended');
    talk = past[Math.min(3, past.length - 1)];
  });

  after(async () => {
    await browser?.close();
  });

  it('the visitor rates the archived talk with stars and a comment', async () => {
    await loginAt(visitor, `/vortrag/${talk.id}`, VISITOR);
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
});
