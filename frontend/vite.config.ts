import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// The Quarkus backend serves the API, the Dev UI/health endpoints (/q) and the WebSockets (/ws).
const backend = 'http://localhost:8080';

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: {
      // KoliBri's icon font (pagination arrows, alerts …) is not in the package's "exports".
      '@kolicons': fileURLToPath(new URL('./node_modules/@public-ui/components/assets/kolicons', import.meta.url)),
    },
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      '/api': backend,
      '/q': backend,
      '/ws': { target: backend, ws: true },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // scripts/check-bundle-size.mjs reads which chunks the start page loads from the manifest.
    manifest: true,
    // The KoliBri theme alone is about 600 kB of CSS text; give it and the other libraries their own,
    // long-cached chunks so an app release does not make browsers fetch them again.
    chunkSizeWarningLimit: 800,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'kolibri-theme', test: /node_modules[\\/]@public-ui[\\/]theme-default/ },
            {
              name: 'vendor',
              test: /node_modules[\\/](react|react-dom|react-router|scheduler|i18next|react-i18next|@tanstack)[\\/]/,
            },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    restoreMocks: true,
    // The first test of a file also loads KoliBri; on a shared, loaded machine that alone can take
    // seconds. waitFor/findBy keep their own (shorter) limit from setup.ts.
    testTimeout: 20_000,
  },
});
