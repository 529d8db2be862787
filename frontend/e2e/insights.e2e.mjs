// The insights journey in two (then three) browser contexts against the real backend (issue 19): the admin opens
// the organiser dashboard, a logged-in visitor joins a stage in another context, and the dashboard shows one more
// viewer on that stage within five seconds, pushed over the WebSocket without a reload; the stage chart's table
// toggle shows the same numbers as a table, and the organiser report downloads as a PDF. Then the booth's team
// opens its booth analytics, switches the visits chart to its table, reaches a bar by keyboard, and downloads the
// CSV and the PDF report. Every page is checked with axe-core.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { BASE_URL, expectNoAxeViolations, launchBrowser, loginAt, loginOnPublicPage, newPage, screenshot, TIMEOUT } from './support.mjs';

const STAGE = { key: 'hauptbuehne', name: 'Hauptbühne' };
const BOOTH = { slug: 'kreis-soest-umzug', name: 'Digitaler Umzugsservice' };
const ADMIN = { username: 'kdn-admin', password: 'demo' };
const VISITOR = { username: 'besucher', password: 'demo' };
const EXHIBITOR = { username: 'aussteller-soest', password: 'demo' };
/** How current the dashboard must stay (issue 19). */
const CURRENT_WITHIN_MS = 5_000;

describe('insights journey: live dashboard and booth analytics', { timeout: 20 * TIMEOUT }, () => {
  let browser;
  let admin;
  let viewer;
  let exhibitor;

  before(async () => {
    browser = await launchBrowser();
    admin = await newPage(browser);
    viewer = await newPage(browser);
    exhibitor = await newPage(browser);
  });

  after(async () => {
    await browser?.close();
  });

  it('shows one more stage viewer on the admin dashboard within five seconds when a visitor joins the stage', async () => {
    await loginAt(admin, '/verwaltung/kennzahlen', ADMIN);
    await admin.getByRole('heading', { level: 1, name: 'Kennzahlen der Messe' }).waitFor();
    await admin.getByRole('status').filter({ hasText: /^Live: aktualisiert/ }).waitFor();
    const stageViewers = admin.locator(`[data-stage="${STAGE.key}"]`);
    await stageViewers.waitFor();
    // The figures settle once the dashboard's first push has arrived
    await admin.waitForTimeout(2500);
    const before = Number(await stageViewers.textContent());
    await expectNoAxeViolations(admin, 'dashboard');
    await screenshot(admin, 'insights-dashboard');

    await loginOnPublicPage(viewer, `/buehne/${STAGE.key}`, VISITOR);
    await viewer.locator('.live-status__viewers').waitFor();
    const joined = Date.now();
    await admin.waitForFunction(
      ({ key, expected }) => Number(document.querySelector(`[data-stage="${key}"]`)?.textContent) >= expected,
      { key: STAGE.key, expected: before + 1 },
      { timeout: 3 * CURRENT_WITHIN_MS },
    );
    const elapsed = Date.now() - joined;
    console.log(`dashboard showed the new stage viewer ${elapsed} ms after the stage page counted its viewers`);
    assert.ok(elapsed <= CURRENT_WITHIN_MS, `the dashboard took ${elapsed} ms`);
  });

  it('switches the stage chart to a table with the same numbers, and passes axe', async () => {
    const chart = admin.locator('figure', { hasText: 'Zuschauende pro Bühne jetzt' });
    await chart.getByRole('button', { name: 'Als Tabelle anzeigen' }).click();
    const table = admin.getByRole('table', { name: 'Zuschauende pro Bühne jetzt' });
    await table.waitFor();
    const row = table.getByRole('row', { name: new RegExp(STAGE.name) });
    await row.waitFor();
    assert.ok(Number(await row.getByRole('cell').first().textContent()) >= 1);
    await expectNoAxeViolations(admin, 'dashboard with a chart as table');
    await chart.getByRole('button', { name: 'Als Diagramm anzeigen' }).click();
    await chart.locator('rect[role="img"]').first().waitFor();
  });

  it('lets the admin download the organiser report of the edition as a PDF', async () => {
    const [response, download] = await Promise.all([
      admin.waitForResponse((r) => r.url().includes('/api/insights/report.pdf')),
      admin.waitForEvent('download'),
      admin.getByRole('button', { name: 'Bericht als PDF' }).click(),
    ]);
    assert.equal(response.status(), 200);
    assert.match(response.headers()['content-type'] ?? '', /^application\/pdf/);
    const pdf = await readFile(await download.path());
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
  });

  it('gives the booth team its analytics: chart with table toggle, keyboard, CSV, and axe', async () => {
    await loginAt(exhibitor, `/mein-stand/${BOOTH.slug}/statistik`, EXHIBITOR);
    await exhibitor.getByRole('heading', { level: 1, name: `Statistik: ${BOOTH.name}` }).waitFor();
    await exhibitor.getByRole('heading', { level: 2, name: 'Besuche pro Tag' }).waitFor();
    await expectNoAxeViolations(exhibitor, 'booth analytics');
    await screenshot(exhibitor, 'insights-booth');

    // Every bar is a stop of the Tab key and names its day, series and value
    const firstBar = exhibitor.locator('figure', { hasText: 'Besuche und Besucherinnen und Besucher pro Tag' }).locator('rect[role="img"]').first();
    await firstBar.focus();
    assert.match(await exhibitor.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? ''), /Besuche: (\d+|< 5)$/);

    const perDay = exhibitor.locator('figure', { hasText: 'Besuche und Besucherinnen und Besucher pro Tag' });
    await perDay.getByRole('button', { name: 'Als Tabelle anzeigen' }).click();
    const table = exhibitor.getByRole('table', { name: 'Besuche und Besucherinnen und Besucher pro Tag' });
    await table.waitFor();
    assert.deepEqual(await table.getByRole('columnheader').allTextContents(), ['Tag', 'Besuche', 'Besucherinnen und Besucher']);
    assert.ok((await table.getByRole('row').count()) >= 2, 'a row per day below the header');
    await expectNoAxeViolations(exhibitor, 'booth analytics with a chart as table');

    const [download] = await Promise.all([
      exhibitor.waitForEvent('download'),
      exhibitor.getByRole('button', { name: 'Als CSV herunterladen' }).click(),
    ]);
    const csv = await readFile(await download.path(), 'utf8');
    assert.match(csv, /^\uFEFF?Tag;Besuche;Besucherinnen und Besucher;Downloads/);
  });

  it('lets the booth team download its report as a PDF', async () => {
    const [response, download] = await Promise.all([
      exhibitor.waitForResponse((r) => r.url().includes(`/api/insights/booths/${BOOTH.slug}/report.pdf`)),
      exhibitor.waitForEvent('download'),
      exhibitor.getByRole('button', { name: 'Bericht als PDF' }).click(),
    ]);
    assert.equal(response.status(), 200);
    assert.match(response.headers()['content-type'] ?? '', /^application\/pdf/);
    assert.equal(download.suggestedFilename(), `${BOOTH.slug}-bericht.pdf`);
    const pdf = await readFile(await download.path());
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
  });
});
