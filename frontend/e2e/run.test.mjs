// Entry point for `npm run e2e` (`node --test e2e/`). Node 20's test runner only picks up files named
// like *.test.mjs, so this file loads every *.e2e.mjs spec next to it.
import { readdirSync } from 'node:fs';

const dir = new URL('./', import.meta.url);
for (const name of readdirSync(dir).filter((n) => n.endsWith('.e2e.mjs')).sort()) {
  await import(new URL(name, dir).href);
}
