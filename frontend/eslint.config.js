// The import boundaries of docs/decisions/0006: app → features → shared → i18n, and no feature imports another.
// src/main.tsx, the entry that starts the app, belongs to no element and is not checked.
import { readdirSync } from 'node:fs';
import boundaries from 'eslint-plugin-boundaries';
import tseslint from 'typescript-eslint';

/** Every folder under src/features is a feature; a new one is covered without touching this file. */
const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const element = (type, captured) => ({ element: captured ? { type, captured } : { type } });
const allow = (from, ...to) => to.map((target) => ({ from, allow: { to: target } }));

export default [
  { ignores: ['dist/**', 'node_modules/**', 'e2e/**'] },
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } },
    plugins: { boundaries },
    settings: {
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.json'] } },
      'boundaries/elements': [
        { type: 'app', pattern: 'src/app/**', partialMatch: false },
        { type: 'feature', pattern: 'src/features/*/**', partialMatch: false, capture: ['feature'] },
        { type: 'shared', pattern: 'src/shared/**', partialMatch: false },
        { type: 'i18n', pattern: 'src/i18n/**', partialMatch: false },
        { type: 'test', pattern: 'src/test/**', partialMatch: false },
      ],
    },
    rules: {
      'boundaries/dependencies': [
        2,
        {
          default: 'disallow',
          policies: [
            // Libraries from node_modules are for everyone
            { allow: { to: { module: { origin: 'external' } } } },
            ...allow(element('app'), element('app'), element('feature'), element('shared'), element('i18n')),
            ...features.flatMap((name) =>
              allow(element('feature', { feature: name }), element('feature', { feature: name }), element('shared'), element('i18n')),
            ),
            ...allow(element('shared'), element('shared'), element('i18n')),
            ...allow(element('i18n'), element('i18n')),
          ],
        },
      ],
    },
  },
  {
    // Tests and their helpers may reach anything they need to set a page up
    files: ['src/**/*.test.{ts,tsx}', 'src/**/*.test-data.ts', 'src/test/**'],
    rules: { 'boundaries/dependencies': 'off' },
  },
];
