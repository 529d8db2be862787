import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { i18n } from './index';
import { textLang, useTextLang } from './textLang';

describe('language of content texts', () => {
  it('takes the language the API names for a field, German otherwise', () => {
    expect(textLang({ name: 'en', tagline: 'de' }, 'name')).toBe('en');
    expect(textLang({ name: 'en', tagline: 'de' }, 'tagline')).toBe('de');
    expect(textLang(undefined, 'description')).toBe('de');
  });

  it('marks only texts in another language than the interface', async () => {
    await i18n.changeLanguage('en');
    const english = renderHook(() => useTextLang()).result.current;
    expect(english({ name: 'en' }, 'name')).toBeUndefined();
    expect(english({ name: 'de' }, 'name')).toBe('de');
    expect(english(undefined, 'name')).toBe('de');
    await i18n.changeLanguage('de');
    const german = renderHook(() => useTextLang()).result.current;
    expect(german({ name: 'en' }, 'name')).toBe('en');
    expect(german({ name: 'de' }, 'name')).toBeUndefined();
  });
});
