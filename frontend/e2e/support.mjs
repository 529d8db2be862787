// Shared set-up for the Playwright specs: Debian's Chromium through playwright-core, axe-core checks.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');

export const BASE_URL = (process.env.BASE_URL || 'http://localhost:8080').replace(/\/$/, '');
export const SCREENSHOTS = process.env.E2E_SCREENSHOTS || path.join(path.dirname(fileURLToPath(import.meta.url)), 'out');

/** Keycloak and the backend share two cores with the browser: be patient. */
export const TIMEOUT = 60_000;

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A fresh context per journey; browser errors are echoed so a failure can be read from the log. */
export async function newPage(browser, { width = 1280, height = 900 } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, locale: 'de-DE' });
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  page.setDefaultNavigationTimeout(2 * TIMEOUT);
  page.on('pageerror', (error) => console.log(`[browser error] ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') console.log(`[browser console] ${message.text()}`);
  });
  return page;
}

/** Waits until every KoliBri component on the page has rendered (Stencil marks them "hydrated"). */
export async function waitForKoliBri(page) {
  await page.waitForFunction(() => {
    const pending = [...document.querySelectorAll('*')].filter(
      (el) => el.tagName.startsWith('KOL-') && !el.classList.contains('hydrated'),
    );
    return pending.length === 0;
  });
}

export async function fetchJson(pathname) {
  const response = await fetch(`${BASE_URL}${pathname}`, { headers: { Accept: 'application/json' } });
  assert.equal(response.status, 200, `GET ${pathname} answered ${response.status}`);
  return response.json();
}

function describeViolations(violations) {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 5)
        .map((n) => `      ${n.target.join(' ')}\n        ${n.failureSummary?.replace(/\n/g, '\n        ')}`)
        .join('\n');
      return `  [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n${nodes}`;
    })
    .join('\n');
}

/** Runs axe-core with the WCAG 2.1 A/AA rules and fails on any violation, printing them. */
export async function expectNoAxeViolations(page, label) {
  await waitForKoliBri(page);
  // KoliBri buttons fade their colours for 0.5 s on hover and focus; measure the settled colours,
  // not a frame in between.
  await page.mouse.move(0, 0);
  await page.waitForTimeout(700);
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) {
    await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  }
  const results = await page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }),
    AXE_TAGS,
  );
  if (results.violations.length > 0) {
    console.log(`axe violations on ${label}:\n${describeViolations(results.violations)}`);
  }
  assert.equal(results.violations.length, 0, `${label}: ${results.violations.map((v) => v.id).join(', ')}`);
}

export async function screenshot(page, name) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}
