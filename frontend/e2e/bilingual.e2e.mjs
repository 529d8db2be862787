// Content in two languages (issue 15.4) and Leichte-Sprache summaries (issue 18.3): with the interface switched
// to English, booths and talks that have English texts show them, and a booth without them shows its German
// texts marked lang="de" (WCAG 3.1.2); the Leichte-Sprache summary is German under its own heading.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { BASE_URL, expectNoAxeViolations, fetchJson, openPage, screenshot, TIMEOUT, waitForKoliBri } from './support.mjs';

/** The lang attribute that applies to an element: its own or its nearest ancestor's. */
async function languageOf(locator) {
  return locator.evaluate((el) => el.closest('[lang]')?.getAttribute('lang'));
}

describe('content in two languages', { timeout: 10 * TIMEOUT }, () => {
  let browser;
  let page;

  before(async () => ({ browser, page } = await openPage()));
  after(() => browser?.close());

  it('a booth with English texts shows them in the English interface, with its Leichte-Sprache summary', async () => {
    await page.goto(`${BASE_URL}/stand/kreis-soest-umzug`);
    await page.getByRole('heading', { level: 1, name: 'Digitaler Umzugsservice' }).waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    const heading = page.getByRole('heading', { level: 1, name: 'Digital removal service' });
    await heading.waitFor();
    assert.equal(await languageOf(heading), 'en');
    const tagline = page.getByText('Move once, everything done', { exact: false }).first();
    assert.equal(await languageOf(tagline), 'en');
    const easy = page.getByTestId('easy-summary');
    await easy.getByText('Sie ziehen um?', { exact: false }).waitFor();
    assert.equal(await easy.getAttribute('lang'), 'de');
    assert.equal(await easy.locator('svg.easy-language-icon').count(), 1);
    await waitForKoliBri(page);
    await expectNoAxeViolations(page, 'booth in English');
    await screenshot(page, 'bilingual-booth-en');
  });

  it('a booth without English texts shows the German ones marked lang="de"', async () => {
    await page.goto(`${BASE_URL}/stand/aachen-gewerbe`);
    const heading = page.getByRole('heading', { level: 1, name: 'Digitale Gewerbeanzeige' });
    await heading.waitFor();
    assert.equal(await languageOf(heading), 'de');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    await page.getByRole('heading', { level: 2, name: 'Description' }).waitFor();
    assert.equal(await page.getByTestId('easy-summary').count(), 0);
    await waitForKoliBri(page);
    await expectNoAxeViolations(page, 'German booth in English interface');
    await screenshot(page, 'bilingual-booth-fallback');
  });

  it('a talk with English texts shows them, and the hall finds English words', async () => {
    // The past edition has a talk on the platform too (without English texts): take this year's
    const talks = await fetchJson('/api/talks?allEditions=true&q=Ehrenamtsplattform%20Aachen');
    const talk = talks.find((t) => t.title === 'Die Ehrenamtsplattform Aachen: Engagement digital vermitteln');
    assert.ok(talk, `the demo talk is found: ${talks.map((t) => t.title).join(' | ')}`);
    await page.goto(`${BASE_URL}/programm/${talk.id}`);
    const heading = page.getByRole('heading', { level: 1, name: 'The Aachen volunteering platform: matching volunteers digitally' });
    await heading.waitFor();
    assert.equal(await languageOf(heading), 'en');
    await page.getByTestId('easy-summary').getByText('Die Vereine suchen Hilfe.', { exact: false }).waitFor();
    await waitForKoliBri(page);
    await expectNoAxeViolations(page, 'talk in English');
    await screenshot(page, 'bilingual-talk-en');

    await page.goto(`${BASE_URL}/halle?q=removal`);
    await page.getByRole('heading', { level: 2, name: 'Digital removal service' }).first().waitFor();
  });
});
