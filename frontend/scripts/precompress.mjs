// Compresses the built web app once at build time (ADR 0008): brotli at its highest level and gzip next to
// every text file of dist/ (app.js → app.js.br, app.js.gz). The server picks the variant the browser accepts,
// so no request pays for compression and brotli needs no native library in the server.
// Usage: node scripts/precompress.mjs [dir=dist]
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TEXT = /\.(js|mjs|css|html|svg|json|txt|map|webmanifest)$/;
// Below this a compressed file saves less than a packet: not worth a second file
const MIN_BYTES = 1024;

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else yield full;
  }
}

const dir = path.resolve(process.argv[2] || 'dist');
let raw = 0;
let brotli = 0;
let count = 0;
for (const file of files(dir)) {
  if (!TEXT.test(file) || statSync(file).size < MIN_BYTES) continue;
  const data = readFileSync(file);
  const br = brotliCompressSync(data, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
    },
  });
  const gz = gzipSync(data, { level: constants.Z_BEST_COMPRESSION });
  // A variant that does not shrink the file is left out; the server then sends the file as it is
  if (br.length < data.length) writeFileSync(`${file}.br`, br);
  if (gz.length < data.length) writeFileSync(`${file}.gz`, gz);
  raw += data.length;
  brotli += Math.min(br.length, data.length);
  count += 1;
}
console.log(`precompressed ${count} files: ${(raw / 1024).toFixed(0)} KB → ${(brotli / 1024).toFixed(0)} KB brotli`);
