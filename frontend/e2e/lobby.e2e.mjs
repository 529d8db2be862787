// The lobby (issue 15, items 1–3): key visual, live stage pictures and logos on the start page, a speaker's
// page reached by keyboard, and the fair's colours set by an admin, applied at once and kept after a reload.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { BASE_URL, expectNoAxeViolations, fetchJson, loginAt, openPage, screenshot, TIMEOUT, waitForKoliBri } from './support.mjs';

const ADMIN = { username: 'kdn-admin', password: 'demo' };

/**
 * Whether the image has loaded with pixels, waiting for its load (or error) first: an image is on the page before its
 * bytes have arrived, and on a busy machine the check raced the download.
 */
const loaded = (image) =>
  image.evaluate(
    (img) =>
      img.complete
        ? img.naturalWidth > 0
        : new Promise((resolve) => {
            img.addEventListener('load', () => resolve(img.naturalWidth > 0), { once: true });
            img.addEventListener('error', () => resolve(false), { once: true });
          }),
  );

describe('lobby, speakers and branding', { timeout: 10 * TIMEOUT }, () => {
  let browser;
  let page;

  before(async () => ({ browser, page } = await openPage()));
  after(() => browser?.close());

  it('the lobby shows the key visual, the stages with their pictures and the logos', async () => {
    await page.goto(`${BASE_URL}/`);
    const keyVisual = page.getByRole('img', { name: /Key Visual der Kommunalmesse/ });
    await keyVisual.waitFor();
    assert.ok(await loaded(keyVisual), 'the key visual loaded');
    const stagePicture = page.getByRole('img', { name: /Illustration der Hauptbühne/ });
    await stagePicture.waitFor();
    assert.ok(await loaded(stagePicture), 'the stage picture loaded');
    await page.getByRole('heading', { level: 2, name: 'Jetzt auf den Bühnen' }).waitFor();
    await page.getByRole('img', { name: /Logo: Kommunal-IT Beispielland/ }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Empfohlene Messestände' }).waitFor();
    await waitForKoliBri(page);
    await expectNoAxeViolations(page, 'lobby');
    await screenshot(page, 'lobby');
  });

  it('a speaker page is reached by keyboard from a talk', async () => {
    const talks = await fetchJson('/api/talks');
    const talk = talks.find((t) => t.speakers.some((s) => s.id && s.photo));
    assert.ok(talk, 'a talk with a speaker profile');
    const speaker = talk.speakers.find((s) => s.id && s.photo);
    await page.goto(`${BASE_URL}/vortrag/${talk.id}`);
    await page.getByRole('heading', { level: 2, name: 'Referierende' }).waitFor();
    await waitForKoliBri(page);
    let reached = false;
    for (let i = 0; i < 60 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate((name) => {
        let el = document.activeElement;
        while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
        return el?.textContent?.trim() === name;
      }, speaker.name);
    }
    assert.ok(reached, `Tab reaches the link to ${speaker.name}`);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${BASE_URL}/referierende/${speaker.id}`);
    await page.getByRole('heading', { level: 1, name: speaker.name }).waitFor();
    await page.getByRole('img', { name: speaker.photo.alt }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Beiträge' }).waitFor();
    await waitForKoliBri(page);
    await expectNoAxeViolations(page, 'speaker page');
    await screenshot(page, 'speaker');
  });

  it('an admin changes the primary colour and sees it applied after a reload; a too light one is refused', async () => {
    const primaryLabel = 'Primärfarbe (#rrggbb, leer: Standard)';
    const save = () => page.getByRole('button', { name: 'Erscheinungsbild speichern' }).click();
    const primaryColour = () => page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--km-primary').trim());
    await loginAt(page, '/verwaltung/erscheinungsbild', ADMIN);
    const primary = page.getByLabel(primaryLabel);
    await primary.waitFor();
    await waitForKoliBri(page);
    await expectNoAxeViolations(page, 'branding page');
    const original = await primary.inputValue();
    await primary.fill('#7fb2ff');
    await save();
    await page.getByRole('alert').filter({ hasText: 'Kontrast' }).waitFor();
    await screenshot(page, 'branding-refused');

    await primary.fill('#5c2d91');
    await save();
    await page.getByRole('status').filter({ hasText: 'Gespeichert' }).waitFor();
    await page.waitForFunction(() => getComputedStyle(document.documentElement).getPropertyValue('--km-primary').trim() === '#5c2d91');
    await expectNoAxeViolations(page, 'branding page after saving');
    await screenshot(page, 'branding');

    // After a reload the lobby and its header come with the saved colour from the server
    await page.goto(`${BASE_URL}/`);
    await page.getByRole('heading', { level: 2, name: 'Jetzt auf den Bühnen' }).waitFor();
    await page.waitForFunction(() => getComputedStyle(document.documentElement).getPropertyValue('--km-primary').trim() === '#5c2d91');
    const headerLine = await page.evaluate(() => getComputedStyle(document.querySelector('.site-header')).borderBottomColor);
    assert.equal(headerLine, 'rgb(92, 45, 145)', 'the header line takes the new colour');
    await waitForKoliBri(page);
    await expectNoAxeViolations(page, 'lobby in the new colour');
    await screenshot(page, 'lobby-branded');

    // Back to the colour as shipped, so that the other journeys see the fair unchanged
    await page.goto(`${BASE_URL}/verwaltung/erscheinungsbild`);
    await page.getByLabel(primaryLabel).waitFor();
    await waitForKoliBri(page);
    await page.getByLabel(primaryLabel).fill(original);
    await save();
    await page.getByRole('status').filter({ hasText: 'Gespeichert' }).waitFor();
    const shipped = original || '#003a5c';
    await page.waitForFunction((colour) => getComputedStyle(document.documentElement).getPropertyValue('--km-primary').trim() === colour, shipped);
    assert.equal(await primaryColour(), shipped);
  });
});
