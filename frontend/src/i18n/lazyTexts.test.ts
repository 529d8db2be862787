import { describe, expect, it } from 'vitest';
import { germanMessages } from './messages.de';

// German texts that travel with the pages that show them (i18n/<name>Texts.ts): a file that uses one of their
// keys must import the module, else the page shows the bare key in German (the tests' i18n knows every text).
const LAZY: { module: string; uses: RegExp }[] = [
  { module: 'legalTexts', uses: /['"`]legal\.[a-zA-Z]/ },
  { module: 'privacyTexts', uses: /['"`]privacy\.[a-zA-Z]/ },
  { module: 'editorTexts', uses: /['"`]editor\.[a-zA-Z]/ },
  { module: 'adminTexts', uses: /['"`]admin\.[a-zA-Z]/ },
  { module: 'accessibilityTexts', uses: /['"`]a11y\.(compliance|method|status|statement|report|admin|editor|easy|signForm)\b/ },
];

// Every source file of the app as text, keyed by its path relative to this folder ("../features/…")
const SOURCES = import.meta.glob<string>(['../**/*.{ts,tsx}', '!../**/*.test.{ts,tsx}', '!./**', '!../test/**'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

describe('German texts that come with their pages', () => {
  it('are imported by every file that uses them', () => {
    const missing: string[] = [];
    expect(Object.keys(SOURCES).length).toBeGreaterThan(100);
    for (const [file, text] of Object.entries(SOURCES)) {
      for (const { module, uses } of LAZY) {
        if (uses.test(text) && !text.includes(`i18n/${module}'`)) missing.push(`${file} → ${module}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('are not in the start page\'s German texts', () => {
    const main = germanMessages as Record<string, unknown>;
    expect(Object.keys(main)).not.toContain('editor');
    expect(Object.keys(main)).not.toContain('admin');
    expect(Object.keys(main)).not.toContain('legal');
    expect(Object.keys(main)).not.toContain('privacy');
    expect(Object.keys((main.a11y ?? {}) as object)).toEqual(['nav']);
  });
});
