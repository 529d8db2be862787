// Entry point for `npm run e2e` (`node --test e2e/`). Node 20's test runner only picks up files named
// like *.test.mjs, so this file loads every *.e2e.mjs spec next to it.
import { readdirSync } from 'node:fs';

const dir = new URL('./', import.meta.url);
// E2E_ONLY=editions,hall runs only those journeys (while working on them); unset, all of them run.
const only = (process.env.E2E_ONLY ?? '').split(',').map((n) => n.trim()).filter(Boolean);
const chosen = (name) => only.length === 0 || only.includes(name.replace(/\.e2e\.mjs$/, ''));
for (const name of readdirSync(dir).filter((n) => n.endsWith('.e2e.mjs') && chosen(n)).sort()) {
  await import(new URL(name, dir).href);
}
