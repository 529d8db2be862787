import { register } from '@public-ui/components';
import { defineCustomElements } from '@public-ui/components/loader';
import { DEFAULT } from '@public-ui/theme-default';
import type { Language } from '../i18n';

/** Registers the KoliBri web components with the default theme, texts in the given language. */
export function startKoliBri(language: Language): Promise<unknown> {
  return register(DEFAULT, defineCustomElements, { translation: { name: language } });
}

/**
 * KoliBri translates its own texts (pagination, close buttons …) when a component is created.
 * Registering again with no theme and no loaders only switches that language; components created
 * afterwards use it (the theme must not be registered twice: KoliBri locks it).
 */
export function setKoliBriLanguage(language: Language): Promise<unknown> {
  return register([], [], { translation: { name: language } });
}
