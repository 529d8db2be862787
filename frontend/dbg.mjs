import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const context = await browser.newContext();
const page = await context.newPage();
page.on('console', (m) => console.log('console', m.type(), m.text()));
page.on('pageerror', (e) => console.log('pageerror', e.message));
page.on('requestfailed', (r) => console.log('failed', r.url(), r.failure()?.errorText));
context.on('serviceworker', (w) => { console.log('sw', w.url()); });
await page.goto('http://localhost:8096/');
await page.waitForTimeout(4000);
console.log('h1', await page.locator('h1').allTextContents());
await page.goto('about:blank');
try { await page.goto('http://localhost:8096/'); } catch (e) { console.log('goto2', e.message); }
await page.waitForTimeout(3000);
console.log('h1 again', await page.locator('h1').allTextContents());
await browser.close();
