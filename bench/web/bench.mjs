// Web page benchmark (issue 14): loads the app's main pages in Debian's Chromium on a throttled line and
// a throttled CPU, with an empty and a warm cache, and measures what a visitor waits for. Usage:
//   node bench/web/bench.mjs <base-url> [runs=5] [dist-dir=frontend/dist] [result.json]
// Talks only to the given (loopback) address; run it through bench/web/run.sh, which starts the app.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(path.join(root, 'frontend/package.json'));
const { chromium } = require('playwright-core');

const [baseArg, runsArg, distArg, outArg] = process.argv.slice(2);
const BASE = (baseArg || 'http://127.0.0.1:8097').replace(/\/$/, '');
const RUNS = Number(runsArg || 5);
const DIST = path.resolve(distArg || path.join(root, 'frontend/dist'));
const OUT = outArg || path.join(root, 'target/bench-web.json');

if (!/^https?:\/\/(127\.0\.0\.1|localhost)(:\d+)?$/.test(BASE)) {
  throw new Error(`Benchmarks run against loopback only, not ${BASE}`);
}

/** Chrome's "Fast 3G": 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up; a mid-range phone's CPU. */
const LINE = { offline: false, latency: 150, downloadThroughput: 200_000, uploadThroughput: 750_000 / 8 };
const CPU_SLOWDOWN = 4;
const SEARCH_WORD = 'Antrag';

// Registered before any script of the page runs (DevTools protocol, so the page's CSP does not apply).
const OBSERVERS = () => {
  const bench = { lcp: 0, longTasks: [], events: [] };
  window.__bench = bench;
  const observe = (type, callback, extra = {}) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(callback)).observe({ type, buffered: true, ...extra });
    } catch {
      // An entry type this browser does not know: that figure stays empty.
    }
  };
  observe('largest-contentful-paint', (e) => {
    bench.lcp = e.startTime;
    const el = e.element;
    bench.lcpElement = el ? `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? '.' + el.className.split(' ')[0] : ''} ${e.url || (el.textContent || '').slice(0, 40)}` : null;
  });
  observe('longtask', (e) => bench.longTasks.push({ start: e.startTime, duration: e.duration }));
  observe('event', (e) => {
    if (e.interactionId) bench.events.push({ id: e.interactionId, name: e.name, duration: e.duration });
  }, { durationThreshold: 16 });
};

async function pagesToLoad() {
  const booths = await (await fetch(`${BASE}/api/booths?size=1`)).json();
  const stages = await (await fetch(`${BASE}/api/stages`)).json();
  return [
    { name: 'start', path: '/' },
    { name: 'hall', path: '/halle' },
    { name: 'booth', path: `/stand/${booths.items[0].slug}` },
    { name: 'programme', path: '/programm' },
    { name: 'stage', path: `/buehne/${stages[0].key}` },
  ];
}

/** Opens a throttled tab that counts requests and transferred bytes. */
async function throttledPage(context) {
  const page = await context.newPage();
  page.setDefaultTimeout(120_000);
  await page.addInitScript(OBSERVERS);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', LINE);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  const traffic = { requests: 0, bytes: 0, fromCache: 0, protocols: {} };
  cdp.on('Network.responseReceived', (e) => {
    const protocol = e.response.protocol;
    if (protocol && /^https?:/.test(e.response.url)) traffic.protocols[protocol] = (traffic.protocols[protocol] ?? 0) + 1;
  });
  cdp.on('Network.requestWillBeSent', (e) => {
    if (/^https?:/.test(e.request.url)) traffic.requests += 1;
  });
  cdp.on('Network.requestServedFromCache', () => (traffic.fromCache += 1));
  cdp.on('Network.loadingFinished', (e) => (traffic.bytes += e.encodedDataLength));
  return { page, traffic };
}

