// Shared set-up for the Playwright specs: Debian's Chromium through playwright-core, axe-core checks, and
// the Content-Security-Policy check: any violation in any page fails the journeys.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { after, afterEach } from 'node:test';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');

export const BASE_URL = (process.env.BASE_URL || 'http://localhost:8080').replace(/\/$/, '');
export const SCREENSHOTS = process.env.E2E_SCREENSHOTS || path.join(path.dirname(fileURLToPath(import.meta.url)), 'out');

/** Keycloak and the backend share two cores with the browser: be patient. */
export const TIMEOUT = 60_000;

/** The WCAG 2.1 A/AA rules, the base of the 2.2 ones. */
const WCAG21_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/** The WCAG 2.2 A/AA rules (the level BITV 2.0 asks for; 2.2 adds e.g. target-size). */
export const WCAG22_TAGS = [...WCAG21_TAGS, 'wcag22aa'];
const AXE_TAGS = WCAG22_TAGS;

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

/** Content-Security-Policy violations seen in any page of this run (docs/security.md). */
const cspViolations = [];

/** What Chromium writes to the console when the policy blocks something. */
const CSP_MESSAGE = /Content[- ]Security[- ]Policy/i;

/** Fails when a page broke the Content-Security-Policy since the last check, naming what was blocked. */
export function expectNoCspViolations(label = 'journey') {
  const seen = cspViolations.splice(0);
  assert.deepEqual(seen, [], `${label}: Content-Security-Policy violations`);
}

// After all journeys, so that no violation goes unnoticed even on a page without an explicit check
after(() => expectNoCspViolations('browser journeys'));

/** A fresh context per journey; browser errors are echoed so a failure can be read from the log. */
export async function newPage(browser, { width = 1280, height = 900 } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, locale: 'de-DE' });
  const page = await context.newPage();
  openPages.add(page);
  page.on('close', () => openPages.delete(page));
  page.setDefaultTimeout(TIMEOUT);
  page.setDefaultNavigationTimeout(2 * TIMEOUT);
  page.on('pageerror', (error) => console.log(`[browser error] ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') console.log(`[browser console] ${message.text()}`);
    if (CSP_MESSAGE.test(message.text())) cspViolations.push(`${page.url()}: ${message.text()}`);
  });
  // The event also reports what the console may word differently (and inline styles in shadow roots)
  await page.exposeBinding('__reportCspViolation', ({ frame }, text) => cspViolations.push(`${frame.url()}: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__reportCspViolation(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile || ''}:${e.lineNumber})`);
    }, true);
  });
  return page;
}

/** A browser with one fresh page, for a journey that needs only one visitor: `({ browser, page } = await openPage())`. */
export async function openPage(options) {
  const browser = await launchBrowser();
  return { browser, page: await newPage(browser, options) };
}

/** Opens a page behind the login: the SPA sends the browser to Keycloak and back to that page. */
export async function loginAt(page, pathname, user) {
  await page.goto(`${BASE_URL}${pathname}`);
  await page.waitForURL(/\/realms\/kommunalmesse\/protocol\/openid-connect\/auth/, { timeout: 2 * TIMEOUT });
  await page.locator('#username').fill(user.username);
  await page.locator('#password').fill(user.password);
  await page.locator('#kc-login').click();
  await page.waitForURL(`${BASE_URL}${pathname}`, { timeout: 2 * TIMEOUT });
}

/**
 * Logs in from a public page, which has no login redirect, through the header's "Anmelden" button; Keycloak
 * sends the browser back to the same page.
 */
export async function loginOnPublicPage(page, pathname, user) {
  await page.goto(`${BASE_URL}${pathname}`);
  await page.getByRole('button', { name: 'Anmelden' }).first().click();
  await page.locator('#username').fill(user.username);
  await page.locator('#password').fill(user.password);
  await page.locator('#kc-login').click();
  await page.waitForURL(`${BASE_URL}${pathname}`, { timeout: 2 * TIMEOUT });
  await page.getByRole('button', { name: 'Abmelden' }).waitFor();
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

/** Runs axe-core with the WCAG 2.2 A/AA rules (or the tags given) and fails on any violation, printing them. */
export async function expectNoAxeViolations(page, label, tags = AXE_TAGS) {
  await waitForKoliBri(page);
  // KoliBri buttons fade their colours for 0.5 s on hover and focus; measure the settled colours,
  // not a frame in between.
  await page.mouse.move(0, 0);
  await page.waitForTimeout(700);
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) {
    // Through the DevTools protocol: an injected <script> would be inline script, which the policy forbids
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Runtime.evaluate', { expression: readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8') });
    await cdp.detach();
  }
  const results = await page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }),
    tags,
  );
  if (results.violations.length > 0) {
    console.log(`axe violations on ${label}:\n${describeViolations(results.violations)}`);
  }
  assert.equal(results.violations.length, 0, `${label}: ${results.violations.map((v) => v.id).join(', ')}`);
  expectNoCspViolations(label);
}

export async function screenshot(page, name) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** The pages of the journeys still open, for the failure report below. */
const openPages = new Set();

// When a step fails, every open page is kept as a screenshot (out/failed-*.png) and its URL and text go to the log,
// so that a failure in CI says what the pages showed and not only which locator timed out.
afterEach(async (t) => {
  if (t.passed) return;
  let n = 0;
  for (const page of openPages) {
    n += 1;
    const file = `failed-${t.name.replace(/[^A-Za-z0-9]+/g, '-').slice(0, 60)}-${n}`;
    try {
      await screenshot(page, file);
      const text = (await page.locator('main').innerText({ timeout: 2000 }).catch(() => '')).replace(/\s+/g, ' ');
      console.log(`# page ${n} at ${page.url()} (${file}.png): ${text.slice(0, 600)}`);
    } catch (error) {
      console.log(`# page ${n}: no screenshot (${error.message})`);
    }
  }
});
