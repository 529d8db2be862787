import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fair, policy } from '../../test/fixtures';
import { mockFetch, renderRoute } from '../../test/render';

function backend() {
  return mockFetch((url) => {
    if (url.pathname === '/api/fair') return { body: fair };
    if (url.pathname === '/api/programme/now') return { body: { live: [], next: [] } };
    if (url.pathname === '/api/booths') return { body: { items: [], page: 0, size: 24, totalItems: 0, totalPages: 0 } };
    if (url.pathname === '/api/privacy/policy') return { body: policy };
    return { body: [] };
  });
}

describe('AppLayout', () => {
  it('has the landmarks, the skip link target and exactly one h1', async () => {
    backend();

    const { container } = renderRoute('/');

    await screen.findByRole('heading', { level: 1, name: fair.title });
    expect(screen.getByRole('banner')).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Hauptnavigation' })).toBeTruthy();
    expect(screen.getByRole('main').id).toBe('main');
    expect(screen.getByRole('contentinfo')).toBeTruthy();
    expect(container.querySelectorAll('h1')).toHaveLength(1);
    const skip = container.querySelector('kol-skip-nav') as HTMLElement & { _links: { _href: string; _label: string }[] };
    expect(skip._links).toEqual([{ _href: '#main', _label: 'Zum Inhalt springen' }]);
  });

  it('moves the focus to the new page heading after a navigation, not on first load', async () => {
    backend();
    const { router } = renderRoute('/');
    const startHeading = await screen.findByRole('heading', { level: 1, name: fair.title });
    expect(document.activeElement).not.toBe(startHeading);

    await act(() => router.navigate('/halle'));

    const hallHeading = screen.getByRole('heading', { level: 1, name: 'Messehalle' });
    expect(document.activeElement).toBe(hallHeading);
  });

  it('shows "Seite nicht gefunden" for unknown paths', async () => {
    backend();

    renderRoute('/gibt/es/nicht');

    expect(await screen.findByRole('heading', { level: 1, name: 'Seite nicht gefunden' })).toBeTruthy();
    await waitFor(() => expect(document.title).toBe('Seite nicht gefunden – Kommunalmesse'));
  });

  it('renders the static legal pages with their German titles', async () => {
    backend();
    const { router } = renderRoute('/impressum');
    expect(await screen.findByRole('heading', { level: 1, name: 'Impressum' })).toBeTruthy();
    expect(screen.getByText(/Musterstraße 1/)).toBeTruthy();

    await act(() => router.navigate('/datenschutz'));
    expect(screen.getByRole('heading', { level: 1, name: 'Datenschutzerklärung' })).toBeTruthy();
    // the deadlines come from the settings the retention job works with
    expect(await screen.findByText(/Kontaktanfragen an Messestände und Ihre Einwilligung dazu: 180 Tage/)).toBeTruthy();
  });

  it('folds navigation and tools behind a "Menü" button that Escape closes, handing the focus back', async () => {
    backend();
    const { container, router } = renderRoute('/');
    await screen.findByRole('heading', { level: 1, name: fair.title });

    const button = screen.getByRole('button', { name: 'Menü' });
    const menu = container.querySelector('#site-menu')!;
    expect(button.getAttribute('aria-controls')).toBe('site-menu');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(menu.contains(screen.getByRole('navigation', { name: 'Hauptnavigation' }))).toBe(true);
    expect(menu.className).toBe('site-menu');

    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(menu.className).toBe('site-menu is-open');

    // Escape from inside the menu closes it and puts the focus back on the button
    const link = menu.querySelector('kol-link')!;
    fireEvent.keyDown(link, { key: 'Escape' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(button);

    // A new page closes it too
    fireEvent.click(button);
    await act(() => router.navigate('/halle'));
    expect(button.getAttribute('aria-expanded')).toBe('false');
  });
});
