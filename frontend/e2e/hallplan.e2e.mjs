// The hall plan journey (issue 15, item 2) against the real backend and Keycloak: the exhibitor uploads a logo
// in the booth editor and submits; after the admin's approval the hall card and the plan show it. A visitor
// goes through the plan by keyboard only (Tab into it, arrow keys between booths, Enter opens one), in areas
// by topic field and by host region, and on a phone the plan is a list of areas. Every view passes axe
// (WCAG 2.2 AA).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { deflateSync } from 'node:zlib';
import { BASE_URL, expectNoAxeViolations, launchBrowser, loginAt, newPage, screenshot, TIMEOUT, WCAG22_TAGS } from './support.mjs';

const BOOTH = { slug: 'kreis-soest-ikfz', name: 'Internetbasierte Fahrzeugzulassung (i-Kfz)' };
const EXHIBITOR = { username: 'aussteller-soest', password: 'demo' };
const ADMIN = { username: 'kdn-admin', password: 'demo' };

// A word nothing else in the hall contains, so a search finds exactly this booth.
const LOGO_ALT = 'Dunkelblaue Scheibe mit weißem Balken';
const MARKER = `Zulassungslogo${Math.floor(10000 + Math.random() * 90000)}`;
const TAGLINE = `${MARKER}: Fahrzeuge online zulassen, rund um die Uhr.`;
const LOGO_TITLE = `Logo Kreis Soest ${MARKER}`;

