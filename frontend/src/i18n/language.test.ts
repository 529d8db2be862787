import { afterEach, describe, expect, it } from 'vitest';
import { i18n, initI18n, LANGUAGE_STORAGE_KEY, storedLanguage } from './index';

describe('language choice', () => {
  afterEach(async () => {
    await i18n.changeLanguage('de');
  });

  it('starts in German without a stored choice', () => {
    expect(storedLanguage()).toBe('de');
  });

  it('remembers the choice and sets <html lang>', async () => {
    initI18n();
    await i18n.changeLanguage('en');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(storedLanguage()).toBe('en');
    expect(i18n.t('nav.hall')).toBe('Hall');
  });

  it('ignores a stored value that is no supported language', () => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'fr');
    expect(storedLanguage()).toBe('de');
  });
});