/** Loads a URL and waits until the network has been quiet for a while; returns the page's figures. */
async function load(tab, url) {
  Object.assign(tab.traffic, { requests: 0, bytes: 0, fromCache: 0, protocols: {} });
  await tab.page.goto(url, { waitUntil: 'load' });
  await tab.page.waitForLoadState('networkidle');
  await tab.page.waitForTimeout(1000);
  const paint = await tab.page.evaluate((detail) => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
    const bench = window.__bench;
    const blocking = bench.longTasks
      .filter((t) => fcp !== null && t.start + t.duration > fcp)
      .reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0);
    // Compressed JavaScript that had arrived over the network when the first content was painted (issue 14:
    // at most 150 KB on the start page), and all JavaScript of the load. Cached files count 0.
    const scripts = performance.getEntriesByType('resource').filter((e) => /\.m?js(\?|$)/.test(e.name) && e.transferSize > 0);
    const jsBeforeFcp = scripts.filter((e) => fcp !== null && e.responseEnd <= fcp).reduce((sum, e) => sum + e.encodedBodySize, 0);
    const jsTotal = scripts.reduce((sum, e) => sum + e.encodedBodySize, 0);
    // ... and before the largest content: what the page's own content waited for
    const lcpAt = bench.lcp || null;
    const jsBeforeLcp = scripts.filter((e) => lcpAt !== null && e.responseEnd <= lcpAt).reduce((sum, e) => sum + e.encodedBodySize, 0);
    // BENCH_WEB_DETAIL=all: every file of the load with its arrival, else the scripts before the first content
    const all = performance.getEntriesByType('resource').filter((e) => e.transferSize > 0);
    const early = (detail === 'all' ? all : scripts.filter((e) => fcp !== null && e.responseEnd <= fcp))
      .map((e) => `${(e.encodedBodySize / 1024).toFixed(1)} KB at ${Math.round(e.responseEnd)} ms ${new URL(e.name).pathname}`);
    return { fcp, lcp: bench.lcp || null, lcpElement: bench.lcpElement ?? null, tbt: blocking, jsBeforeFcpKb: jsBeforeFcp / 1024, jsBeforeLcpKb: jsBeforeLcp / 1024, jsKb: jsTotal / 1024, early };
  }, process.env.BENCH_WEB_DETAIL ?? '');
  // BENCH_WEB_DETAIL=1: which scripts arrived before the first content, and what the largest content was
  if (process.env.BENCH_WEB_DETAIL) console.log(url, `FCP ${paint.fcp} LCP ${paint.lcp} (${paint.lcpElement})`, '\n  ' + paint.early.join('\n  '));
  delete paint.early;
  delete paint.lcpElement;
  return { kb: tab.traffic.bytes / 1024, requests: tab.traffic.requests, protocols: { ...tab.traffic.protocols }, ...paint };
}

/** Types a search word and changes a filter in the hall; the slowest of these interactions is the INP. */
async function hallInteraction(tab) {
  const page = tab.page;
  await page.evaluate(() => (window.__bench.events = []));
  const search = page.getByRole('searchbox', { name: 'Suchbegriff' });
  await search.click();
  await page.keyboard.type(SEARCH_WORD, { delay: 150 });
  // On narrow screens the filters beyond the search are folded behind a disclosure button
  const more = page.getByRole('button', { name: /^Filter und Sortierung/ });
  if (await more.isVisible()) await more.click();
  await page.getByRole('combobox', { name: 'Themenfeld' }).focus();
  await page.keyboard.press('ArrowDown');
  await page.getByRole('button', { name: 'Filter anwenden' }).click();
  await page.waitForURL(/q=/);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1000);
  return page.evaluate(() => {
    const byInteraction = new Map();
    for (const e of window.__bench.events) {
      const seen = byInteraction.get(e.id);
      if (!seen || seen.duration < e.duration) byInteraction.set(e.id, e);
    }
    const worst = [...byInteraction.values()].sort((a, b) => b.duration - a.duration)[0];
    return { inp: worst ? worst.duration : 0, inpEvent: worst?.name ?? '-', interactions: byInteraction.size };
  });
}

function stats(values) {
  const sorted = values.filter((v) => v !== null && v !== undefined).sort((a, b) => a - b);
  if (sorted.length === 0) return { median: null, worst: null };
  return { median: sorted[Math.floor((sorted.length - 1) / 2)], worst: sorted[sorted.length - 1] };
}

function chunkSizes() {
  const assets = path.join(DIST, 'assets');
  return readdirSync(assets)
    .filter((f) => /\.(js|css|svg|json|html)$/.test(f))
    .map((file) => {
      const data = readFileSync(path.join(assets, file));
      return {
        file,
        raw: statSync(path.join(assets, file)).size,
        gzip: gzipSync(data, { level: 9 }).length,
        brotli: brotliCompressSync(data, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }).length,
      };
    })
    .sort((a, b) => b.raw - a.raw);
}

const kb = (bytes) => (bytes / 1024).toFixed(1);
const fmt = (value, digits = 0) => (value === null ? '–' : Number(value).toFixed(digits));

