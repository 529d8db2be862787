import { fileURLToPath } from 'node:url';
import { DEFAULT as KOLIBRI_DEFAULT_THEME } from '@public-ui/theme-default';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

// The Quarkus backend serves the API, the Dev UI/health endpoints (/q) and the WebSockets (/ws).
const backend = 'http://localhost:8080';

const nodeModule = (path: string) => fileURLToPath(new URL(`./node_modules/${path}`, import.meta.url));

/**
 * React's API, served by Preact (docs/decisions/0016-preact-compat.md): React DOM alone was 60 of the start
 * page's 212 kB. The code, its types and the libraries stay written for React; every import of React resolves
 * to preact/compat, in the build and in the tests alike.
 */
const PREACT_COMPAT: Record<string, string> = {
  'react-dom/client': 'preact/compat/client',
  'react-dom/test-utils': 'preact/test-utils',
  'react-dom': 'preact/compat',
  'react/jsx-runtime': 'preact/jsx-runtime',
  'react/jsx-dev-runtime': 'preact/jsx-runtime',
  react: 'preact/compat',
  // React's shim for older Reacts (react-i18next): Preact has the hook itself
  'use-sync-external-store/shim/index.js': 'preact/compat',
  'use-sync-external-store/shim': 'preact/compat',
  // Their ESM builds, so that their imports of React meet the aliases above (Node would pick CommonJS in tests)
  'react-router': nodeModule('react-router/dist/development/index.mjs'),
  '@testing-library/react': nodeModule('@testing-library/react/dist/@testing-library/react.esm.js'),
};

/**
 * The KoliBri components the app shell and the start page show. Their theme styles come with the first
 * JavaScript; the styles of all other components (about 34 kB of the theme's 39 kB gzip, most of it Font
 * Awesome's icon classes, which the app does not use) follow in a chunk of their own (src/app/kolibri.ts).
 */
const FIRST_PAINT_TAGS = [
  'GLOBAL',
  'KOL-SKIP-NAV',
  'KOL-HEADING',
  'KOL-LINK',
  'KOL-LINK-BUTTON',
  'KOL-BUTTON',
  'KOL-CARD',
  'KOL-ALERT',
];

/**
 * KoliBri's default theme as two modules, `virtual:kolibri-theme/first` and `virtual:kolibri-theme/rest`:
 * each exports the CSS text by component tag, as the theme itself holds it. The theme package exports only
 * the whole theme, so the parts are read from it here, at build time.
 */
function kolibriThemeParts(): Plugin {
  const prefix = 'virtual:kolibri-theme/';
  let styles: Record<string, string> = {};
  (KOLIBRI_DEFAULT_THEME as unknown as (registrar: (name: string, css: Record<string, string>) => void) => void)(
    (_name, css) => {
      styles = css;
    },
  );
  const missing = FIRST_PAINT_TAGS.filter((tag) => !(tag in styles));
  if (missing.length > 0) throw new Error(`The KoliBri theme has no styles for ${missing.join(', ')}`);
  const part = (first: boolean) =>
    Object.fromEntries(Object.entries(styles).filter(([tag]) => FIRST_PAINT_TAGS.includes(tag) === first));
  return {
    name: 'kolibri-theme-parts',
    resolveId: (id) => (id.startsWith(prefix) ? `\0${id}` : undefined),
    load(id) {
      if (id === `\0${prefix}first`) return `export default ${JSON.stringify(part(true))};`;
      if (id === `\0${prefix}rest`) return `export default ${JSON.stringify(part(false))};`;
      return undefined;
    },
  };
}

/**
 * KoliBri renders labels as Markdown only where a component is given `_allowMarkdown`, but every page's
 * buttons, links and headings import its Markdown module (markdown-it and DOMPurify, 43 kB brotli) for that.
 * The app never allows Markdown in labels (booth descriptions have their own renderer, src/shared/markdown), so
 * that module is replaced by one that shows such a label as plain text. The build fails when KoliBri no longer
 * has the module by that shape (a new version): then this plugin needs a look.
 */
function kolibriPlainLabels(): Plugin {
  const replacement = '\0kolibri-plain-labels';
  let replaced = 0;
  return {
    name: 'kolibri-plain-labels',
    enforce: 'pre',
    resolveId(id, importer) {
      if (/^\.\/markdown-[\w-]+\.js$/.test(id) && importer && /@public-ui[\\/]components[\\/]dist[\\/]esm[\\/]/.test(importer)) {
        replaced += 1;
        return replacement;
      }
      return undefined;
    },
    load(id) {
      if (id !== replacement) return undefined;
      return `const escapes = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const m = (text) => String(text).replace(/[&<>"']/g, (c) => escapes[c]);`;
    },
    buildEnd(error) {
      if (!error && this.environment?.config.command === 'build' && replaced === 0) {
        this.error("KoliBri's Markdown module (@public-ui/components/dist/esm/markdown-*.js) was not found: see kolibriPlainLabels in vite.config.ts");
      }
    },
  };
}

export default defineConfig({
  plugins: [react(), kolibriThemeParts(), kolibriPlainLabels()],
  resolve: {
    alias: {
      ...PREACT_COMPAT,
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
    // The rest of the KoliBri theme is about 550 kB of CSS text; give it and the libraries their own,
    // long-cached chunks so an app release does not make browsers fetch them again.
    chunkSizeWarningLimit: 800,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'kolibri-theme', test: /virtual:kolibri-theme\/rest/ },
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
    // The libraries that import React run through Vite in the tests too, so that they get Preact as well
    server: { deps: { inline: [/@testing-library\/react/, /@public-ui\/react-v19/, /react-router/, /@tanstack\/react-query/, /react-i18next/] } },
    // The first test of a file also loads KoliBri; on a shared, loaded machine that alone can take
    // seconds. waitFor/findBy keep their own (shorter) limit from setup.ts.
    testTimeout: 20_000,
  },
});
