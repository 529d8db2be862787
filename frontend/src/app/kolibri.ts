import { KoliBri, register } from '@public-ui/components';
import { defineCustomElements } from '@public-ui/components/loader';
import type { RouteObject } from 'react-router';
import firstStyles from 'virtual:kolibri-theme/first';
import type { Language } from '../i18n';

const THEME = 'default';

/** A KoliBri theme of the given part of the default theme's styles, under the default theme's name. */
function themePart(styles: Record<string, string>) {
  return KoliBri.createTheme(THEME, styles);
}

/**
 * Registers the KoliBri web components (each is loaded when it first appears) with the styles of the
 * components the shell and the start page show, texts in the given language. The other components'
 * styles follow with {@link loadFullTheme}.
 */
export function startKoliBri(language: Language): Promise<unknown> {
  return register(themePart(firstStyles), defineCustomElements, { translation: { name: language } });
}

let fullTheme: Promise<unknown> | undefined;

/**
 * Adds the styles of all other components to the theme. KoliBri reads a component's styles when it
 * renders the component, so they must be there before a page with such a component shows: pages other
 * than the start page wait for this (see {@link awaitingFullTheme}). Registering the same theme name again
 * adds its styles (KoliBri logs a warning that the theme is "locked" and adds them all the same; the test
 * kolibri.test.ts checks they arrive); the loaders are not run a second time.
 */
export function loadFullTheme(language: Language): Promise<unknown> {
  fullTheme ??= fetchFullTheme().then((rest) => register(themePart(rest.default), [], { translation: { name: language } }));
  return fullTheme;
}

/** Fetches the rest of the theme without adding it yet: a page that will wait for it starts the download early. */
export function fetchFullTheme() {
  return import('virtual:kolibri-theme/rest');
}

/**
 * The routes with every lazy page except the start page (index routes) waiting for the full theme too, so
 * no component renders before its styles are there.
 */
export function awaitingFullTheme(routes: RouteObject[], language: () => Language): RouteObject[] {
  return routes.map((route) => {
    const children = route.children && awaitingFullTheme(route.children, language);
    const lazy = route.lazy;
    if (route.index || typeof lazy !== 'function') return { ...route, children } as RouteObject;
    return {
      ...route,
      children,
      lazy: async () => (await Promise.all([lazy(), loadFullTheme(language())]))[0],
    } as RouteObject;
  });
}

/**
 * KoliBri translates its own texts (pagination, close buttons …) when a component is created.
 * Registering again with no theme and no loaders only switches that language; components created
 * afterwards use it.
 */
export function setKoliBriLanguage(language: Language): Promise<unknown> {
  return register([], [], { translation: { name: language } });
}
