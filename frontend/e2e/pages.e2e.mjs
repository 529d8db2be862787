// Every other page of the foundation, opened directly by URL, checked with axe-core.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { BASE_URL, expectNoAxeViolations, fetchJson, openPage, screenshot, TIMEOUT } from './support.mjs';

describe('pages opened by URL', { timeout: 10 * TIMEOUT }, () => {
  let browser;
  let page;

  before(async () => ({ browser, page } = await openPage()));
  after(() => browser?.close());

  it('booth page shows the booth and passes axe', async () => {
    const { items } = await fetchJson('/api/booths?page=0&size=1');
    await page.goto(`${BASE_URL}/stand/${encodeURIComponent(items[0].slug)}`);
    await page.getByRole('heading', { level: 1, name: items[0].name }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Beschreibung' }).waitFor();
    assert.equal(await page.title(), `${items[0].name} – Kommunalmesse`);
    await expectNoAxeViolations(page, 'booth page');
    await screenshot(page, 'booth-de');
  });

  it('unknown booth shows its not-found state', async () => {
    await page.goto(`${BASE_URL}/stand/gibt-es-nicht`);
    await page.getByRole('heading', { level: 1, name: 'Messestand nicht gefunden' }).waitFor();
    await expectNoAxeViolations(page, 'unknown booth');
  });

  it('a filtered hall URL shows the filter and passes axe at 320 px', async () => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(`${BASE_URL}/halle?topic=smart-city`);
    await page.getByRole('status').filter({ hasText: 'gefunden' }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `page scrolls sideways at 320 px by ${overflow} px`);
    await expectNoAxeViolations(page, 'hall at 320 px');
    await screenshot(page, 'hall-320');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  for (const [path, heading] of [
    ['/impressum', 'Impressum'],
    ['/datenschutz', 'Datenschutzerklärung'],
    ['/barrierefreiheit', 'Erklärung zur Barrierefreiheit'],
    ['/gibt-es-nicht', 'Seite nicht gefunden'],
  ]) {
    it(`${path} shows "${heading}" and passes axe`, async () => {
      await page.goto(`${BASE_URL}${path}`);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await expectNoAxeViolations(page, path);
    });
  }
});
