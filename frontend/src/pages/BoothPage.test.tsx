import { screen } from '@testing-library/react';
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { i18n } from '../i18n';
import { boothDetail } from '../test/fixtures';
import { mockFetch, renderRoute } from '../test/render';

describe('BoothPage', () => {
  it('shows the booth with its description as plain-text paragraphs', async () => {
    mockFetch((url) => (url.pathname === '/api/booths/kreis-soest-umzug' ? { body: boothDetail } : undefined));

    const { container } = renderRoute('/stand/kreis-soest-umzug');

    expect(await screen.findByRole('heading', { level: 1, name: 'Digitaler Umzugsservice' })).toBeTruthy();
    expect(screen.getByText('Ummelden ohne Behördengang.')).toBeTruthy();
    expect(screen.getByText('Erster Absatz mit <b>Markup</b>.')).toBeTruthy();
    expect(screen.getByText('Zweiter Absatz.')).toBeTruthy();
    expect(container.querySelector('b')).toBeNull();
    expect(screen.getByText('Umzug')).toBeTruthy();
    expect(screen.getByText('Donnerstag, 26. November 2026')).toBeTruthy();
    expect(document.title).toBe('Digitaler Umzugsservice – Kommunalmesse');
  });

  it('shows a not-found state for an unknown booth', async () => {
    mockFetch(() => undefined);

    renderRoute('/stand/gibt-es-nicht');

    expect(await screen.findByRole('heading', { level: 1, name: 'Messestand nicht gefunden' })).toBeTruthy();
    expect(document.title).toBe('Messestand nicht gefunden – Kommunalmesse');
  });

  it('marks the German texts from the API with lang="de" when the UI is English', async () => {
    mockFetch((url) => (url.pathname === '/api/booths/kreis-soest-umzug' ? { body: boothDetail } : undefined));
    await act(() => i18n.changeLanguage('en'));
    try {
      renderRoute('/stand/kreis-soest-umzug');

      const heading = await screen.findByRole('heading', { level: 1, name: 'Digitaler Umzugsservice' });
      expect(heading.getAttribute('lang')).toBe('de');
      expect(screen.getByText('Ummelden ohne Behördengang.').getAttribute('lang')).toBe('de');
      expect(screen.getByText('Exhibitor').closest('[lang]')?.getAttribute('lang')).toBe('en');
    } finally {
      await act(() => i18n.changeLanguage('de'));
    }
  });
});
