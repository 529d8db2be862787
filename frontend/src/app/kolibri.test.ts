import type { RouteObject } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { awaitingFullTheme } from './kolibri';

// KoliBri's lazy loader needs a real browser; the tests get the components from @public-ui/react-v19's
// own definitions. What is tested here is the theme, not the loader.
vi.mock('@public-ui/components/loader', () => ({ defineCustomElements: () => Promise.resolve() }));

type Themes = Map<string, Map<string, string>>;
const themeStyles = () => (window as unknown as { A11yUi?: { THEMES: Themes } }).A11yUi?.THEMES.get('default');

describe('KoliBri theme in two parts', () => {
  it('lets the start page come without the rest of the theme, other pages only with it', async () => {
    const startPage = async () => ({ Component: () => null });
    const HallPage = () => null;
    const hallPage = async () => ({ Component: HallPage });
    const [layout] = awaitingFullTheme(
      [{ children: [{ index: true, lazy: startPage }, { path: 'halle', lazy: hallPage }] }],
      () => 'de',
    );
    const [start, hall] = layout.children as RouteObject[];

    expect(start.lazy).toBe(startPage);
    expect(themeStyles()?.has('KOL-INPUT-TEXT')).not.toBe(true);

    const loaded = await (hall.lazy as () => Promise<unknown>)();

    expect(loaded).toEqual({ Component: HallPage });
    expect(themeStyles()?.get('KOL-INPUT-TEXT')).toContain('kol-');
    expect(themeStyles()?.has('KOL-TABLE-STATELESS')).toBe(true);
  });
});