function crc32(bytes) {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/**
 * Waits until an img has loaded (or failed) and tells what it shows: the address chosen and the pixel width of the
 * file (naturalWidth would be scaled by the srcset's width descriptor, which names the variant, not the file).
 */
function loadedImage(img) {
  return new Promise((resolve) => {
    const done = async () => {
      const loaded = img.complete && img.naturalWidth > 0;
      const width = loaded ? (await createImageBitmap(await (await fetch(img.currentSrc)).blob())).width : 0;
      resolve({ width, src: img.currentSrc, srcset: img.getAttribute('srcset') ?? '' });
    };
    if (img.complete && img.naturalWidth > 0) done();
    else {
      img.addEventListener('load', done, { once: true });
      img.addEventListener('error', done, { once: true });
    }
  });
}

/** A 240×120 PNG logo: a dark blue disc with a white bar on white, drawn pixel by pixel. */
function logoPng() {
  const width = 240;
  const height = 120;
  const rows = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3, 0xff);
    for (let x = 0; x < width; x++) {
      const inDisc = (x - 60) ** 2 + (y - 60) ** 2 < 50 ** 2;
      const inBar = inDisc && Math.abs(y - 60) < 9 && Math.abs(x - 60) < 34;
      const inWordmark = x > 125 && x < 225 && ((y > 38 && y < 54) || (y > 66 && y < 82 && x < 190));
      const [r, g, b] = inBar ? [255, 255, 255] : inDisc || inWordmark ? [0, 58, 92] : [255, 255, 255];
      row.writeUInt8(r, 1 + x * 3);
      row.writeUInt8(g, 2 + x * 3);
      row.writeUInt8(b, 3 + x * 3);
    }
    row[0] = 0;
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The stand number of the booth link the keyboard is on ("Stand B4"), or '' when it is on none. */
const focusedStand = (page) => page.evaluate(() => document.activeElement?.querySelector('.hall-plan__number')?.textContent ?? '');

describe('hall plan journey: logo upload to hall card and plan, the plan by keyboard', { timeout: 20 * TIMEOUT }, () => {
  let browser;
  let exhibitor;
  let admin;
  let visitor;
  let workDir;
  let logoPath;

  before(async () => {
    workDir = mkdtempSync(path.join(tmpdir(), 'kommunalmesse-e2e-'));
    logoPath = path.join(workDir, 'logo-kreis-soest.png');
    writeFileSync(logoPath, logoPng());
    browser = await launchBrowser();
    exhibitor = await newPage(browser);
  });

  after(async () => {
    await browser?.close();
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  it('the exhibitor uploads a logo in the booth editor, chooses it as the logo and submits', async () => {
    await loginAt(exhibitor, `/mein-stand/${BOOTH.slug}/bearbeiten`, EXHIBITOR);
    await exhibitor.getByRole('heading', { level: 1, name: `Stand bearbeiten: ${BOOTH.name}` }).waitFor();
    await exhibitor.locator('[data-field="tagline"] input').fill(TAGLINE);
    await exhibitor.locator('[data-field="materials"] kol-input-file input[type="file"]').setInputFiles(logoPath);
    await exhibitor.getByRole('textbox', { name: 'Titel der Datei' }).fill(LOGO_TITLE);
    await exhibitor.getByRole('button', { name: 'Hochladen', exact: true }).click();
    await exhibitor.getByRole('status').filter({ hasText: 'wurde hochgeladen' }).waitFor();
    // An image is offered as logo and banner
    await exhibitor.getByRole('combobox', { name: 'Logo', exact: true }).selectOption({ label: `${LOGO_TITLE} (logo-kreis-soest.png)` });
    await exhibitor.locator('.editor__preview').getByRole('img', { name: `Logo: ${BOOTH.name}` }).waitFor();
    // A chosen logo needs its alternative text; the preview shows it at once
    await exhibitor.locator('[data-field="logoAlt"] input').fill(LOGO_ALT);
    await exhibitor.locator('.editor__preview').getByRole('img', { name: LOGO_ALT }).waitFor();
    await expectNoAxeViolations(exhibitor, 'booth editor with a logo', WCAG22_TAGS);

    await exhibitor.getByRole('button', { name: 'Speichern', exact: true }).click();
    await exhibitor.getByRole('status').filter({ hasText: 'Ihre Änderungen sind gespeichert.' }).waitFor();
    await exhibitor.getByRole('button', { name: 'Zur Prüfung einreichen' }).click();
    await exhibitor.getByRole('status').filter({ hasText: 'zur Prüfung eingereicht' }).waitFor();
  });

  it('the admin approves it', async () => {
    admin = await newPage(browser);
    await loginAt(admin, `/verwaltung/pruefung/${BOOTH.slug}`, ADMIN);
    await admin.getByRole('heading', { level: 1, name: `Prüfung: ${BOOTH.name}` }).waitFor();
    await admin.getByRole('button', { name: 'Freigeben' }).click();
    await admin.getByRole('status').filter({ hasText: 'ist freigegeben' }).waitFor();
  });

  it('the hall card shows the logo, named in its alternative text', async () => {
    visitor = await newPage(browser);
    await visitor.goto(`${BASE_URL}/halle?q=${MARKER}`);
    await visitor.getByRole('status').filter({ hasText: '1 Messestand gefunden.' }).waitFor();
    const logo = visitor.getByRole('img', { name: `Logo: ${BOOTH.name}` });
    await logo.waitFor();
    const shown = await logo.evaluate(loadedImage);
    // A width variant, not the upload: WebP from the <picture>, never enlarged beyond the 240 pixels uploaded
    assert.match(shown.srcset, /\/variants\/320 320w/, 'the card offers width variants');
    assert.match(shown.src, /\/materials\/\d+\/variants\/\d+\.webp$/, 'Chromium loads the WebP variant');
    assert.equal(shown.width, 240, 'the logo is loaded');
    await expectNoAxeViolations(visitor, 'hall card with a logo', WCAG22_TAGS);
  });

  it('the plan of the same search shows the booth with its logo in its area', async () => {
    await visitor.getByRole('button', { name: 'Hallenplan' }).click();
    await visitor.waitForURL(/\/halle\?q=Zulassungslogo\d+&view=plan$/);
    await visitor.getByRole('heading', { level: 2, name: 'Bereich A Mobilität & Reisen 1 Stand' }).waitFor();
    const tile = visitor.getByRole('link', { name: new RegExp(`^Stand A1 ${BOOTH.name.replace(/[()]/g, '\\$&')}`) });
    assert.equal((await tile.locator('img').evaluate(loadedImage)).width, 240, 'the logo is on the tile');
    await expectNoAxeViolations(visitor, 'hall plan of a search', WCAG22_TAGS);
  });

  it('a visitor goes through the whole plan by keyboard and opens a booth with Enter', async () => {
    await visitor.goto(`${BASE_URL}/halle`);
    await visitor.getByRole('status').filter({ hasText: 'Messestände gefunden.' }).waitFor();
    // Keyboard only: Tab to the view switch, Enter chooses the plan
    const planButton = visitor.getByRole('button', { name: 'Hallenplan' });
    for (let i = 0; i < 40 && !(await planButton.evaluate((b) => b === document.activeElement)); i++) await visitor.keyboard.press('Tab');
    await visitor.keyboard.press('Enter');
    await visitor.waitForURL(`${BASE_URL}/halle?view=plan`);
    assert.equal(await planButton.getAttribute('aria-pressed'), 'true');
    const areas = visitor.locator('.hall-plan__area');
    await areas.first().waitFor();
    assert.ok((await areas.count()) >= 5, 'the demo hall has areas for its topic fields');
    await visitor.getByRole('heading', { level: 2, name: /^Bereich A / }).waitFor();

    // Tab goes past "Bereiche nach" into the plan: the first stand of area A
    const stands = await visitor.locator('[data-plan-booth] .hall-plan__number').allTextContents();
    assert.equal(stands[0], 'Stand A1');
    for (let i = 0; i < 10 && (await focusedStand(visitor)) !== stands[0]; i++) await visitor.keyboard.press('Tab');
    assert.equal(await focusedStand(visitor), stands[0]);
    await visitor.keyboard.press('ArrowRight');
    assert.equal(await focusedStand(visitor), stands[1]);
    await visitor.keyboard.press('ArrowLeft');
    assert.equal(await focusedStand(visitor), stands[0]);
    // Down: the stand seen below it
    const top = () => visitor.evaluate(() => document.activeElement.getBoundingClientRect().top + window.scrollY);
    const above = await top();
    await visitor.keyboard.press('ArrowDown');
    assert.ok((await top()) > above, 'ArrowDown moves to a stand further down');
    await visitor.keyboard.press('End');
    assert.equal(await focusedStand(visitor), stands.at(-1));
    await visitor.keyboard.press('Home');
    assert.equal(await focusedStand(visitor), stands[0]);
    // Tab moves on in reading order as well
    await visitor.keyboard.press('Tab');
    assert.equal(await focusedStand(visitor), stands[1]);
    await expectNoAxeViolations(visitor, 'hall plan by topic field', WCAG22_TAGS);
    await screenshot(visitor, 'hall-plan-de');

    const name = await visitor.evaluate(() => document.activeElement.querySelector('.hall-plan__name').textContent);
    await visitor.keyboard.press('Enter');
    await visitor.getByRole('heading', { level: 1, name }).waitFor();
    assert.match(visitor.url(), /\/stand\//);
  });

  it('the plan by host region has an area per region, and the booth stands in Soest', async () => {
    await visitor.goto(`${BASE_URL}/halle?view=plan&areas=region`);
    await visitor.getByRole('button', { name: 'Modellregion' }).waitFor();
    assert.equal(await visitor.getByRole('button', { name: 'Modellregion' }).getAttribute('aria-pressed'), 'true');
    const soest = visitor.locator('.hall-plan__area').filter({ has: visitor.getByRole('heading', { level: 2, name: /Soest/ }) });
    await soest.getByRole('link', { name: new RegExp(BOOTH.name.replace(/[()]/g, '\\$&')) }).waitFor();
    await visitor.getByRole('heading', { level: 2, name: /Weitere Regionen/ }).waitFor();
    await expectNoAxeViolations(visitor, 'hall plan by region', WCAG22_TAGS);
    await screenshot(visitor, 'hall-plan-regions-de');
  });

  it('on a phone the plan is a list of areas, and it passes axe', async () => {
    const phone = await newPage(browser, { width: 390, height: 844 });
    await phone.goto(`${BASE_URL}/halle?view=plan`);
    const first = phone.locator('.hall-plan__booth').first();
    await first.waitFor();
    const second = phone.locator('.hall-plan__booth').nth(1);
    const [a, b] = [await first.boundingBox(), await second.boundingBox()];
    assert.ok(b.y > a.y && Math.abs(b.x - a.x) < 2, 'the booths of an area stand one below the other');
    await expectNoAxeViolations(phone, 'hall plan on a phone', WCAG22_TAGS);
    await screenshot(phone, 'hall-plan-phone-de');
  });
});