async function main() {
  const pages = await pagesToLoad();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      // run.sh's self-signed certificate for HTTPS on loopback, trusted by its key's hash
      ...(process.env.BENCH_WEB_SPKI ? [`--ignore-certificate-errors-spki-list=${process.env.BENCH_WEB_SPKI}`] : [])],
  });
  const results = { base: BASE, runs: RUNS, startedAt: new Date().toISOString(), loadAverage: os.loadavg(), pages: {} };
  try {
    for (const target of pages) {
      const cold = [];
      const warm = [];
      const interactions = [];
      for (let run = 0; run < RUNS; run++) {
        // A new context is a new, empty HTTP cache. The first visit runs without the service worker: what the
        // worker fetches itself goes past this tab's throttling and byte count (DevTools applies both per
        // target), so with it the first visit would look cheaper and faster than it is.
        const view = { viewport: { width: 412, height: 915 }, locale: 'de-DE' };
        const first = await browser.newContext({ ...view, serviceWorkers: 'block' });
        const tab = await throttledPage(first);
        cold.push(await load(tab, `${BASE}${target.path}`));
        if (target.name === 'hall') interactions.push(await hallInteraction(tab));
        await first.close();
        // The repeat visit as a visitor has it: a first visit (not counted) installs the worker and fills the
        // caches, then the page is opened again; what the worker answers from its cache costs no network
        const again = await browser.newContext(view);
        const revisit = await throttledPage(again);
        await load(revisit, `${BASE}${target.path}`);
        await revisit.page.waitForFunction(() => !('serviceWorker' in navigator) || navigator.serviceWorker.controller !== null,
          undefined, { timeout: 30_000 }).catch(() => process.stderr.write(`${target.path}: no service worker took over\n`));
        await revisit.page.goto('about:blank');
        warm.push(await load(revisit, `${BASE}${target.path}`));
        await again.close();
        process.stderr.write(`${target.path} run ${run + 1}: cold ${kb(cold.at(-1).kb * 1024)} KB, LCP ${fmt(cold.at(-1).lcp)} ms; warm ${kb(warm.at(-1).kb * 1024)} KB\n`);
      }
      results.pages[target.name] = { path: target.path, cold, warm, interactions };
    }
  } finally {
    await browser.close();
  }
  results.loadAverageAfter = os.loadavg();
  results.chunks = chunkSizes();
  writeFileSync(OUT, JSON.stringify(results, null, 2));
  report(results);
}

function report(results) {
  const lines = [];
  const protocols = {};
  for (const page of Object.values(results.pages)) {
    for (const run of [...page.cold, ...page.warm]) {
      for (const [name, count] of Object.entries(run.protocols)) protocols[name] = (protocols[name] ?? 0) + count;
    }
  }
  lines.push(`Base ${results.base}; responses by protocol: ${Object.entries(protocols).map(([p, n]) => `${p} ${n}`).join(', ')}`);
  lines.push(`Runs per page: ${results.runs}; load average before ${results.loadAverage.map((l) => l.toFixed(2)).join(' ')}, after ${results.loadAverageAfter.map((l) => l.toFixed(2)).join(' ')}`);
  lines.push('');
  lines.push('| page | cache | KB transferred (median / worst) | JS KB before FCP | JS KB before LCP | JS KB | requests | FCP ms | LCP ms | TBT ms |');
  lines.push('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const [name, page] of Object.entries(results.pages)) {
    for (const [cache, runs] of [['empty', page.cold], ['warm', page.warm]]) {
      const cell = (key, digits = 0) => {
        const s = stats(runs.map((r) => r[key]));
        return `${fmt(s.median, digits)} / ${fmt(s.worst, digits)}`;
      };
      lines.push(`| ${name} \`${page.path}\` | ${cache} | ${cell('kb', 1)} | ${cell('jsBeforeFcpKb', 1)} | ${cell('jsBeforeLcpKb', 1)} | ${cell('jsKb', 1)} | ${cell('requests')} | ${cell('fcp')} | ${cell('lcp')} | ${cell('tbt')} |`);
    }
  }
  // The issue's byte targets at a glance: JS before the start page's first content, and the repeat visit.
  const worstOf = (runs, key) => stats(runs.map((r) => r[key])).worst;
  const start = results.pages.start;
  if (start) lines.push('', `Start page, compressed JS before first content: worst ${fmt(worstOf(start.cold, 'jsBeforeFcpKb'), 1)} KB (target ≤ 150 KB)`);
  const repeat = Object.entries(results.pages).map(([name, page]) => [name, worstOf(page.warm, 'kb')]);
  lines.push(`Repeat visit (warm cache), worst KB transferred: ${repeat.map(([name, value]) => `${name} ${fmt(value, 1)}`).join(', ')} (target ≤ 30 KB)`);
  const hall = results.pages.hall;
  if (hall && hall.interactions.length > 0) {
    const inp = stats(hall.interactions.map((i) => i.inp));
    const worst = hall.interactions.reduce((a, b) => (a.inp >= b.inp ? a : b));
    lines.push('');
    lines.push(`Hall interaction (type "${SEARCH_WORD}", change the topic field, apply): INP median ${fmt(inp.median)} ms, worst ${fmt(inp.worst)} ms (slowest event: ${worst.inpEvent})`);
  }
  lines.push('');
  lines.push('| chunk | raw KB | gzip KB | brotli KB |');
  lines.push('| --- | --- | --- | --- |');
  for (const c of results.chunks) lines.push(`| ${c.file} | ${kb(c.raw)} | ${kb(c.gzip)} | ${kb(c.brotli)} |`);
  console.log(lines.join('\n'));
}

await main();
