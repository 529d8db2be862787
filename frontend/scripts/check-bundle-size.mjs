// Size budget of the start page (issue 14): after `vite build`, the JavaScript a browser must load before
// the start page can show its content — the entry chunk, the start page's chunk and everything they import
// statically — may be at most BUDGET_KB kilobytes gzip-compressed. Chunks loaded later (other pages, the chat,
// the login library, hls.js when a stream is played) do not count. Prints the chunks, raw and gzip, and
// exits 1 over budget.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';

// Issue 14 aims at 150 kB. History: 376 kB before route splitting, 256 kB after it, 261 kB with the header
// and footer links of the accessibility duties; 203 kB since the KoliBri theme comes in two parts (the start
// page's components first, the rest after it: -42 kB) and the English texts only when English is chosen
// (-16 kB). What is left is mostly the libraries every page needs: React and React DOM, React Router, React
// Query and i18next (125 kB together), the KoliBri core and loader (42 kB), the German texts (16 kB).
// 208.5 kB with editions (switcher and its texts in the header), the privacy link and the first-use fixes.
// 210.8 kB (session 6) with three features merged at once: the header's "Meine Termine", "Meine Nachnutzungen"
// and notification entries with their texts, and the house's shared form and status helpers; each branch alone
// stayed under 210 (meetings and reuse moved their page texts out of the start page). Raised to 212 so that
// the merge lands; to do: bring it back under 210 (e.g. the German texts of pages other than the start page).
// 150.9 kB (session 9) with React's API served by Preact (ADR 0016: React DOM alone was about 60 kB) and the stage
// players loaded with the first stage visit instead of with the shell; 132.5 kB brotli, which the server sends.
// 144.3 kB (session 10): the German texts of the editor, the administration, the legal, privacy and accessibility
// pages come with those pages (i18n/*Texts.ts); 126.6 kB brotli.
// The budget holds this against growth; lower it whenever the start page gets smaller.
const BUDGET_KB = Number(process.env.START_PAGE_JS_BUDGET_KB ?? 148);
/** The modules that must have run before the start page shows content. */
const FIRST_PAINT = ['index.html', 'src/features/start/pages/StartPage.tsx'];

const dist = new URL('../dist/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('.vite/manifest.json', dist), 'utf8'));

const kb = (bytes) => bytes / 1000;
const sizes = new Map();
function size(file) {
  if (!sizes.has(file)) {
    const content = readFileSync(new URL(file, dist));
    sizes.set(file, {
      raw: content.length,
      gzip: gzipSync(content, { level: 9 }).length,
      brotli: brotliCompressSync(content, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }).length,
    });
  }
  return sizes.get(file);
}

/** A manifest entry and every entry it imports statically, each once. */
function staticClosure(key, seen = new Set()) {
  if (seen.has(key)) return seen;
  const entry = manifest[key];
  if (!entry) throw new Error(`${key} is not in the build manifest (renamed? then update FIRST_PAINT)`);
  seen.add(key);
  for (const imported of entry.imports ?? []) staticClosure(imported, seen);
  return seen;
}

const initial = new Set();
for (const key of FIRST_PAINT) for (const k of staticClosure(key)) initial.add(manifest[k].file);

const chunks = [...new Set(Object.values(manifest).map((e) => e.file))]
  .filter((file) => file.endsWith('.js'))
  .map((file) => ({ file, ...size(file), initial: initial.has(file) }))
  .sort((a, b) => b.gzip - a.gzip);

const pad = (text, width) => String(text).padStart(width);
console.log(`${'chunk'.padEnd(60)} ${pad('raw kB', 9)} ${pad('gzip kB', 9)} ${pad('br kB', 9)}  start page`);
for (const chunk of chunks.filter((c) => c.initial || c.gzip > 2000)) {
  console.log(`${chunk.file.padEnd(60)} ${pad(kb(chunk.raw).toFixed(1), 9)} ${pad(kb(chunk.gzip).toFixed(1), 9)} ${pad(kb(chunk.brotli).toFixed(1), 9)}  ${chunk.initial ? 'yes' : ''}`);
}
const small = chunks.filter((c) => !c.initial && c.gzip <= 2000);
console.log(`(${small.length} more chunks under 2 kB gzip, ${kb(small.reduce((s, c) => s + c.gzip, 0)).toFixed(1)} kB together)`);

const total = chunks
  .filter((c) => c.initial)
  .reduce((sum, c) => ({ raw: sum.raw + c.raw, gzip: sum.gzip + c.gzip, brotli: sum.brotli + c.brotli }), { raw: 0, gzip: 0, brotli: 0 });
// Browsers get brotli over https only; the budget counts gzip, what a plain-http or older client gets.
console.log(`start page JavaScript: ${kb(total.raw).toFixed(1)} kB raw, ${kb(total.gzip).toFixed(1)} kB gzip, ${kb(total.brotli).toFixed(1)} kB brotli (budget ${BUDGET_KB} kB gzip)`);
if (kb(total.gzip) > BUDGET_KB) {
  console.error(`Over budget by ${(kb(total.gzip) - BUDGET_KB).toFixed(1)} kB: keep what the start page does not need out of its static imports.`);
  process.exit(1);
}
